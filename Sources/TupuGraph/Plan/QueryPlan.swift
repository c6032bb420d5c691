/// A checked query, ready for the store to compile into one SQL statement.
///
/// The query module builds it (names, predicate ids and class ids, steps already in join order);
/// the store resolves the names to term ids and writes the SQL. Neither side knows the other.
public struct QueryPlan: Hashable, Sendable {
  /// The positive patterns, in the order the joins run (the planner fixed it).
  public var steps: [PlanStep]
  /// Each group must have no match (`not …`); variables bound by `steps` correlate.
  public var negations: [[PlanStep]]
  /// The columns of the answer, in order.
  public var outputs: [PlanOutput]
  /// Variables the aggregates group by (empty when there is no aggregate).
  public var groupBy: [String]
  public var orderBy: [PlanOrderKey]
  public var limit: Int?
  /// Rows skipped before the first one reported (`offset N`).
  public var offset: Int? = nil
  /// Conditions on the aggregates of a group (`having count(?m) >= 2`).
  public var having: [PlanHaving] = []
  /// Column names given with `as` (nil: the output's own name).
  public var columnAliases: [String?] = []
  /// Only asserted facts answer (derived ones are ignored).
  public var assertedOnly: Bool
  /// Rows the store reads at most (a display limit, unlike `limit`, which is the query's own);
  /// the answer's `rowLimit` then says that more rows exist.
  public var rowLimit: Int? = nil
  /// `during`, `since`, `before`: only answers resting on facts dated in the period.
  public var period: DatePeriod? = nil

  public init(
    steps: [PlanStep], negations: [[PlanStep]] = [], outputs: [PlanOutput],
    groupBy: [String] = [], orderBy: [PlanOrderKey] = [], limit: Int? = nil,
    assertedOnly: Bool = false
  ) {
    self.steps = steps
    self.negations = negations
    self.outputs = outputs
    self.groupBy = groupBy
    self.orderBy = orderBy
    self.limit = limit
    self.assertedOnly = assertedOnly
  }

  /// The column headers: `as` names where given, else the outputs' own names.
  public var columnNames: [String] {
    outputs.enumerated().map { index, output in
      (index < columnAliases.count ? columnAliases[index] : nil) ?? output.columnName
    }
  }

  /// True when an output counts.
  public var aggregates: Bool {
    outputs.contains { if case .count = $0 { true } else { false } } || !having.isEmpty
  }

  /// Every constant name the plan mentions (subjects and objects), for the store to resolve.
  public var names: [String] {
    var seen = Set<String>()
    var result: [String] = []
    for step in steps + negations.flatMap({ $0 }) {
      for node in step.nodes {
        if case .name(let name) = node, seen.insert(name).inserted { result.append(name) }
      }
    }
    return result
  }

  /// Every variable the positive steps bind, in order of first binding.
  public var boundVariables: [String] {
    var seen = Set<String>()
    var result: [String] = []
    for step in steps {
      for name in step.variables where seen.insert(name).inserted { result.append(name) }
    }
    return result
  }
}

/// A subject or object position of a pattern.
public enum PlanNode: Hashable, Sendable {
  /// `?name`, without the `?`.
  case variable(String)
  /// A bare or quoted name of an entity, literal or class.
  case name(String)
  /// `_`: anything, never reported.
  case anything
}

/// The predicate position of a triple.
public enum PlanPredicate: Hashable, Sendable {
  /// An ontology predicate id (`chairs`, `located-in`, `type`).
  case fixed(String)
  /// `?p`: any predicate, bound to its id.
  case variable(String)
  /// `chairs|convenes`: any of these predicate ids.
  case oneOf([String])
}

/// How often a path step repeats its predicate.
public enum PathRepetition: String, Hashable, Sendable {
  /// `p+`: one or more steps.
  case oneOrMore = "+"
  /// `p*`: zero or more steps (the node itself included).
  case zeroOrMore = "*"
}

/// How many times a path step may repeat its predicates: `+` is 1…∞, `*` 0…∞, `{1,3}` 1…3.
public struct PathBounds: Hashable, Sendable {
  public var minimum: Int
  /// nil: no upper bound.
  public var maximum: Int?

  public init(minimum: Int, maximum: Int?) {
    self.minimum = minimum
    self.maximum = maximum
  }

  public init(_ repetition: PathRepetition) {
    self.init(minimum: repetition == .oneOrMore ? 1 : 0, maximum: nil)
  }

  /// `+` or `*` when the bounds are one of those.
  public var repetition: PathRepetition? {
    guard maximum == nil else { return nil }
    return minimum == 1 ? .oneOrMore : (minimum == 0 ? .zeroOrMore : nil)
  }
}

/// A condition on values already bound: `?a != ?b`, `?b matches "银行"`, `?d < "2024-01-01"`.
public struct PlanFilter: Hashable, Sendable {
  public enum Operator: String, Hashable, Sendable, CaseIterable {
    /// The same term / a different term.
    case equal = "=", notEqual = "!="
    /// Text order of the terms' names (Unicode code points; ISO dates sort as dates).
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    /// Text tests on a term's name.
    case contains = "matches", startsWith = "starts with", endsWith = "ends with"
  }

  /// A variable.
  public var left: PlanNode
  public var op: Operator
  /// A variable or a name (for `!=` and `=` a term of any kind, predicates included).
  public var right: PlanNode

  public init(left: PlanNode, op: Operator, right: PlanNode) {
    self.left = left
    self.op = op
    self.right = right
  }
}

/// One pattern of a plan. Inverse predicates (`^p`) are already folded by swapping the ends.
public enum PlanStep: Hashable, Sendable {
  /// `subject predicate object` over one fact.
  case triple(subject: PlanNode, predicate: PlanPredicate, object: PlanNode)
  /// `subject predicate+ object` or `predicate*`: a transitive walk (recursive CTE).
  case path(subject: PlanNode, predicate: String, repetition: PathRepetition, object: PlanNode)
  /// `subject : Class`: a `type` fact whose class is one of `classes` (the class and its
  /// subclasses, by id).
  case classTest(subject: PlanNode, classes: [String])
  /// A path over any of `predicates` (`chairs|convenes+`) or with bounds (`located-in{1,3}`).
  case boundedPath(subject: PlanNode, predicates: [String], bounds: PathBounds, object: PlanNode)
  /// A condition on bound values; binds nothing.
  case filter(PlanFilter)
  /// `not (…)` inside another `not`: the group has no match; binds nothing.
  case negation([PlanStep])
  /// `optional (…)`: the group's variables when it matches, empty cells otherwise.
  case optional([PlanStep])
  /// `A or B`: the answers of either group (variables bound in only one are empty in the other).
  case union([[PlanStep]])
  /// `S P O from ?doc evidence ?sentence`: a stated fact with where it was read: the path of
  /// the document and the sentence's text (either variable may be absent).
  case sourced(
    subject: PlanNode, predicate: String, object: PlanNode, document: String?, sentence: String?)

  /// The subject and object positions.
  public var nodes: [PlanNode] {
    switch self {
    case .triple(let s, _, let o), .path(let s, _, _, let o), .boundedPath(let s, _, _, let o),
      .sourced(let s, _, let o, _, _):
      return [s, o]
    case .classTest(let s, _): return [s]
    case .filter: return []  // a filter's names are text to compare, not terms to find
    case .negation(let steps), .optional(let steps): return steps.flatMap(\.nodes)
    case .union(let groups): return groups.flatMap { $0.flatMap(\.nodes) }
    }
  }

  /// The variables this step binds, subject, predicate, object order.
  public var variables: [String] {
    var names: [String] = []
    switch self {
    case .triple(let s, let p, let o):
      if case .variable(let name) = s { names.append(name) }
      if case .variable(let name) = p { names.append(name) }
      if case .variable(let name) = o { names.append(name) }
    case .path(let s, _, _, let o), .boundedPath(let s, _, _, let o):
      if case .variable(let name) = s { names.append(name) }
      if case .variable(let name) = o { names.append(name) }
    case .classTest(let s, _):
      if case .variable(let name) = s { names.append(name) }
    case .sourced(let s, _, let o, let document, let sentence):
      if case .variable(let name) = s { names.append(name) }
      if case .variable(let name) = o, !names.contains(name) { names.append(name) }
      for name in [document, sentence].compactMap({ $0 }) where !names.contains(name) {
        names.append(name)
      }
    case .filter, .negation: break
    case .optional(let steps):
      for name in steps.flatMap(\.variables) where !names.contains(name) { names.append(name) }
    case .union(let groups):
      for name in groups.flatMap({ $0.flatMap(\.variables) }) where !names.contains(name) {
        names.append(name)
      }
    }
    return names
  }
}

/// One column of the answer.
public enum PlanOutput: Hashable, Sendable {
  /// The term a variable is bound to.
  case variable(String)
  /// `count(?v)`: how many distinct values `?v` takes in the group; `count(*)` (nil): how many
  /// distinct solutions.
  case count(String?)

  /// The column header: the variable without its `?`, or `count(v)`.
  public var columnName: String {
    switch self {
    case .variable(let name): return name
    case .count(let name?): return "count(\(name))"
    case .count(nil): return "count"
    }
  }
}

/// `having count(?v) op N`: keeps the groups whose count compares so.
public struct PlanHaving: Hashable, Sendable {
  public var count: PlanOutput
  /// `=`, `!=`, `<`, `<=`, `>`, `>=`.
  public var op: String
  public var value: Int

  public init(count: PlanOutput, op: String, value: Int) {
    self.count = count
    self.op = op
    self.value = value
  }
}

/// `order by` key: an output column, ascending or descending.
public struct PlanOrderKey: Hashable, Sendable {
  public var output: PlanOutput
  public var descending: Bool

  public init(_ output: PlanOutput, descending: Bool = false) {
    self.output = output
    self.descending = descending
  }
}
