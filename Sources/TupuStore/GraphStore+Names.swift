extension GraphStore {
  /// Entity names that contain `part` (for `describe` with a partial name), in name order.
  ///
  /// NB: a scan of the entity names (an index cannot find a middle part); `describe` asks it
  /// once, and only when no entity has the exact name.
  public func entityNames(containing part: String, limit: Int = 20) throws -> [String] {
    try database.statement(
      """
      SELECT text FROM terms t
      WHERE kind = \(StoreSchema.Kind.entity) AND instr(text, ?1) > 0
        AND EXISTS (SELECT 1 FROM facts f WHERE f.s = t.id)
      ORDER BY text LIMIT ?2
      """
    ).rows([.text(part), .integer(limit)]) { $0.text(0) }
  }
}
