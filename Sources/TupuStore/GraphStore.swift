import CSQLite
import Foundation
import TupuGraph

/// The knowledge graph in one SQLite file: dictionary-encoded terms, facts with evidence,
/// documents keyed by content hash, and facts derived by the vocabulary's rules.
///
///     let store = try GraphStore(path: "tupu.sqlite")
///     let summary = try store.write(graphs)
///     let counts = try store.statistics()
///
/// One instance is one connection; use it from one thread at a time. Several processes may
/// share the file: readers never block, a second writer waits up to `busyTimeout` and then
/// fails with `StoreError.busy`.
public final class GraphStore {
  /// The connection, for the plan compiler of this module.
  let database: Database
  public let path: String

  /// Opens the store at `path`, creating it (and its schema) when the file does not exist.
  ///
  /// A file that is not an SQLite database is refused before SQLite touches it.
  /// - Parameter busyTimeout: how long to wait for another writer, in milliseconds.
  /// - Parameter readOnly: open an existing store without ever writing it (no schema, no
  ///   pragmas that write): what `tupu serve` reads through.
  public init(path: String, busyTimeout: Int = 5000, readOnly: Bool = false) throws {
    try Self.checkHeader(path: path)
    self.path = path
    self.database = try Database(
      path: path, busyTimeout: Int32(clamping: busyTimeout), readOnly: readOnly)
    // Reading the schema cookie reads page 1: a damaged header fails here, before any write.
    _ = try database.integer("PRAGMA schema_version")
    let version = try database.integer("PRAGMA user_version")
    if version > StoreSchema.currentVersion {
      throw StoreError.newerSchema(
        path: path, version: version, known: StoreSchema.currentVersion)
    }
    if readOnly {
      try openForReading(version: version)
      return
    }
    // NB: before the first table, or it has no effect. 8 KB pages: a 1e6-triple load 7% faster
    // than with 4 KB, point queries as fast (tupu-bench store and query, same run).
    if version == 0 { try database.execute("PRAGMA page_size = \(StoreSchema.pageSize)") }
    try database.execute(
      """
      PRAGMA foreign_keys = ON;
      PRAGMA synchronous = NORMAL;
      PRAGMA temp_store = MEMORY;
      PRAGMA cache_size = -65536;
      """)
    let journal = try database.statement("PRAGMA journal_mode = WAL")
    try journal.step()
    journal.reset()
    if version < StoreSchema.currentVersion { try migrate() }
  }

  /// The schema version of the open store (the number of migrations it has run).
  public func schemaVersion() throws -> Int {
    try database.integer("PRAGMA user_version")
  }

  /// The schema version this build creates.
  public static var currentSchemaVersion: Int { StoreSchema.currentVersion }

  /// Cancels the statement running on this store's connection (from a signal handler or
  /// another thread); the running call throws `StoreError.interrupted`.
  public func interrupt() { database.interrupt() }

  /// Refuses an existing file that does not start with SQLite's magic header, so a mistyped
  /// `--db` never turns someone's document into an empty store.
  private static func checkHeader(path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
    if isDirectory.boolValue {
      throw StoreError.cannotOpen(path: path, reason: "it is a folder")
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StoreError.cannotOpen(path: path, reason: "the file is not readable")
    }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    if header.isEmpty { return }
    if header != Data("SQLite format 3\0".utf8) { throw StoreError.notADatabase(path: path) }
  }

  /// Runs every migration the store has not run yet, in one transaction.
  private func migrate() throws {
    try database.writeTransaction {
      // Re-read inside the lock: another process may have migrated meanwhile.
      let version = try database.integer("PRAGMA user_version")
      try database.execute(
        """
        CREATE TABLE IF NOT EXISTS schema_migrations(
          version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
            DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
        """)
      let record = try database.statement(
        "INSERT INTO schema_migrations(version, name) VALUES (?, ?)")
      for index in version..<StoreSchema.currentVersion {
        try database.execute(StoreSchema.migrations[index].sql)
        try record.run([.integer(index + 1), .text(StoreSchema.migrations[index].name)])
      }
      try database.execute("PRAGMA user_version = \(StoreSchema.currentVersion)")
    }
  }
}
