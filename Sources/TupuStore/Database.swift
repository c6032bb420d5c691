import CSQLite
import Foundation

/// A thin wrapper over one SQLite connection: statements with bound parameters, cached by SQL
/// text, and transactions. Only TupuStore uses it; it is not thread-safe (one connection per
/// thread, as SQLite's default build expects).
final class Database {
  let handle: OpaquePointer
  let path: String
  let busyTimeout: Int32
  private var cache: [String: Statement] = [:]

  /// Opens (creating when missing) the SQLite file at `path`; `readOnly` opens an existing
  /// file for reading only, and `immutable` also tells SQLite that nobody writes it (a store
  /// in a read-only folder, where the write-ahead log's shared memory cannot be made).
  init(
    path: String, busyTimeout milliseconds: Int32, readOnly: Bool = false, immutable: Bool = false
  ) throws {
    var connection: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
      | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0)
    let name = immutable ? Self.immutableURI(path) : path
    let code = sqlite3_open_v2(name, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(connection)
      throw StoreError.cannotOpen(path: path, reason: message)
    }
    self.handle = connection
    self.path = path
    self.busyTimeout = milliseconds
    sqlite3_extended_result_codes(connection, 1)
    sqlite3_busy_timeout(connection, milliseconds)
  }

  /// `file:PATH?immutable=1`, with the characters a URI path cannot hold escaped.
  private static func immutableURI(_ path: String) -> String {
    let escaped = path.replacingOccurrences(of: "%", with: "%25")
      .replacingOccurrences(of: "?", with: "%3F").replacingOccurrences(of: "#", with: "%23")
    return "file:" + escaped + "?immutable=1"
  }

  deinit {
    for statement in cache.values { statement.finalize() }
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements without parameters (schema, pragmas, transaction control).
  func execute(_ sql: String) throws {
    var errorMessage: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
    if code != SQLITE_OK {
      let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
      sqlite3_free(errorMessage)
      throw error(code: code, message: message, sql: sql)
    }
  }

  /// A prepared statement for `sql`, reset and with its bindings cleared; prepared once per
  /// connection and reused.
  func statement(_ sql: String) throws -> Statement {
    if let cached = cache[sql] {
      cached.reset()
      return cached
    }
    let statement = try Statement(database: self, sql: sql)
    cache[sql] = statement
    return statement
  }

  /// A statement that is not cached (for SQL built once, e.g. per inference rule).
  func uncachedStatement(_ sql: String) throws -> Statement {
    try Statement(database: self, sql: sql)
  }

  /// Drops every cached statement (needed before DROP INDEX / schema changes are safe to reuse).
  func clearStatementCache() {
    for statement in cache.values { statement.finalize() }
    cache.removeAll()
  }

  /// Runs `body` in one write transaction taken up front (`BEGIN IMMEDIATE`), so a second
  /// writer waits for the busy timeout at the start rather than failing halfway.
  func writeTransaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      for statement in cache.values { statement.reset() }
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// Runs `body` with a rollback journal instead of the write-ahead log when no other
  /// connection has the file open, then returns to WAL.
  ///
  /// For a bulk load into an empty store: WAL writes every new page twice (to the log, then
  /// to the file at the checkpoint), a rollback journal once, and it has almost nothing to
  /// journal — 8% of a 1e6-triple load. Still atomic: a killed load leaves a hot journal that
  /// the next opener rolls back. With a reader present SQLite refuses the switch and the body
  /// runs in WAL, so that reader is never locked out. (A reader that arrives during the load
  /// waits for its commit; one still open after it keeps the file in rollback mode until the
  /// next `GraphStore` opens it.)
  func withRollbackJournal<T>(_ body: () throws -> T) throws -> T {
    // NB: SQLite answers a switch it cannot make now with SQLITE_BUSY at once (no waiting).
    let switched = (try? journalMode("DELETE")) == "delete"
    defer { if switched { _ = try? journalMode("WAL") } }
    return try body()
  }

  /// Sets the journal mode; returns the mode in force afterwards.
  private func journalMode(_ mode: String) throws -> String {
    let pragma = try uncachedStatement("PRAGMA journal_mode = \(mode)")
    defer { pragma.finalize() }
    return try pragma.step() ? pragma.text(0).lowercased() : ""
  }

  /// Runs `body` in a read transaction so that its reads see one snapshot.
  func readTransaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN DEFERRED")
    defer {
      for statement in cache.values { statement.reset() }
      try? execute("COMMIT")
    }
    return try body()
  }

  var changes: Int { Int(sqlite3_changes(handle)) }
  var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }
  var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

  /// Makes the statement running on this connection stop with SQLITE_INTERRUPT; safe to call
  /// from another thread or a signal handler.
  func interrupt() { sqlite3_interrupt(handle) }

  /// The first column of the first row of `sql`, as an integer (0 when there is no row).
  func integer(_ sql: String, _ arguments: [StatementArgument] = []) throws -> Int {
    let statement = try self.statement(sql)
    defer { statement.reset() }
    try statement.bind(arguments)
    return try statement.step() ? statement.int(0) : 0
  }

  /// The first column of every row of `sql`, as text.
  func strings(_ sql: String) throws -> [String] {
    let statement = try self.statement(sql)
    defer { statement.reset() }
    return try statement.rows { $0.text(0) }
  }

  func error(code: Int32, message: String? = nil, sql: String? = nil) -> StoreError {
    StoreError.from(
      path: path, code: code, message: message ?? lastErrorMessage, sql: sql,
      busyTimeout: Int(busyTimeout))
  }
}
