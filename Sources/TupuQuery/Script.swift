import TupuDiagnostics
import TupuGraph

/// Runs a script (`.tq`): every statement in order, stopping at the first error unless asked to
/// keep going.
public struct Script: Sendable {
  /// How a script run ended, as an exit status: 0 all well, 1 an assertion failed, 2 a syntax
  /// error, 3 a store error.
  public struct Summary: Hashable, Sendable {
    public var statements = 0
    public var assertionsPassed = 0
    public var assertionsFailed = 0
    public var exitStatus: Int32 = 0
  }

  public var text: String
  /// The script's path, for messages.
  public var source: String

  public init(text: String, source: String) {
    self.text = text
    self.source = source
  }

  /// Runs each statement through `session`, handing every outcome to `report` as it comes.
  public func run(
    in session: QuerySession, keepGoing: Bool = false,
    report: (StatementReader.Entry, QuerySession.Outcome) -> Void
  ) -> Summary {
    var summary = Summary()
    for entry in StatementReader().statements(in: text) {
      summary.statements += 1
      let outcome = session.run(entry.text, source: source, firstLine: entry.line)
      report(entry, outcome)
      var status: Int32 = 0
      switch outcome {
      case .rows: break
      case .assertion(let result):
        if result.passed {
          summary.assertionsPassed += 1
        } else {
          summary.assertionsFailed += 1
          status = 1
        }
      case .failure(let failure):
        status = failure.exitStatus
      }
      if status != 0 {
        summary.exitStatus = max(summary.exitStatus, status)
        if !keepGoing { break }
      }
    }
    return summary
  }
}
