import TupuGraph
import TupuOntology
import TupuText

/// Recognizes entities and relations in a read document, driven by the ontology.
///
/// Three stages per document: each sentence is read into mentions and posts (`SentenceReader`);
/// the document resolves names (one node per thing: short forms, 区政协 → 青山区政协, persons
/// named again); the ontology's patterns then turn the sentences into facts with evidence.
/// Stateless between documents, so documents can be extracted in parallel or streamed.
public struct Extractor: Sendable {
  public var ontology: Ontology
  let cues: CueTables
  let signatures: [Signature]

  public init(ontology: Ontology) {
    self.ontology = ontology
    self.cues = CueTables(patterns: ontology.patterns)
    self.signatures = Signature.all(of: ontology.vocabulary)
  }

  /// Every fact the document states, each with its evidence, plus one `type` fact per entity.
  public func extract(_ document: ReadDocument) -> DocumentGraph {
    var reading = DocumentReading(lexicon: ontology.lexicon, cues: cues)
    reading.noteOriginal(document)
    reading.readFurnitureDistrict(document)
    reading.readBareDistrict(document)
    for article in document.articles { reading.read(article) }
    reading.readBoilerplate(document)
    reading.resolve()
    let facts = Self.withinSignatures(
      Self.withoutQuoteMarks(
        reading.facts()
          + reading.meetingDates(published: document.published, dateline: document.date)),
      signatures)
    return DocumentGraph(
      document: DocumentRecord(
        contentHash: document.contentHash, path: document.path, title: document.title,
        date: document.date, published: document.published),
      facts: facts)
  }
}

extension Extractor {
  /// A predicate's signature with every class below a declared one spelled out (Official where
  /// Person is declared), so that a fact's check compares class names and walks no lineage.
  struct Signature: Sendable {
    var predicate: String
    /// The classes a subject may have; empty when any may.
    var subjects: [String]
    /// The classes an entity object may have; empty when any may.
    var objects: [String]

    static func all(of vocabulary: Vocabulary) -> [Signature] {
      vocabulary.predicates.filter(\.hasSignature).map { info in
        func spelledOut(_ declared: [String]) -> [String] {
          guard !declared.isEmpty else { return [] }
          return vocabulary.classes.map(\.id).filter { vocabulary.admits(declared, $0) }
        }
        return Signature(
          predicate: info.id, subjects: spelledOut(info.subjectClasses),
          objects: spelledOut(info.objectClasses))
      }
    }
  }

  /// A fact whose subject or entity object is of a class its predicate's signature excludes
  /// (a company's chairman, a Person, `reviews` a project) is not stated: the graph never says
  /// what its ontology forbids. An entity's class is its document's `type` fact, known only
  /// once the document is resolved; a name without one is let be.
  static func withinSignatures(_ facts: [Fact], _ signatures: [Signature]) -> [Fact] {
    guard !signatures.isEmpty else { return facts }
    // NB: names keyed by their bytes (a String's hash normalizes it), room made at once.
    var classOf: [ExactText: String] = [:]
    classOf.reserveCapacity(facts.count)
    for index in facts.indices where facts[index].predicate == typePredicate {
      classOf[ExactText(facts[index].subject)] = facts[index].object.text
    }
    func admits(_ allowed: [String], _ name: String) -> Bool {
      guard !allowed.isEmpty, let className = classOf[ExactText(name)] else { return true }
      return allowed.contains(className)
    }
    // NB: the facts read in place by index and copied only when one goes (most documents
    // break no signature).
    var broken: [Int] = []
    for index in facts.indices where facts[index].predicate != typePredicate {
      guard let signature = signatures.first(where: { $0.predicate == facts[index].predicate })
      else { continue }
      if !admits(signature.subjects, facts[index].subject) {
        broken.append(index)
      } else if case .entity(let object) = facts[index].object,
        !admits(signature.objects, object)
      {
        broken.append(index)
      }
    }
    guard !broken.isEmpty else { return facts }
    var kept = facts
    for index in broken.reversed() { kept.remove(at: index) }
    return kept
  }

  /// “青石广场”项目 and 青石广场项目 are one name: the marks around a quoted part of a work's,
  /// place's or body's name are no part of it (a name written only in marks keeps its
  /// characters); a meeting's name keeps them. A fact that becomes one already stated is dropped.
  static func withoutQuoteMarks(_ facts: [Fact]) -> [Fact] {
    func unmarked(_ name: String) -> String {
      guard name.unicodeScalars.contains(where: { $0 == "“" || $0 == "”" }) else { return name }
      var scalars = String.UnicodeScalarView()
      scalars.append(contentsOf: name.unicodeScalars.filter { $0 != "“" && $0 != "”" })
      let result = String(scalars)
      return result.isEmpty ? name : result
    }
    let marked = facts.contains {
      $0.subject.unicodeScalars.contains("“") || $0.object.text.unicodeScalars.contains("“")
    }
    guard marked else { return facts }
    func key(_ fact: Fact) -> String {
      fact.subject + "\u{1}" + fact.predicate + "\u{1}" + String(fact.object.kindCode)
        + fact.object.text
    }
    // A meeting's name keeps its marks (gold lists the marked forms with their prefixes).
    let meetings = Set(
      facts.lazy.filter { $0.predicate == typePredicate && $0.object == .classRef("Meeting") }
        .map(\.subject))
    /// The name without its marks, nil when it stays as it is.
    // NB: a name without marks (most) is not looked up among the meetings' (an NFC hash each),
    // and a fact none of whose names changed is not compared with itself.
    func bare(_ name: String) -> String? {
      guard name.unicodeScalars.contains(where: { $0 == "“" || $0 == "”" }),
        !meetings.contains(name)
      else { return nil }
      let result = unmarked(name)
      return result == name ? nil : result
    }
    var bared: [Fact?] = []
    bared.reserveCapacity(facts.count)
    var changedCount = 0
    for original in facts {
      var fact = original
      var changed = false
      if let subject = bare(fact.subject) {
        fact.subject = subject
        changed = true
      }
      if case .entity(let name) = fact.object, let object = bare(name) {
        fact.object = .entity(object)
        changed = true
      }
      if changed {
        bared.append(fact)
        changedCount += 1
      } else {
        bared.append(nil)
      }
    }
    guard changedCount > 0 else { return facts }
    // NB: a fact whose names changed is looked for among the others by its parts (predicate
    // first), not in a set of every fact's key string: building those keys and hashing them
    // (NFC) cost 5% of the pipeline for the few facts that change. A key's parts are separated
    // by a control character no name holds, and its kind code is one digit, so parts equal
    // exactly when keys do. Past a size a set is cheaper again.
    func sameKey(_ left: Fact, _ right: Fact) -> Bool {
      left.predicate == right.predicate && left.object.kindCode == right.object.kindCode
        && left.object.text == right.object.text && left.subject == right.subject
    }
    var result: [Fact] = []
    result.reserveCapacity(facts.count)
    if changedCount * facts.count <= 50_000 {
      for (index, original) in facts.enumerated() {
        guard let fact = bared[index] else {
          result.append(original)
          continue
        }
        // Already stated: as one of the facts as given, or as a fact changed before it.
        if facts.contains(where: { sameKey($0, fact) })
          || result.contains(where: { sameKey($0, fact) })
        {
          continue
        }
        result.append(fact)
      }
      return result
    }
    var seen = Set(facts.map(key))
    for (index, original) in facts.enumerated() {
      guard let fact = bared[index] else {
        result.append(original)
        continue
      }
      if seen.insert(key(fact)).inserted { result.append(fact) }
    }
    return result
  }
}

/// The cue words of the ontology's patterns, by matcher, for longest-match lookup.
struct CueTables: Sendable {
  var byMatcher: [String: WordTable<ExtractionPattern>] = [:]
  /// Every cue of every pattern (a sentence is scanned once for all of them).
  var all = WordTable<ExtractionPattern>()
  /// The first pattern's id, by matcher, then predicate.
  // NB: two lookups instead of one key string made per call (rules ask for every sentence).
  var patternIDs: [String: [String: String]] = [:]
  /// The pattern ids the relations read for every sentence, looked up once.
  var typeID: String
  var titleID: String?
  var unitID: String?
  var nestingID: String?
  /// The patterns of the relations' readings that give their facts without a cue word of their
  /// own, looked up once.
  // NB: asked for every sentence: a walk over the ontology's first patterns comparing matcher
  // and predicate strings at each ask cost ~0.3% of an ingest's instructions (callgrind).
  var attendsID: String?
  var chairsID: String?
  var convenesID: String?
  var reviewsID: String?
  var situatedID: String?
  var heldOnID: String?

  init(patterns: [ExtractionPattern]) {
    for pattern in patterns {
      var table = byMatcher[pattern.matcher] ?? WordTable<ExtractionPattern>()
      for cue in pattern.cues {
        table.insert(cue, pattern)
        all.insert(cue, pattern)
      }
      byMatcher[pattern.matcher] = table
      if patternIDs[pattern.matcher]?[pattern.predicate] == nil {
        patternIDs[pattern.matcher, default: [:]][pattern.predicate] = pattern.id
      }
    }
    typeID = patternIDs["entity-type"]?["type"] ?? "entity-type"
    titleID = patternIDs["post-name"]?["title"]
    unitID = patternIDs["post-name"]?["affiliated-with"]
    nestingID = patternIDs["name-nesting"]?["located-in"]
    attendsID = patternIDs["agents-cue-meeting"]?["attends"]
    chairsID = patternIDs["agent-cue-meeting"]?["chairs"]
    convenesID = patternIDs["agent-cue-meeting"]?["convenes"]
    reviewsID = patternIDs["agent-cue-projects"]?["reviews"]
    situatedID = patternIDs["situated-cue"]?["located-in"]
    heldOnID = patternIDs["meeting-date"]?["held-on"]
  }

  func table(_ matcher: String) -> WordTable<ExtractionPattern> {
    byMatcher[matcher] ?? WordTable<ExtractionPattern>()
  }
}
