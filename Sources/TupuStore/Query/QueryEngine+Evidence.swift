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
      case .path:
        continue
      }
      if plan.assertedOnly { conditions.append("f.derived = 0") }
      let sql = """
        SELECT ts.text, tp.text, tobj.text, f.derived, tr.text FROM facts AS f \
        CROSS JOIN terms AS ts ON ts.id = f.s CROSS JOIN terms AS tp ON tp.id = f.p \
        CROSS JOIN terms AS tobj ON tobj.id = f.o LEFT JOIN terms AS tr ON tr.id = f.rule \
        WHERE \(conditions.joined(separator: " AND ")) \
        ORDER BY ts.text, tp.text, tobj.text LIMIT 50
        """
      try connection.forEachRow(sql, parameters) { row in
        facts.append(
          SupportingFact(
            subject: row.text(0), predicate: row.text(1), object: row.text(2),
            derivedBy: row.integer(3) != 0 ? (row.isNull(4) ? "?" : row.text(4)) : nil))
      }
    }
    return facts
  }
}
