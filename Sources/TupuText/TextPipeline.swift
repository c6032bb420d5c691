import Foundation
import TupuDiagnostics

/// Decode → repair → split: turns a file into a `ReadDocument`.
///
/// NB: placeholder splitter while the text module is being written (issue 3); the API is fixed.
public enum TextPipeline {
  public static func read(path: String) throws -> ReadDocument {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic("cannot read \(path)", hint: "check that the file exists and is readable")
    }
    return try read(bytes: [UInt8](data), path: path)
  }

  public static func read(bytes: [UInt8], path: String) throws -> ReadDocument {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Diagnostic("\(path) is not UTF-8")
    }
    var sentences: [Sentence] = []
    var current = ""
    var start = 0
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      if scalar.properties.isWhitespace {
        if current.isEmpty { start = offset + 1 }
        continue
      }
      current.unicodeScalars.append(scalar)
      if "。！？".unicodeScalars.contains(scalar) {
        sentences.append(Sentence(index: sentences.count, text: current, start: start, end: offset + 1))
        current = ""
        start = offset + 1
      }
    }
    if !current.isEmpty {
      sentences.append(Sentence(index: sentences.count, text: current, start: start, end: text.unicodeScalars.count))
    }
    let article = Article(
      index: 0, kind: .story, headline: nil, byline: nil, start: 0,
      end: text.unicodeScalars.count, sentences: sentences)
    return ReadDocument(
      path: path, contentHash: String(text.hashValue, radix: 16), originalText: text, title: nil,
      date: nil, articles: [article])
  }
}
