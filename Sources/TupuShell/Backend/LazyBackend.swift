import Foundation
import TupuGraph

/// Opens the real backend on first use, so that the prompt appears before the store and the
/// ontology are loaded (the REPL must be ready for input within 50 ms).
///
/// A failed open is reported by the command that needed it and tried again by the next one,
/// so a store created meanwhile is found without restarting.
public final class LazyBackend: ShellBackend {
  private var open: () throws -> ShellBackend
  private var opened: ShellBackend?
  private let interruptTarget = InterruptTarget()
  /// Opens a backend on another store (`.open FILE`); nil when the shell cannot switch.
  private let openStore: ((String) throws -> ShellBackend)?
  /// The store the backend reads, when known.
  public private(set) var storePath: String?

  public init(_ open: @escaping () throws -> ShellBackend) {
    self.open = open
    self.openStore = nil
  }

  /// A backend on the store at `storePath` that `.open FILE` can move to another store.
  public init(storePath: String, openStore: @escaping (String) throws -> ShellBackend) {
    self.storePath = storePath
    self.openStore = openStore
    self.open = { try openStore(storePath) }
  }

  /// Moves to the store at `path` (opened on first use, as at start); false when this backend
  /// cannot switch stores.
  public func reopen(storePath path: String) -> Bool {
    guard let openStore else { return false }
    open = { try openStore(path) }
    opened = nil
    storePath = path
    return true
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
