import TupuDiagnostics
import TupuGraph

/// Checks a parsed query against the vocabulary: predicates and classes by id, label or alias,
/// variables bound before they are reported, aggregates grouped. Produces the steps unordered.
struct Checker {
  let vocabulary: Vocabulary
  let index: VocabularyIndex

  init(vocabulary: Vocabulary, index: VocabularyIndex? = nil) {
    self.vocabulary = vocabulary
    self.index = index ?? VocabularyIndex(vocabulary)
  }

  /// A checked query: every name of the vocabulary resolved to its id, steps as written.
  struct CheckedQuery: Hashable, Sendable {
    var steps: [PlanStep]
    var negations: [[PlanStep]]
    var outputs: [PlanOutput]
    var groupBy: [String]
    var orderBy: [PlanOrderKey]
    var limit: Int?
    var assertedOnly: Bool
    var offset: Int? = nil
    var having: [PlanHaving] = []
    var columnAliases: [String?] = []
  }

  func check(_ query: QueryNode) throws(QueryError) -> CheckedQuery {
    // Variables in order of first appearance in the text (outside `not`), and those under it.
    var positiveVariables: [String] = []
    var negatedVariables: Set<String> = []
    for pattern in query.patterns {
      if case .negation = pattern {
        negatedVariables.formUnion(Self.writtenVariables(pattern, underNegation: true))
      } else {
        for name in Self.writtenVariables(pattern) where !positiveVariables.contains(name) {
          positiveVariables.append(name)
        }
      }
    }
    let predicateVariables = Self.predicateVariables(query.patterns)
    var steps: [PlanStep] = []
    var negations: [[PlanStep]] = []
    for planned in try groupSteps(query.patterns, outer: [], predicateVariables) {
      if case .negation(let group) = planned {
        negations.append(group)
      } else {
        steps.append(planned)
      }
    }
    let binds = steps.contains { step in
      switch step {
      case .triple, .path, .boundedPath, .classTest, .union, .sourced: return true
      case .filter, .negation, .optional: return false
      }
    }
    guard binds else {
      throw QueryError.check(
        "a query needs at least one pattern that is not negated or optional", at: query.start,
        hint: "add what the answers are, e.g. `?p : Official, not ?p attends _`")
    }

    func bound(_ token: Token) throws(QueryError) -> String {
      guard positiveVariables.contains(token.text) else {
        if negatedVariables.contains(token.text) {
          throw QueryError.check(
            "?\(token.text) appears only under `not`, so it has no value to report", at: token,
            hint: "bind ?\(token.text) in a pattern outside `not`")
        }
        throw QueryError.check(
          "?\(token.text) is not bound by any pattern", at: token,
          hint: Suggestions.hint(
            for: "?" + token.text, in: positiveVariables.map { "?" + $0 })
            ?? "use it in a pattern after `where`")
      }
      return token.text
    }
    func output(_ node: OutputNode) throws(QueryError) -> PlanOutput {
      switch node {
      case .variable(let token): return .variable(try bound(token))
      case .count(let token?, _): return .count(try bound(token))
      case .count(nil, _): return .count(nil)
      }
    }

    var outputs: [PlanOutput]
    if query.countsSolutions {
      outputs = [.count(nil)]
    } else if let find = query.find {
      outputs = []
      for node in find { outputs.append(try output(node)) }
    } else {
      outputs = positiveVariables.map { .variable($0) }
    }
    let aggregates =
      outputs.contains { if case .count = $0 { true } else { false } } || !query.having.isEmpty
    var groupBy: [String] = []
    for token in query.groupBy { groupBy.append(try bound(token)) }
    if !query.groupBy.isEmpty {
      guard aggregates else {
        throw QueryError.check(
          "`group by` needs a count(…) among the outputs", at: query.groupBy[0],
          hint: "write e.g. `find ?who, count(?m) where … group by ?who`")
      }
      for case (.variable(let token), let planned) in zip(query.find ?? [], outputs)
      where !groupBy.contains(planned.columnName) {
        throw QueryError.check(
          "?\(token.text) is reported but not grouped by", at: token,
          hint: "add ?\(token.text) to `group by`, or count it")
      }
    } else if aggregates {
      groupBy = outputs.compactMap { if case .variable(let name) = $0 { name } else { nil } }
    }

    var orderBy: [PlanOrderKey] = []
    for key in query.orderBy {
      let planned = try output(key.output)
      guard outputs.contains(planned) else {
        let token: Token
        switch key.output {
        case .variable(let t): token = t
        case .count(_, let keyword): token = keyword
        }
        throw QueryError.check(
          "order by \(written(planned)) needs \(written(planned)) among the outputs",
          at: token, hint: "add it after `find`")
      }
      orderBy.append(PlanOrderKey(planned, descending: key.descending))
    }
    var having: [PlanHaving] = []
    for condition in query.having {
      let planned = try output(condition.output)
      having.append(
        PlanHaving(
          count: planned, op: condition.comparison.op.rawValue, value: condition.comparison.value))
    }
    var checked = CheckedQuery(
      steps: steps, negations: negations, outputs: outputs, groupBy: groupBy, orderBy: orderBy,
      limit: query.limit, assertedOnly: query.assertedOnly)
    checked.offset = query.offset
    checked.having = having
    checked.columnAliases = query.find == nil ? [] : query.aliases
    return checked
  }

  /// An output as the query writes it: `?m`, `count(?m)`, `count(*)`.
  private func written(_ output: PlanOutput) -> String {
    switch output {
    case .variable(let name): return "?" + name
    case .count(let name?): return "count(?\(name))"
    case .count(nil): return "count(*)"
    }
  }

  func node(_ term: NodeTerm) -> PlanNode {
    switch term {
    case .variable(let token): return .variable(token.text)
    case .name(let token): return .name(token.text)
    case .anything: return .anything
    }
  }
}
