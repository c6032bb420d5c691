import Testing
import TupuOntology

@testable import TupuExtract

/// The relations that state a fact without a cue word of their own (由甲主持的某会议, 甲是某镇的
/// 一个村, a meeting's date) give it the pattern the ontology lists first for that matcher and
/// predicate: looked up once when the extractor is made, not for every sentence.
@Suite("Cue tables: the fixed patterns' ids")
struct CueTablesTests {
  @Test("each is the id of the first pattern with its matcher and predicate")
  func firstPatternWins() {
    let tables = CueTables(patterns: [
      ExtractionPattern(
        id: "attend-first", predicate: "attends", matcher: "agents-cue-meeting", cues: ["出席"]),
      ExtractionPattern(
        id: "attend-second", predicate: "attends", matcher: "agents-cue-meeting", cues: ["参加"]),
      ExtractionPattern(
        id: "chair", predicate: "chairs", matcher: "agent-cue-meeting", cues: ["主持"]),
      ExtractionPattern(
        id: "convene", predicate: "convenes", matcher: "agent-cue-meeting", cues: ["召开"]),
      ExtractionPattern(
        id: "review", predicate: "reviews", matcher: "agent-cue-projects", cues: ["调研"]),
      ExtractionPattern(
        id: "situated", predicate: "located-in", matcher: "situated-cue", cues: ["位于"]),
      ExtractionPattern(id: "date", predicate: "held-on", matcher: "meeting-date"),
    ])
    #expect(tables.attendsID == "attend-first")
    #expect(tables.chairsID == "chair")
    #expect(tables.convenesID == "convene")
    #expect(tables.reviewsID == "review")
    #expect(tables.situatedID == "situated")
    #expect(tables.heldOnID == "date")
  }

  @Test("a matcher used for another predicate gives no id")
  func otherPredicate() {
    let tables = CueTables(patterns: [
      ExtractionPattern(
        id: "attend", predicate: "attends", matcher: "agent-cue-meeting", cues: ["出席"])
    ])
    #expect(tables.chairsID == nil)
    #expect(tables.convenesID == nil)
    #expect(tables.attendsID == nil)
  }

  @Test("the built-in ontology has a pattern for each")
  func builtIn() throws {
    let tables = CueTables(patterns: try Ontology.builtIn().patterns)
    for id in [
      tables.attendsID, tables.chairsID, tables.convenesID, tables.reviewsID, tables.situatedID,
      tables.heldOnID,
    ] {
      #expect(id != nil)
    }
  }
}
