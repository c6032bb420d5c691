import TupuGraph

/// Applies inference rules to facts in memory, to a fixpoint, so that derived gold facts (a
/// chair's `reviews`) are scored the way the store will answer them.
public enum Inference {
  /// The facts the rules derive that `facts` do not already hold, each marked with its rule.
  public static func derive(_ rules: [InferenceRule], from facts: [Fact]) -> [Fact] {
    var known = Set(facts.map { key($0.subject, $0.predicate, $0.object.text) })
    var all = facts
    var derived: [Fact] = []
    var changed = true
    while changed {
      changed = false
      for rule in rules {
        for binding in matches(rule.body, in: all, binding: [:]) {
          let subject = value(rule.head.subject, binding)
          let object = value(rule.head.object, binding)
          guard known.insert(key(subject, rule.head.predicate, object)).inserted else { continue }
          let fact = Fact(subject, rule.head.predicate, .entity(object), derivedBy: rule.id)
          derived.append(fact)
          all.append(fact)
          changed = true
        }
      }
    }
    return derived
  }

  static func key(_ subject: String, _ predicate: String, _ object: String) -> String {
    subject + "\u{1F}" + predicate + "\u{1F}" + object
  }

  static func value(_ term: String, _ binding: [String: String]) -> String {
    term.hasPrefix("?") ? binding[term] ?? term : term
  }

  static func matches(
    _ atoms: [InferenceRule.Atom], in facts: [Fact], binding: [String: String]
  ) -> [[String: String]] {
    guard let atom = atoms.first else { return [binding] }
    var results: [[String: String]] = []
    for fact in facts where fact.predicate == atom.predicate {
      var next = binding
      guard bind(atom.subject, fact.subject, &next), bind(atom.object, fact.object.text, &next)
      else { continue }
      results += matches(Array(atoms.dropFirst()), in: facts, binding: next)
    }
    return results
  }

  static func bind(_ term: String, _ value: String, _ binding: inout [String: String]) -> Bool {
    guard term.hasPrefix("?") else { return term == value }
    if let bound = binding[term] { return bound == value }
    binding[term] = value
    return true
  }
}
