import TupuGraph
import TupuText

/// The score of one document's graph against its gold file, with what was missed and what
/// was found wrongly.
public struct Evaluation: Sendable {
  /// Why a gold line was missed, where the extracted graph tells.
  public enum Cause: Sendable, Hashable {
    /// An entity of that name was found, with another class.
    case wrongClass(found: String)
    /// An entity whose name overlaps the gold name was found: the boundary was wrong.
    case wrongBoundary(found: String)
    /// Nothing of that name or overlapping it was found.
    case neverFound
    /// A fact whose subject or object was never found as an entity.
    case endNotFound(name: String)
    /// Both ends were found; the relation between them was not read.
    case relationNotRead

    /// A short label, for counting misses by cause.
    public var label: String {
      switch self {
      case .wrongClass: "class wrong"
      case .wrongBoundary: "boundary wrong"
      case .neverFound: "never found"
      case .endNotFound: "an end never found"
      case .relationNotRead: "relation not read"
      }
    }

    public var description: String {
      switch self {
      case .wrongClass(let found): "class wrong: found as \(found)"
      case .wrongBoundary(let found): "boundary wrong: found \(found)"
      case .neverFound: "never found"
      case .endNotFound(let name): "\(name) never found"
      case .relationNotRead: "relation not read"
      }
    }
  }

  /// A gold line that nothing extracted matched.
  public struct Miss: Sendable, Hashable {
    public var text: String
    public var line: Int
    public var predicate: String
    public var cause: Cause? = nil
  }

  /// An extracted entity or fact that no gold line accepts, with where it was read.
  public struct Extra: Sendable, Hashable {
    public var text: String
    public var predicate: String
    public var evidence: String?
    public var pattern: String?
  }

  public var name: String
  public var entities = Score()
  /// The entity score of each class: true positives and misses under the gold's class, false
  /// positives under the class Tupu gave.
  public var classes: [String: Score] = [:]
  public var facts = Score()
  public var predicates: [String: Score] = [:]
  public var misses: [Miss] = []
  public var extras: [Extra] = []
  /// Documents whose gold file gives `# published:`, and how many of them Tupu dated the same
  /// (none where the gold says none).
  public var publishedChecked = 0
  public var publishedAgreed = 0
  /// The document date found and the gold's, when they differ (`2023-06-20` / `none`).
  public var publishedMismatch: (found: String, gold: String)?

  public init(name: String) { self.name = name }

  /// Predicates scored on their own line and left out of the facts total: `held-on` (meeting
  /// dates) is a literal of another kind than the graph's relations, measured apart so that the
  /// facts figure stays comparable with earlier rounds.
  public static let scoredApart: Set<String> = ["held-on"]

  /// Scores `graph` against `gold` as sets (FORMAT.md): an entity counts when its name and
  /// class match a gold type line (any alternative), a fact when subject, predicate and object
  /// match (any alternative). Derived facts from `rules` are added before scoring.
  public static func score(
    _ graph: DocumentGraph, against gold: GoldSet, rules: [InferenceRule], name: String
  ) -> Evaluation {
    var evaluation = Evaluation(name: name)
    if let expected = gold.published {
      let found = graph.document.published?.iso
      evaluation.publishedChecked = 1
      if found == expected {
        evaluation.publishedAgreed = 1
      } else {
        evaluation.publishedMismatch = (found ?? "none", expected ?? "none")
      }
    }
    // Names compared in simplified script, as the gold's are (`GoldSet`): a page read in
    // traditional script, or a gold written in it, still matches.
    let asserted = graph.facts.map { fact -> Fact in
      var fact = fact
      fact.subject = TraditionalScript.simplified(fact.subject)
      if case .entity(let name) = fact.object {
        fact.object = .entity(TraditionalScript.simplified(name))
      }
      return fact
    }
    let facts = asserted + Inference.derive(rules, from: asserted.filter { $0.predicate != typePredicate })

    // Entities.
    var matchedEntities = Set<Int>()
    var seenEntities = Set<String>()
    for fact in facts where fact.predicate == typePredicate {
      guard seenEntities.insert(fact.subject + "\u{1F}" + fact.object.text).inserted else { continue }
      if let index = gold.entities.firstIndex(where: {
        $0.className == fact.object.text && $0.names.contains(fact.subject)
      }) {
        matchedEntities.insert(index)
      } else {
        evaluation.entities.falsePositives += 1
        evaluation.classes[fact.object.text, default: Score()].falsePositives += 1
        evaluation.extras.append(
          Extra(
            text: "\(fact.subject) : \(fact.object.text)", predicate: typePredicate,
            evidence: fact.evidence?.text, pattern: fact.evidence?.pattern))
      }
    }
    evaluation.entities.truePositives = matchedEntities.count
    evaluation.entities.falseNegatives = gold.entities.count - matchedEntities.count
    for (index, entity) in gold.entities.enumerated() {
      if matchedEntities.contains(index) {
        evaluation.classes[entity.className, default: Score()].truePositives += 1
      } else {
        evaluation.classes[entity.className, default: Score()].falseNegatives += 1
      }
    }
    // What was found, by name, to tell why a gold line was missed.
    var classesByName: [String: [String]] = [:]
    for fact in facts where fact.predicate == typePredicate {
      classesByName[fact.subject, default: []].append(fact.object.text)
    }
    for (index, entity) in gold.entities.enumerated() where !matchedEntities.contains(index) {
      evaluation.misses.append(
        Miss(
          text: "\(entity.names.joined(separator: "|")) : \(entity.className)", line: entity.line,
          predicate: typePredicate, cause: cause(of: entity, among: classesByName)))
    }

    // Facts other than type.
    var matchedFacts = Set<Int>()
    var seenFacts = Set<String>()
    for fact in facts where fact.predicate != typePredicate {
      guard seenFacts.insert(fact.subject + "\u{1F}" + fact.predicate + "\u{1F}" + fact.object.text).inserted
      else { continue }
      let candidates = gold.facts.indices.filter {
        let line = gold.facts[$0]
        return line.predicate == fact.predicate && line.subjects.contains(fact.subject)
          && line.objects.contains(fact.object.text)
      }
      let counted = !scoredApart.contains(fact.predicate)
      if candidates.isEmpty {
        evaluation.predicates[fact.predicate, default: Score()].falsePositives += 1
        if counted { evaluation.facts.falsePositives += 1 }
        let derived = fact.derivedBy.map { " (derived by \($0))" } ?? ""
        evaluation.extras.append(
          Extra(
            text: "\(fact.subject) \(fact.predicate) \(fact.object.text)\(derived)",
            predicate: fact.predicate, evidence: fact.evidence?.text, pattern: fact.evidence?.pattern))
      } else {
        for index in candidates { matchedFacts.insert(index) }
      }
    }
    for (index, line) in gold.facts.enumerated() {
      let counted = !scoredApart.contains(line.predicate)
      if matchedFacts.contains(index) {
        evaluation.predicates[line.predicate, default: Score()].truePositives += 1
        if counted { evaluation.facts.truePositives += 1 }
      } else {
        evaluation.predicates[line.predicate, default: Score()].falseNegatives += 1
        if counted { evaluation.facts.falseNegatives += 1 }
        let missingEnd = [line.subjects, line.objects].first { names in
          names.allSatisfy { classesByName[$0] == nil }
        }
        // NB: a literal object (a title, a date) is no entity, so only the subject can be missing.
        let literal = line.predicate == "title" || scoredApart.contains(line.predicate)
        let cause: Cause =
          if let missingEnd, !(literal && missingEnd == line.objects) {
            .endNotFound(name: missingEnd[0])
          } else if literal, line.subjects.allSatisfy({ classesByName[$0] == nil }) {
            .endNotFound(name: line.subjects[0])
          } else {
            .relationNotRead
          }
        evaluation.misses.append(
          Miss(
            text: "\(line.subjects.joined(separator: "|")) \(line.predicate) \(line.objects.joined(separator: "|"))",
            line: line.line, predicate: line.predicate, cause: cause))
      }
    }
    return evaluation
  }

  /// Why a gold entity was missed: found under another class, found with a name that overlaps
  /// (the boundary was wrong), or not found at all.
  static func cause(of entity: GoldSet.Entity, among found: [String: [String]]) -> Cause {
    for name in entity.names {
      if let classes = found[name], let other = classes.first(where: { $0 != entity.className }) {
        return .wrongClass(found: other)
      }
    }
    let overlapping = found.keys.filter { name in
      entity.names.contains { gold in
        name.count >= 2 && gold.count >= 2 && (name.contains(gold) || gold.contains(name))
      }
    }
    if let nearest = overlapping.min(by: { ($0.count, $0) < ($1.count, $1) }) {
      return .wrongBoundary(found: nearest)
    }
    return .neverFound
  }
}
