import Foundation
import Testing
import TupuGraph
import TupuOntology
import TupuText

@testable import TupuExtract

/// The extractor holds a class as an `EntityClass` number, not as its identifier: the built-in
/// classes by fixed numbers, a class an ontology folder adds numbered by its name.
@Suite("Entity classes: compared as numbers, written by their identifiers")
struct EntityClassTests {
  static let builtIn = [
    "Person", "Official", "City", "District", "Street", "Community", "Road", "Project",
    "Organization", "Meeting", "Place",
  ]

  @Test("each built-in identifier reads as its own case and is written back unchanged",
    arguments: builtIn)
  func builtInClass(_ identifier: String) {
    let entityClass = EntityClass(identifier)
    #expect(entityClass.name == identifier)
    #expect(!entityClass.isAdded)
    #expect(Self.builtIn.filter { EntityClass($0) == entityClass } == [identifier])
  }

  @Test("a class an ontology folder adds keeps its name, equal only to itself")
  func addedClass() {
    let museum = EntityClass("Museum")
    #expect(museum == EntityClass("Museum") && museum.isAdded)
    #expect(museum.name == "Museum")
    #expect(museum != EntityClass("Gallery") && museum != .place)
    #expect(museum.digest != EntityClass("Gallery").digest)
  }

  @Test("a set of classes in a rule holds the classes written in it, and no added class")
  func classSet() {
    let divisions: EntityClassSet = [.district, .street, .community]
    #expect(divisions.contains(.street) && divisions.contains(.community))
    #expect(!divisions.contains(.city) && !divisions.contains(.place))
    #expect(!divisions.contains(EntityClass("Museum")))
  }

  @Test("Official and Person are one group of a document's names; other classes are not")
  func nameKeys() {
    #expect(DocumentReading.key(.official, "张三明") == DocumentReading.key(.person, "张三明"))
    #expect(DocumentReading.key(.street, "青禾街道") != DocumentReading.key(.community, "青禾街道"))
    #expect(
      DocumentReading.key(EntityClass("Museum"), "星河艺术馆")
        == DocumentReading.key(EntityClass("Museum"), "星河艺术馆"))
  }

  @Test("a suffix of a class an ontology folder adds names entities of that class")
  func addedClassFromFolder() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("Ontology")
    try FileManager.default.copyItem(
      atPath: Fixtures.ontologyDirectory, toPath: copy.path)
    func append(_ line: String, to file: String) throws {
      let url = copy.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8) + line + "\n"
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    try append("class Museum 博物馆 -- a museum or gallery", to: "classes.tupu")
    try append("suffix Museum 艺术馆 min=2 max=6 kind=place", to: "lexicon/suffixes.tupu")
    let ontology = try Ontology.load(directory: copy.path)
    let text = "青禾县召开文化工作会议\n\n张三明到青禾县星河艺术馆调研。\n"
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "test.txt")
    let types = Extractor(ontology: ontology).extract(document).facts
      .filter { $0.predicate == typePredicate }
      .map { "\($0.subject) : \($0.object.text)" }
    #expect(types.contains("青禾县星河艺术馆 : Museum"))
    #expect(types.contains("青禾县 : District"))
  }
}
