import TupuGraph

extension GraphStore {
  /// Writes what the documents say, in one transaction: all of it or, on any error, none.
  ///
  /// A document whose content hash the store already has changes nothing. A document whose
  /// path the store knows with other content replaces that older version: its evidence goes,
  /// and facts no other document states go with it. Derived facts are then recomputed.
  @discardableResult
  public func write(_ graphs: [DocumentGraph]) throws -> WriteSummary {
    var summary = WriteSummary()
    try database.writeTransaction {
      let plan = try planDocuments(graphs, summary: &summary)
      guard !plan.isEmpty else { return }
      let factCount = plan.reduce(0) { $0 + $1.graph.facts.count }
      let large = factCount > 100_000
      if large { try database.execute("PRAGMA cache_size = -262144") }
      defer { if large { try? database.execute("PRAGMA cache_size = -65536") } }

      try deleteDerivedFacts()
      let replaced = plan.compactMap(\.replacing)
      if !replaced.isEmpty { try removeDocuments(replaced) }

      var encoder = BatchEncoder()
      encoder.reserve(factCount)
      var rows: [EvidenceRow] = []
      rows.reserveCapacity(factCount)
      var sentences: [SentenceKey: String] = [:]
      var documentIDs: [Int] = []
      let insertDocument = try database.statement(
        "INSERT INTO documents(hash, path, title, date, fact_count) VALUES (?, ?, ?, ?, ?)")
      for (index, entry) in plan.enumerated() {
        let record = entry.graph.document
        try insertDocument.run([
          .text(record.contentHash), .text(record.path), record.title.map { .text($0) } ?? .null,
          record.date.map { .text($0) } ?? .null, .integer(entry.graph.facts.count),
        ])
        documentIDs.append(Int(database.lastInsertedRowID))
        encoder.encode(entry.graph, document: Int32(index), into: &rows, sentences: &sentences)
      }
      let ids = try resolveTerms(encoder)
      let patternIDs = try resolvePatterns(encoder.patterns)
      try ensureClassesKnown(encoder, ids: ids)

      // Real ids, then (s, p, o, …) order: each B-tree then grows at its right edge.
      for index in rows.indices {
        rows[index].s = ids[rows[index].s]
        rows[index].p = ids[rows[index].p]
        rows[index].o = ids[rows[index].o]
      }
      rows.sort(by: EvidenceRow.keyOrder)

      let bulk = try shouldRebuildIndexes(adding: rows.count)
      if bulk { try database.execute("DROP INDEX facts_pos; DROP INDEX facts_osp;") }
      summary.factsAdded = try insertFacts(rows)
      summary.evidenceAdded = try insertEvidence(
        rows, documentIDs: documentIDs, patternIDs: patternIDs)
      try insertSentences(sentences, documentIDs: documentIDs)
      if !replaced.isEmpty { summary.factsRemoved = try deleteUnevidencedFacts() }
      summary.derivedFacts = try deriveFacts()
      // NB: indexes last, after the derived facts too: built by one sort each, their pages
      // come out full instead of split by scattered inserts.
      if bulk {
        try database.execute(
          "CREATE INDEX facts_pos ON facts(p, o, s); CREATE INDEX facts_osp ON facts(o, s, p);")
      }
    }
    return summary
  }

  /// A document to write, and the id of the older version it replaces.
  struct PlannedDocument {
    var graph: DocumentGraph
    var replacing: Int?
  }

  /// Drops documents whose content is stored already; pairs changed ones with their old id.
  private func planDocuments(
    _ graphs: [DocumentGraph], summary: inout WriteSummary
  ) throws -> [PlannedDocument] {
    let byHash = try database.statement("SELECT 1 FROM documents WHERE hash = ?")
    let byPath = try database.statement("SELECT id FROM documents WHERE path = ?")
    var plan: [PlannedDocument] = []
    var planned: [String: Int] = [:]  // path → index in plan
    var hashes = Set<String>()
    for graph in graphs {
      let record = graph.document
      let known = try !byHash.rows([.text(record.contentHash)]) { _ in true }.isEmpty
      if known || !hashes.insert(record.contentHash).inserted {
        summary.documentsUnchanged += 1
        continue
      }
      let old = try byPath.rows([.text(record.path)]) { $0.int(0) }.first
      let entry = PlannedDocument(graph: graph, replacing: old)
      if let earlier = planned[record.path] {
        // The same path twice in one batch: the later content wins.
        plan[earlier] = entry
        summary.documentsUnchanged += 1
      } else {
        planned[record.path] = plan.count
        plan.append(entry)
      }
    }
    summary.documentsWritten = plan.count
    summary.documentsReplaced = plan.filter { $0.replacing != nil }.count
    return plan
  }

  /// Deletes older document versions with their evidence and sentences, remembering which
  /// facts they evidenced in `temp.touched_facts`.
  private func removeDocuments(_ ids: [Int]) throws {
    try database.execute(
      """
      CREATE TEMP TABLE IF NOT EXISTS replaced_documents(id INTEGER PRIMARY KEY);
      CREATE TEMP TABLE IF NOT EXISTS touched_facts(
        s INTEGER, p INTEGER, o INTEGER, PRIMARY KEY (s, p, o)) WITHOUT ROWID;
      DELETE FROM temp.replaced_documents;
      DELETE FROM temp.touched_facts;
      """)
    let insert = try database.statement("INSERT OR IGNORE INTO temp.replaced_documents VALUES (?)")
    for id in ids { try insert.run([.integer(id)]) }
    try database.execute(
      """
      INSERT OR IGNORE INTO temp.touched_facts
        SELECT s, p, o FROM evidence WHERE document IN (SELECT id FROM temp.replaced_documents);
      DELETE FROM evidence WHERE document IN (SELECT id FROM temp.replaced_documents);
      DELETE FROM sentences WHERE document IN (SELECT id FROM temp.replaced_documents);
      DELETE FROM documents WHERE id IN (SELECT id FROM temp.replaced_documents);
      """)
  }

  /// Deletes asserted facts that a replaced document stated and no document states now.
  private func deleteUnevidencedFacts() throws -> Int {
    try database.execute(
      """
      DELETE FROM facts WHERE derived = 0 AND (s, p, o) IN (
        SELECT s, p, o FROM temp.touched_facts t WHERE NOT EXISTS (
          SELECT 1 FROM evidence e WHERE e.s = t.s AND e.p = t.p AND e.o = t.o))
      """)
    return database.changes
  }

  /// Loading into an empty or small store is faster, and gives denser pages, when the two
  /// secondary indexes are built after the rows instead of maintained row by row.
  private func shouldRebuildIndexes(adding count: Int) throws -> Bool {
    guard count >= 50_000 else {
      return try database.integer("SELECT NOT EXISTS (SELECT 1 FROM facts)") == 1 && count > 0
    }
    return try database.integer("SELECT count(*) FROM facts") <= count
  }

  /// Ids for every term of the batch: existing ones looked up, new ones inserted in byte order.
  private func resolveTerms(_ encoder: BatchEncoder) throws -> [Int] {
    var ids = [Int](repeating: 0, count: encoder.keys.count)
    let stored = try database.integer("SELECT count(*) FROM terms")
    if stored > 0 {
      if encoder.keys.count * 8 >= stored {
        // Many terms: one scan of the dictionary beats a lookup each.
        let all = try database.statement("SELECT kind, text, id FROM terms")
        defer { all.reset() }
        while try all.step() {
          let key = TermKey(kind: all.int(0), text: all.text(1))
          if let index = encoder.index[key] { ids[Int(index)] = all.int(2) }
        }
      } else {
        let lookup = try database.statement("SELECT id FROM terms WHERE kind = ? AND text = ?")
        for (index, key) in encoder.keys.enumerated() {
          lookup.bind(key.kind, at: 1)
          lookup.bind(key.text, at: 2)
          if try lookup.step() { ids[index] = lookup.int(0) }
          lookup.reset()
        }
      }
    }
    // NB: new ids follow first appearance, not text order: facts read together then get
    // nearby ids, and every index grows in few places (measured faster than sorting by text).
    let missing = ids.indices.filter { ids[$0] == 0 }
    guard !missing.isEmpty else { return ids }
    var next = try database.integer("SELECT coalesce(max(id), 0) FROM terms") + 1
    let insert = try database.statement("INSERT INTO terms(id, kind, text) VALUES (?, ?, ?)")
    for index in missing {
      let key = encoder.keys[index]
      insert.bind(next, at: 1)
      insert.bind(key.kind, at: 2)
      insert.bind(key.text, at: 3)
      try insert.step()
      insert.resetKeepingBindings()
      ids[index] = next
      next += 1
    }
    return ids
  }

  /// Ids of pattern names, inserting new ones.
  private func resolvePatterns(_ names: [String]) throws -> [Int] {
    let insert = try database.statement("INSERT OR IGNORE INTO patterns(name) VALUES (?)")
    let select = try database.statement("SELECT id FROM patterns WHERE name = ?")
    return try names.map { name in
      try insert.run([.text(name)])
      return try select.rows([.text(name)]) { $0.int(0) }.first ?? 0
    }
  }

  /// Every class named in the batch is at least its own ancestor, so `?x : Class` finds its
  /// members even before an ontology declares the class.
  private func ensureClassesKnown(_ encoder: BatchEncoder, ids: [Int]) throws {
    let insert = try database.statement(
      "INSERT OR IGNORE INTO class_ancestors(class, ancestor) VALUES (?, ?)")
    for (index, key) in encoder.keys.enumerated() where key.kind == StoreSchema.Kind.classRef {
      try insert.run([.integer(ids[index]), .integer(ids[index])])
    }
  }

  /// Rows per multi-row INSERT: fewer statement steps, same bound parameters.
  private static let rowsPerInsert = 64

  private func insertFacts(_ rows: [EvidenceRow]) throws -> Int {
    var distinct: [EvidenceRow] = []
    distinct.reserveCapacity(rows.count)
    for row in rows {
      if let last = distinct.last, last.s == row.s, last.p == row.p, last.o == row.o { continue }
      distinct.append(row)
    }
    let before = try database.integer("SELECT total_changes()")
    try insertChunked(
      distinct, columns: 3, sql: { "INSERT OR IGNORE INTO facts(s, p, o) VALUES " + $0 }
    ) { statement, row, base in
      statement.bind(row.s, at: base + 1)
      statement.bind(row.p, at: base + 2)
      statement.bind(row.o, at: base + 3)
    }
    return try database.integer("SELECT total_changes()") - before
  }

  private func insertEvidence(
    _ rows: [EvidenceRow], documentIDs: [Int], patternIDs: [Int]
  ) throws -> Int {
    let before = try database.integer("SELECT total_changes()")
    try insertChunked(rows, columns: 9, sql: { "INSERT OR IGNORE INTO evidence VALUES " + $0 }) {
      statement, row, base in
      statement.bind(row.s, at: base + 1)
      statement.bind(row.p, at: base + 2)
      statement.bind(row.o, at: base + 3)
      statement.bind(documentIDs[Int(row.document)], at: base + 4)
      statement.bind(Int(row.article), at: base + 5)
      statement.bind(Int(row.sentence), at: base + 6)
      statement.bind(Int(row.start), at: base + 7)
      statement.bind(Int(row.length), at: base + 8)
      statement.bind(patternIDs[Int(row.pattern)], at: base + 9)
    }
    return try database.integer("SELECT total_changes()") - before
  }

  /// Inserts `rows` with statements of `rowsPerInsert` value tuples each, then one for the rest.
  private func insertChunked(
    _ rows: [EvidenceRow], columns: Int, sql: (String) -> String,
    bind: (Statement, EvidenceRow, Int32) -> Void
  ) throws {
    func statement(_ count: Int) throws -> Statement {
      let tuple = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
      return try database.statement(
        sql(Array(repeating: tuple, count: count).joined(separator: ", ")))
    }
    let full = try statement(Self.rowsPerInsert)
    var index = 0
    while index + Self.rowsPerInsert <= rows.count {
      for offset in 0..<Self.rowsPerInsert {
        bind(full, rows[index + offset], Int32(offset * columns))
      }
      try full.step()
      full.resetKeepingBindings()
      index += Self.rowsPerInsert
    }
    guard index < rows.count else { return }
    let rest = try database.uncachedStatement(
      sql(
        Array(
          repeating: "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")",
          count: rows.count - index
        ).joined(separator: ", ")))
    defer { rest.finalize() }
    for offset in 0..<(rows.count - index) {
      bind(rest, rows[index + offset], Int32(offset * columns))
    }
    try rest.step()
  }

  private func insertSentences(_ sentences: [SentenceKey: String], documentIDs: [Int]) throws {
    let insert = try database.statement(
      "INSERT OR IGNORE INTO sentences(document, article, sentence, text) VALUES (?, ?, ?, ?)")
    for key in sentences.keys.sorted() {
      guard let text = sentences[key] else { continue }
      try insert.run([
        .integer(documentIDs[Int(key.document)]), .integer(Int(key.article)),
        .integer(Int(key.sentence)), .text(text),
      ])
    }
  }
}
