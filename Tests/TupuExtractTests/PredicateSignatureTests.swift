import Foundation
import Testing
import TupuDiagnostics
import TupuGraph
@testable import TupuExtract
@testable import TupuOntology

/// A predicate line may declare its signature (`subject=Official object=Project`), as
/// ONTOLOGY-CORE.md gives it; the builder checks the classes, the vocabulary keeps them (the
/// store's text too, an old store's text still loads), and the extractor states no fact that
/// breaks them. Invented names.
@Suite("Predicate signatures")
struct PredicateSignatureTests {
  static let core = """
    class Person 人物
    class Official 官员 parent=Person
    class Meeting 会议
    class Project 项目
    class Place 场所
    predicate chairs 主持 subject=Person object=Meeting
    predicate reviews 听取 subject=Meeting,Official object=Project
    predicate title 职务 subject=Official object=literal
    predicate located-in 位于
    """

  func load(_ text: String) throws -> Ontology {
    let folder = try Fixtures.temporaryDirectory()
    try text.write(
      to: folder.appendingPathComponent("core.tupu"), atomically: true, encoding: .utf8)
    return try Ontology.load(directory: folder.path)
  }

  @Test("subject= and object= are kept with the predicate; none declared lets any class be")
  func declared() throws {
    let vocabulary = try load(Self.core).vocabulary
    let reviews = try #require(vocabulary.predicateInfo("reviews"))
    #expect(reviews.subjectClasses == ["Meeting", "Official"])
    #expect(reviews.objectClasses == ["Project"])
    let title = try #require(vocabulary.predicateInfo("title"))
    #expect(title.literalObject && title.subjectClasses == ["Official"] && title.objectClasses.isEmpty)
    #expect(vocabulary.predicateInfo("located-in")?.hasSignature == false)
    // A subclass stands where its class is declared.
    #expect(vocabulary.admits(["Person"], "Official"))
    #expect(!vocabulary.admits(["Official"], "Person"))
    #expect(vocabulary.admits([], "Place"))
  }

  @Test("an unknown class in a signature is an error under that class, with a did-you-mean hint")
  func unknownClass() throws {
    let line = "predicate attends 出席 subject=Person object=Meting"
    do {
      _ = try load(Self.core + "\n" + line)
      Issue.record("no error")
    } catch let error as OntologyError {
      let diagnostic = try #require(error.diagnostics.first)
      #expect(error.diagnostics.count == 1)
      #expect(diagnostic.message == "unknown class 'Meting' in object=")
      #expect(diagnostic.hint == "did you mean Meeting?")
      #expect(diagnostic.location?.line == 10)
      let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "Meting")).lowerBound) + 1
      #expect(diagnostic.location?.column == column)
      #expect(diagnostic.length == "Meting".count)
    }
  }

  @Test("the built-in ontology declares the core's signatures, sponsors and located-in none")
  func builtIn() throws {
    let vocabulary = try Fixtures.builtInOntology().vocabulary
    func signature(_ id: String) -> [[String]] {
      let info = vocabulary.predicateInfo(id)
      return [info?.subjectClasses ?? ["?"], info?.objectClasses ?? ["?"]]
    }
    #expect(signature("reviews") == [["Meeting", "Official"], ["Project"]])
    #expect(signature("chairs") == [["Person"], ["Meeting"]])
    #expect(signature("attends") == [["Person"], ["Meeting"]])
    #expect(
      signature("convenes")
        == [["Person", "Organization", "City", "District", "Street", "Community"], ["Meeting"]])
    #expect(signature("title") == [["Official"], []])
    #expect(signature("held-on") == [["Meeting"], []])
    #expect(
      signature("affiliated-with")
        == [["Person"], ["District", "Street", "Community", "Organization", "City"]])
    #expect(signature("sponsors") == [[], []])
    #expect(signature("located-in") == [[], []])
  }

  @Test("the vocabulary's stored text keeps the signatures")
  func storedTextRoundTrip() throws {
    let vocabulary = try Fixtures.builtInOntology().vocabulary
    #expect(Vocabulary(storedText: vocabulary.storedText) == vocabulary)
    let small = try load(Self.core).vocabulary
    #expect(Vocabulary(storedText: small.storedText) == small)
  }

  @Test("a stored text written before signatures loads, every predicate unconstrained")
  func oldStoredText() throws {
    let old = """
      class\tPerson\t人物\t\t
      class\tOfficial\t官员\tPerson\t
      predicate\tchairs\t主持\t主持召开\tentity\ta person chairs a meeting
      predicate\ttitle\t职务\t职位\tliteral\t
      """
    let vocabulary = try #require(Vocabulary(storedText: old))
    #expect(vocabulary.predicates.map(\.id) == ["chairs", "title"])
    #expect(vocabulary.predicates.allSatisfy { !$0.hasSignature })
    #expect(vocabulary.predicateInfo("title")?.literalObject == true)
  }

  static let cases: [ReadingCase] = [
    // A company's chairman is a Person: his visit reviews no project.
    ReadingCase(
      text: "11月3日，星河科技有限公司董事长张三明调研青禾智能制造项目建设情况。",
      expected: ["张三明 : Person", "青禾智能制造项目 : Project", "张三明 affiliated-with 星河科技有限公司"],
      absent: ["张三明 reviews 青禾智能制造项目"]),
    ReadingCase(
      text: "11月3日，星河科技有限公司董事长张三明一行到某某县调研，先后察看了青禾智能制造项目、白沙湾污水处理厂项目。",
      expected: ["张三明 : Person", "白沙湾污水处理厂项目 : Project"],
      absent: ["张三明 reviews 青禾智能制造项目", "张三明 reviews 白沙湾污水处理厂项目"]),
    // An official's visit still does.
    ReadingCase(
      text: "11月3日，某某县委书记李四海调研青禾智能制造项目建设情况。",
      expected: ["李四海 : Official", "李四海 reviews 青禾智能制造项目"]),
  ]

  @Test("a fact whose subject's class its predicate excludes is not stated", arguments: cases)
  func reads(_ example: ReadingCase) throws {
    try example.check()
  }

  @Test("the extractor's check: a subject or entity object outside the signature drops its fact")
  func withinSignatures() throws {
    let signatures = Extractor.Signature.all(of: try load(Self.core).vocabulary)
    let facts = [
      Fact("张三明", typePredicate, .classRef("Person")),
      Fact("李四海", typePredicate, .classRef("Official")),
      Fact("青禾项目", typePredicate, .classRef("Project")),
      Fact("白沙广场", typePredicate, .classRef("Place")),
      Fact("张三明", "reviews", .entity("青禾项目")),
      Fact("李四海", "reviews", .entity("青禾项目")),
      Fact("李四海", "reviews", .entity("白沙广场")),
      Fact("李四海", "title", .literal("县长")),
      Fact("张三明", "title", .literal("董事长")),
      Fact("白沙广场", "located-in", .entity("李四海")),
      Fact("无名氏", "reviews", .entity("青禾项目")),
    ]
    let kept = Extractor.withinSignatures(facts, signatures).filter { $0.predicate != typePredicate }
      .map { "\($0.subject) \($0.predicate) \($0.object.text)" }
    #expect(
      kept == [
        "李四海 reviews 青禾项目", "李四海 title 县长", "白沙广场 located-in 李四海",
        "无名氏 reviews 青禾项目",
      ])
  }
}
