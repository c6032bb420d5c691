/// The repair every sentence and headline goes through, and the rule that maps it back to the
/// original text.
///
/// Repair removes layout whitespace (line breaks, the spaces of justified PDF lines, ideographic
/// spaces) and folds full-width digits and letters (`４` → `4`, `Ａ` → `A`). A run of whitespace
/// survives only as one space between two ASCII letters or digits (`2020-10-21 11:56`,
/// `Hello world`). Chinese punctuation and ASCII punctuation are kept as they are.
///
/// The offset invariant: for every sentence `s` of a document `d`,
/// `LayoutText.compacted(d.originalText.unicodeScalars[s.start..<s.end]) == s.text`
/// (offsets counted in Unicode scalars).
public enum LayoutText {
  /// `scalars` repaired: layout whitespace removed, full-width digits and letters folded.
  public static func compacted<C: Collection>(_ scalars: C) -> String
  where C.Element == Unicode.Scalar {
    var result = String.UnicodeScalarView()
    compact(scalars) { result.append($0) }
    return String(result)
  }

  /// `compacted(_:)` as an array of scalars, for a reader that indexes them (no String between).
  // NB: inlinable, so that another module's call is specialized for its collection: unspecialized,
  // each scalar went through the iterator's witness (~900 instructions a scalar with the append).
  @inlinable
  public static func compactedScalars<C: Collection>(_ scalars: C) -> [Unicode.Scalar]
  where C.Element == Unicode.Scalar {
    var result: [Unicode.Scalar] = []
    compact(scalars) { result.append($0) }
    return result
  }

  /// The repair itself: each scalar of the repaired text, in order, to `emit`.
  @inlinable @inline(__always)
  static func compact<C: Collection>(_ scalars: C, _ emit: (Unicode.Scalar) -> Void)
  where C.Element == Unicode.Scalar {
    var pendingSpace = false
    var previousIsWord = false
    for scalar in scalars {
      if isLayoutSpace(scalar) {
        pendingSpace = true
        continue
      }
      let folded = fold(scalar)
      let isWord = isASCIIWord(folded)
      if pendingSpace && previousIsWord && isWord { emit(" ") }
      pendingSpace = false
      emit(folded)
      previousIsWord = isWord
    }
  }

  /// `text` repaired, as `compacted(_:)` on its scalars.
  public static func compacted(_ text: String) -> String { compacted(text.unicodeScalars) }

  /// `text` with the ASCII punctuation of web pages in its print form where it touches Chinese
  /// text (`4月1日,会议(扩大)召开:` → `4月1日，会议（扩大）召开：`), one scalar for one, so every
  /// offset stays valid. Punctuation between ASCII letters and digits (`10:30`, `3,000`) stays.
  public static func printPunctuation(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      let replacement: UInt32?
      switch scalar.value {
      case 0x2C: replacement = 0xFF0C
      case 0x3A: replacement = 0xFF1A
      case 0x3B: replacement = 0xFF1B
      case 0x28: replacement = 0xFF08
      case 0x29: replacement = 0xFF09
      case 0x21: replacement = 0xFF01
      case 0x3F: replacement = 0xFF1F
      default: replacement = nil
      }
      let touchesChinese = [index - 1, index + 1].contains { neighbour in
        neighbour >= 0 && neighbour < scalars.count
          && (ScalarClass.isHan(scalars[neighbour].value)
            || ScalarClass.cells(scalars[neighbour].value) == 2)
      }
      if let replacement, touchesChinese, let wide = Unicode.Scalar(replacement) {
        result.append(wide)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whitespace that is layout, not content: spaces, tabs, line breaks, no-break and
  /// ideographic spaces, zero-width spaces and stray byte-order marks.
  @inlinable @inline(__always)
  public static func isLayoutSpace(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v <= 0x20 {
      return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0C || v == 0x0B
    }
    if v < 0xA0 { return v == 0x85 }
    return v == 0xA0 || v == 0x3000 || v == 0xFEFF || (v >= 0x2000 && v <= 0x200B)
      || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x1680
  }

  /// Full-width digits and Latin letters folded to ASCII; everything else unchanged.
  @inlinable @inline(__always)
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let v = scalar.value
    if (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    {
      return Unicode.Scalar(v - 0xFEE0) ?? scalar
    }
    return scalar
  }

  @inlinable @inline(__always)
  static func isASCIIWord(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
  }
}

/// Character classes the layout and splitting rules use, on scalars (not Characters: speed).
enum ScalarClass {
  /// Ends a sentence: 。！？ and their ASCII forms (not `.`: decimals and abbreviations).
  @inline(__always)
  static func isTerminal(_ v: UInt32) -> Bool {
    v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x21 || v == 0x3F || v == 0xFF61
  }

  /// Punctuation after which a line always continues: ，、；：and ASCII , ; :, openers, dashes.
  @inline(__always)
  static func isContinuing(_ v: UInt32) -> Bool {
    switch v {
    case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A, 0x2014, 0x2013, 0x2E3A:
      return true
    default:
      return isOpener(v)
    }
  }

  /// Opening quotes and brackets: “ ‘ 「 『 《 〈 （ ( 【 〔 [
  @inline(__always)
  static func isOpener(_ v: UInt32) -> Bool {
    switch v {
    case 0x201C, 0x2018, 0x300C, 0x300E, 0x300A, 0x3008, 0xFF08, 0x28, 0x3010, 0x3014, 0x5B:
      return true
    default: return false
    }
  }

  /// Closing quotes and brackets: ” ’ 」 』 》 〉 ） ) 】 〕 ]
  @inline(__always)
  static func isCloser(_ v: UInt32) -> Bool {
    switch v {
    case 0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0x3009, 0xFF09, 0x29, 0x3011, 0x3015, 0x5D:
      return true
    default: return false
    }
  }

  @inline(__always)
  static func isHan(_ v: UInt32) -> Bool {
    (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FFFF)
      || (v >= 0xF900 && v <= 0xFAFF)
  }

  /// Cells a scalar takes in print: CJK characters and Chinese punctuation are two, the rest one.
  @inline(__always)
  static func cells(_ v: UInt32) -> Int {
    if v < 0x1100 { return 1 }
    if isHan(v) || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF00 && v <= 0xFF60)
      || (v >= 0x2018 && v <= 0x201F) || v == 0x2026 || v == 0x2014 || (v >= 0x3040 && v <= 0x30FF)
      || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xFE30 && v <= 0xFE4F)
    {
      return 2
    }
    return 1
  }
}

/// `ScalarClass` and `LayoutText` answers for the Basic Multilingual Plane in one table, one
/// load per scalar in the hot loops.
enum ScalarTable {
  static let terminal: UInt8 = 1
  static let continuing: UInt8 = 2
  static let opener: UInt8 = 4
  static let closer: UInt8 = 8
  static let han: UInt8 = 16
  static let layoutSpace: UInt8 = 32
  static let wide: UInt8 = 64
  static let asciiWord: UInt8 = 128

  static let bits: [UInt8] = (0..<0x10000).map { (value: Int) -> UInt8 in
    let v = UInt32(value)
    // NB: a Han character is han and two cells wide and nothing else; answered at once, as 28,000
    // of the 65,536 values are (the table is made at every start: 6.7M instructions).
    if ScalarClass.isHan(v) { return han | wide }
    var flags: UInt8 = 0
    if ScalarClass.isTerminal(v) { flags |= terminal }
    if ScalarClass.isContinuing(v) && !ScalarClass.isOpener(v) { flags |= continuing }
    if ScalarClass.isOpener(v) { flags |= opener }
    if ScalarClass.isCloser(v) { flags |= closer }
    if ScalarClass.isHan(v) { flags |= han }
    if let scalar = Unicode.Scalar(v), LayoutText.isLayoutSpace(scalar) { flags |= layoutSpace }
    if ScalarClass.cells(v) == 2 { flags |= wide }
    if v < 0x80, LayoutText.isASCIIWord(Unicode.Scalar(UInt8(v))) { flags |= asciiWord }
    return flags
  }

  /// The flags of any scalar (the table for the BMP, the functions beyond it).
  @inline(__always)
  static func flags(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
    if v < 0x10000 { return table[Int(v)] }
    var flags: UInt8 = 0
    if ScalarClass.isHan(v) { flags |= han | wide }
    return flags
  }
}
