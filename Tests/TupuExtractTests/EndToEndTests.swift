import Foundation
import Testing
import TupuEval
import TupuExtract
import TupuGraph
import TupuOntology
import TupuText

/// The bundled page and the dev articles scored against their gold files, at or above the
/// floors measured when this was written (raise them as extraction improves).
@Suite("Extraction against gold")
struct EndToEndTests {
  func evaluate(text: String, gold: String) throws -> Evaluation {
    let ontology = try Fixtures.builtInOntology()
    let graph = Extractor(ontology: ontology).extract(try TextPipeline.read(path: text))
    return Evaluation.score(
      graph, against: try GoldSet.load(path: gold), rules: ontology.vocabulary.rules,
      name: EvaluationPairs.stem(of: text))
  }

  @Test(
    "the bundled page: entity F1 ≥ 0.97, fact F1 ≥ 0.97, every predicate above 0.6",
    .enabled(if: FileManager.default.fileExists(atPath: Fixtures.bundledGoldPath)))
  func bundledPage() throws {
    let evaluation = try evaluate(text: Fixtures.bundledPagePath, gold: Fixtures.bundledGoldPath)
    #expect(evaluation.entities.f1 >= 0.97)
    #expect(evaluation.facts.f1 >= 0.97)
    // NB: held-on is scored apart (below); convenes is 1 of 2 since the gold named the page's
    // quoted 主题活动 a Meeting.
    for (predicate, score) in evaluation.predicates where !Evaluation.scoredApart.contains(predicate) {
      #expect(score.f1 > 0.6, "\(predicate): \(score)")
    }
    // Meeting dates are scored apart; their recall is that of meeting recognition.
    #expect((evaluation.predicates["held-on"]?.precision ?? 0) == 1)
  }

  @Test("何长成 reviews exactly the eleven projects of the 4 April meeting, through chairs")
  func reviewsThroughTheMeeting() throws {
    let ontology = try Fixtures.builtInOntology()
    let graph = Extractor(ontology: ontology).extract(try TextPipeline.read(path: Fixtures.bundledPagePath))
    #expect(!graph.facts.contains { $0.subject == "何长成" && $0.predicate == "reviews" })
    let derived = Inference.derive(ontology.vocabulary.rules, from: graph.facts)
    let projects = Set(derived.filter { $0.subject == "何长成" && $0.predicate == "reviews" }.map(\.object.text))
    #expect(
      projects == [
        "微光夜视", "移动源后处理产业园", "人才公寓", "万容科技", "鸿业环保", "汇昌智能隧道", "金叶科技",
        "业诺车轮", "智能制造产业园", "政通可优产业园", "香山污水处理厂",
      ])
    let meeting = "全区重点项目要素保障第7次工作例会"
    #expect(graph.facts.contains { $0.subject == "何长成" && $0.predicate == "chairs" && $0.object.text == meeting })
  }

  @Test("every asserted fact carries evidence: sentence text, offsets and an ontology pattern id")
  func evidence() throws {
    let ontology = try Fixtures.builtInOntology()
    let document = try TextPipeline.read(path: Fixtures.bundledPagePath)
    let graph = Extractor(ontology: ontology).extract(document)
    let patternIDs = Set(ontology.patterns.map(\.id))
    let length = document.originalText.unicodeScalars.count
    for fact in graph.facts {
      let evidence = try #require(fact.evidence, "\(fact)")
      #expect(patternIDs.contains(evidence.pattern), "\(evidence.pattern)")
      #expect(!evidence.text.isEmpty)
      #expect(evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= length)
    }
    let types = graph.facts.filter { $0.predicate == typePredicate }
    #expect(Set(types.map(\.subject)).count == types.count, "one type fact per entity")
  }

  @Test(
    "the dev set from other districts: micro entity F1 ≥ 0.97, fact F1 ≥ 0.96",
    .enabled(if: FileManager.default.fileExists(atPath: Fixtures.devDirectory)))
  func devSet() throws {
    let pairs = try EvaluationPairs.pair(texts: [Fixtures.devDirectory], golds: [])
    #expect(pairs.count >= 10)
    var evaluations: [Evaluation] = []
    for pair in pairs { evaluations.append(try evaluate(text: pair.text, gold: pair.gold)) }
    let total = EvaluationReport(evaluations: evaluations).total
    #expect(total.entities.f1 >= 0.97)
    #expect(total.facts.f1 >= 0.96)
  }

  static let heldoutDirectory = Fixtures.repositoryRoot.appendingPathComponent("Tests/Corpus/heldout").path

  @Test(
    "the first held-out corpus (written blind, tuned on since): micro entity F1 ≥ 0.91, fact F1 ≥ 0.92",
    .enabled(if: FileManager.default.fileExists(atPath: heldoutDirectory)))
  func heldout() throws {
    let pairs = try EvaluationPairs.pair(texts: [Self.heldoutDirectory], golds: [])
    var evaluations: [Evaluation] = []
    for pair in pairs { evaluations.append(try evaluate(text: pair.text, gold: pair.gold)) }
    let total = EvaluationReport(evaluations: evaluations).total
    #expect(total.entities.f1 >= 0.91)
    #expect(total.facts.f1 >= 0.92)
  }
}
