import TupuGraph

/// The syntax tree of one statement, as written (names unresolved, tokens kept for positions).
enum Statement: Hashable, Sendable {
  case query(QueryNode)
  /// `assert QUERY` (true when there is a row) or `assert QUERY op N` (compares the count).
  case assertion(AssertionNode)
}

struct AssertionNode: Hashable, Sendable {
  var keyword: Token
  var query: QueryNode
  var comparison: Comparison?
}

/// `op N` after an asserted query.
struct Comparison: Hashable, Sendable {
  enum Operator: String, Hashable, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">="
  }

  var op: Operator
  var value: Int
  var token: Token

  func holds(for actual: Int) -> Bool {
    switch op {
    case .equal: return actual == value
    case .notEqual: return actual != value
    case .less: return actual < value
    case .lessOrEqual: return actual <= value
    case .greater: return actual > value
    case .greaterOrEqual: return actual >= value
    }
  }
}

struct QueryNode: Hashable, Sendable {
  /// `find …` outputs; nil projects every variable.
  var find: [OutputNode]?
  /// `count(PATTERNS)` at the top: one cell, the number of distinct solutions.
  var countsSolutions: Bool = false
  var patterns: [PatternNode]
  var groupBy: [Token] = []
  var having: [HavingNode] = []
  var orderBy: [OrderKeyNode] = []
  var limit: Int?
  var offset: Int?
  /// `find ?who as 人, …`: the `as` name of each output (nil where none is given).
  var aliases: [String?] = []
  var assertedOnly: Bool = false
  /// `during PERIOD`, `since DATE`, `before DATE` (Parser+Time.swift).
  var period: DatePeriod?
  /// The first token, for messages about the whole query.
  var start: Token
}

enum OutputNode: Hashable, Sendable {
  case variable(Token)
  /// `count(?v)`, `count(*)` (nil); the token is `count`.
  case count(Token?, keyword: Token)
}

/// `having count(?v) op N`.
struct HavingNode: Hashable, Sendable {
  var output: OutputNode
  var comparison: Comparison
}

struct OrderKeyNode: Hashable, Sendable {
  var output: OutputNode
  var descending: Bool
}

enum PatternNode: Hashable, Sendable {
  case triple(subject: NodeTerm, verb: Verb, object: NodeTerm)
  case classTest(subject: NodeTerm, className: Token)
  /// `not PATTERN` or `not (PATTERN, …)`.
  case negation([PatternNode], keyword: Token)
  /// `optional PATTERN` or `optional (PATTERN, …)`.
  case optional([PatternNode], keyword: Token)
  /// `A or B or …`, each alternative a group of patterns.
  case alternatives([[PatternNode]], keyword: Token)
  /// `?a != ?b`, `?b matches "银行"`, `?n starts with 许`: `op` is the comparison or the first
  /// word of the text test.
  case filter(left: NodeTerm, op: Token, right: NodeTerm)
  /// A triple with `from ?doc` and/or `evidence ?sentence` after it.
  indirect case sourced(PatternNode, from: Token?, evidence: Token?)
}

/// A subject or object as written.
enum NodeTerm: Hashable, Sendable {
  case variable(Token)
  case name(Token)
  case anything(Token)

  var token: Token {
    switch self {
    case .variable(let t), .name(let t), .anything(let t): return t
    }
  }
}

/// The predicate position as written.
enum Verb: Hashable, Sendable {
  case variable(Token)
  /// Predicate ids or labels (`chairs|convenes`), `^` for inverse, `+`/`*`/`{m,n}` for a path.
  case predicate(PredicateVerb)
}

struct PredicateVerb: Hashable, Sendable {
  /// One name, or the alternatives of `a|b|c`.
  var names: [Token]
  var inverse: Bool
  /// `+` or `*`, or the `{` of bounds.
  var repetition: Token?
  /// `{m,n}` (maximum nil for `{m,}`).
  var bounds: PathBounds?

  init(names: [Token], inverse: Bool, repetition: Token?) {
    self.names = names
    self.inverse = inverse
    self.repetition = repetition
  }
}
