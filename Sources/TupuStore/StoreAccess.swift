import CSQLite
import Foundation

/// How a store file is opened: read-write, read-only, or read-only and immutable in a folder
/// where SQLite cannot make the write-ahead log's shared-memory file.
enum StoreAccess {
  /// Whether this process may write the store: the file itself and its folder (SQLite makes
  /// its journal files there).
  static func canWrite(_ path: String) -> Bool {
    let folder = (path as NSString).deletingLastPathComponent
    return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
      && !isOnReadOnlyFileSystem(path)
  }

  /// `access(2)` says yes to root on a read-only mount: ask the file system too.
  private static func isOnReadOnlyFileSystem(_ path: String) -> Bool {
    var info = statvfs()
    guard statvfs(path, &info) == 0 else { return false }
    return info.f_flag & UInt(ST_RDONLY) != 0
  }

  static func open(_ path: String, busyTimeout: Int32, readOnly: Bool) throws -> Database {
    guard readOnly else { return try Database(path: path, busyTimeout: busyTimeout) }
    let database = try Database(path: path, busyTimeout: busyTimeout, readOnly: true)
    // A store in write-ahead-log mode needs its shared-memory file; in a read-only folder
    // SQLite cannot make one, and the file is read as immutable instead.
    if (try? database.integer("PRAGMA schema_version")) != nil { return database }
    return try Database(path: path, busyTimeout: busyTimeout, readOnly: true, immutable: true)
  }
}
