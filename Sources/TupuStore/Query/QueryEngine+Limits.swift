import CSQLite
import Foundation
import TupuDiagnostics
import TupuGraph

/// Bounds on every query run: a time limit enforced inside SQLite, so that a cross product over
/// a large graph ends with a message, not a hang. (A row limit for display is per plan:
/// `QueryPlan.rowLimit`.)
public struct QueryLimits: Hashable, Sendable {
  /// Seconds a query may run before it is stopped; nil for no limit.
  public var seconds: Double?

  public init(seconds: Double? = nil) {
    self.seconds = seconds
  }
}

/// The deadline a progress handler checks, shared with SQLite by pointer while a query runs.
final class QueryDeadline {
  let limit: Double
  let deadline: UInt64
  /// Set by the handler when it stopped the query (as opposed to Ctrl-C's interrupt).
  var expired = false

  init(seconds: Double) {
    limit = seconds
    deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
  }

  /// Runs `body` with the deadline watched by SQLite every few thousand VM steps.
  func watch<T>(_ handle: OpaquePointer, _ body: () throws -> T) rethrows -> T {
    let context = Unmanaged.passUnretained(self).toOpaque()
    sqlite3_progress_handler(
      handle, 4096,
      { context in
        guard let context else { return 0 }
        let deadline = Unmanaged<QueryDeadline>.fromOpaque(context).takeUnretainedValue()
        guard DispatchTime.now().uptimeNanoseconds > deadline.deadline else { return 0 }
        deadline.expired = true
        return 1
      }, context)
    defer { sqlite3_progress_handler(handle, 0, nil, nil) }
    return try withExtendedLifetime(self) { try body() }
  }

  var error: QueryTimedOut { QueryTimedOut(seconds: limit) }
}

/// A query stopped by its time limit (exit 4 in `tupu query`).
public struct QueryTimedOut: QueryTimeLimitExceeded, DiagnosticConvertible, Hashable, Sendable {
  public var seconds: Double

  public var diagnostic: Diagnostic {
    let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    return Diagnostic(
      "the query ran longer than \(shown) s and was stopped",
      hint: "narrow it (name an entity, test a class, add `limit N`), or allow more time "
        + "with --timeout SECONDS")
  }
}
