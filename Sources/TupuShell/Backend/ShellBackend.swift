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

  /// Whether `text` is a whole statement; nil leaves the decision to the shell.
  func isComplete(_ text: String) -> Bool?

  /// The classes and predicates, for `.schema` and completion.
  func vocabulary() throws -> Vocabulary

  /// Entity names of the graph that start with `prefix`, at most `limit` of them, sorted.
  func entityNames(prefix: String, limit: Int) throws -> [String]

  /// Every fact about one entity (as subject or object), for `.describe NAME`.
  func describe(_ name: String) throws -> ResultSet

  /// The evidence sentences behind some rows (0-based indices) of the last result, for `.why`.
  func evidence(for result: ResultSet, rows: [Int]) throws -> [EvidenceLine]

  /// The facts among the entities of a result, for `.dot`.
  func subgraph(for result: ResultSet) throws -> [Fact]

  /// Counts by class and predicate, for `.stats`.
  func statistics() throws -> ResultSet

  /// A function that cancels the statement running now (`sqlite3_interrupt`). It is called
  /// from another thread than the one running the statement, so it must be safe there.
  func makeInterrupter() -> @Sendable () -> Void
}

extension ShellBackend {
  public func isComplete(_ text: String) -> Bool? { nil }
}

/// One statement as the user typed it, with where it starts (for diagnostics).
public struct Statement: Hashable, Sendable {
  /// The text; the lines of a multi-line statement are joined with "\n".
  public var text: String
  /// The file, `<stdin>` or `repl`, and the line the statement starts on.
  public var location: SourceLocation

  public init(_ text: String, at location: SourceLocation) {
    self.text = text
    self.location = location
  }
}

/// What running a statement gave.
public enum StatementOutcome: Sendable {
  /// A query's rows, with notes such as "no entity named X; nearest: …".
  case rows(ResultSet, notes: [Diagnostic])
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

  public init(holds: Bool, expectation: String, actual: String) {
    self.holds = holds
    self.expectation = expectation
    self.actual = actual
  }
}

/// A failed statement with the kind that decides a script's exit code.
public struct StatementFailure: Error, Sendable, DiagnosticConvertible {
  public enum Kind: Sendable {
    /// A syntax or usage error (exit 2).
    case syntax
    /// An input or store error (exit 3).
    case input
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

/// One evidence sentence behind a result row.
public struct EvidenceLine: Hashable, Sendable {
  /// The 0-based index of the row in the result.
  public var row: Int
  /// The fact, with its evidence when it was asserted.
  public var fact: Fact
  /// The document's path, when the store knows it.
  public var document: String?

  public init(row: Int, fact: Fact, document: String? = nil) {
    self.row = row
    self.fact = fact
    self.document = document
  }
}
