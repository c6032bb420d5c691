import TupuDiagnostics
import TupuGraph

/// What the shell needs from the query engine and the store, and nothing more.
///
/// The shell is written against this protocol so that it can be specified with a fake in tests;
/// `SessionBackend` adapts the real query session and store to it. Errors thrown by any method
/// are shown to the user: a `StatementFailure` keeps its kind (syntax, assertion, input) for the
/// exit code of a script, any `DiagnosticConvertible` is rendered, anything else is described.
public protocol ShellBackend: AnyObject {
  /// Runs one statement of the pattern language (a query or an assertion).
  func run(_ statement: Statement) throws -> StatementOutcome

  /// The SQL of a query and SQLite's plan for it, as text to print.
  func explain(_ statement: Statement) throws -> String

  /// The classes and predicates, for `.schema` and completion.
  func vocabulary() throws -> Vocabulary

  /// Entity names of the graph that start with `prefix`, at most `limit` of them, sorted.
  func entityNames(prefix: String, limit: Int) throws -> [String]

  /// Every fact about one entity (as subject or object), for `.describe NAME`.
  func describe(_ name: String) throws -> ResultTable
  /// An entity's dated facts in date order, and how many of its facts have no date
  /// (`.timeline NAME`; SessionBackend+Timeline.swift).
  func timeline(_ name: String) throws -> (table: ResultTable, undated: Int)

  /// The facts, with their evidence sentences, behind some rows (0-based) of the last query's
  /// answer, for `.why`.
  func evidence(rows: [Int]) throws -> [RowEvidence]

  /// The last query's subgraph as a Graphviz DOT document, for `.dot`.
  func dot() throws -> String

  /// Counts by class and predicate, for `.stats`.
  func statistics() throws -> ResultTable

  /// A function that cancels the statement running now (`sqlite3_interrupt`). It is called
  /// from another thread than the one running the statement, so it must be safe there.
  func makeInterrupter() -> @Sendable () -> Void
}

/// One statement as the user typed it, with where it starts (for diagnostics).
public struct Statement: Hashable, Sendable {
  /// The text; the lines of a multi-line statement are joined with "\n".
  public var text: String
  /// The file, `<stdin>` or `repl`, and the line the statement starts on.
  public var location: SourceLocation
  /// Rows to read at most (a table nobody reads is not worth building); nil for all.
  public var rowLimit: Int?

  public init(_ text: String, at location: SourceLocation, rowLimit: Int? = nil) {
    self.text = text
    self.location = location
    self.rowLimit = rowLimit
  }
}

/// What running a statement gave.
public enum StatementOutcome: Sendable {
  /// A query's rows, with notes such as "no entity named X; nearest: …".
  case rows(ResultTable, notes: [Diagnostic])
  /// An assertion: whether it held, what it expected and what was found.
  case assertion(AssertionOutcome)
}

/// The result of an `assert` statement.
public struct AssertionOutcome: Hashable, Sendable {
  public var holds: Bool
  /// What the assertion asked for, as a sentence (`count >= 10`).
  public var expectation: String
  /// What the graph gave (`7`).
  public var actual: String
  /// Notes such as names the graph lacks.
  public var notes: [Diagnostic]

  public init(holds: Bool, expectation: String, actual: String, notes: [Diagnostic] = []) {
    self.holds = holds
    self.expectation = expectation
    self.actual = actual
    self.notes = notes
  }
}

/// A failed statement with the kind that decides a script's exit code.
public struct StatementFailure: Error, Sendable, DiagnosticConvertible {
  public enum Kind: Sendable {
    /// A syntax or usage error (exit 2).
    case syntax
    /// An input or store error (exit 3).
    case input
    /// A query stopped at its time limit (exit 4).
    case timeLimit

    /// The exit status of a script that stops here.
    public var exitStatus: Int32 {
      switch self {
      case .syntax: return 2
      case .input: return 3
      case .timeLimit: return 4
      }
    }
  }

  public var kind: Kind
  public var diagnostics: [Diagnostic]

  public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
    self.kind = kind
    self.diagnostics = diagnostics
  }

  public var diagnostic: Diagnostic {
    diagnostics.first ?? Diagnostic("the statement failed")
  }
}

/// The facts behind one row of an answer, each with the sentences it was read from.
public struct RowEvidence: Hashable, Sendable {
  /// The 0-based index of the row in the answer.
  public var row: Int
  public var facts: [SupportingFact]

  public init(row: Int, facts: [SupportingFact]) {
    self.row = row
    self.facts = facts
  }
}
