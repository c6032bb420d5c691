extension GraphStore {
  /// Settings for a connection that only reads: nothing here writes the file, and SQLite
  /// refuses any write (`query_only`) should a later change try one.
  func openForReading(version: Int) throws {
    guard version > 0 else {
      throw StoreError.cannotOpen(
        path: path, reason: "it holds no graph yet (build one with `tupu ingest FILE…`)")
    }
    try database.execute(
      """
      PRAGMA query_only = ON;
      PRAGMA temp_store = MEMORY;
      PRAGMA cache_size = -16384;
      """)
  }
}
