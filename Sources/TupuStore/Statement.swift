import CSQLite

/// SQLite's `SQLITE_TRANSIENT` destructor (a C macro Swift does not import): SQLite copies the
/// bound bytes before the call returns.
/// NB: kept out of main.swift, where top-level globals are main-actor isolated in Swift 6.
let sqliteTransient = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A value bound to a `?` parameter.
enum StatementArgument {
  case integer(Int)
  case text(String)
  case null
}

/// One prepared statement. Bind, step, read columns, reset; the owning `Database` finalizes it.
final class Statement {
  let handle: OpaquePointer
  unowned let database: Database
  let sql: String

  init(database: Database, sql: String) throws {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v3(
      database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
    guard code == SQLITE_OK, let prepared else {
      throw database.error(code: code, sql: sql)
    }
    self.handle = prepared
    self.database = database
    self.sql = sql
  }

  func finalize() { sqlite3_finalize(handle) }

  /// Ends the current run and clears bindings; a stepped, un-reset statement would keep a read
  /// open and make COMMIT fail.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Ends the current run but keeps the bindings (the insert loops rebind every parameter).
  func resetKeepingBindings() { sqlite3_reset(handle) }

  func bind(_ value: Int, at index: Int32) {
    sqlite3_bind_int64(handle, index, Int64(value))
  }

  func bind(_ value: String, at index: Int32) {
    // NB: the UTF-8 bytes with their length: no C-string copy, no strlen.
    var text = value
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else {
        sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
        return
      }
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        _ = sqlite3_bind_text(handle, index, $0, Int32(bytes.count), sqliteTransient)
      }
    }
  }

  func bind(_ value: String?, at index: Int32) {
    if let value { bind(value, at: index) } else { sqlite3_bind_null(handle, index) }
  }

  func bind(_ value: Int?, at index: Int32) {
    if let value { bind(value, at: index) } else { sqlite3_bind_null(handle, index) }
  }

  func bind(_ arguments: [StatementArgument]) throws {
    for (offset, argument) in arguments.enumerated() {
      let index = Int32(offset + 1)
      switch argument {
      case .integer(let value): bind(value, at: index)
      case .text(let value): bind(value, at: index)
      case .null: sqlite3_bind_null(handle, index)
      }
    }
  }

  /// Advances to the next row: true when a row is ready, false when done.
  @discardableResult
  func step() throws -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = database.error(code: code, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// Runs a statement that returns no rows, then resets it.
  func run(_ arguments: [StatementArgument] = []) throws {
    try bind(arguments)
    defer { reset() }
    try step()
  }

  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

  /// Every row, read by `row`, then resets the statement.
  func rows<T>(_ arguments: [StatementArgument] = [], _ row: (Statement) throws -> T) throws -> [T]
  {
    try bind(arguments)
    defer { reset() }
    var result: [T] = []
    while try step() { result.append(try row(self)) }
    return result
  }
}
