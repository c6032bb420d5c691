import Foundation
import Testing

/// Three invented pages of one district: a 区委书记 in 2019, another in 2023, and a third on a
/// page that states no year (so its facts have no date).
struct DatedDistrict {
  let graph: IngestedGraph
  var db: String { graph.db }

  static let pages = [
    "2019.txt": """
      青松区召开区委常委会第5次会议
      发布时间：2019-06-21
      6月20日下午，青松区委书记柯立新主持召开区委常委会第5次会议，区委副书记、区长蓝海平出席会议。
      """,
    "2023.txt": """
      青松区召开区委常委会第9次会议
      发布时间：2023-03-10
      3月9日上午，青松区委书记甘明远主持召开区委常委会第9次会议，区委副书记、区长蓝海平出席会议。
      """,
    "undated.txt": "本报讯 4月2日，青松区委书记郑一鸣调研青松区创新产业园项目。\n",
  ]

  init() throws {
    graph = try IngestedGraph()
    var paths: [String] = []
    for (name, text) in Self.pages.sorted(by: { $0.key < $1.key }) {
      paths.append(try graph.write(name, text))
    }
    let (status, _, errors) = try runTupu(["ingest", "--db", graph.db] + paths)
    guard status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["stderr": errors]) }
  }

  /// stdout and stderr of one query, as TSV.
  func query(_ text: String) throws -> (String, String) {
    let (_, output, errors) = try runTupu(["query", "--db", db, "--format", "tsv", text])
    return (output, errors)
  }
}

@Suite("time in queries: during, since, before, dates in order")
struct TimeQueryTests {
  @Test(
    "each page's 区委书记 answers `during` its own year only",
    arguments: [
      ("during 2019", "p\n柯立新\n"), ("during 2023", "p\n甘明远\n"),
      ("during 2019-06", "p\n柯立新\n"), ("during 2019-06-21", "p\n柯立新\n"),
      ("during 2020..2022", "p\n"), ("during 2019-01..2023-06", "p\n柯立新\n甘明远\n"),
      ("since 2020", "p\n甘明远\n"), ("since 2019-06-21", "p\n柯立新\n甘明远\n"),
      ("before 2023", "p\n柯立新\n"), ("before 2019-06-21", "p\n"),
    ])
  func secretaries(period: String, expected: String) throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (output, notes) = try district.query(
      "?p title 区委书记, ?p affiliated-with 青松区 \(period)")
    #expect(output == expected)
    // 郑一鸣's post is stated on a page with no year: left out, and said so.
    #expect(notes.contains("2 facts have no date and were left out by `\(period)`"))
  }

  @Test("without a time filter every secretary answers and nothing is said about dates")
  func untimed() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (output, notes) = try district.query("?p title 区委书记, ?p affiliated-with 青松区")
    #expect(output == "p\n柯立新\n甘明远\n郑一鸣\n")
    #expect(!notes.contains("no date"))
  }

  @Test("meetings are dated by held-on, orderable as dates, and a fact about a meeting takes its date")
  func meetingDates() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    #expect(
      try district.query("?m held-on ?d order by ?d desc").0
        == "m\td\n区委常委会第9次会议\t2023-03-09\n区委常委会第5次会议\t2019-06-20\n")
    // The page is dated 2019-06-21, the meeting it reports 2019-06-20: the fact takes the
    // meeting's day.
    #expect(try district.query("?p chairs ?m during 2019-06-20").0 == "p\tm\n柯立新\t区委常委会第5次会议\n")
    #expect(try district.query("?p chairs ?m during 2019-06-21").0 == "p\tm\n")
    #expect(try district.query("count(?p attends ?m) during 2023").0 == "count\n1\n")
  }

  @Test("a period that is no date is an error pointing at it", arguments: [
    "during 2019-13", "since 19", "before 2019..2020", "during",
  ])
  func badPeriods(period: String) throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (status, _, errors) = try runTupu([
      "query", "--db", district.db, "?p title 区委书记 \(period)",
    ])
    #expect(status == 2)
    #expect(errors.contains("expected a"))
  }
}
