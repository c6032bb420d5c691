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
  /// Whether the store was opened for reading only (`reading(path:)`).
  public let isReadOnly: Bool

  /// Opens the store at `path`, creating it (and its schema) when the file does not exist.
  ///
  /// A file that is not an SQLite database, or an SQLite database of another program, is
  /// refused before anything is written to it.
  /// - Parameter busyTimeout: how long to wait for another writer, in milliseconds.
  public convenience init(path: String, busyTimeout: Int = 5000) throws {
    if FileManager.default.fileExists(atPath: path), !StoreAccess.canWrite(path) {
      try Self.checkHeader(path: path)
      throw StoreError.environment(
        path: path, reason: "the file or its folder is read-only (it can still be queried)")
    }
    try self.init(path: path, busyTimeout: busyTimeout, readOnly: false)
  }

  /// Opens an existing store for reading only (queries, `stats`, `export`): it is never
  /// written, except to upgrade an older schema when it may be; a store the user may not
  /// write, or one in a read-only folder, is read as it is.
  /// - Parameter upgrading: `false` never writes the store, not even to upgrade its schema
  ///   (`tupu serve`): an older store is refused with what to run first.
  public static func reading(path: String, upgrading: Bool = true) throws -> GraphStore {
    guard FileManager.default.fileExists(atPath: path) else {
      throw StoreError.cannotOpen(path: path, reason: "no such file")
    }
    try checkHeader(path: path)
    let version: Int
    do {
      let probe = try StoreAccess.open(path, busyTimeout: 5000, readOnly: true)
      _ = try probe.integer("PRAGMA schema_version")
      try checkOwnership(probe, path: path)
      version = try probe.integer("PRAGMA user_version")
    }
    // NB: an empty file (or SQLite file without tables) is no store: a reader does not make one.
    if version == 0 { throw StoreError.empty(path: path) }
    if version < StoreSchema.currentVersion, StoreAccess.canWrite(path) {
      guard upgrading else {
        throw StoreError.environment(
          path: path,
          reason: "it needs an upgrade to schema version \(StoreSchema.currentVersion) (it has "
            + "\(version)), which this reader never writes: run `tupu stats` on it once")
      }
      return try GraphStore(path: path)
    }
    return try GraphStore(path: path, busyTimeout: 5000, readOnly: true)
  }

  private init(path: String, busyTimeout: Int, readOnly: Bool) throws {
    try Self.checkHeader(path: path)
    self.path = path
    isReadOnly = readOnly
    database = try StoreAccess.open(
      path, busyTimeout: Int32(clamping: busyTimeout), readOnly: readOnly)
    // Reading the schema cookie reads page 1: a damaged header fails here, before any write.
    _ = try database.integer("PRAGMA schema_version")
    try Self.checkOwnership(database, path: path)
    let version = try database.integer("PRAGMA user_version")
    if version > StoreSchema.currentVersion {
      throw StoreError.newerSchema(
        path: path, version: version, known: StoreSchema.currentVersion)
    }
    if readOnly {
      guard version == StoreSchema.currentVersion else {
        throw StoreError.environment(
          path: path,
          reason: "it is read-only and needs an upgrade to schema version "
            + "\(StoreSchema.currentVersion) (it has \(version))")
      }
      // NB: query_only too: SQLite refuses any write should a later change try one.
      try database.execute(
        "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;")
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

  /// Refuses an SQLite database that holds tables but not Tupu's: another program's file is
  /// never given Tupu's tables. (An SQLite file with no tables at all is a store whose first
  /// write was interrupted, and is taken as empty.)
  private static func checkOwnership(_ database: Database, path: String) throws {
    let objects = try database.integer(
      "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
    guard objects > 0 else { return }
    let ours = try database.integer(
      "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('facts', 'terms')")
    if ours < 2 {
      let tables = try database.strings(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
          + "ORDER BY name LIMIT 4")
      throw StoreError.foreignDatabase(path: path, tables: tables)
    }
  }

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
