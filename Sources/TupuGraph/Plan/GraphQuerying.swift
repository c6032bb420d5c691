/// What a query session needs from a graph store: run and explain plans, and stop a running one.
///
/// The store implements it (`QueryEngine` in TupuStore); the query module drives it, so neither
/// module imports the other.
public protocol GraphQuerying: AnyObject, Sendable {
  /// Runs `plan`: names become term ids first; a name the graph lacks gives no rows and a
  /// `MissingName`.
  func run(_ plan: QueryPlan) throws -> QueryAnswer
  /// The SQL `plan` compiles to and SQLite's plan for it, without running it.
  func explain(_ plan: QueryPlan) throws -> QueryExplanation
  /// Stops the statement running now (from another thread, e.g. on Ctrl-C); it fails with an
  /// interruption error.
  func interrupt()
  /// The facts that make `plan` true for one answer row, where `bindings` fixes its variables
  /// (variable name → term text), each with its evidence.
  func supportingFacts(of plan: QueryPlan, bindings: [String: String]) throws -> [SupportingFact]
  /// How many entities each class (by id, subclasses not included) has, for the planner to
  /// start a walk from the smaller side; classes it cannot count are left out.
  func classSizes(_ classes: [String]) -> [String: Int]
}

extension GraphQuerying {
  public func classSizes(_ classes: [String]) -> [String: Int] { [:] }
}

/// A query the graph stopped because it ran past its time limit: not a fault of the store, and
/// exit status 4 of its own, so that a CI script can tell "too slow" from "broken".
public protocol QueryTimeLimitExceeded: Error {}
