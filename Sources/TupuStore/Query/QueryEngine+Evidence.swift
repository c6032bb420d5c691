import TupuGraph

extension QueryEngine {
  /// The facts matching each step of `plan` once `bindings` fix its variables (paths and `not`
  /// excluded), with the rule of derived ones.
  public func supportingFacts(of plan: QueryPlan, bindings: [String: String]) throws
    -> [SupportingFact]
  {
    let terms = try vocabularyTerms()
    var facts: [SupportingFact] = []
    for step in plan.steps {
      var conditions: [String] = []
      var parameters: [SQLValue] = []
      func constrain(_ column: String, _ node: PlanNode) {
        let text: String
        switch node {
        case .name(let name): text = name
        case .variable(let name):
          guard let bound = bindings[name] else { return }
          text = bound
        case .anything: return
        }
        parameters.append(.text(text))
        conditions.append("\(column) IN (SELECT id FROM terms WHERE text = ?\(parameters.count))")
      }
      switch step {
      case .triple(let subject, let predicate, let object):
        constrain("f.s", subject)
        switch predicate {
        case .fixed(let id):
          parameters.append(.integer(terms.predicates[id] ?? SQLCompiler.noTerm))
          conditions.append("f.p = ?\(parameters.count)")
        case .variable(let name): constrain("f.p", .variable(name))
        case .oneOf(let ids):
          let known = ids.compactMap { terms.predicates[$0] }
          for id in known { parameters.append(.integer(id)) }
          let placeholders = known.indices.map { "?\(parameters.count - known.count + $0 + 1)" }
          conditions.append("f.p IN (\(placeholders.joined(separator: ", ")))")
        }
        constrain("f.o", object)
      case .classTest(let subject, let classes):
        constrain("f.s", subject)
        parameters.append(.integer(terms.predicates[typePredicate] ?? SQLCompiler.noTerm))
        conditions.append("f.p = ?\(parameters.count)")
        let ids = classes.compactMap { terms.classes[$0] }
        for id in ids { parameters.append(.integer(id)) }
        let placeholders = ids.indices.map { "?\(parameters.count - ids.count + $0 + 1)" }
        conditions.append("f.o IN (\(placeholders.joined(separator: ", ")))")
      case .path, .boundedPath, .filter, .negation, .optional, .union, .sourced:
        continue
      }
      if plan.assertedOnly { conditions.append("f.derived = 0") }
      let sql = """
        SELECT ts.text, tp.text, tobj.text, f.derived, tr.text, f.s, f.p, f.o FROM facts AS f \
        CROSS JOIN terms AS ts ON ts.id = f.s CROSS JOIN terms AS tp ON tp.id = f.p \
        CROSS JOIN terms AS tobj ON tobj.id = f.o LEFT JOIN terms AS tr ON tr.id = f.rule \
        WHERE \(conditions.joined(separator: " AND ")) \
        ORDER BY ts.text, tp.text, tobj.text LIMIT 50
        """
      var found: [(SupportingFact, [Int64])] = []
      try connection.forEachRow(sql, parameters) { row in
        found.append(
          (
            SupportingFact(
              subject: row.text(0), predicate: row.text(1), object: row.text(2),
              derivedBy: row.integer(3) != 0 ? (row.isNull(4) ? "?" : row.text(4)) : nil),
            [row.integer(5), row.integer(6), row.integer(7)]
          ))
      }
      for (fact, ids) in found {
        var withEvidence = fact
        withEvidence.evidence = try citations(s: ids[0], p: ids[1], o: ids[2], fact: fact)
        facts.append(withEvidence)
      }
    }
    return facts
  }

  /// Where a fact was read: document path, sentence text and character range, from the
  /// store's evidence tables (none in a store without them).
  func citations(s: Int64, p: Int64, o: Int64, fact: SupportingFact) throws(QueryStoreError)
    -> [SupportingFact.Citation]
  {
    guard try connection.tableExists("evidence") else { return [] }
    var citations: [SupportingFact.Citation] = []
    try connection.forEachRow(
      """
      SELECT d.path, se.text, e.start, e.length, pt.name, t.kind FROM evidence AS e
      LEFT JOIN documents AS d ON d.id = e.document
      LEFT JOIN sentences AS se
        ON se.document = e.document AND se.article = e.article AND se.sentence = e.sentence
      LEFT JOIN patterns AS pt ON pt.id = e.pattern
      LEFT JOIN terms AS t ON t.id = e.o
      WHERE e.s = ?1 AND e.p = ?2 AND e.o = ?3
      ORDER BY d.path, e.article, e.sentence, e.start LIMIT 20
      """, [.integer(s), .integer(p), .integer(o)]
    ) { row in
      // A facts-file line keeps no sentence text: the line is rebuilt from the fact, as
      // `GraphStore` rebuilds it (an N-Triples line, a JSON Lines fact's empty text).
      let pattern = row.isNull(4) ? "" : row.text(4)
      let sentence: String
      if !row.isNull(1) {
        sentence = row.text(1)
      } else if pattern == NTriplesReader.pattern {
        let object =
          Term(kindCode: row.isNull(5) ? 0 : Int(row.integer(5)), text: fact.object)
          ?? .entity(fact.object)
        sentence = NTriplesReader.line(
          subject: fact.subject, predicate: fact.predicate, object: object)
      } else if pattern == JSONLFactsReader.pattern {
        sentence = ""
      } else {
        sentence = "\(fact.subject)\t\(fact.predicate)\t\(fact.object)"
      }
      let start = Int(row.integer(2))
      citations.append(
        SupportingFact.Citation(
          document: row.isNull(0) ? "?" : row.text(0), sentence: sentence, start: start,
          end: start + Int(row.integer(3))))
    }
    return citations
  }

  /// Entity and literal names nearest to `name` (for "did you mean" on an unknown name).
  public func nearestNames(to name: String) throws -> [String] {
    try nearestNames(to: name, limit: 3)
  }
}
