import Foundation
import Testing
import TupuGraph
@testable import TupuEval

@Suite("Scoring against gold")
struct EvaluationTests {
  static let gold = """
    # a comment
    甲区\ttype\tDistrict
    某会|某某会\ttype\tMeeting
    王某\ttype\tOfficial
    王某\tchairs\t某会|某某会
    王某\ttitle\t区长

    王某\treviews\t某园
    某园\ttype\tProject
    """

  func graph(_ facts: [Fact]) -> DocumentGraph {
    DocumentGraph(document: DocumentRecord(contentHash: "0", path: "x.txt"), facts: facts)
  }

  @Test("gold lines split into entities and facts, alternatives kept in order")
  func parse() throws {
    let gold = try GoldSet.parse(Self.gold, path: "x.gold.tsv")
    #expect(gold.entities.map(\.className) == ["District", "Meeting", "Official", "Project"])
    #expect(gold.entities[1].names == ["某会", "某某会"])
    #expect(gold.facts.map(\.predicate) == ["chairs", "title", "reviews"])
    #expect(gold.facts[0].line == 5)
  }

  @Test("a malformed gold line is an error naming every bad line")
  func malformed() throws {
    do {
      _ = try GoldSet.parse("a\ttype\tDistrict\nb type District\nc\tchairs\n", path: "bad.gold.tsv")
      Issue.record("no error")
    } catch let error as GoldError {
      #expect(error.diagnostics.map { $0.location?.line } == [2, 3])
      #expect(error.diagnostics[0].location?.source == "bad.gold.tsv")
    }
  }

  @Test("held-on is scored on its own line and left out of the facts total")
  func heldOnApart() throws {
    let gold = try GoldSet.parse(Self.gold + "\n某会\theld-on\t2023-06-20\n", path: "x.gold.tsv")
    let facts = [Fact("王某", "chairs", .entity("某会")), Fact("某会", "held-on", .literal("2023-06-21"))]
    let evaluation = Evaluation.score(graph(facts), against: gold, rules: [], name: "x")
    #expect(evaluation.facts == Score(truePositives: 1, falsePositives: 0, falseNegatives: 2))
    #expect(evaluation.predicates["held-on"] == Score(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    let report = EvaluationReport(evaluations: [evaluation], showDetails: false).render()
    #expect(report.contains("\nheld-on apart     P 0.000  R 0.000"))
  }

  @Test("a miss says why: class wrong, boundary wrong, never found, an end never found")
  func missCauses() throws {
    let gold = try GoldSet.parse(Self.gold, path: "x.gold.tsv")
    let facts = [
      Fact("甲区", "type", .classRef("City")),
      Fact("某会", "type", .classRef("Meeting")),
      Fact("王某", "type", .classRef("Official")),
      Fact("某园二期", "type", .classRef("Project")),
    ]
    let evaluation = Evaluation.score(graph(facts), against: gold, rules: [], name: "x")
    let causes = Dictionary(uniqueKeysWithValues: evaluation.misses.map { ($0.text, $0.cause) })
    #expect(causes["甲区 : District"] == .wrongClass(found: "City"))
    #expect(causes["某园 : Project"] == .wrongBoundary(found: "某园二期"))
    #expect(causes["王某 chairs 某会|某某会"] == .relationNotRead)
    #expect(causes["王某 reviews 某园"] == .endNotFound(name: "某园"))
    #expect(causes["王某 title 区长"] == .relationNotRead)
    let report = EvaluationReport(evaluations: [evaluation]).render()
    #expect(report.contains("entities          boundary wrong 1, class wrong 1"))
  }

  @Test("any alternative matches; a wrong class is both a miss and a false positive")
  func scoring() throws {
    let gold = try GoldSet.parse(Self.gold, path: "x.gold.tsv")
    let facts = [
      Fact("甲区", "type", .classRef("District")),
      Fact("某某会", "type", .classRef("Meeting")),
      Fact("王某", "type", .classRef("Person")),
      Fact("某园", "type", .classRef("Project")),
      Fact("王某", "chairs", .entity("某某会")),
      Fact("王某", "title", .literal("区长")),
      Fact("王某", "title", .literal("书记")),
    ]
    let evaluation = Evaluation.score(graph(facts), against: gold, rules: [], name: "x")
    #expect(evaluation.entities == Score(truePositives: 3, falsePositives: 1, falseNegatives: 1))
    #expect(evaluation.facts == Score(truePositives: 2, falsePositives: 1, falseNegatives: 1))
    #expect(evaluation.predicates["reviews"] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    #expect(evaluation.misses.contains { $0.text == "王某 reviews 某园" })
    #expect(evaluation.extras.contains { $0.text == "王某 title 书记" })
  }

  @Test("entities score by class: hits and misses under the gold's class, false ones under Tupu's")
  func byClass() throws {
    let gold = try GoldSet.parse(Self.gold, path: "x.gold.tsv")
    let facts = [
      Fact("甲区", "type", .classRef("District")),
      Fact("王某", "type", .classRef("Person")),
      Fact("某园", "type", .classRef("Project")),
      Fact("某路", "type", .classRef("Project")),
    ]
    let evaluation = Evaluation.score(graph(facts), against: gold, rules: [], name: "x")
    #expect(evaluation.classes["District"] == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    #expect(evaluation.classes["Official"] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    #expect(evaluation.classes["Person"] == Score(truePositives: 0, falsePositives: 1, falseNegatives: 0))
    #expect(evaluation.classes["Project"] == Score(truePositives: 1, falsePositives: 1, falseNegatives: 0))
    #expect(evaluation.classes["Meeting"] == Score(truePositives: 0, falsePositives: 0, falseNegatives: 1))
    let report = EvaluationReport(evaluations: [evaluation, evaluation], showDetails: false).render()
    let total = report.components(separatedBy: "== total over 2 documents (micro)\n")[1]
    // Under the entities line, classes with most gold entities first, ties by name.
    let lines = total.split(separator: "\n").map(String.init)
    let classLines = lines[1..<6].map { $0.split(separator: " ").first.map(String.init) ?? "" }
    #expect(classLines == ["District", "Meeting", "Official", "Project", "Person"])
    #expect(lines[4].hasPrefix("  Project         P 0.500  R 1.000"))
    #expect(lines[6].hasPrefix("facts "))
    #expect(!report.components(separatedBy: "== total")[0].contains("  Project  "))
  }

  @Test("the chair rule derives the chair's reviews before scoring")
  func inference() throws {
    let rule = InferenceRule(
      id: "chair-reviews", body: [.init("?x", "chairs", "?m"), .init("?m", "reviews", "?p")],
      head: .init("?x", "reviews", "?p"))
    let asserted = [Fact("王某", "chairs", .entity("某会")), Fact("某会", "reviews", .entity("某园"))]
    let derived = Inference.derive([rule], from: asserted)
    #expect(derived.map { "\($0.subject) \($0.predicate) \($0.object.text)" } == ["王某 reviews 某园"])
    #expect(derived.first?.derivedBy == "chair-reviews")
    let gold = try GoldSet.parse(Self.gold, path: "x.gold.tsv")
    let evaluation = Evaluation.score(graph(asserted), against: gold, rules: [rule], name: "x")
    #expect(evaluation.predicates["reviews"]?.truePositives == 1)
  }

  @Test("figures render with three decimals and the micro total over documents")
  func report() {
    var one = Evaluation(name: "a")
    one.entities = Score(truePositives: 9, falsePositives: 1, falseNegatives: 0)
    var two = Evaluation(name: "b")
    two.entities = Score(truePositives: 1, falsePositives: 0, falseNegatives: 1)
    let report = EvaluationReport(evaluations: [one, two], showDetails: false)
    #expect(report.total.entities == Score(truePositives: 10, falsePositives: 1, falseNegatives: 1))
    #expect(report.render().contains("entities          P 0.909  R 0.909  F1 0.909  (tp 10, fp 1, fn 1)"))
  }

  @Test("texts pair with gold files by name, beside them or given")
  func pairing() throws {
    let folder = try Fixtures.temporaryDirectory()
    for name in ["a.txt", "a.gold.tsv", "b.txt"] {
      try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let pairs = try EvaluationPairs.pair(texts: [folder.path], golds: [])
    #expect(pairs.map(\.name) == ["a"])
    #expect(throws: (any Error).self) {
      try EvaluationPairs.pair(texts: [folder.appendingPathComponent("b.txt").path], golds: [])
    }
  }
}

@Suite("Scoring names in either script")
struct TraditionalGoldTests {
  @Test("a gold name in traditional script matches the same name found in simplified script")
  func traditionalGold() throws {
    let gold = try GoldSet.parse(
      "青溪縣\ttype\tDistrict\n張三豐\ttype\tOfficial\n張三豐\ttitle\t縣委書記\n", path: "x.gold.tsv")
    let facts = [
      Fact("青溪县", "type", .classRef("District")), Fact("张三丰", "type", .classRef("Official")),
      Fact("张三丰", "title", .literal("县委书记")),
    ]
    let graph = DocumentGraph(document: DocumentRecord(contentHash: "0", path: "x.txt"), facts: facts)
    let evaluation = Evaluation.score(graph, against: gold, rules: [], name: "x")
    #expect(evaluation.entities == Score(truePositives: 2, falsePositives: 0, falseNegatives: 0))
    #expect(evaluation.facts == Score(truePositives: 1, falsePositives: 0, falseNegatives: 0))
  }
}
