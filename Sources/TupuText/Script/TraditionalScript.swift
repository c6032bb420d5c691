/// Traditional Chinese characters folded to simplified ones, one scalar for one.
///
/// Local-government news copied through mirror sites often arrives converted to traditional
/// script (縣委書記…主持召開縣政府常務會議); the lexicons, gazetteers and rules are all in
/// simplified script. The text stage folds a page that is mostly traditional (`isMostly`), so
/// names come out simplified while offsets still point into the original; the evaluation folds
/// names on both sides (`simplified(_:)`) so that a gold name in either script matches.
///
/// The table is OpenCC's character table, traditional → simplified, which is many-to-one, so a
/// scalar-for-scalar fold never moves an offset. NB: where the simplified form depends on the
/// word (乾 → 干 or 乾, 藉 → 借 or 藉), the fold takes OpenCC's first, common candidate.
public enum TraditionalScript {
  /// The simplified form of each character of the Basic Multilingual Plane, or 0 when it is not
  /// a traditional-only character.
  static let table: [UInt32] = tables.basic
  /// The same beyond the Basic Multilingual Plane (rare characters of the extension blocks).
  static let beyond: [UInt32: UInt32] = tables.beyond

  /// One bit per character below U+A000: whether it is traditional-only (`table` ≠ 0), 5 KB
  /// that stay in cache while a page's characters are counted.
  static let traditionalBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0xA000 / 64)
    for v in 0..<0xA000 where table[v] != 0 { bits[v >> 6] |= 1 << UInt64(v & 63) }
    return bits
  }()

  private static let tables: (basic: [UInt32], beyond: [UInt32: UInt32]) = {
    var basic = [UInt32](repeating: 0, count: 0x10000)
    var beyond: [UInt32: UInt32] = [:]
    var pending: UInt32?
    for scalar in pairs.unicodeScalars where scalar.value != 0x0A {
      if let key = pending {
        if key < 0x10000 { basic[Int(key)] = scalar.value } else { beyond[key] = scalar.value }
        pending = nil
      } else {
        pending = scalar.value
      }
    }
    return (basic, beyond)
  }()

  /// `v` in simplified script (itself when it has no other form).
  @inline(__always)
  public static func simplified(_ v: UInt32) -> UInt32 {
    if v < 0x3400 { return v }
    let folded = v < 0x10000 ? table[Int(v)] : beyond[v] ?? 0
    return folded == 0 ? v : folded
  }

  /// `text` in simplified script, scalar for scalar (names to compare, gold or found).
  public static func simplified(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(Unicode.Scalar(simplified(scalar.value)) ?? scalar)
    }
    return String(result)
  }

  /// Whether a page is written in traditional script, from its Han characters below U+A000
  /// and those of them that exist only in traditional script (`traditionalBits`, counted by
  /// `PageLines` as it cuts the lines): at least 10, and one in 20. A simplified page with a
  /// stray variant (乾隆, a quoted 於) stays as it is; a traditional page has one such character
  /// in four or five.
  static func isMostly(han: Int, traditional: Int) -> Bool {
    traditional >= 10 && traditional * 20 >= han
  }

  /// `scalars` folded to simplified script in place.
  static func fold(_ scalars: inout [Unicode.Scalar]) {
    for index in scalars.indices {
      let v = scalars[index].value
      let folded = simplified(v)
      if folded != v, let scalar = Unicode.Scalar(folded) { scalars[index] = scalar }
    }
  }
}
