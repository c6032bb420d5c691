/// Renders evaluations as the text `tupu eval` prints: figures first, then what was missed and
/// what was found wrongly, each with its evidence.
public struct EvaluationReport: Sendable {
  public var evaluations: [Evaluation]
  public var showDetails: Bool

  public init(evaluations: [Evaluation], showDetails: Bool = true) {
    self.evaluations = evaluations
    self.showDetails = showDetails
  }

  /// Micro-averaged totals over every document.
  public var total: Evaluation {
    var total = Evaluation(name: "total")
    for evaluation in evaluations {
      total.entities = total.entities + evaluation.entities
      total.facts = total.facts + evaluation.facts
      for (className, score) in evaluation.classes {
        total.classes[className] = (total.classes[className] ?? Score()) + score
      }
      total.publishedChecked += evaluation.publishedChecked
      total.publishedAgreed += evaluation.publishedAgreed
      for (predicate, score) in evaluation.predicates {
        total.predicates[predicate] = (total.predicates[predicate] ?? Score()) + score
      }
    }
    return total
  }

  static func figure(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let whole = scaled / 1000
    let fraction = String(scaled % 1000)
    return "\(whole).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }

  static func line(_ label: String, _ score: Score) -> String {
    let padded = label + String(repeating: " ", count: max(1, 18 - label.count))
    return "\(padded)P \(figure(score.precision))  R \(figure(score.recall))  F1 \(figure(score.f1))"
      + "  (tp \(score.truePositives), fp \(score.falsePositives), fn \(score.falseNegatives))"
  }

  static func figures(_ evaluation: Evaluation, byClass: Bool = false) -> [String] {
    var lines = [line("entities", evaluation.entities)]
    if byClass {
      // Most gold entities first: where recognition loses most is read from the top.
      let classes = evaluation.classes.sorted {
        let left = $0.value.truePositives + $0.value.falseNegatives
        let right = $1.value.truePositives + $1.value.falseNegatives
        return (left, $1.key) > (right, $0.key)
      }
      for (className, score) in classes { lines.append(line("  " + className, score)) }
    }
    lines.append(line("facts", evaluation.facts))
    let predicates = evaluation.predicates.keys.sorted()
    for predicate in predicates where !Evaluation.scoredApart.contains(predicate) {
      if let score = evaluation.predicates[predicate] { lines.append(line("  " + predicate, score)) }
    }
    // NB: outside the facts total, so it stands unindented under its own name.
    for predicate in predicates where Evaluation.scoredApart.contains(predicate) {
      if let score = evaluation.predicates[predicate] { lines.append(line(predicate + " apart", score)) }
    }
    if evaluation.publishedChecked > 0 {
      var text = "published         \(evaluation.publishedAgreed) of \(evaluation.publishedChecked) "
        + (evaluation.publishedChecked == 1 ? "document agrees" : "documents agree")
      if let mismatch = evaluation.publishedMismatch {
        text += " (found \(mismatch.found), gold \(mismatch.gold))"
      }
      lines.append(text)
    }
    return lines
  }

  public func render() -> String {
    var lines: [String] = []
    for evaluation in evaluations {
      lines.append("== \(evaluation.name)")
      lines += Self.figures(evaluation, byClass: evaluations.count == 1)
      if showDetails {
        if !evaluation.misses.isEmpty {
          lines.append("missed:")
          for miss in evaluation.misses {
            let cause = miss.cause.map { "  [\($0.description)]" } ?? ""
            lines.append("  - \(miss.text)    (gold line \(miss.line))\(cause)")
          }
        }
        if !evaluation.extras.isEmpty {
          lines.append("not in gold:")
          for extra in evaluation.extras {
            lines.append("  + \(extra.text)    [\(extra.pattern ?? "?")]")
            if let evidence = extra.evidence { lines.append("      « \(evidence) »") }
          }
        }
      }
      lines.append("")
    }
    if evaluations.count > 1 {
      lines.append("== total over \(evaluations.count) documents (micro)")
      lines += Self.figures(total, byClass: true)
    }
    if showDetails { lines += causes() }
    return lines.joined(separator: "\n")
  }

  /// Misses counted by cause over every document: entities, then facts by predicate.
  func causes() -> [String] {
    var entityCounts: [String: Int] = [:]
    var factCounts: [String: [String: Int]] = [:]
    for miss in evaluations.flatMap(\.misses) {
      guard let cause = miss.cause else { continue }
      if miss.predicate == "type" {
        entityCounts[cause.label, default: 0] += 1
      } else {
        factCounts[miss.predicate, default: [:]][cause.label, default: 0] += 1
      }
    }
    func counted(_ counts: [String: Int]) -> String {
      counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
        .joined(separator: ", ")
    }
    guard !entityCounts.isEmpty || !factCounts.isEmpty else { return [] }
    var lines = ["", "== misses by cause"]
    if !entityCounts.isEmpty { lines.append("entities          " + counted(entityCounts)) }
    for predicate in factCounts.keys.sorted() {
      if let counts = factCounts[predicate] {
        let padded = "  " + predicate + String(repeating: " ", count: max(1, 16 - predicate.count))
        lines.append(padded + counted(counts))
      }
    }
    return lines
  }
}
