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

  @Test(
    "held-on dates compare in filters and sort in order by, on their own or with a time filter",
    arguments: [
      ("?m held-on ?d, ?d >= \"2020-01-01\"", "m\td\n区委常委会第9次会议\t2023-03-09\n"),
      ("?m held-on ?d, ?d < 2020-01-01", "m\td\n区委常委会第5次会议\t2019-06-20\n"),
      // A year compares as the dates in it from its first day: >= 2020 is from 2020-01-01.
      ("?m held-on ?d, ?d >= 2020", "m\td\n区委常委会第9次会议\t2023-03-09\n"),
      ("?m held-on ?d, ?d <= \"2019-06-20\"", "m\td\n区委常委会第5次会议\t2019-06-20\n"),
      ("?m held-on ?d, ?d > \"2019-06-20\", ?d < \"2023-03-09\"", "m\td\n"),
      ("?m held-on ?d order by ?d", "m\td\n区委常委会第5次会议\t2019-06-20\n区委常委会第9次会议\t2023-03-09\n"),
      ("?p chairs ?m, ?m held-on ?d, ?d >= \"2019-12-31\"", "p\tm\td\n甘明远\t区委常委会第9次会议\t2023-03-09\n"),
      ("?p chairs ?m, ?m held-on ?d order by ?d desc limit 1", "p\tm\td\n甘明远\t区委常委会第9次会议\t2023-03-09\n"),
      ("?p chairs ?m, ?m held-on ?d since 2019-06-20", "p\tm\td\n柯立新\t区委常委会第5次会议\t2019-06-20\n甘明远\t区委常委会第9次会议\t2023-03-09\n"),
      ("?p chairs ?m, ?m held-on ?d before 2023-03-09", "p\tm\td\n柯立新\t区委常委会第5次会议\t2019-06-20\n"),
      ("?p attends ?m, ?m held-on ?d, ?d >= 2020 during 2019", "p\tm\td\n"),
      // Against a year or a month, a day compares as the period it lies in: 2019-06-20 is in
      // 2019, not after it.
      ("?m held-on ?d, ?d > 2019", "m\td\n区委常委会第9次会议\t2023-03-09\n"),
      ("?m held-on ?d, ?d <= 2019", "m\td\n区委常委会第5次会议\t2019-06-20\n"),
      ("?m held-on ?d, ?d > 2019-06", "m\td\n区委常委会第9次会议\t2023-03-09\n"),
      ("?m held-on ?d, ?d < 2019-06", "m\td\n"),
      ("?m held-on ?d, ?d >= 2019-06 order by ?d", "m\td\n区委常委会第5次会议\t2019-06-20\n区委常委会第9次会议\t2023-03-09\n"),
    ])
  func dateComparisons(query: String, expected: String) throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    #expect(try district.query(query).0 == expected)
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

@Suite("dates outside queries: inspect, describe, the REPL's .timeline, exports")
struct DatesElsewhereTests {
  @Test("inspect --format jsonl gives each document's published date, null when none is stated")
  func inspect() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    for (name, expected) in [
      ("2019.txt", "\"published\":\"2019-06-21\""), ("undated.txt", "\"published\":null"),
    ] {
      let path = district.graph.folder.appendingPathComponent(name).path
      let (status, output, _) = try runTupu(["inspect", "--format", "jsonl", path])
      #expect(status == 0)
      #expect(output.split(separator: "\n").first?.contains(expected) == true)
    }
  }

  @Test("describe lists each post with the first and last dates seen and the documents")
  func describe() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (status, output, _) = try runTupu(["describe", "--db", district.db, "蓝海平"])
    #expect(status == 0)
    #expect(output.contains("posts over time:\n  区委副书记 2019-06-21 – 2023-03-10 (2 documents)\n"))
    let (_, undated, _) = try runTupu(["describe", "--db", district.db, "郑一鸣"])
    #expect(undated.contains("  区委书记 undated (1 document)\n"))
  }

  @Test(".timeline lists an entity's dated facts in date order and counts the undated ones")
  func timeline() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (status, output, errors) = try runTupu(
      ["repl", "--db", district.db], stdin: ".mode tsv\n.timeline 柯立新\n.timeline 郑一鸣\n")
    #expect(status == 0)
    #expect(
      output == """
        date\tsubject\tpredicate\tobject\tdocument
        2019-06-20\t柯立新\tchairs\t区委常委会第5次会议\t\(district.graph.folder.path)/2019.txt
        2019-06-21\t柯立新\taffiliated-with\t青松区\t\(district.graph.folder.path)/2019.txt
        2019-06-21\t柯立新\ttitle\t区委书记\t\(district.graph.folder.path)/2019.txt
        date\tsubject\tpredicate\tobject\tdocument

        """)
    #expect(errors.contains("3 facts about 郑一鸣 have no date"))
  }

  @Test("JSON Lines gives each fact's date; RDF types meeting dates and dates the evidence")
  func exports() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (_, json, _) = try runTupu(["export", "--db", district.db, "--format", "json"])
    let chairs = json.split(separator: "\n").first { $0.contains("\"predicate\":\"chairs\"") && $0.contains("柯立新") }
    #expect(chairs?.contains("\"date\":\"2019-06-20\"") == true)
    #expect(chairs?.contains("\"published\":\"2019-06-21\"") == true)
    let (_, rdf, _) = try runTupu([
      "export", "--db", district.db, "--format", "ntriples", "--evidence",
    ])
    #expect(rdf.contains("\"2019-06-20\"^^<http://www.w3.org/2001/XMLSchema#date>"))
    #expect(rdf.contains("/documentDate> \"2023-03-10\"^^<http://www.w3.org/2001/XMLSchema#date>"))
  }

  @Test("export --during keeps a period's facts, in a picture as in any format")
  func exportDuring() throws {
    let district = try DatedDistrict()
    defer { district.graph.remove() }
    let (status, dot, _) = try runTupu([
      "export", "--db", district.db, "--format", "dot", "--during", "2023",
    ])
    #expect(status == 0)
    #expect(dot.contains("甘明远") && dot.contains("区委常委会第9次会议"))
    #expect(!dot.contains("柯立新") && !dot.contains("郑一鸣"))
    let (bad, _, errors) = try runTupu(["export", "--db", district.db, "--during", "2023-13"])
    #expect(bad == 2)
    #expect(errors.contains("--during takes a period"))
  }
}
