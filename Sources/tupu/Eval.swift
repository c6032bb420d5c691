import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuEval
import TupuExtract
import TupuOntology
import TupuText

/// `tupu eval`: extraction scored against gold files (precision, recall, F1; misses and false
/// positives with their evidence).
struct Eval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score extraction against gold files (shared eval format).",
    discussion: """
      Pairs NAME.txt with NAME.gold.tsv (given with --gold, or beside the text); a folder stands \
      for every NAME.txt in it with a gold file. Prints precision/recall/F1 for entities, facts \
      and each predicate, then the misses and the false positives with their evidence. Exit 1 \
      when a --min-… floor is not reached.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, parsing: .upToNextOption, help: "Gold files (NAME.gold.tsv).")
  var gold: [String] = []

  @Option(name: .long, help: "Fail (exit 1) when the micro entity F1 is below this.")
  var minEntityF1: Double?

  @Option(name: .long, help: "Fail (exit 1) when the micro fact F1 is below this.")
  var minFactF1: Double?

  @Option(name: .long, help: "Fail (exit 1) when the micro held-on (meeting date) F1 is below this.")
  var minHeldOnF1: Double?

  @Option(
    name: .long,
    help: "Fail (exit 1) when fewer than this share (0–1) of documents get the gold's published date.")
  var minPublished: Double?

  @Flag(
    name: [.long, .customLong("quiet")],
    help: "Print the figures only, not the misses and false positives.")
  var summary = false

  @Option(name: .long, help: "Show how one sentence is read (mentions, posts) and exit.")
  var explain: String?

  @Argument(help: "Text files or folders.")
  var texts: [String] = []

  func run() throws {
    // `--gold A.gold.tsv B.txt`: the option takes every value up to the next option, so texts
    // written after it arrive here.
    if let explain {
      let ontology = try loadOntology(global)
      let lines = Extractor(ontology: ontology).explain(explain)
      try writeOutput(lines.map { $0 + "\n" }.joined())
      return
    }
    let golds = gold.filter { $0.hasSuffix(".tsv") }
    let texts = self.texts + gold.filter { !$0.hasSuffix(".tsv") }
    guard !texts.isEmpty else {
      throw ValidationError("give text files or a folder (e.g. tupu eval /work/shared/eval/dev)")
    }
    let ontology = try loadOntology(global)
    let pairs = try withDiagnostics { try EvaluationPairs.pair(texts: texts, golds: golds) }
    let extractor = Extractor(ontology: ontology)
    var evaluations: [Evaluation] = []
    for pair in pairs {
      let goldSet = try withDiagnostics { try GoldSet.load(path: pair.gold) }
      let document = try withDiagnostics { try TextPipeline.read(path: pair.text) }
      let graph = extractor.extract(document)
      evaluations.append(
        Evaluation.score(graph, against: goldSet, rules: ontology.vocabulary.rules, name: pair.name)
      )
    }
    let report = EvaluationReport(evaluations: evaluations, showDetails: !summary)
    try writeOutput(report.render() + "\n")
    let total = report.total
    var failed = false
    if let minEntityF1, total.entities.f1 < minEntityF1 {
      writeError("error: entity F1 \(total.entities.f1) is below the floor \(minEntityF1)\n")
      failed = true
    }
    if let minFactF1, total.facts.f1 < minFactF1 {
      writeError("error: fact F1 \(total.facts.f1) is below the floor \(minFactF1)\n")
      failed = true
    }
    if let minHeldOnF1 {
      let f1 = total.predicates["held-on"]?.f1 ?? 0
      if f1 < minHeldOnF1 {
        FileHandle.standardError.write(
          Data("error: held-on F1 \(f1) is below the floor \(minHeldOnF1)\n".utf8))
        failed = true
      }
    }
    if let minPublished, total.publishedChecked > 0 {
      let share = Double(total.publishedAgreed) / Double(total.publishedChecked)
      if share < minPublished {
        FileHandle.standardError.write(
          Data("error: published dates agree on \(share) of documents, below the floor \(minPublished)\n".utf8))
        failed = true
      }
    }
    if failed { throw ExitStatus.assertionFailed }
  }
}

/// The ontology of --ontology, else the default one (`Ontology.loadDefault`); every problem
/// reported at once (exit 3).
func loadOntology(_ global: GlobalOptions) throws -> Ontology {
  do {
    return try Ontology.load(named: global.ontology)
  } catch let error as OntologyError {
    throw report(error.diagnostics, exit: ExitStatus.input)
  }
}
