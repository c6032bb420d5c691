import Testing
import TupuGraph

@testable import TupuExport

@Suite("TSV in the shared gold format")
struct TSVWriterTests {
  let writer = TSVWriter(vocabulary: SampleGraph.vocabulary)

  @Test("the sample graph gives the golden TSV: type lines first, then asserted facts")
  func golden() throws {
    try Golden.check(writer.render(SampleGraph.facts), against: "sample.tsv")
  }

  @Test("derived facts are left out unless asked for, then come under their rule")
  func derived() throws {
    let plain = writer.render(SampleGraph.facts)
    #expect(!plain.contains("李朝锋\treviews\t微光夜视"))
    let withDerived = TSVWriter(vocabulary: SampleGraph.vocabulary, includeDerived: true)
      .render(SampleGraph.facts)
    #expect(withDerived.hasSuffix("\n# derived by chair-reviews\n李朝锋\treviews\t微光夜视\n"))
    try Golden.check(withDerived, against: "sample-derived.tsv")
  }

  @Test("an entity typed twice gets one type line, its most specific class")
  func mostSpecificClass() {
    let facts = [
      Fact("王小五", "type", .classRef("Person")), Fact("王小五", "type", .classRef("Official")),
      Fact("王小五", "title", .literal("社区党支部书记")),
    ]
    #expect(writer.render(facts) == "王小五\ttype\tOfficial\n\n王小五\ttitle\t社区党支部书记\n")
  }

  @Test("one fact read in two places is written once")
  func duplicates() {
    let facts = [
      Fact("颍昌街道", "located-in", .entity("魏都区"), evidence: SampleGraph.evidence(1, 0, 4, "a")),
      Fact("颍昌街道", "located-in", .entity("魏都区"), evidence: SampleGraph.evidence(2, 0, 4, "b")),
    ]
    #expect(writer.render(facts) == "颍昌街道\tlocated-in\t魏都区\n")
  }

  @Test("the same facts in any order give the same bytes")
  func stableOrder() {
    let shuffled = SampleGraph.facts.shuffled()
    #expect(writer.render(shuffled) == writer.render(SampleGraph.facts))
  }

  @Test("TABs, line breaks and backslashes in names are escaped and read back")
  func escapes() {
    let text = writer.render(SampleGraph.awkwardFacts)
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 3)
    }
    let lines = text.split(separator: "\n").filter { !$0.hasPrefix("# derived") }
    let names = Set(
      lines.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        .map(Self.unescaped))
    #expect(names == Set(SampleGraph.awkwardNames))
  }

  /// The linear-TSV unescape the facts-file reader applies.
  static func unescaped(_ field: String) -> String {
    var result = ""
    var escaping = false
    for character in field {
      if escaping {
        switch character {
        case "t": result += "\t"
        case "n": result += "\n"
        case "r": result += "\r"
        default: result.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
