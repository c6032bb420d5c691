import TupuGraph

extension GraphStore {
  /// The facts a derived fact rests on: the first match of its rule's body with the head's
  /// variables bound to the fact's subject and object. Empty when no match is left (the store
  /// changed since inference ran).
  ///
  ///     // 王建国 reviews 星河科技园, derived by chair-reviews:
  ///     try store.premises(of: fact, rule: rule)
  ///     // [王建国 chairs 第7次例会, 第7次例会 reviews 星河科技园]
  ///
  /// - Parameter facts: the facts about a name, when the caller keeps them (a page that
  ///   explains many derived facts reads each name once); else the store's `facts(about:)`.
  public func premises(
    of fact: Fact, rule: InferenceRule, facts: ((String) throws -> [StoredFact])? = nil
  ) throws -> [Fact] {
    var bindings: [String: String] = [:]
    for (term, value) in [(rule.head.subject, fact.subject), (rule.head.object, fact.object.text)]
    where term.hasPrefix("?") {
      bindings[term] = value
    }
    let lookup = facts ?? { try self.facts(about: $0) }
    return try match(rule.body[...], bindings, lookup) ?? []
  }

  private func match(
    _ atoms: ArraySlice<InferenceRule.Atom>, _ bindings: [String: String],
    _ lookup: (String) throws -> [StoredFact]
  ) throws -> [Fact]? {
    guard let atom = atoms.first else { return [] }
    func value(_ term: String) -> String? { term.hasPrefix("?") ? bindings[term] : term }
    let subject = value(atom.subject)
    let object = value(atom.object)
    guard let anchor = subject ?? object else { return nil }
    var tried = Set<Fact>()
    for stored in try lookup(anchor) where stored.fact.predicate == atom.predicate {
      var found = stored.fact
      found.evidence = nil
      // One row per piece of evidence: try each fact once.
      guard tried.insert(found).inserted else { continue }
      if let subject, found.subject != subject { continue }
      if let object, found.object.text != object { continue }
      var next = bindings
      if atom.subject.hasPrefix("?") { next[atom.subject] = found.subject }
      if atom.object.hasPrefix("?") { next[atom.object] = found.object.text }
      if let rest = try match(atoms.dropFirst(), next, lookup) { return [found] + rest }
    }
    return nil
  }
}
