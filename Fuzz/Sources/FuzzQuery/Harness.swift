import Foundation
import TupuGraph
import TupuQuery
import TupuStore

/// One libFuzzer input: a statement of the pattern language, parsed, checked and planned, then
/// compiled to SQL and run on a small store with paths, a cycle and hostile names.
/// Syntax and store errors are fine (they are diagnostics); crashes and hangs are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
  _ = FuzzStore.session.run(text)
  _ = FuzzStore.session.explain(text)
  return 0
}

/// The store the fuzzed queries run on, built once per process in a temporary folder.
enum FuzzStore {
  static let vocabulary = Vocabulary(
    classes: [
      .init(id: "Person", label: "人物"), .init(id: "Official", label: "官员", parent: "Person"),
      .init(id: "District", label: "区"), .init(id: "Street", label: "街道"),
      .init(id: "Community", label: "社区"), .init(id: "Project", label: "项目"),
      .init(id: "Organization", label: "机构"), .init(id: "Meeting", label: "会议"),
    ],
    predicates: [
      .init(id: "chairs", label: "主持", aliases: ["主持召开"]),
      .init(id: "attends", label: "出席"), .init(id: "reviews", label: "审议"),
      .init(id: "located-in", label: "位于"), .init(id: "sponsors", label: "资助"),
      .init(id: "title", label: "职务", literalObject: true),
    ])

  static let facts = """
    魏都区\ttype\tDistrict
    魏北街道\ttype\tStreet
    魏北街道\tlocated-in\t魏都区
    金湾社区\ttype\tCommunity
    金湾社区\tlocated-in\t魏北街道
    环城甲\ttype\tStreet
    环城乙\ttype\tStreet
    环城甲\tlocated-in\t环城乙
    环城乙\tlocated-in\t环城甲
    何长成\ttype\tOfficial
    何长成\ttitle\t区长
    张巧云\ttype\tPerson
    第7次例会\ttype\tMeeting
    何长成\tchairs\t第7次例会
    张巧云\tattends\t第7次例会
    微光夜视\ttype\tProject
    第7次例会\treviews\t微光夜视
    a'b"; DROP TABLE facts; --\ttype\tOrganization
    a'b"; DROP TABLE facts; --\tsponsors\t金湾社区

    """

  // NB: QuerySession is @unchecked Sendable; libFuzzer calls the harness from one thread.
  static let session: QuerySession = {
    do {
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("tupu-fuzz-\(getpid())")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let path = folder.appendingPathComponent("graph.sqlite").path
      try? FileManager.default.removeItem(atPath: path)
      let store = try GraphStore(path: path)
      try store.setVocabulary(vocabulary)
      try store.write([
        try FactsFile.read(bytes: Array(facts.utf8), path: "fuzz.tsv", format: .tsv)
      ])
      let engine = try QueryEngine(path: path)
      // A fuzzed cross product must end: this is the time limit `tupu query` has too.
      engine.limits = QueryLimits(seconds: 0.5)
      let session = QuerySession(vocabulary: vocabulary, graph: engine)
      session.rowLimit = 10_000
      return session
    } catch {
      fatalError("cannot build the fuzz store: \(error)")
    }
  }()
}
