import Foundation
import TupuGraph

/// A statement turned into a plan: a query, or an assertion over one.
public struct PlannedStatement: Hashable, Sendable {
  /// What an assertion expects of its query's answer.
  public enum Expectation: Hashable, Sendable {
    /// `assert PATTERN`: at least one row.
    case anyRow
    /// `assert QUERY op N`: the count (of a `count(…)` query) or else the number of rows.
    case count(op: String, value: Int)
  }

  public var text: String
  public var plan: QueryPlan
  /// Non-nil for `assert …`.
  public var expectation: Expectation?
  /// The query counts solutions (`count(…)`): its answer is one number.
  public var countsSolutions: Bool
  /// The query has no variable: its answer is yes (one empty row) or no.
  public var isGround: Bool { plan.outputs.isEmpty }

  /// Plans `text` (one statement) against `vocabulary`.
  public static func plan(_ text: String, vocabulary: Vocabulary) throws(QueryError)
    -> PlannedStatement
  {
    try plan(text, checker: Checker(vocabulary: vocabulary))
  }

  static func plan(
    _ text: String, checker: Checker, classSizes: (([String]) -> [String: Int])? = nil
  ) throws(QueryError) -> PlannedStatement {
    let statement = try Parser.statement(text)
    let planner = Planner(classSizes: classSizes)
    switch statement {
    case .query(let query):
      var plan = planner.plan(try checker.check(query))
      plan.period = query.period
      return PlannedStatement(
        text: text, plan: plan, expectation: nil, countsSolutions: query.countsSolutions)
    case .assertion(let assertion):
      var plan = planner.plan(try checker.check(assertion.query))
      plan.period = assertion.query.period
      var expectation = PlannedStatement.Expectation.anyRow
      if let comparison = assertion.comparison {
        expectation = .count(op: comparison.op.rawValue, value: comparison.value)
      } else if !assertion.query.countsSolutions {
        plan.limit = 1  // one row decides
      }
      return PlannedStatement(
        text: text, plan: plan, expectation: expectation,
        countsSolutions: assertion.query.countsSolutions)
    }
  }

  /// The assertion's expectation as the script wrote it, without `assert`.
  var expectationText: String {
    var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if body.lowercased().hasPrefix("assert") { body = String(body.dropFirst(6)) }
    if body.hasSuffix(";") { body = String(body.dropLast()) }
    return body.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
