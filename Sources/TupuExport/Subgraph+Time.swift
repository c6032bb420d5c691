import TupuGraph

extension DatePeriod {
  /// `2023`, `2023-06`, `2023-06-20` or `2022-01..2023-06`, as `during` takes them; nil for
  /// anything else.
  public init?(during text: String) {
    let parts = text.components(separatedBy: "..")
    guard parts.count == 1 || parts.count == 2 else { return nil }
    let dates = parts.compactMap(StatedDate.init(iso:)).filter { $0.year != nil }
    guard dates.count == parts.count, let first = dates.first, let last = dates.last else {
      return nil
    }
    self.init(from: first, through: last)
  }
}

/// The facts of a period (`tupu export --during`), dated as queries date them: a fact about a
/// meeting with a `held-on` date takes it, any other the dates of the documents its evidence is
/// from. Each entity keeps its `type` fact when any of its facts is kept.
public struct DatedSubgraph: Sendable {
  public var facts: [Fact]

  public init(_ facts: [Fact]) { self.facts = facts }

  public func during(_ period: DatePeriod) -> [Fact] {
    var meetingDates: [String: [String]] = [:]
    for fact in facts where fact.predicate == "held-on" {
      meetingDates[fact.subject, default: []].append(fact.object.text)
    }
    var kept: [Fact] = []
    var entities: Set<String> = []
    for fact in facts where fact.predicate != typePredicate {
      let about = [fact.subject] + (fact.object.kindCode == 0 ? [fact.object.text] : [])
      let dates =
        about.lazy.compactMap { meetingDates[$0] }.first
        ?? [fact.evidence?.published].compactMap { $0 }
      guard dates.contains(where: period.contains) else { continue }
      kept.append(fact)
      entities.formUnion(about)
    }
    let types = facts.filter { $0.predicate == typePredicate && entities.contains($0.subject) }
    return types + kept
  }
}
