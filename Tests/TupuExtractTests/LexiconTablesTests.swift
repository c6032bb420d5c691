import Testing
import TupuOntology

/// The lexicon keeps its tables in one shared object; a copy that is changed gets tables of
/// its own, so a lexicon stays a value.
@Suite("Lexicon tables: shared by copies, copied on a change")
struct LexiconTablesTests {
  @Test("a word added to a copy is in the copy only, in every kind of table")
  func copiesAreValues() {
    var original = Lexicon()
    original.add("甲乙", to: .stop, line: 1)
    original.surnames.insert("甲", 1)
    var copy = original
    copy.add("丙丁", to: .stop, line: 2)
    copy.surnames.insert("丙", 1)
    copy.gazetteer.insert("某省", .city)
    let text = Array("丙丁".unicodeScalars)
    #expect(copy.list(.stop).longest(in: text, at: 0) != nil)
    #expect(original.list(.stop).longest(in: text, at: 0) == nil)
    #expect(copy.surnames.count == 2 && original.surnames.count == 1)
    #expect(copy.gazetteer.count == 1 && original.gazetteer.count == 0)
    #expect(original.list(.stop).count == 1 && copy.list(.stop).count == 2)
  }
}
