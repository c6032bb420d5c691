/// The answer to a query: named columns and rows of cells, in a defined order.
///
/// Formatters (table, TSV, CSV, JSON) and the REPL read it; the store fills it.
public struct ResultTable: Hashable, Sendable {
  /// One value of a row.
  public enum Cell: Hashable, Sendable, CustomStringConvertible {
    /// A graph term: its store id (for `.why` and `.dot`), kind code and text.
    case term(id: Int64, kind: Int, text: String)
    case integer(Int64)
    /// No value: a variable of an `optional` group that did not match.
    case empty

    public var description: String {
      switch self {
      case .term(_, _, let text): return text
      case .integer(let value): return String(value)
      case .empty: return ""
      }
    }
  }

  /// Column names: variables without their `?`, or `count(v)`.
  public var columns: [String]
  public var rows: [[Cell]]

  public init(columns: [String], rows: [[Cell]] = []) {
    self.columns = columns
    self.rows = rows
  }
}

/// What the store answers for a plan: the rows, and the names it could not find.
public struct QueryAnswer: Hashable, Sendable {
  /// A name of the query that is no term of the graph, with the nearest names that are.
  public struct MissingName: Hashable, Sendable {
    public var name: String
    public var nearest: [String]

    public init(name: String, nearest: [String]) {
      self.name = name
      self.nearest = nearest
    }
  }

  public var table: ResultTable
  public var missingNames: [MissingName]
  /// Set when the store stopped reading at this many rows (a row limit): more rows exist.
  public var rowLimit: Int?
  /// With a time filter: how many facts the answers would rest on without it have no date,
  /// and were left out.
  public var undatedFacts: Int?

  public init(table: ResultTable, missingNames: [MissingName] = []) {
    self.table = table
    self.missingNames = missingNames
  }
}

/// How the store runs a plan: the SQL, its bound parameters and SQLite's query plan.
public struct QueryExplanation: Hashable, Sendable {
  public var sql: String
  /// The parameters in order, as text (`42`, `'chairs'`), for display.
  public var parameters: [String]
  /// EXPLAIN QUERY PLAN, one line per node, indented by depth.
  public var queryPlan: [String]

  public init(sql: String, parameters: [String], queryPlan: [String]) {
    self.sql = sql
    self.parameters = parameters
    self.queryPlan = queryPlan
  }

  /// The SQL, the parameters and the plan, for `--explain` and `.explain`.
  public var text: String {
    var lines = [sql, ""]
    if !parameters.isEmpty {
      lines.append("parameters: " + parameters.enumerated().map { "?\($0.offset + 1)=\($0.element)" }
        .joined(separator: " "))
      lines.append("")
    }
    lines.append("QUERY PLAN")
    lines.append(contentsOf: queryPlan)
    return lines.joined(separator: "\n")
  }
}

/// One fact behind an answer, with where it was read.
public struct SupportingFact: Hashable, Sendable {
  public var subject: String
  public var predicate: String
  public var object: String
  /// The rule that derived it, nil when asserted.
  public var derivedBy: String?
  /// Where the fact was stated: document path and the sentence (empty for derived facts).
  public var evidence: [Citation]

  public struct Citation: Hashable, Sendable {
    public var document: String
    public var sentence: String
    public var start: Int
    public var end: Int

    public init(document: String, sentence: String, start: Int, end: Int) {
      self.document = document
      self.sentence = sentence
      self.start = start
      self.end = end
    }
  }

  public init(
    subject: String, predicate: String, object: String, derivedBy: String? = nil,
    evidence: [Citation] = []
  ) {
    self.subject = subject
    self.predicate = predicate
    self.object = object
    self.derivedBy = derivedBy
    self.evidence = evidence
  }
}
