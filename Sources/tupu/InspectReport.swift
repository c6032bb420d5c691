import Foundation
import TupuText

/// How `tupu inspect` prints a document: an indented outline for people, JSON Lines for scripts.
enum InspectReport {
  /// Files as given, folders replaced by their .txt, .html, .htm and .pdf files in name order.
  static func expand(_ paths: [String]) -> [String] {
    paths.flatMap { path -> [String] in
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        isDirectory.boolValue,
        let names = try? FileManager.default.contentsOfDirectory(atPath: path)
      else { return [path] }
      let kept = names.filter { name in
        [".txt", ".html", ".htm", ".pdf"].contains { name.lowercased().hasSuffix($0) }
      }
      return kept.sorted().map { (path as NSString).appendingPathComponent($0) }
    }
  }

  /// The report of a document, or of one part of a big file (`part`); `header` is false for
  /// the parts after the first, which continue the same document.
  static func text(
    _ document: ReadDocument, showBoilerplate: Bool, header: Bool = true, part: Bool = false
  ) -> String {
    var lines: [String] = []
    let sentences = document.articles.reduce(0) { $0 + $1.sentences.count }
    if header {
      lines.append("\(document.path)")
      var facts = ["\(document.format), \(document.encoding)"]
      if !part { facts += ["\(document.articles.count) articles", "\(sentences) sentences"] }
      if let date = document.date { facts.append("date \(date)") }
      facts.append("published \(document.published?.iso ?? "none")")
      facts.append("sha256 \(document.contentHash.prefix(16))…")
      let bytes = part ? "read in parts" : "\(document.originalText.utf8.count) bytes of text"
      lines.append("  " + facts.joined(separator: " · ") + " · " + bytes)
    }
    if part {
      lines.append(
        "  part from character \(document.originalTextStart): \(document.articles.count) articles · "
          + "\(sentences) sentences")
    }
    if header, let title = document.title { lines.append("  title: \(title)") }
    let scalars = Array(document.originalText.unicodeScalars)
    if showBoilerplate {
      let base = document.originalTextStart
      for range in document.boilerplate {
        let local = (range.lowerBound - base)..<(range.upperBound - base)
        let clipped = local.clamped(to: 0..<scalars.count)
        lines.append(
          "  boilerplate [\(range.lowerBound), \(range.upperBound)): \(String(String.UnicodeScalarView(scalars[clipped])))"
        )
      }
    } else if !document.boilerplate.isEmpty {
      lines.append(
        "  \(document.boilerplate.count) boilerplate lines skipped (--show-boilerplate lists them)")
    }
    for article in document.articles {
      lines.append("")
      var head =
        "  article \(article.index + 1) · \(article.kind.rawValue) · [\(article.start), \(article.end))"
      if let section = article.section { head += " · section \(section)" }
      lines.append(head)
      if let headline = article.headline { lines.append("    headline: \(headline)") }
      if let byline = article.byline { lines.append("    byline: \(byline)") }
      for sentence in article.sentences {
        let mark = sentence.isHeadline ? " (headline)" : ""
        lines.append(
          "    \(sentence.index + 1). [\(sentence.start), \(sentence.end))\(mark) \(sentence.text)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private struct DocumentLine: Encodable {
    var type = "document"
    var path: String
    var contentHash: String
    var format: String
    var encoding: String
    var title: String?
    var date: String?
    /// The date the text states for the document (`2023-06-20`, `2023-06`, `2023`), `null`
    /// when it states none.
    var published: NullableText
    /// Absent for a file read in parts: each part line has its own.
    var articles: Int?
    var boilerplate: [[Int]]?
  }

  private struct PartLine: Encodable {
    var type = "part"
    var path: String
    var start: Int
    var articles: Int
    var boilerplate: [[Int]]
  }

  private struct ArticleLine: Encodable {
    var type = "article"
    var path: String
    var article: Int
    var kind: String
    var headline: String?
    var section: String?
    var byline: String?
    var start: Int
    var end: Int
    var sentences: Int
  }

  private struct SentenceLine: Encodable {
    var type = "sentence"
    var path: String
    var article: Int
    var sentence: Int
    var headline: Bool
    var start: Int
    var end: Int
    var text: String
  }

  static func jsonLines(_ document: ReadDocument, header: Bool = true, part: Bool = false)
    -> String
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = ""
    func add(_ value: some Encodable) {
      if let data = try? encoder.encode(value) {
        out += String(decoding: data, as: UTF8.self) + "\n"
      }
    }
    let boilerplate = document.boilerplate.map { [$0.lowerBound, $0.upperBound] }
    if header {
      add(
        DocumentLine(
          path: document.path, contentHash: document.contentHash, format: document.format,
          encoding: document.encoding, title: document.title, date: document.date,
          published: NullableText(document.published?.iso), articles: part ? nil : document.articles.count, boilerplate: part ? nil : boilerplate))
    }
    if part {
      add(
        PartLine(
          path: document.path, start: document.originalTextStart,
          articles: document.articles.count, boilerplate: boilerplate))
    }
    for article in document.articles {
      add(
        ArticleLine(
          path: document.path, article: article.index, kind: article.kind.rawValue,
          headline: article.headline, section: article.section, byline: article.byline,
          start: article.start, end: article.end, sentences: article.sentences.count))
      for sentence in article.sentences {
        add(
          SentenceLine(
            path: document.path, article: article.index, sentence: sentence.index,
            headline: sentence.isHeadline, start: sentence.start, end: sentence.end,
            text: sentence.text))
      }
    }
    return out
  }
}

/// Text that JSON gives as `null` when absent (a synthesized encoder would leave the key out).
struct NullableText: Encodable {
  var text: String?
  init(_ text: String?) { self.text = text }
  func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    if let text { try container.encode(text) } else { try container.encodeNil() }
  }
}
