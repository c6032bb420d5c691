import Foundation
import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuStore

@Suite("Facts files read dictionary-encoded")
struct EncodedFactsTests {
  /// Every case the gold format has: comments, blank and indented lines, `a|b` alternatives,
  /// spaces around fields, escapes, literal titles, CRLF, a missing final line break.
  static let goldText = """
    # Gold for a page
    魏都区\ttype\tDistrict

    李朝锋\ttitle\t区委书记
      # an indented comment
    全区重点项目要素保障第7次工作例会|重点项目要素保障第7次工作例会\ttype\tMeeting
    何长成\tchairs\t全区重点项目要素保障第7次工作例会|重点项目要素保障第7次工作例会\r
     颍昌街道 \tlocated-in\t魏都区
    a\\|b\\\\c\ttype\tOrganization
    魏都区\tlocated-in\t许昌市
    """

  /// A generated file big enough to be read in parallel parts.
  static func generated(lines: Int) -> String {
    var text = ""
    for index in 0..<lines {
      switch index % 4 {
      case 0: text += "官员\(index / 4)\ttype\tOfficial\n"
      case 1: text += "官员\(index / 4)\ttitle\t区长\n"
      case 2: text += "官员\(index / 4)\tattends\t第\(index % 997)次会议\n"
      default: text += index % 400 == 3 ? "# 注释 \(index)\n" : "第\(index % 997)次会议\ttype\tMeeting\n"
      }
    }
    return text
  }

  /// The gold sample, or a generated file of that many lines (an argument the test log can
  /// print: not the text itself).
  static func input(_ lines: Int) -> String { lines == 0 ? goldText : generated(lines: lines) }

  @Test(
    "decode to exactly the facts and evidence the one-by-one reader gives (0 lines: the gold sample; 240 000: read in parallel parts)",
    arguments: [0, 240_000])
  func sameAsFactReader(lines: Int) throws {
    let bytes = Array(Self.input(lines).utf8)
    let facts = try TSVFactsReader.read(bytes: bytes, path: "gold.tsv")
    let encoded = try TSVFactsReader.readEncoded(bytes: bytes, path: "gold.tsv")
    #expect(encoded.decoded() == facts)
    #expect(encoded.terms.count == Set(encoded.terms).count)
  }

  @Test("an error in a later part of a big file names its own line")
  func errorInLaterPart() throws {
    var lines = Self.generated(lines: 200_000).split(
      separator: "\n", omittingEmptySubsequences: false)
    lines[150_000] = "只有两个字段\ttype"
    let bytes = Array(lines.joined(separator: "\n").utf8)
    let error = try #require(throws: Diagnostic.self) {
      try TSVFactsReader.readEncoded(bytes: bytes, path: "big.tsv")
    }
    #expect(error.location?.line == 150_001)
    #expect(error.message.contains("found 2"))
  }

  @Test("stored encoded or one by one, the store holds the same rows")
  func storeSameEitherWay() throws {
    let folder = try TemporaryFolder()
    let bytes = Array(Self.goldText.utf8)
    let encoded = try TSVFactsReader.readEncoded(bytes: bytes, path: "gold.tsv")
    let one = try GraphStore(path: folder.file("one.sqlite"))
    let other = try GraphStore(path: folder.file("other.sqlite"))
    try one.setVocabulary(Sample.vocabulary)
    try other.setVocabulary(Sample.vocabulary)
    try one.write([encoded.decoded()])
    try other.write([DocumentFacts.encoded(encoded)])
    for table in ["facts", "evidence", "sentences", "documents"] {
      #expect(try one.rows(of: table) == other.rows(of: table), "table \(table)")
    }
    #expect(try one.facts(includeDerived: true) == other.facts(includeDerived: true))
  }
}

extension GraphStore {
  /// A table's rows as text with term ids replaced by their text, in a stable order.
  func rows(of table: String) throws -> [String] {
    let columns: String
    switch table {
    case "facts": columns = "s, p, o, derived"
    case "evidence": columns = "s, p, o, article, sentence, start, length"
    case "sentences": columns = "article, sentence, text"
    default: columns = "hash, path, fact_count"
    }
    let named = columns.split(separator: ", ").map { column -> String in
      ["s", "p", "o"].contains(String(column))
        ? "(SELECT text FROM terms WHERE id = \(column))" : String(column)
    }
    let sql = "SELECT " + named.joined(separator: " || '|' || ") + " FROM \(table)"
    return try database.statement(sql).rows { $0.text(0) }.sorted()
  }
}
