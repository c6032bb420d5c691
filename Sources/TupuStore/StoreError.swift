import CSQLite
import TupuDiagnostics

/// What can go wrong with a store file, worded for the person who gave the path.
public enum StoreError: Error, Equatable, Sendable {
  /// The file could not be opened or created (missing folder, a directory, no permission).
  case cannotOpen(path: String, reason: String)
  /// The file exists but is not an SQLite database; it was left as it was.
  case notADatabase(path: String)
  /// The file is another program's SQLite database (it has tables, not Tupu's); left as it was.
  case foreignDatabase(path: String, tables: [String])
  /// The file exists but holds no store yet (empty, or an SQLite file without tables).
  case empty(path: String)
  /// The machine, not Tupu: a full disk, a read-only file or folder, an I/O error.
  case environment(path: String, reason: String)
  /// The file is an SQLite database whose pages are damaged.
  case corrupt(path: String, reason: String)
  /// Another process held the write lock for longer than the busy timeout.
  case busy(path: String, waitedMilliseconds: Int)
  /// The store was written by a newer Tupu (schema version above what this build knows).
  case newerSchema(path: String, version: Int, known: Int)
  /// The running statement was cancelled by `interrupt()`.
  case interrupted
  /// Any other SQLite failure.
  case sqlite(path: String, code: Int32, message: String, sql: String?)

  /// Classifies an SQLite result code.
  static func from(
    path: String, code: Int32, message: String, sql: String?, busyTimeout: Int
  ) -> StoreError {
    switch code & 0xFF {
    case SQLITE_NOTADB: return .notADatabase(path: path)
    case SQLITE_CORRUPT: return .corrupt(path: path, reason: message)
    case SQLITE_BUSY: return .busy(path: path, waitedMilliseconds: busyTimeout)
    case SQLITE_INTERRUPT: return .interrupted
    case SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: message)
    case SQLITE_FULL:
      return .environment(path: path, reason: "the disk is full (\(message))")
    case SQLITE_READONLY:
      return .environment(path: path, reason: "it cannot be written (\(message))")
    case SQLITE_IOERR:
      return .environment(
        path: path, reason: "the system reported an input/output error (\(message))")
    case SQLITE_PERM, SQLITE_AUTH:
      return .environment(path: path, reason: "permission denied (\(message))")
    default: return .sqlite(path: path, code: code, message: message, sql: sql)
    }
  }
}

extension StoreError: DiagnosticConvertible {
  public var diagnostic: Diagnostic {
    switch self {
    case .cannotOpen(let path, let reason):
      return Diagnostic(
        "cannot open the store \(path): \(reason)", at: SourceLocation(source: path, line: 0),
        hint: "check that the folder exists and is writable, or pass another file with --db")
    case .notADatabase(let path):
      return Diagnostic(
        "\(path) is not a Tupu store (not an SQLite database); it was left untouched",
        at: SourceLocation(source: path, line: 0),
        hint: "pass a new or existing store file with --db (e.g. --db tupu.sqlite)")
    case .foreignDatabase(let path, let tables):
      let named = tables.isEmpty ? "" : " (it has tables " + tables.joined(separator: ", ") + ")"
      return Diagnostic(
        "\(path) is an SQLite database of another program, not a Tupu store\(named); "
          + "it was left untouched",
        at: SourceLocation(source: path, line: 0),
        hint: "pass a new file or an existing Tupu store with --db (e.g. --db tupu.sqlite)")
    case .empty(let path):
      return Diagnostic(
        "\(path) holds no graph yet (it is an empty file)",
        at: SourceLocation(source: path, line: 0),
        hint: "build the graph with `tupu ingest FILE|DIR… --db \(path)` first")
    case .environment(let path, let reason):
      return Diagnostic(
        "cannot write the store \(path): \(reason)", at: SourceLocation(source: path, line: 0),
        hint: "this is the machine, not tupu: free some disk space, or check the permissions "
          + "of the file and its folder; nothing stored was lost")
    case .corrupt(let path, let reason):
      return Diagnostic(
        "the store \(path) is damaged: \(reason)", at: SourceLocation(source: path, line: 0),
        hint: "rebuild it: move the file away and run `tupu ingest` again")
    case .busy(let path, let waited):
      let seconds = Double(waited) / 1000
      return Diagnostic(
        "the store \(path) is locked by another writer (waited \(seconds) s)",
        at: SourceLocation(source: path, line: 0),
        hint: "wait for the other `tupu ingest` to finish, then run this again")
    case .newerSchema(let path, let version, let known):
      return Diagnostic(
        "the store \(path) has schema version \(version); this tupu knows up to \(known)",
        at: SourceLocation(source: path, line: 0),
        hint: "use a newer tupu, or another --db")
    case .interrupted:
      return Diagnostic("interrupted", hint: "the statement was cancelled; nothing was changed")
    case .sqlite(let path, let code, let message, _):
      return Diagnostic(
        "SQLite error \(code) on \(path): \(message)", at: SourceLocation(source: path, line: 0),
        hint: "this is likely a bug in tupu; please report it with the command you ran")
    }
  }
}
