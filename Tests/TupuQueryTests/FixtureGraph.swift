import Foundation
import TupuGraph
import TupuQuery
@testable import TupuStore

/// A graph store file in a fresh temporary folder, built from facts in the shared gold format
/// (subject TAB predicate TAB object), a fourth field `derived:RULE` marking derived facts.
///
/// NB: written with the query side's own connection and the store schema contract of the brief,
/// before the store's bulk writer landed.
struct FixtureGraph {
  let path: String
  let folder: URL

  static let vocabulary = Vocabulary(
    classes: [
      .init(id: "Person", label: "人物"),
      .init(id: "Official", label: "官员", parent: "Person"),
      .init(id: "City", label: "市"), .init(id: "District", label: "区"),
      .init(id: "Street", label: "街道"), .init(id: "Community", label: "社区"),
      .init(id: "Project", label: "项目"), .init(id: "Organization", label: "机构"),
      .init(id: "Meeting", label: "会议"), .init(id: "Place", label: "场所"),
    ],
    predicates: [
      .init(id: "chairs", label: "主持", aliases: ["主持召开"]),
      .init(id: "convenes", label: "召开"),
      .init(id: "attends", label: "出席", aliases: ["参加"]),
      .init(id: "reviews", label: "审议"),
      .init(id: "located-in", label: "位于"),
      .init(id: "sponsors", label: "资助"),
      .init(id: "title", label: "职务", literalObject: true),
      .init(id: "affiliated-with", label: "隶属"),
    ])

  static let facts = """
    # places, nested
    许昌市\ttype\tCity
    魏都区\ttype\tDistrict
    魏都区\tlocated-in\t许昌市
    魏北街道\ttype\tStreet
    魏北街道\tlocated-in\t魏都区
    颍昌街道\ttype\tStreet
    颍昌街道\tlocated-in\t魏都区
    金湾社区\ttype\tCommunity
    金湾社区\tlocated-in\t魏北街道
    许继社区\ttype\tCommunity
    许继社区\tlocated-in\t颍昌街道
    庞庄社区\ttype\tCommunity
    庞庄社区\tlocated-in\t颍昌街道
    # a cycle: paths must end
    环城甲\ttype\tPlace
    环城乙\ttype\tPlace
    环城甲\tlocated-in\t环城乙
    环城乙\tlocated-in\t环城甲
    # people and meetings
    何长成\ttype\tOfficial
    李朝锋\ttype\tOfficial
    王小五\ttype\tOfficial
    张巧云\ttype\tPerson
    何长成\ttitle\t区长
    李朝锋\ttitle\t区委书记
    第27次会议\ttype\tMeeting
    第7次例会\ttype\tMeeting
    李朝锋\tchairs\t第27次会议
    何长成\tchairs\t第7次例会
    何长成\tattends\t第27次会议
    王小五\tattends\t第7次例会
    王小五\tattends\t第27次会议
    微光夜视\ttype\tProject
    人才公寓\ttype\tProject
    香山污水处理厂\ttype\tProject
    第7次例会\treviews\t微光夜视
    第7次例会\treviews\t人才公寓
    第27次会议\treviews\t香山污水处理厂
    何长成\treviews\t微光夜视\tderived:chair-reviews
    何长成\treviews\t人才公寓\tderived:chair-reviews
    李朝锋\treviews\t香山污水处理厂\tderived:chair-reviews
    # names with quotes and SQL in them
    魏都区烟草局\ttype\tOrganization
    魏都区烟草局\tsponsors\t金湾社区
    a'b"; DROP TABLE facts; --\ttype\tOrganization
    a'b"; DROP TABLE facts; --\tsponsors\t许继社区
    Acme Works\ttype\tOrganization
    Acme Works\tsponsors\t人才公寓
    """

  init(facts: String = FixtureGraph.facts, vocabulary: Vocabulary = FixtureGraph.vocabulary)
    throws
  {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tupu-query-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    path = folder.appendingPathComponent("graph.sqlite").path
    let connection = try QueryConnection(path: path, create: true)
    try connection.execute(
      """
      PRAGMA journal_mode = WAL;
      CREATE TABLE terms(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL,
        UNIQUE(kind, text));
      CREATE TABLE facts(s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL,
        derived INTEGER NOT NULL DEFAULT 0, rule INTEGER, PRIMARY KEY (s, p, o)) WITHOUT ROWID;
      CREATE INDEX facts_pos ON facts(p, o, s);
      CREATE INDEX facts_osp ON facts(o, s, p);
      CREATE TABLE class_ancestors(class INTEGER, ancestor INTEGER,
        PRIMARY KEY(class, ancestor)) WITHOUT ROWID;
      BEGIN;
      """)
    func term(_ kind: Int, _ text: String) throws -> Int64 {
      try connection.forEachRow(
        "INSERT OR IGNORE INTO terms(kind, text) VALUES (?1, ?2)", [.integer(Int64(kind)), .text(text)]
      ) { _ in }
      var id: Int64 = 0
      try connection.forEachRow(
        "SELECT id FROM terms WHERE kind = ?1 AND text = ?2", [.integer(Int64(kind)), .text(text)]
      ) { id = $0.integer(0) }
      return id
    }
    for info in vocabulary.classes {
      for ancestor in vocabulary.lineage(of: info.id) {
        try connection.forEachRow(
          "INSERT OR IGNORE INTO class_ancestors VALUES (?1, ?2)",
          [.integer(try term(2, info.id)), .integer(try term(2, ancestor))]) { _ in }
      }
    }
    for line in facts.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let predicate = fields[1]
      let objectKind = predicate == typePredicate
        ? 2 : (vocabulary.predicateInfo(predicate)?.literalObject == true ? 1 : 0)
      var rule: SQLValue = .integer(0)
      var derived: Int64 = 0
      if fields.count > 3, fields[3].hasPrefix("derived:") {
        derived = 1
        rule = .integer(try term(4, String(fields[3].dropFirst(8))))
      }
      try connection.forEachRow(
        "INSERT INTO facts(s, p, o, derived, rule) VALUES (?1, ?2, ?3, ?4, nullif(?5, 0))",
        [
          .integer(try term(0, fields[0])), .integer(try term(3, predicate)),
          .integer(try term(objectKind, fields[2])), .integer(derived), rule,
        ]) { _ in }
    }
    try connection.execute("COMMIT")
  }

  /// A query engine and a session over the file.
  func session() throws -> QuerySession {
    QuerySession(vocabulary: FixtureGraph.vocabulary, graph: try QueryEngine(path: path))
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
