import CSQLite
import Foundation
import TupuDiagnostics

/// A value bound to a statement parameter.
enum SQLValue: Hashable, Sendable, CustomStringConvertible {
  case integer(Int64)
  case text(String)

  var description: String {
    switch self {
    case .integer(let value): return String(value)
    case .text(let text): return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
  }
}

/// A failure of the store while answering a query.
public struct QueryStoreError: Error, DiagnosticConvertible, Hashable, Sendable {
  public var message: String
  public var hint: String?
  /// True when the query was stopped by `interrupt()` (Ctrl-C).
  public var interrupted: Bool

  init(_ message: String, hint: String? = nil, interrupted: Bool = false) {
    self.message = message
    self.hint = hint
    self.interrupted = interrupted
  }

  public var diagnostic: Diagnostic { Diagnostic(message, hint: hint) }
}

/// The query side's own SQLite connection: prepared statements cached by SQL text, values bound,
/// never spliced.
///
/// NB: written before the store's `Database` wrapper landed; it only reads (tests also use it to
/// build fixture files), so the two can live side by side until one replaces the other.
final class QueryConnection: @unchecked Sendable {
  let handle: OpaquePointer
  let path: String
  private var cache: [String: OpaquePointer] = [:]

  /// Opens the store at `path`; `create` makes a new file (tests), else it must exist;
  /// `readOnly` opens it so that this connection can never write it.
  init(path: String, create: Bool = false, readOnly: Bool = false) throws(QueryStoreError) {
    if !create && !FileManager.default.fileExists(atPath: path) {
      throw QueryStoreError(
        "no graph store at \(path)", hint: "build one with `tupu ingest FILE…`, or pass --db PATH")
    }
    // NB: a store this process may not write (a read-only file or folder) is read as it is.
    let readOnly = readOnly || (!create && !StoreAccess.canWrite(path))
    var db = try Self.open(path, readOnly: readOnly, immutable: false, create: create)
    if readOnly, sqlite3_exec(db, "PRAGMA schema_version", nil, nil, nil) != SQLITE_OK {
      sqlite3_close_v2(db)
      db = try Self.open(path, readOnly: true, immutable: true, create: false)
    }
    handle = db
    self.path = path
    sqlite3_busy_timeout(db, 5000)
  }

  private static func open(
    _ path: String, readOnly: Bool, immutable: Bool, create: Bool
  ) throws(QueryStoreError) -> OpaquePointer {
    var db: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
      | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0)
    let name =
      immutable
      ? "file:" + path.replacingOccurrences(of: "%", with: "%25")
        .replacingOccurrences(of: "?", with: "%3F").replacingOccurrences(of: "#", with: "%23")
        + "?immutable=1" : path
    let status = sqlite3_open_v2(name, &db, flags, nil)
    guard status == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(db)
      throw QueryStoreError("cannot open the graph store \(path): \(message)")
    }
    return db
  }

  deinit {
    for statement in cache.values { sqlite3_finalize(statement) }
    sqlite3_close_v2(handle)
  }

  func error(_ context: String, status: Int32) -> QueryStoreError {
    if status == SQLITE_INTERRUPT {
      return QueryStoreError("the query was interrupted", interrupted: true)
    }
    return QueryStoreError("\(context): \(String(cString: sqlite3_errmsg(handle)))")
  }

  /// Runs SQL without results (schema in tests, pragmas).
  func execute(_ sql: String) throws(QueryStoreError) {
    let status = sqlite3_exec(handle, sql, nil, nil, nil)
    guard status == SQLITE_OK else { throw error("cannot run SQL", status: status) }
  }

  /// A cached prepared statement for `sql`, reset and with `parameters` bound (`?N` numbering).
  func prepare(_ sql: String, _ parameters: [SQLValue]) throws(QueryStoreError) -> OpaquePointer {
    let statement: OpaquePointer
    if let cached = cache[sql] {
      statement = cached
    } else {
      var prepared: OpaquePointer?
      let status = sqlite3_prepare_v3(
        handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
      guard status == SQLITE_OK, let prepared else {
        throw error("cannot prepare the query", status: status)
      }
      if cache.count > 200 {
        for old in cache.values { sqlite3_finalize(old) }
        cache.removeAll()
      }
      cache[sql] = prepared
      statement = prepared
    }
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (index, value) in parameters.enumerated() {
      let position = Int32(index + 1)
      switch value {
      case .integer(let number): sqlite3_bind_int64(statement, position, number)
      case .text(let text): sqlite3_bind_text(statement, position, text, -1, transientDestructor)
      }
    }
    return statement
  }

  /// Steps `sql` to the end, handing each row to `body`; the statement is reset afterwards so
  /// that no read stays open.
  func forEachRow(
    _ sql: String, _ parameters: [SQLValue], _ body: (Row) throws(QueryStoreError) -> Void
  ) throws(QueryStoreError) {
    let statement = try prepare(sql, parameters)
    defer { sqlite3_reset(statement) }
    while true {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { return }
      guard status == SQLITE_ROW else { throw error("the query failed", status: status) }
      do {
        try body(Row(statement: statement))
      } catch let error where error == Self.stopReading {
        return
      }
    }
  }

  /// Thrown by a `forEachRow` body to stop reading early without an error.
  static let stopReading = QueryStoreError("stop reading")

  /// The columns of the row a statement stands on.
  struct Row {
    let statement: OpaquePointer

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    func text(_ column: Int32) -> String {
      guard let pointer = sqlite3_column_text(statement, column) else { return "" }
      return String(cString: pointer)
    }
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
  }

  func tableExists(_ name: String) throws(QueryStoreError) -> Bool {
    var found = false
    try forEachRow(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", [.text(name)]
    ) { _ in found = true }
    return found
  }
}

/// SQLite's SQLITE_TRANSIENT, which Swift does not import (a C macro).
private let transientDestructor = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
