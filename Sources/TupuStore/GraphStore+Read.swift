import TupuGraph

extension GraphStore {
  /// Counts of documents, terms, facts and evidence, by class and by predicate.
  public func statistics() throws -> StoreStatistics {
    try database.readTransaction {
      var statistics = StoreStatistics()
      statistics.documents = try database.integer("SELECT count(*) FROM documents")
      statistics.terms = try database.integer("SELECT count(*) FROM terms")
      statistics.entities = try database.integer(
        "SELECT count(*) FROM terms WHERE kind = \(StoreSchema.Kind.entity)")
      statistics.facts = try database.integer("SELECT count(*) FROM facts")
      statistics.derivedFacts = try database.integer(
        "SELECT count(*) FROM facts WHERE derived = 1")
      statistics.evidence = try database.integer("SELECT count(*) FROM evidence")
      statistics.predicates = try database.statement(
        """
        SELECT t.text, count(*), sum(f.derived) FROM facts f JOIN terms t ON t.id = f.p
        GROUP BY f.p ORDER BY 2 DESC, 1
        """
      ).rows { .init(name: $0.text(0), count: $0.int(1), derived: $0.int(2)) }
      statistics.classes = try database.statement(
        """
        SELECT c.text, count(*) FROM facts f JOIN terms c ON c.id = f.o
        WHERE f.p = (SELECT id FROM terms WHERE kind = \(StoreSchema.Kind.predicate) AND text = ?)
        GROUP BY f.o ORDER BY 2 DESC, 1
        """
      ).rows([.text(typePredicate)]) { .init(name: $0.text(0), count: $0.int(1)) }
      return statistics
    }
  }

  /// Every fact, one row per piece of evidence, ordered by subject, predicate and object text,
  /// then document path and position; derived facts (no evidence) only when asked.
  public func facts(includeDerived: Bool) throws -> [StoredFact] {
    try readFacts(where: "(? OR f.derived = 0)", [.integer(includeDerived ? 1 : 0)])
  }

  /// The facts whose subject or object is the entity `name`, derived ones included.
  public func facts(about name: String) throws -> [StoredFact] {
    guard let id = try termID(kind: StoreSchema.Kind.entity, name) else { return [] }
    return try readFacts(where: "(f.s = ? OR f.o = ?)", [.integer(id), .integer(id)])
  }

  /// Entity names starting with `prefix`, in byte order (for tab completion).
  public func entityNames(matchingPrefix prefix: String, limit: Int = 50) throws -> [String] {
    // NB: a range on the (kind, text) index instead of LIKE, which ignores the index and
    // folds ASCII case.
    try database.statement(
      """
      SELECT text FROM terms t
      WHERE kind = \(StoreSchema.Kind.entity) AND text >= ?1 AND text < ?1 || char(1114111)
        AND EXISTS (SELECT 1 FROM facts f WHERE f.s = t.id)
      ORDER BY text LIMIT ?2
      """
    ).rows([.text(prefix), .integer(limit)]) { $0.text(0) }
  }

  /// The most specific class the store gives `name`, or nil for an unknown name.
  public func classOf(_ name: String) throws -> String? {
    try database.statement(
      """
      SELECT c.text FROM facts f JOIN terms c ON c.id = f.o
      WHERE f.s = (SELECT id FROM terms WHERE kind = \(StoreSchema.Kind.entity) AND text = ?)
        AND f.p = (SELECT id FROM terms WHERE kind = \(StoreSchema.Kind.predicate) AND text = ?)
      ORDER BY (SELECT count(*) FROM class_ancestors a WHERE a.class = f.o) DESC, c.text
      LIMIT 1
      """
    ).rows([.text(name), .text(typePredicate)]) { $0.text(0) }.first
  }

  /// Paths and hashes of the stored documents, by path.
  public func documents() throws -> [DocumentRecord] {
    try database.statement(
      "SELECT hash, path, title, date, published FROM documents ORDER BY path"
    ).rows {
      DocumentRecord(
        contentHash: $0.text(0), path: $0.text(1), title: $0.optionalText(2),
        date: $0.optionalText(3), published: $0.optionalText(4).flatMap(StatedDate.init(iso:)))
    }
  }

  private func readFacts(
    where condition: String, _ arguments: [StatementArgument]
  ) throws -> [StoredFact] {
    let select = try database.statement(
      """
      SELECT ts.text, tp.text, tv.kind, tv.text, tr.text,
             d.path, e.article, e.sentence, e.start, e.length, pt.name, se.text, d.published
      FROM facts f
      JOIN terms ts ON ts.id = f.s
      JOIN terms tp ON tp.id = f.p
      JOIN terms tv ON tv.id = f.o
      LEFT JOIN terms tr ON tr.id = f.rule
      LEFT JOIN evidence e ON e.s = f.s AND e.p = f.p AND e.o = f.o
      LEFT JOIN documents d ON d.id = e.document
      LEFT JOIN patterns pt ON pt.id = e.pattern
      LEFT JOIN sentences se
        ON se.document = e.document AND se.article = e.article AND se.sentence = e.sentence
      WHERE \(condition)
      ORDER BY ts.text, tp.text, tv.kind, tv.text, d.path, e.article, e.sentence, e.start
      """)
    return try database.readTransaction {
      try select.rows(arguments) { row in
        let subject = row.text(0)
        let predicate = row.text(1)
        let object = Term(kindCode: row.int(2), text: row.text(3)) ?? .entity(row.text(3))
        var fact = Fact(subject, predicate, object, derivedBy: row.optionalText(4))
        if !row.isNull(5), row.int(6) >= 0 {
          let start = row.int(8)
          let pattern = row.optionalText(10) ?? ""
          // A facts-file line without a stored sentence is rebuilt from its fact; a JSON Lines
          // fact without evidence has none.
          let text =
            row.optionalText(11)
            ?? (pattern == NTriplesReader.pattern
              ? NTriplesReader.line(subject: subject, predicate: predicate, object: object)
              : pattern == JSONLFactsReader.pattern
                ? ""
                : BatchEncoder.factLine(
                  subject: subject, predicate: predicate, object: object.text))
          fact.evidence = Evidence(
            article: row.int(6), sentence: row.int(7), start: start, end: start + row.int(9),
            text: text, pattern: pattern)
          fact.evidence?.published = row.optionalText(12)
        }
        return StoredFact(fact: fact, documentPath: row.optionalText(5))
      }
    }
  }
}
