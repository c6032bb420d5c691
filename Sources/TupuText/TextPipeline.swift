import Foundation
import TupuDiagnostics

/// Decode → repair → split: turns a file into a `ReadDocument`.
///
/// - `.txt` (any other name): UTF-8 with or without BOM, else GB18030; CRLF and lone CR work.
/// - `.html`/`.htm`: tags, scripts and styles dropped, entities decoded, block elements as line
///   breaks; `originalText` is that visible text. A text file with tags in it (two or more of an
///   article body's elements: `<p>`, `<br>`, `</div>`…) is read the same way, its line breaks kept.
/// - `.pdf`: through poppler's `pdftotext` (a diagnostic says how to install it when missing).
///
/// Then lines broken inside sentences are joined, layout spaces removed, full-width digits and
/// letters folded, the page split into articles (headline, byline, story or photo caption) and
/// sentences, each with offsets into `originalText`. Web-page furniture (当前位置, 来源, 浏览量,
/// 【打印】…) is kept out of articles (its ranges are in `ReadDocument.boilerplate`). Errors are
/// `Diagnostic`s naming the file and byte offset.
///
/// What extraction can rely on:
/// - an article's headline is also its first sentence (`Sentence.isHeadline`), even when the
///   page prints it after the story; datelines (本报讯（…）), sign-offs (（魏宣）), bylines and
///   photo credits are in `Article.byline`, not in sentences;
/// - sentence text is repaired (`LayoutText.compacted`): no line breaks, no layout spaces,
///   full-width digits and letters folded; punctuation is as printed, ASCII or full-width
///   (`LayoutText.printPunctuation` maps `,:;()!?` beside Chinese to the print form, one scalar
///   for one, so offsets stay valid);
/// - a page in traditional script reads folded to simplified, scalar for scalar
///   (`TraditionalScript`; the printed sentence in `Sentence.printed`); a pinyin reading after a
///   character (`項(xiàng)`) is dropped;
/// - offsets: `LayoutText.compacted(originalText.unicodeScalars[s.start..<s.end]) == s.text`
///   (`s.printed` on a traditional page; readings aside).
public enum TextPipeline {
  public static func read(path: String) throws -> ReadDocument {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      throw Diagnostic(
        exists
          ? (isDirectory.boolValue ? "\(path) is a directory" : "cannot read \(path)")
          : "no such file: \(path)",
        hint: exists ? "check that the file is readable" : "check the path")
    }
    return try read(bytes: [UInt8](data), path: path)
  }

  public static func read(bytes: [UInt8], path: String) throws -> ReadDocument {
    try read(bytes: bytes, path: path, contentHash: SHA256.hex(bytes))
  }

  /// As `read(bytes:path:)`, with the content hash already known (a store that hashed the file
  /// to see whether it changed need not hash it twice). `contentHash` must be
  /// `contentHash(of: bytes)`.
  public static func read(bytes: [UInt8], path: String, contentHash hash: String) throws
    -> ReadDocument
  {
    let format = Self.format(of: bytes, path: path)
    switch format {
    case "pdf":
      let text = try PDFText.extract(bytes, path: path)
      return DocumentBuilder(path: path, contentHash: hash, encoding: "UTF-8", format: format)
        .build(text: text)
    case "html":
      let decoded = try TextDecoder.decode(bytes, path: path)
      let text = HTMLText.visibleText(decoded.text)
      try requireText(text, path: path)
      return DocumentBuilder(
        path: path, contentHash: hash, encoding: decoded.encoding.rawValue, format: format
      ).build(text: text)
    default:
      let decoded = try TextDecoder.decode(bytes, path: path)
      if HTMLText.isMarkedUp(decoded.text) {
        let text = HTMLText.visibleText(decoded.text, sourceLineBreaks: .kept)
        try requireText(text, path: path)
        return DocumentBuilder(
          path: path, contentHash: hash, encoding: decoded.encoding.rawValue, format: "html"
        ).build(text: text)
      }
      try requireText(decoded.text, path: path)
      return DocumentBuilder(
        path: path, contentHash: hash, encoding: decoded.encoding.rawValue, format: format
      ).build(text: decoded.text)
    }
  }

  /// Hex SHA-256 of `bytes`, as `ReadDocument.contentHash` has it.
  public static func contentHash(of bytes: [UInt8]) -> String { SHA256.hex(bytes) }

  static func format(of bytes: [UInt8], path: String) -> String {
    // NB: an ASCII path and head read by their bytes: two `lowercased()` (~4,000 instructions)
    // a call before, asked twice for every file.
    if let format = asciiFormat(of: bytes, path: path) { return format }
    let lower = path.lowercased()
    if lower.hasSuffix(".pdf") || bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
      return "html"
    }
    let start = contentStart(of: bytes)
    let head = String(decoding: bytes[start..<min(bytes.count, start + 15)], as: UTF8.self)
      .lowercased()
    if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return "html" }
    return "text"
  }

  /// Where a file's content begins: past a byte-order mark and leading blanks.
  private static func contentStart(of bytes: [UInt8]) -> Int {
    var start = bytes.startIndex
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
    while start < bytes.count,
      bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D
        || bytes[start] == 0x09
    {
      start += 1
    }
    return start
  }

  /// `format(of:path:)` for a path all ASCII, read by its bytes without case; nil where only
  /// `format` can tell (a path with other characters, an HTML opener followed by one).
  private static func asciiFormat(of bytes: [UInt8], path: String) -> String? {
    var path = path
    let ending: String? = path.withUTF8 { name in
      guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
      func ends(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard name.count >= count else { return false }
        let start = name.count - count
        for k in 0..<count where asciiLower(name[start + k]) != suffix.utf8Start[k] {
          return false
        }
        return true
      }
      if ends(".pdf") { return "pdf" }
      if ends(".html") || ends(".htm") || ends(".xhtml") { return "html" }
      return ""
    }
    guard let ending else { return nil }
    if ending == "pdf" || bytes.starts(with: Array("%PDF-".utf8)) { return "pdf" }
    if ending == "html" { return "html" }
    let start = contentStart(of: bytes)
    let head = bytes[start..<min(bytes.count, start + 15)]
    // True or false as `hasPrefix` on the head lowercased would answer, nil when the byte after
    // a match is not ASCII (it may be a mark that joins the last letter's Character). No other
    // character lowercases to a letter of these openers.
    func opens(_ prefix: StaticString) -> Bool? {
      let count = prefix.utf8CodeUnitCount
      guard head.count >= count else { return false }
      for k in 0..<count where asciiLower(head[head.startIndex + k]) != prefix.utf8Start[k] {
        return false
      }
      return head.count > count && head[head.startIndex + count] >= 0x80 ? nil : true
    }
    let doctype = opens("<!doctype html")
    let html = opens("<html")
    if doctype == true || html == true { return "html" }
    return doctype == nil || html == nil ? nil : "text"
  }

  private static func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  private static func requireText(_ text: String, path: String) throws {
    if !text.unicodeScalars.contains(where: { !LayoutText.isLayoutSpace($0) }) {
      throw Diagnostic(
        "\(path) contains no text", at: SourceLocation(source: path, line: 0, byteOffset: 0),
        hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf")
    }
  }
}
