import Foundation
import Testing
import TupuDiagnostics
import TupuGraph
@testable import TupuOntology

@Suite("Loading the ontology")
struct OntologyLoaderTests {
  @Test("the built-in ontology loads with the core classes, predicates and the chair rule")
  func builtIn() throws {
    let ontology = try Fixtures.builtInOntology()
    let vocabulary = ontology.vocabulary
    #expect(vocabulary.lineage(of: "Official") == ["Official", "Person"])
    for id in ["Person", "Official", "City", "District", "Street", "Community", "Road", "Project",
      "Organization", "Meeting", "Place"]
    {
      #expect(vocabulary.classInfo(id) != nil, "class \(id)")
    }
    #expect(vocabulary.classInfo("Official")?.label == "官员")
    #expect(vocabulary.predicateInfo("chairs")?.aliases.contains("主持召开") == true)
    #expect(vocabulary.predicateInfo("title")?.literalObject == true)
    let rule = try #require(vocabulary.rules.first { $0.id == "chair-reviews" })
    #expect(rule.body == [.init("?x", "chairs", "?m"), .init("?m", "reviews", "?p")])
    #expect(rule.head == .init("?x", "reviews", "?p"))
    #expect(ontology.lexicon.surnames.contains("欧阳"))
    #expect(ontology.lexicon.leaderPosts.contains("常务副区长"))
    #expect(!ontology.patterns(using: "agent-cue-meeting").isEmpty)
  }

  @Test("a development build finds the repository's Ontology/ folder (or $TUPU_ONTOLOGY)")
  func defaultDirectory() throws {
    let found = try #require(Ontology.defaultDirectory())
    #expect(FileManager.default.fileExists(atPath: found + "/classes.tupu"))
  }

  @Test("the ontology compiled into the binary is the Ontology/ folder, file for file")
  func compiledInIsTheFolder() throws {
    let folder = Fixtures.ontologyDirectory
    var onDisk: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".tupu") { onDisk.append(relative) }
    }
    // A new file in Ontology/ needs its line in Ontology+BuiltIn.swift.
    #expect(Ontology.builtInFiles.map(\.path) == onDisk.sorted())
    for file in Ontology.builtInFiles {
      let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.path))
      #expect([UInt8](data) == file.bytes, "\(file.path) differs: rebuild")
    }
    let compiledIn = try Ontology.builtIn()
    #expect(compiledIn.vocabulary == (try Fixtures.builtInOntology()).vocabulary)
    #expect(compiledIn.patterns.count == (try Fixtures.builtInOntology()).patterns.count)
  }

  static let minimal = """
    class Person 人物
    class Official 官员 parent=Person
    class Meeting 会议
    class Project 项目
    predicate chairs 主持 aliases=主持召开
    predicate reviews 听取
    rule chair-reviews: ?x chairs ?m, ?m reviews ?p => ?x reviews ?p
    """

  func load(_ files: [String: String]) throws -> Ontology {
    let folder = try Fixtures.temporaryDirectory()
    for (name, text) in files {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return try Ontology.load(directory: folder.path)
  }

  @Test("a small ontology in any file order loads, lexicon lines included")
  func small() throws {
    let ontology = try load([
      "b.tupu": "words speech 说 表示\nleader 区长 level=区\nsuffix Project 产业园 min=2 max=8 kind=project",
      "a.tupu": Self.minimal,
    ])
    #expect(ontology.vocabulary.classes.count == 4)
    #expect(ontology.lexicon.list(.speech).contains("表示"))
    #expect(ontology.lexicon.suffixes.contains("产业园"))
  }

  struct BadLine: Sendable, CustomStringConvertible {
    var line: String
    var message: String
    var description: String { line }
  }

  static let badLines: [BadLine] = [
    BadLine(line: "clas Road 道路", message: "unknown line kind 'clas'"),
    BadLine(line: "class Road", message: "class needs ID 中文标签"),
    BadLine(line: "class Street 街道 parent=Distrct", message: "unknown class 'Distrct'"),
    BadLine(line: "class Person 人物", message: "class Person is defined twice"),
    BadLine(line: "predicate chairs 主持", message: "predicate chairs is defined twice"),
    BadLine(line: "predicate title 职务 object=number", message: "unknown class 'number' in object="),
    BadLine(
      line: "predicate inspects 视察 subject=Offical object=Project",
      message: "unknown class 'Offical' in subject="),
    BadLine(
      line: "predicate inspects 视察 subject=Official object=Project,Projet",
      message: "unknown class 'Projet' in object="),
    BadLine(line: "predicate inspects 视察 subject=Official,", message: "subject= has an empty class"),
    BadLine(line: "rule r1: ?x chairs ?m => ?x reviews ?p", message: "?p in the conclusion is not bound"),
    BadLine(line: "rule r2: ?x chair ?m => ?x reviews ?m", message: "unknown predicate 'chair'"),
    BadLine(line: "rule r3 ?x chairs ?m => ?x reviews ?m", message: "a rule needs an id and a colon"),
    BadLine(line: "rule r4: ?x chairs => ?x reviews ?m", message: "is not a triple pattern"),
    BadLine(line: "pattern p1 chairs agent-cue-meting cues=主持", message: "unknown matcher 'agent-cue-meting'"),
    BadLine(line: "pattern p2 chares agent-cue-meeting", message: "unknown predicate 'chares'"),
    BadLine(line: "words speach 说", message: "unknown word list 'speach'"),
    BadLine(line: "suffix Roda 路", message: "unknown class 'Roda'"),
    BadLine(line: "suffix Project 产业园 kind=projet", message: "unknown suffix kind 'projet'"),
    BadLine(line: "suffix Project 产业园 min=two", message: "min must be a whole number"),
    BadLine(line: "suffix Project 产业园 min=4 max=2", message: "max (2) is below min (4)"),
    BadLine(line: "suffix Project 产业园 minimum=2", message: "unknown option 'minimum'"),
    BadLine(line: "leader 区长 level=郡", message: "unknown level '郡'"),
    BadLine(line: "leader 镇长 level=区", message: "does not name its level 区"),
    BadLine(line: "role 局长 holder=boss", message: "holder must be official or person"),
    BadLine(line: "leader 副区长 level=区 shared=maybe", message: "shared must be yes or no"),
  ]

  @Test("every kind of error names its file, line and column", arguments: badLines)
  func error(_ bad: BadLine) throws {
    do {
      _ = try load(["core.tupu": Self.minimal, "lexicon/bad.tupu": "# a comment\n\n" + bad.line])
      Issue.record("no error for: \(bad.line)")
    } catch let error as OntologyError {
      let diagnostic = try #require(error.diagnostics.first)
      #expect(error.diagnostics.count == 1)
      #expect(diagnostic.message.contains(bad.message), "\(diagnostic.message)")
      let location = try #require(diagnostic.location)
      #expect(location.source.hasSuffix("lexicon/bad.tupu"))
      #expect(location.line == 3)
      #expect(location.column != nil)
    }
  }

  @Test("all problems are reported at once, with a did-you-mean hint")
  func allAtOnce() throws {
    do {
      _ = try load([
        "core.tupu": Self.minimal,
        "x.tupu": "words speach 说\nsuffix Roda 路\npattern p chairs agent-cue-meeting cues=主持 extra=1",
      ])
      Issue.record("no error")
    } catch let error as OntologyError {
      #expect(error.diagnostics.map { $0.location?.line } == [1, 2, 3])
      #expect(error.diagnostics.contains { $0.hint == "did you mean speech?" })
      let rendered = DiagnosticRenderer().render(error.diagnostics[0])
      #expect(rendered.contains("x.tupu:1:7"))
      #expect(rendered.contains("^^^^^^"))
    }
  }

  @Test("a folder without ontology files is an error that says what to do")
  func emptyFolder() throws {
    let folder = try Fixtures.temporaryDirectory()
    #expect(throws: OntologyError.self) { try Ontology.load(directory: folder.path) }
    #expect(throws: OntologyError.self) { try Ontology.load(directory: folder.path + "/missing") }
  }
}
