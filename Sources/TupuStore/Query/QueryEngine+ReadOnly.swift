extension QueryEngine {
  /// Opens the store at `path` for queries through a connection that can never write it:
  /// SQLite opens the file read-only and refuses writes (`query_only`).
  public convenience init(readingOnly path: String) throws {
    let connection = try QueryConnection(path: path, readOnly: true)
    try connection.execute("PRAGMA query_only = ON")
    try self.init(connection: connection)
  }
}
