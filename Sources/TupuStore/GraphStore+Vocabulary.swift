import TupuGraph

extension GraphStore {
  /// Stores the classes (with their ancestors), predicates and inference rules, and recomputes
  /// derived facts when they changed.
  public func setVocabulary(_ vocabulary: Vocabulary) throws {
    let text = vocabulary.storedText
    guard try setting("vocabulary-text") != text else { return }
    let fingerprint = Self.fingerprint(vocabulary)
    let stored = try setting("vocabulary")
    // Labels, aliases and summaries alone changed: nothing derived depends on them.
    guard stored != fingerprint else {
      try database.writeTransaction { try setSetting("vocabulary-text", text) }
      return
    }
    try database.writeTransaction {
      try setSetting("vocabulary-text", text)
      let classKind = StoreSchema.Kind.classRef
      try database.execute("DELETE FROM class_ancestors")
      let ancestor = try database.statement(
        "INSERT OR IGNORE INTO class_ancestors(class, ancestor) VALUES (?, ?)")
      for info in vocabulary.classes {
        let id = try internTerm(kind: classKind, info.id)
        for name in vocabulary.lineage(of: info.id) {
          try ancestor.run([.integer(id), .integer(try internTerm(kind: classKind, name))])
        }
      }
      // Classes the store met in facts files but the vocabulary does not declare.
      try database.execute(
        """
        INSERT OR IGNORE INTO class_ancestors(class, ancestor)
          SELECT id, id FROM terms WHERE kind = \(classKind)
        """)
      _ = try internTerm(kind: StoreSchema.Kind.predicate, typePredicate)
      for info in vocabulary.predicates {
        _ = try internTerm(kind: StoreSchema.Kind.predicate, info.id)
      }
      try database.execute("DELETE FROM facts WHERE derived = 1; DELETE FROM rules;")
      let insertRule = try database.statement(
        "INSERT INTO rules(id, body, head) VALUES (?, ?, ?)")
      for rule in vocabulary.rules {
        let id = try internTerm(kind: StoreSchema.Kind.rule, rule.id)
        try insertRule.run([
          .integer(id), .text(rule.body.map(Self.atomText).joined(separator: "\n")),
          .text(Self.atomText(rule.head)),
        ])
      }
      try database.statement(
        "INSERT OR REPLACE INTO store_settings(key, value) VALUES ('vocabulary', ?)"
      ).run([.text(fingerprint)])
      _ = try deriveFacts()
    }
  }

  private func setting(_ key: String) throws -> String? {
    try database.statement("SELECT value FROM store_settings WHERE key = ?")
      .rows([.text(key)]) { $0.text(0) }.first
  }

  private func setSetting(_ key: String, _ value: String) throws {
    try database.statement("INSERT OR REPLACE INTO store_settings(key, value) VALUES (?, ?)")
      .run([.text(key), .text(value)])
  }

  /// Everything of the vocabulary the store depends on, as text to compare.
  private static func fingerprint(_ vocabulary: Vocabulary) -> String {
    var lines: [String] = []
    for info in vocabulary.classes { lines.append("class \(info.id) \(info.parent ?? "-")") }
    for info in vocabulary.predicates { lines.append("predicate \(info.id)") }
    for rule in vocabulary.rules {
      lines.append("rule \(rule.id)")
      lines.append(contentsOf: rule.body.map { "  \(atomText($0))" })
      lines.append("  => \(atomText(rule.head))")
    }
    return lines.joined(separator: "\n")
  }
}
