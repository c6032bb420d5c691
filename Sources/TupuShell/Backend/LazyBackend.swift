import Foundation
import TupuGraph

/// Opens the real backend on first use, so that the prompt appears before the store and the
/// ontology are loaded (the REPL must be ready for input within 50 ms).
///
/// A failed open is reported by the command that needed it and tried again by the next one,
/// so a store created meanwhile is found without restarting.
public final class LazyBackend: ShellBackend {
  private let open: () throws -> ShellBackend
  private var opened: ShellBackend?
  private let interruptTarget = InterruptTarget()

  public init(_ open: @escaping () throws -> ShellBackend) {
    self.open = open
  }

  func backend() throws -> ShellBackend {
    if let opened { return opened }
    let backend = try open()
    opened = backend
    interruptTarget.set(backend.makeInterrupter())
    return backend
  }

  public func run(_ statement: Statement) throws -> StatementOutcome {
    try backend().run(statement)
  }

  public func explain(_ statement: Statement) throws -> String {
    try backend().explain(statement)
  }

  public func vocabulary() throws -> Vocabulary { try backend().vocabulary() }

  public func entityNames(prefix: String, limit: Int) throws -> [String] {
    try backend().entityNames(prefix: prefix, limit: limit)
  }

  public func describe(_ name: String) throws -> ResultTable { try backend().describe(name) }

  public func evidence(rows: [Int]) throws -> [RowEvidence] { try backend().evidence(rows: rows) }

  public func dot() throws -> String { try backend().dot() }

  public func statistics() throws -> ResultTable { try backend().statistics() }

  public func makeInterrupter() -> @Sendable () -> Void {
    let target = interruptTarget
    return { target.fire() }
  }
}

/// The interrupter of a backend that may not be open yet.
private final class InterruptTarget: @unchecked Sendable {
  private let lock = NSLock()
  private var interrupt: (@Sendable () -> Void)?

  func set(_ interrupt: @escaping @Sendable () -> Void) {
    lock.withLock { self.interrupt = interrupt }
  }

  func fire() {
    lock.withLock { interrupt }?()
  }
}
