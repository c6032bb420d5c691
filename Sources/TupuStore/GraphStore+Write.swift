import TupuGraph

extension GraphStore {
  /// Writes what the documents say, in one transaction: all of it or, on any error, none.
  ///
  /// A document whose content hash the store already has changes nothing. A document whose
  /// path the store knows with other content replaces that older version: its evidence goes,
  /// and facts no other document states go with it. Derived facts are then recomputed.
  @discardableResult
  public func write(_ graphs: [DocumentGraph]) throws -> WriteSummary {
    try write(graphs.map(DocumentFacts.graph))
  }

  /// As `write(_: [DocumentGraph])`, for documents read in either form.
  @discardableResult
  public func write(_ documents: [DocumentFacts]) throws -> WriteSummary {
    var summary = WriteSummary()
    let large = documents.reduce(0) { $0 + $1.factCount } >= Self.bulkLoadFacts
    try asFirstLoad(when: large) {
      try database.writeTransaction {
        let plan = try planDocuments(documents, summary: &summary)
        guard !plan.isEmpty else { return }
        let factCount = plan.reduce(0) { $0 + $1.content.factCount }
        let load = try Load(
          store: self, replacing: plan.compactMap(\.replacing),
          rebuildIndexes: shouldRebuildIndexes(adding: factCount), largeFacts: factCount)
        var slice = Slice(reserving: factCount)
        for entry in plan {
          let id = try insertDocument(entry.content.document, factCount: entry.content.factCount)
          slice.add(entry.content, documentID: id)
        }
        try load.insert(&slice, summary: &summary)
        try load.finish(summary: &summary)
      }
    }
    return summary
  }

  /// Facts in one write from which a first load into an empty store is worth its own journal.
  static let bulkLoadFacts = 10_000

  /// Runs `write` with a rollback journal when `large` and the store has no facts yet (see
  /// `Database.withRollbackJournal`), else as it is.
  private func asFirstLoad(when large: Bool, _ write: () throws -> Void) throws {
    guard large, try database.integer("SELECT NOT EXISTS (SELECT 1 FROM facts)") == 1 else {
      return try write()
    }
    try database.withRollbackJournal(write)
  }

  /// Writes one document whose facts come in slices — a file too big to hold its facts in
  /// memory at once — in one transaction, as `write` does: all of it or, on any error, none.
  ///
  /// `nextSlice` is called until it returns nil; it is not called at all when the store has
  /// the document's content already. Evidence offsets and article numbers must be the
  /// document's own (not restarted per slice).
  @discardableResult
  public func write(
    streaming document: DocumentRecord, slices nextSlice: () throws -> [Fact]?
  ) throws -> WriteSummary {
    var summary = WriteSummary()
    try asFirstLoad(when: true) {
      try database.writeTransaction {
        let header = DocumentFacts.graph(DocumentGraph(document: document, facts: []))
        guard let entry = try planDocuments([header], summary: &summary).first else { return }
        let load = try Load(
          store: self, replacing: entry.replacing.map { [$0] } ?? [],
          rebuildIndexes: database.integer("SELECT NOT EXISTS (SELECT 1 FROM facts)") == 1,
          largeFacts: 0)
        let id = try insertDocument(document, factCount: 0)
        var factCount = 0
        while let facts = try nextSlice() {
          var slice = Slice(reserving: facts.count)
          slice.add(.graph(DocumentGraph(document: document, facts: facts)), documentID: id)
          try load.insert(&slice, summary: &summary)
          factCount += facts.count
        }
        try database.statement("UPDATE documents SET fact_count = ? WHERE id = ?").run([
          .integer(factCount), .integer(id),
        ])
        try load.finish(summary: &summary)
      }
    }
    return summary
  }

  /// What one write transaction does around the rows of its slices: older versions and
  /// derived facts out first; then, after the last slice, unevidenced facts out, inference,
  /// and the secondary indexes back when they were dropped for a bulk load.
  struct Load {
    let store: GraphStore
    let replaced: [Int]
    let rebuildIndexes: Bool
    let largeCache: Bool

    init(store: GraphStore, replacing replaced: [Int], rebuildIndexes: Bool, largeFacts: Int)
      throws
    {
      self.store = store
      self.replaced = replaced
      self.rebuildIndexes = rebuildIndexes
      largeCache = largeFacts > 100_000
      if largeCache { try store.database.execute("PRAGMA cache_size = -262144") }
      try store.deleteDerivedFacts()
      if !replaced.isEmpty { try store.removeDocuments(replaced) }
      if rebuildIndexes {
        try store.database.execute("DROP INDEX facts_pos; DROP INDEX facts_osp;")
      }
    }

    func insert(_ slice: inout Slice, summary: inout WriteSummary) throws {
      let ids = try store.resolveTerms(slice.encoder)
      let patternIDs = try store.resolvePatterns(slice.encoder.patterns)
      try store.ensureClassesKnown(slice.encoder, ids: ids)
      // Real ids, then (s, p, o, …) order: each B-tree then grows at its right edge.
      slice.rows.withUnsafeMutableBufferPointer { rows in
        for index in rows.indices {
          rows[index].s = ids[rows[index].s]
          rows[index].p = ids[rows[index].p]
          rows[index].o = ids[rows[index].o]
        }
        rows.sort(by: EvidenceRow.keyOrder)
      }
      summary.factsAdded += try store.insertFacts(slice.rows)
      summary.evidenceAdded += try store.insertEvidence(
        slice.rows, documentIDs: slice.documentIDs, patternIDs: patternIDs)
      try store.insertSentences(slice.sentences, documentIDs: slice.documentIDs)
    }

    func finish(summary: inout WriteSummary) throws {
      defer { if largeCache { try? store.database.execute("PRAGMA cache_size = -65536") } }
      if !replaced.isEmpty { summary.factsRemoved = try store.deleteUnevidencedFacts() }
      summary.derivedFacts = try store.deriveFacts()
      // NB: indexes last, after the derived facts too: built by one sort each, their pages
      // come out full instead of split by scattered inserts.
      if rebuildIndexes {
        try store.database.execute(
          "CREATE INDEX facts_pos ON facts(p, o, s); CREATE INDEX facts_osp ON facts(o, s, p);")
      }
      if !replaced.isEmpty { try store.deleteOrphanTerms() }
    }
  }

  /// Documents' facts encoded for one round of inserts.
  struct Slice {
    var encoder = BatchEncoder()
    var rows: [EvidenceRow] = []
    var sentences: [SentenceKey: String] = [:]
    var documentIDs: [Int] = []

    init(reserving factCount: Int) {
      encoder.reserve(factCount)
      rows.reserveCapacity(factCount)
    }

    mutating func add(_ content: DocumentFacts, documentID: Int) {
      let index = Int32(documentIDs.count)
      documentIDs.append(documentID)
      switch content {
      case .graph(let graph):
        encoder.encode(graph, document: index, into: &rows, sentences: &sentences)
      case .encoded(let encoded):
        encoder.encode(encoded, document: index, into: &rows, sentences: &sentences)
      }
    }
  }

  private func insertDocument(_ record: DocumentRecord, factCount: Int) throws -> Int {
    try database.statement(
      "INSERT INTO documents(hash, path, title, date, fact_count, published)"
        + " VALUES (?, ?, ?, ?, ?, ?)"
    ).run([
      .text(record.contentHash), .text(record.path), record.title.map { .text($0) } ?? .null,
      record.date.map { .text($0) } ?? .null, .integer(factCount),
      record.published.map { .text($0.iso) } ?? .null,
    ])
    return Int(database.lastInsertedRowID)
  }

  /// A document to write, and the id of the older version it replaces.
  struct PlannedDocument {
    var content: DocumentFacts
    var replacing: Int?
  }

  /// Drops documents whose content is stored already; pairs changed ones with their old id.
  private func planDocuments(
    _ documents: [DocumentFacts], summary: inout WriteSummary
  ) throws -> [PlannedDocument] {
    let byHash = try database.statement("SELECT 1 FROM documents WHERE hash = ?")
    let byPath = try database.statement("SELECT id FROM documents WHERE path = ?")
    var plan: [PlannedDocument] = []
    var planned: [String: Int] = [:]  // path → index in plan
    var hashes = Set<String>()
    for content in documents {
      let record = content.document
      let known = try !byHash.rows([.text(record.contentHash)]) { _ in true }.isEmpty
      if known || !hashes.insert(record.contentHash).inserted {
        summary.documentsUnchanged += 1
        continue
      }
      let old = try byPath.rows([.text(record.path)]) { $0.int(0) }.first
      let entry = PlannedDocument(content: content, replacing: old)
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
  fileprivate func removeDocuments(_ ids: [Int]) throws {
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
  fileprivate func deleteUnevidencedFacts() throws -> Int {
    try database.execute(
      """
      DELETE FROM facts WHERE derived = 0 AND (s, p, o) IN (
        SELECT s, p, o FROM temp.touched_facts t WHERE NOT EXISTS (
          SELECT 1 FROM evidence e WHERE e.s = t.s AND e.p = t.p AND e.o = t.o))
      """)
    return database.changes
  }

  /// Names the replaced documents alone used, and that no fact uses now: a name a changed
  /// document no longer states is no entity of the graph (stats, describe, "did you mean").
  fileprivate func deleteOrphanTerms() throws {
    try database.execute(
      """
      DELETE FROM terms WHERE kind IN (\(StoreSchema.Kind.entity), \(StoreSchema.Kind.literal))
        AND id IN (SELECT s FROM temp.touched_facts UNION SELECT o FROM temp.touched_facts)
        AND NOT EXISTS (SELECT 1 FROM facts WHERE s = terms.id)
        AND NOT EXISTS (SELECT 1 FROM facts WHERE o = terms.id)
      """)
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
  fileprivate func resolveTerms(_ encoder: BatchEncoder) throws -> [Int] {
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
    let first = try database.integer("SELECT coalesce(max(id), 0) FROM terms") + 1
    for (offset, index) in missing.enumerated() { ids[index] = first + offset }
    try insertChunked(
      missing, columns: 3, sql: { "INSERT INTO terms(id, kind, text) VALUES " + $0 }
    ) { statement, index, base in
      statement.bind(ids[index], at: base + 1)
      statement.bind(encoder.keys[index].kind, at: base + 2)
      statement.bind(encoder.keys[index].text, at: base + 3)
    }
    return ids
  }

  /// Ids of pattern names, inserting new ones.
  fileprivate func resolvePatterns(_ names: [String]) throws -> [Int] {
    let insert = try database.statement("INSERT OR IGNORE INTO patterns(name) VALUES (?)")
    let select = try database.statement("SELECT id FROM patterns WHERE name = ?")
    return try names.map { name in
      try insert.run([.text(name)])
      return try select.rows([.text(name)]) { $0.int(0) }.first ?? 0
    }
  }

  /// Every class named in the batch is at least its own ancestor, so `?x : Class` finds its
  /// members even before an ontology declares the class.
  fileprivate func ensureClassesKnown(_ encoder: BatchEncoder, ids: [Int]) throws {
    let insert = try database.statement(
      "INSERT OR IGNORE INTO class_ancestors(class, ancestor) VALUES (?, ?)")
    for (index, key) in encoder.keys.enumerated() where key.kind == StoreSchema.Kind.classRef {
      try insert.run([.integer(ids[index]), .integer(ids[index])])
    }
  }

  /// Rows per multi-row INSERT: fewer statement steps, same bound parameters.
  private static let rowsPerInsert = 64

  fileprivate func insertFacts(_ rows: [EvidenceRow]) throws -> Int {
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

  fileprivate func insertEvidence(
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
  private func insertChunked<Row>(
    _ rows: [Row], columns: Int, sql: (String) -> String,
    bind: (Statement, Row, Int32) -> Void
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

  fileprivate func insertSentences(_ sentences: [SentenceKey: String], documentIDs: [Int]) throws {
    // NB: many rows a statement, as the facts and evidence: a small news file has more
    // sentences than facts, and a statement step each cost ~8,000 instructions a sentence.
    try insertChunked(
      sentences.sorted(by: { $0.key < $1.key }), columns: 4,
      sql: { "INSERT OR IGNORE INTO sentences(document, article, sentence, text) VALUES " + $0 }
    ) { statement, row, base in
      statement.bind(documentIDs[Int(row.key.document)], at: base + 1)
      statement.bind(Int(row.key.article), at: base + 2)
      statement.bind(Int(row.key.sentence), at: base + 3)
      statement.bind(row.value, at: base + 4)
    }
  }
}
