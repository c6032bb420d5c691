import TupuDiagnostics
import TupuGraph

/// Patterns to plan steps, group by group: `not`, `optional` and `or` nest, filters check that
/// their variables are bound in their group or around it.
extension Checker {
  /// The steps of `patterns`, a group whose surroundings bind `outer`.
  func groupSteps(
    _ patterns: [PatternNode], outer: Set<String>, _ predicateVariables: Set<String>
  ) throws(QueryError) -> [PlanStep] {
    var bound = outer
    for pattern in patterns { bound.formUnion(Self.writtenVariables(pattern)) }
    var steps: [PlanStep] = []
    for pattern in patterns {
      switch pattern {
      case .triple, .classTest:
        steps.append(try step(pattern))
      case .negation(let inner, _):
        steps.append(.negation(try groupSteps(inner, outer: bound, predicateVariables)))
      case .optional(let inner, _):
        steps.append(.optional(try groupSteps(inner, outer: bound, predicateVariables)))
      case .alternatives(let branches, _):
        var groups: [[PlanStep]] = []
        for branch in branches {
          groups.append(try groupSteps(branch, outer: outer, predicateVariables))
        }
        steps.append(.union(groups))
      case .filter(let left, let op, let right):
        steps.append(.filter(try filter(left, op, right, bound: bound, predicateVariables)))
      case .sourced(let triple, let document, let sentence):
        let token = document ?? sentence ?? Self.firstToken(triple)
        guard case .triple(_, .predicate(let verb), _) = triple, verb.repetition == nil,
          verb.names.count == 1,
          case .triple(let s, .fixed(let predicate), let o) = try step(triple)
        else {
          throw QueryError.check(
            "`from` and `evidence` follow a fact with one named predicate", at: token,
            hint: "write e.g. `?x chairs ?m from ?doc evidence ?sentence`")
        }
        steps.append(
          .sourced(
            subject: s, predicate: predicate, object: o, document: document?.text,
            sentence: sentence?.text))
      }
    }
    return steps
  }

  private func filter(
    _ left: NodeTerm, _ op: Token, _ right: NodeTerm, bound: Set<String>,
    _ predicateVariables: Set<String>
  ) throws(QueryError) -> PlanFilter {
    for case .variable(let token) in [left, right] where !bound.contains(token.text) {
      throw QueryError.check(
        "?\(token.text) is compared but no pattern binds it", at: token,
        hint: "bind ?\(token.text) in a pattern of the same group, e.g. `?\(token.text) : Person`")
    }
    let word = op.text.lowercased()
    let planned: PlanFilter.Operator
    switch word {
    case "matches": planned = .contains
    case "starts": planned = .startsWith
    case "ends": planned = .endsWith
    case "==": planned = .equal
    default:
      guard let comparison = PlanFilter.Operator(rawValue: word) else {
        throw QueryError.unexpected(op, expected: "= != < <= > >= matches, starts with, ends with")
      }
      planned = comparison
    }
    var rightNode = node(right)
    // `?p != 主持`: a predicate variable compares with the predicate's id.
    if case .variable(let name) = left, predicateVariables.contains(name.text),
      case .name(let token) = right,
      let id = index.predicates[token.text] ?? index.predicates[token.text.lowercased()]
    {
      rightNode = .name(id)
    }
    return PlanFilter(left: node(left), op: planned, right: rightNode)
  }

  /// One triple or class test as a step.
  func step(_ pattern: PatternNode) throws(QueryError) -> PlanStep {
    switch pattern {
    case .classTest(let subject, let className):
      if className.kind == .variable {
        return .triple(
          subject: node(subject), predicate: .fixed(typePredicate),
          object: .variable(className.text))
      }
      return .classTest(subject: node(subject), classes: try classes(named: className))
    case .triple(let subject, .variable(let token), let object):
      return .triple(
        subject: node(subject), predicate: .variable(token.text), object: node(object))
    case .triple(let subject, .predicate(let verb), let object):
      var ids: [String] = []
      for token in verb.names {
        let id = try predicateID(token)
        if !ids.contains(id) { ids.append(id) }
      }
      let (from, to) = verb.inverse ? (node(object), node(subject)) : (node(subject), node(object))
      guard let repetition = verb.repetition else {
        // `?x type Person` is a class test, subclasses included, as `?x : Person` is.
        if ids == [typePredicate], !verb.inverse, case .name(let token) = object {
          return .classTest(subject: from, classes: try classes(named: token))
        }
        return .triple(
          subject: from, predicate: ids.count == 1 ? .fixed(ids[0]) : .oneOf(ids), object: to)
      }
      let bounds = verb.bounds ?? PathBounds(repetition.kind == .plus ? .oneOrMore : .zeroOrMore)
      if ids.count == 1, let simple = bounds.repetition {
        return .path(subject: from, predicate: ids[0], repetition: simple, object: to)
      }
      return .boundedPath(subject: from, predicates: ids, bounds: bounds, object: to)
    default:
      // NB: unreachable; groups, filters and `from` are planned by `groupSteps`.
      throw QueryError.check("this pattern cannot stand alone here", at: Self.firstToken(pattern))
    }
  }

  private func classes(named token: Token) throws(QueryError) -> [String] {
    guard let id = index.classes[token.text] ?? index.classes[token.text.lowercased()] else {
      throw QueryError.unknownClass(
        token, candidates: vocabulary.classes.map(\.id) + vocabulary.classes.map(\.label))
    }
    return index.descendants[id] ?? [id]
  }

  private func predicateID(_ token: Token) throws(QueryError) -> String {
    if let id = index.predicates[token.text] ?? index.predicates[token.text.lowercased()] {
      return id
    }
    if let className = index.classes[token.text] ?? index.classes[token.text.lowercased()] {
      throw QueryError.classAsPredicate(token, className: className)
    }
    let candidates = [typePredicate] + vocabulary.predicates.flatMap { [$0.id, $0.label] }
    throw QueryError.unknownPredicate(token, candidates: candidates.filter { !$0.isEmpty })
  }

  /// The variables a pattern binds, in the order they are written (`^p` does not reorder).
  static func writtenVariables(_ pattern: PatternNode, underNegation: Bool = false) -> [String] {
    var names: [String] = []
    func add(_ term: NodeTerm) {
      if case .variable(let token) = term, !names.contains(token.text) { names.append(token.text) }
    }
    switch pattern {
    case .triple(let subject, let verb, let object):
      add(subject)
      if case .variable(let token) = verb { add(.variable(token)) }
      add(object)
    case .classTest(let subject, let className):
      add(subject)
      if className.kind == .variable { add(.variable(className)) }
    case .negation(let inner, _):
      guard underNegation else { return [] }
      for name in inner.flatMap({ writtenVariables($0, underNegation: true) })
      where !names.contains(name) { names.append(name) }
    case .optional(let inner, _):
      for name in inner.flatMap({ writtenVariables($0, underNegation: underNegation) })
      where !names.contains(name) { names.append(name) }
    case .alternatives(let branches, _):
      let inner = branches.flatMap { $0.flatMap { writtenVariables($0, underNegation: underNegation) } }
      for name in inner where !names.contains(name) { names.append(name) }
    case .filter:
      break
    case .sourced(let triple, let document, let sentence):
      names = writtenVariables(triple, underNegation: underNegation)
      for token in [document, sentence].compactMap({ $0 }) where !names.contains(token.text) {
        names.append(token.text)
      }
    }
    return names
  }

  /// The first token of a pattern, for messages about it.
  static func firstToken(_ pattern: PatternNode) -> Token {
    switch pattern {
    case .triple(let subject, _, _), .classTest(let subject, _): return subject.token
    case .negation(_, let keyword), .optional(_, let keyword), .alternatives(_, let keyword):
      return keyword
    case .filter(let left, _, _): return left.token
    case .sourced(let inner, _, _): return firstToken(inner)
    }
  }

  /// Variables written in the predicate position anywhere in `patterns`.
  static func predicateVariables(_ patterns: [PatternNode]) -> Set<String> {
    var names: Set<String> = []
    for pattern in patterns {
      switch pattern {
      case .triple(_, .variable(let token), _): names.insert(token.text)
      case .negation(let inner, _), .optional(let inner, _):
        names.formUnion(predicateVariables(inner))
      case .alternatives(let branches, _):
        for branch in branches { names.formUnion(predicateVariables(branch)) }
      default: break
      }
    }
    return names
  }
}
