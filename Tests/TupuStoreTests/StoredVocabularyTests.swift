import Testing
import TupuGraph

@testable import TupuStore

@Suite("The store keeps the whole vocabulary, so a query process parses no ontology")
struct StoredVocabularyTests {
  static var vocabulary: Vocabulary {
    var vocabulary = Sample.vocabulary
    vocabulary.classes[0].summary = "anyone\twith a name \\ and\na second line"
    vocabulary.predicates[0].aliases = ["主持召开", "召开"]
    return vocabulary
  }

  @Test("labels, aliases, summaries and rules come back as they were given")
  func roundTrip() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Self.vocabulary)
    let engine = try QueryEngine(path: folder.file("t.sqlite"))
    #expect(try engine.vocabularyAsIngested() == Self.vocabulary)
    #expect(try engine.storedVocabulary() == Self.vocabulary)
  }

  @Test("a predicate's signature is stored and comes back; one without keeps the old six fields")
  func signatures() throws {
    var vocabulary = Self.vocabulary
    vocabulary.predicates[2].subjectClasses = ["Meeting", "Official"]
    vocabulary.predicates[2].objectClasses = ["Project"]
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(vocabulary)
    let engine = try QueryEngine(path: folder.file("t.sqlite"))
    #expect(try engine.vocabularyAsIngested() == vocabulary)
    // What a store written before signatures holds, still read.
    let lines = Self.vocabulary.storedText.split(separator: "\n")
    let predicates = lines.filter { $0.hasPrefix("predicate\t") }
    #expect(
      predicates.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
    #expect(Vocabulary(storedText: Self.vocabulary.storedText) == Self.vocabulary)
  }

  @Test("a changed label alone is stored too, without re-deriving")
  func labelChange() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.setVocabulary(Self.vocabulary)
    var relabelled = Self.vocabulary
    relabelled.predicates[2].label = "审议"
    try store.setVocabulary(relabelled)
    let engine = try QueryEngine(path: folder.file("t.sqlite"))
    #expect(try engine.vocabularyAsIngested()?.predicateInfo("reviews")?.label == "审议")
  }

  @Test("a store given no vocabulary has none to tell")
  func none() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("t.sqlite"))
    try store.write([Sample.graph("a.txt", hash: "a", Sample.meetingPage)])
    let engine = try QueryEngine(path: folder.file("t.sqlite"))
    #expect(try engine.vocabularyAsIngested() == nil)
  }

  @Test("text that is not a stored vocabulary is refused, not half read")
  func foreignText() {
    #expect(Vocabulary(storedText: "class\tOnly-two-fields") == nil)
    #expect(Vocabulary(storedText: "") == Vocabulary(classes: [], predicates: []))
  }
}
