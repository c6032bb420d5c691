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

  /// True when an output counts.
  public var aggregates: Bool { outputs.contains { if case .count = $0 { true } else { false } } }

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
}

/// How often a path step repeats its predicate.
public enum PathRepetition: String, Hashable, Sendable {
  /// `p+`: one or more steps.
  case oneOrMore = "+"
  /// `p*`: zero or more steps (the node itself included).
  case zeroOrMore = "*"
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

  /// The subject and object positions.
  public var nodes: [PlanNode] {
    switch self {
    case .triple(let s, _, let o), .path(let s, _, _, let o): return [s, o]
    case .classTest(let s, _): return [s]
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
    case .path(let s, _, _, let o):
      if case .variable(let name) = s { names.append(name) }
      if case .variable(let name) = o { names.append(name) }
    case .classTest(let s, _):
      if case .variable(let name) = s { names.append(name) }
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

/// `order by` key: an output column, ascending or descending.
public struct PlanOrderKey: Hashable, Sendable {
  public var output: PlanOutput
  public var descending: Bool

  public init(_ output: PlanOutput, descending: Bool = false) {
    self.output = output
    self.descending = descending
  }
}
