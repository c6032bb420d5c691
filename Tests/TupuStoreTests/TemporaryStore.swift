import Foundation
import TupuGraph

@testable import TupuStore

/// A fresh folder per test, removed when the value goes away.
final class TemporaryFolder {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tupu-store-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }
}

/// Builders for small graphs written the way the readers and the extractor write them.
enum Sample {
  static func evidence(_ line: Int, _ text: String = "", pattern: String = "test") -> Evidence {
    Evidence(
      article: 0, sentence: line, start: line * 10, end: line * 10 + 9, text: text, pattern: pattern
    )
  }

  static func fact(_ s: String, _ p: String, _ o: String, line: Int = 1) -> Fact {
    let object: Term = p == typePredicate ? .classRef(o) : p == "title" ? .literal(o) : .entity(o)
    return Fact(s, p, object, evidence: evidence(line, "句子\(line)。"))
  }

  static func graph(_ path: String, hash: String, _ triples: [(String, String, String)])
    -> DocumentGraph
  {
    DocumentGraph(
      document: DocumentRecord(contentHash: hash, path: path, title: "标题", date: "2022-04-14"),
      facts: triples.enumerated().map { fact($1.0, $1.1, $1.2, line: $0 + 1) })
  }

  /// The part of ONTOLOGY-CORE.md the store tests need.
  static let vocabulary = Vocabulary(
    classes: [
      .init(id: "Person", label: "人物"), .init(id: "Official", label: "官员", parent: "Person"),
      .init(id: "Meeting", label: "会议"), .init(id: "Project", label: "项目"),
      .init(id: "District", label: "区"), .init(id: "Street", label: "街道"),
    ],
    predicates: [
      .init(id: "chairs", label: "主持"), .init(id: "attends", label: "出席"),
      .init(id: "reviews", label: "听取汇报"), .init(id: "located-in", label: "位于"),
      .init(id: "title", label: "职务", literalObject: true),
    ],
    rules: [
      InferenceRule(
        id: "chair-reviews",
        body: [.init("?x", "chairs", "?m"), .init("?m", "reviews", "?p")],
        head: .init("?x", "reviews", "?p"))
    ])

  static let meetingPage: [(String, String, String)] = [
    ("何长成", "type", "Official"), ("何长成", "title", "区长"),
    ("第7次工作例会", "type", "Meeting"), ("何长成", "chairs", "第7次工作例会"),
    ("第7次工作例会", "reviews", "微光夜视"), ("第7次工作例会", "reviews", "人才公寓"),
    ("微光夜视", "type", "Project"), ("人才公寓", "type", "Project"),
  ]
}

extension GraphStore {
  /// `subject predicate object` lines of the stored facts (derived ones marked `*`), sorted.
  func tripleLines(includeDerived: Bool = true) throws -> [String] {
    Array(
      Set(
        try facts(includeDerived: includeDerived).map {
          "\($0.fact.subject) \($0.fact.predicate) \($0.fact.object.text)"
            + ($0.fact.isDerived ? " *" : "")
        })
    ).sorted()
  }

  func count(_ sql: String) throws -> Int { try database.integer(sql) }
}
