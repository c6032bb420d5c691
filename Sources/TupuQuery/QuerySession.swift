import Foundation
import TupuDiagnostics
import TupuGraph

/// Runs statements against a graph: what `tupu query`, scripts and the REPL all drive.
///
///     let session = QuerySession(vocabulary: vocabulary, graph: try QueryEngine(path: "tupu.sqlite"))
///     switch session.run("王建国 主持 ?会议") {
///     case .rows(let table, let notes): …
///     case .assertion(let outcome): …
///     case .failure(let failure): …
///     }
///
/// The session keeps the last answer and its plan for `.why` (`supportingFacts`) and `.dot`.
/// `interrupt()` may be called from another thread (a SIGINT handler) to stop a running query.
public final class QuerySession: @unchecked Sendable {
  public let vocabulary: Vocabulary
  public let graph: any GraphQuerying
  /// Answer every query from asserted facts only, as if each began with `asserted`.
  public var assertedOnly: Bool

  /// The last answer that had rows, its plan, and the statement.
  public private(set) var lastResult: ResultTable?
  public private(set) var lastPlan: QueryPlan?
  /// Rows a query's answer holds at most (table output); assertions always read every row.
  public var rowLimit: Int?

  private let checker: Checker

  public init(vocabulary: Vocabulary, graph: any GraphQuerying, assertedOnly: Bool = false) {
    self.vocabulary = vocabulary
    checker = Checker(vocabulary: vocabulary)
    self.graph = graph
    self.assertedOnly = assertedOnly
  }

  /// The outcome of one statement.
  public enum Outcome: Sendable {
    /// A query's answer, with notes (names the graph lacks, with the nearest it has).
    case rows(ResultTable, notes: [Diagnostic])
    case assertion(AssertionOutcome)
    case failure(Failure)
  }

  /// What an assertion found.
  public struct AssertionOutcome: Hashable, Sendable {
    public var passed: Bool
    /// The expectation as written (`count(?p : Project) >= 10`).
    public var expectation: String
    /// What was found (`3`, `no rows`).
    public var actual: String
    public var location: SourceLocation
    public var notes: [Diagnostic]

    /// The report of a failed assertion: where, what was expected, what was found.
    public var diagnostic: Diagnostic {
      Diagnostic(
        "assertion failed: expected \(expectation), found \(actual)", at: location,
        severity: .error)
    }
  }

  /// A statement that could not run: a syntax or check error (exit 2) or a store error (exit 3).
  public struct Failure: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case syntax, store, timeLimit }
    public var kind: Kind
    public var diagnostic: Diagnostic

    /// The exit status of DESIGN.md: 2 syntax, 3 store, 4 the time limit.
    public var exitStatus: Int32 {
      switch kind {
      case .syntax: return 2
      case .store: return 3
      case .timeLimit: return 4
      }
    }

    static func from(_ error: any Error) -> Failure {
      Failure(
        kind: error is QueryTimeLimitExceeded ? .timeLimit : .store,
        diagnostic: QuerySession.diagnostic(for: error))
    }
  }

  /// Plans `text` as one statement, honouring `assertedOnly`.
  public func plan(_ text: String) throws(QueryError) -> PlannedStatement {
    var planned = try PlannedStatement.plan(
      text, checker: checker, classSizes: { [graph] in graph.classSizes($0) })
    if assertedOnly { planned.plan.assertedOnly = true }
    return planned
  }

  /// Runs one statement. `source` and `firstLine` place its messages (a script's path and the
  /// line the statement starts on).
  public func run(_ text: String, source: String = "query", firstLine: Int = 1) -> Outcome {
    let planned: PlannedStatement
    do {
      planned = try plan(text)
    } catch {
      return .failure(
        Failure(kind: .syntax, diagnostic: error.diagnostic(source: source, text: text, firstLine: firstLine)))
    }
    let answer: QueryAnswer
    do {
      var plan = planned.plan
      if planned.expectation == nil { plan.rowLimit = rowLimit }
      answer = try graph.run(plan)
    } catch {
      return .failure(Failure.from(error))
    }
    var notes = answer.missingNames.map { missing in
      // `王建国 chairs m`: a short Latin word is more likely a variable without its `?`.
      let looksLikeVariable = missing.name.count <= 3
        && missing.name.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
      return Diagnostic(
        "no term named “\(missing.name)” in the graph, so nothing matches",
        at: SourceLocation(source: source, line: firstLine),
        hint: looksLikeVariable
          ? "did you mean the variable ?\(missing.name)? A variable begins with `?`"
          : Suggestions.hint(for: missing.name, in: missing.nearest)
            ?? (missing.nearest.isEmpty
              ? nil : "near names: " + missing.nearest.joined(separator: ", ")),
        severity: .note)
    }
    if let rowLimit = answer.rowLimit {
      notes.append(
        Diagnostic(
          "showing the first \(rowLimit) rows; the rest were not read",
          at: SourceLocation(source: source, line: firstLine),
          hint: "add `limit N` or narrow the query (a class test, a name); a script or "
            + "--format tsv shows every row", severity: .note))
    }
    if let undated = answer.undatedFacts, undated > 0, let period = planned.plan.period {
      notes.append(
        Diagnostic(
          "\(undated) \(undated == 1 ? "fact has" : "facts have") no date and \(undated == 1 ? "was" : "were") left out by `\(period)`",
          at: SourceLocation(source: source, line: firstLine),
          hint: "a fact is dated by its meeting's held-on, else by its document's published date",
          severity: .note))
    }
    guard let expectation = planned.expectation else {
      lastResult = answer.table
      lastPlan = planned.plan
      return .rows(answer.table, notes: notes)
    }
    let found = planned.countsSolutions
      ? Int(answer.table.rows.first.flatMap { row -> Int64? in
        if case .integer(let value) = row.first { value } else { nil }
      } ?? 0)
      : answer.table.rows.count
    let passed: Bool
    let actual: String
    switch expectation {
    case .anyRow:
      passed = found > 0
      actual = planned.countsSolutions ? String(found) : (found > 0 ? "a row" : "no rows")
    case .count(let op, let value):
      passed = Comparison(op: Comparison.Operator(rawValue: op) ?? .equal, value: value,
        token: Token(kind: .end, text: "", line: 0, column: 0, length: 0)).holds(for: found)
      actual = String(found)
    }
    let expectationText = expectation == .anyRow && !planned.countsSolutions
      ? "a match for \(planned.expectationText)" : planned.expectationText
    return .assertion(
      AssertionOutcome(
        passed: passed, expectation: expectationText, actual: actual,
        location: SourceLocation(source: source, line: firstLine), notes: notes))
  }

  /// The SQL and SQLite's plan for one statement, without running it.
  public func explain(_ text: String, source: String = "query", firstLine: Int = 1)
    -> Result<QueryExplanation, Failure>
  {
    do {
      return .success(try graph.explain(try plan(text).plan))
    } catch let error as QueryError {
      return .failure(
        Failure(kind: .syntax, diagnostic: error.diagnostic(source: source, text: text, firstLine: firstLine)))
    } catch {
      return .failure(Failure(kind: .store, diagnostic: Self.diagnostic(for: error)))
    }
  }

  /// Stops the query running now; safe from another thread.
  public func interrupt() { graph.interrupt() }

  /// The facts behind the first `limit` rows of the last answer, with their evidence (`.why`).
  public func supportingFacts(limit: Int = 20) throws -> [SupportingFact] {
    guard let table = lastResult, let plan = lastPlan else { return [] }
    var facts: [SupportingFact] = []
    var seen = Set<SupportingFact>()
    for row in table.rows.prefix(limit) {
      var bindings: [String: String] = [:]
      for (column, cell) in zip(plan.outputs, row) {
        if case .variable(let name) = column, case .term(_, _, let text) = cell {
          bindings[name] = text
        }
      }
      for fact in try graph.supportingFacts(of: plan, bindings: bindings)
      where seen.insert(fact).inserted {
        facts.append(fact)
      }
    }
    return facts
  }

  static func diagnostic(for error: any Error) -> Diagnostic {
    if let convertible = error as? DiagnosticConvertible { return convertible.diagnostic }
    return Diagnostic("\(error)")
  }
}
