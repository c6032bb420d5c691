import Testing
import TupuGraph
@testable import TupuQuery

@Suite("Answers render the same bytes in every format")
struct ResultFormatTests {
  static let table = ResultTable(
    columns: ["who", "count(m)"],
    rows: [
      [.term(id: 1, kind: 0, text: "何长成"), .integer(12)],
      [.term(id: 2, kind: 0, text: "Acme, \"Works\""), .integer(3)],
    ])

  @Test("table mode aligns by display width: a CJK character takes two columns")
  func tableAlignment() {
    #expect(
      ResultFormat.table.render(Self.table) == """
        who            count(m)
        -------------  --------
        何长成               12
        Acme, "Works"         3

        """)
  }

  @Test("TSV has a header of variable names and escapes tabs and newlines")
  func tsv() {
    let table = ResultTable(columns: ["x"], rows: [[.term(id: 1, kind: 1, text: "a\tb\nc")]])
    #expect(ResultFormat.tsv.render(table) == "x\na\\tb\\nc\n")
    #expect(ResultFormat.tsv.render(Self.table) == "who\tcount(m)\n何长成\t12\nAcme, \"Works\"\t3\n")
  }

  @Test("CSV quotes fields with commas and quotes")
  func csv() {
    #expect(
      ResultFormat.csv.render(Self.table)
        == "who,count(m)\r\n何长成,12\r\n\"Acme, \"\"Works\"\"\",3\r\n")
  }

  @Test("JSON is an array of objects in column order, counts as numbers")
  func json() {
    #expect(
      ResultFormat.json.render(Self.table) == """
        [
          {"who": "何长成", "count(m)": 12},
          {"who": "Acme, \\"Works\\"", "count(m)": 3}
        ]

        """)
    #expect(ResultFormat.json.render(ResultTable(columns: ["x"])) == "[]\n")
  }

  @Test("a ground query answers yes or no; in JSON an object, never a bare boolean")
  func ground() {
    #expect(ResultFormat.table.render(ResultTable(columns: [], rows: [[]])) == "yes\n")
    #expect(ResultFormat.tsv.render(ResultTable(columns: [])) == "no\n")
    #expect(
      ResultFormat.json.render(ResultTable(columns: [], rows: [[]])) == "{\"answer\": true}\n")
    #expect(ResultFormat.json.render(ResultTable(columns: [])) == "{\"answer\": false}\n")
  }
}
