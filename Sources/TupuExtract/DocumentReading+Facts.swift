import TupuDiagnostics
import TupuGraph
import TupuOntology

/// Facts in the order they are first found, one per (subject, predicate, object), each with the
/// evidence of its first statement.
struct FactCollector {
  private(set) var facts: [Fact] = []
  private var seen: Set<Key> = []

  /// A collector with room for about `capacity` facts (the set is not grown and rehashed).
  init(capacity: Int = 0) {
    seen.reserveCapacity(capacity)
    facts.reserveCapacity(capacity)
  }

  /// A fact's subject, predicate and object, by their bytes (no string made per fact).
  private struct Key: Hashable {
    let subject: ExactText
    let predicate: ExactText
    let kind: Int
    let object: ExactText

    // NB: one integer for the four (each `combine` of the hasher is a round of its mixing).
    func hash(into hasher: inout Hasher) {
      hasher.combine(digest)
    }

    // NB: what Set and Dictionary call: the digest mixed with the table's seed, no Hasher.
    func _rawHashValue(seed: Int) -> Int { ByteDigest.tableHash(digest, seed: seed) }

    // NB: the kind first, and the predicate, an ontology's ASCII name, by `==` (which compares
    // such strings' stored bits inline); the names by their bytes. Most adds repeat a fact, so
    // every field of a found key is compared.
    static func == (left: Key, right: Key) -> Bool {
      left.kind == right.kind && left.predicate.text == right.predicate.text
        && left.subject == right.subject && left.object == right.object
    }

    private var digest: UInt64 {
      (ExactText.digest(subject.text) &* 0x94D0_49BB_1331_11EB)
        ^ (ExactText.digest(predicate.text) &+ UInt64(truncatingIfNeeded: kind))
        &+ ExactText.digest(object.text)
    }
  }

  // NB: the evidence is made only for a fact not seen before (most statements repeat one: a type
  // per mention, a relation per cue).
  mutating func add(
    _ subject: String, _ predicate: String, _ object: Term, _ evidence: @autoclosure () -> Evidence
  ) {
    guard !ExactText.same(subject, object.text) else { return }
    let key = Key(
      subject: ExactText(subject), predicate: ExactText(predicate), kind: object.kindCode,
      object: ExactText(object.text))
    guard seen.insert(key).inserted else { return }
    facts.append(Fact(subject, predicate, object, evidence: evidence()))
  }
}

extension DocumentReading {
  func evidence(_ sentence: ReadSentence, _ pattern: String) -> Evidence {
    Evidence(
      article: sentence.article, sentence: sentence.index, start: sentence.start,
      end: sentence.end, text: sentence.printed ?? sentence.text, pattern: pattern)
  }

  func facts() -> [Fact] {
    var collector = FactCollector(
      capacity: 2 * sentences.reduce(0) { $0 + $1.mentions.count } + 16)
    let typePattern = cues.typeID
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices.sorted(by: { mentions[$0].start < mentions[$1].start }) {
        guard let entity = entity(mentions[index]) else { continue }
        collector.add(
          entity.name, typePredicate, .classRef(entity.className.name),
          evidence(sentence, typePattern))
      }
    }
    var reviewers: (article: Int, names: [String]) = (-1, [])
    var listed: (article: Int, names: [String]) = (-1, [])
    var recipients: (article: Int, names: [String]) = (-1, [])
    let shared = SharedReading(self)
    for sentence in sentences {
      var relations = SentenceRelations(reading: shared, sentence: sentence)
      if reviewers.article == sentence.article { relations.previousReviewers = reviewers.names }
      if listed.article == sentence.article { relations.attendeesListedBefore = listed.names }
      if recipients.article != sentence.article { recipients = (sentence.article, []) }
      relations.previousRecipients = recipients.names
      let carriedIn = recipients.names
      relations.readAll()
      for fact in relations.found where fact.predicate == "sponsors" {
        let name = fact.object.text
        if !recipients.names.contains(name) { recipients.names.append(name) }
      }
      for name in relations.unnamedGiversRecipients where !recipients.names.contains(name) {
        recipients.names.append(name)
      }
      // 甲…捐赠给乙；丙捐赠口罩…: an item of a list cut at a semicolon that names its own
      // recipient leaves the later items theirs. One that names none goes on giving to the
      // recipient the items before carry (仪式上，甲捐款10万元；乙捐款5万元；丙、丁各捐款5万元).
      if let last = sentence.scalars.last, "；;".unicodeScalars.contains(last),
        recipients.names != carriedIn
      {
        recipients.names = []
      }
      reviewers = (sentence.article, relations.reviewers)
      let piece = relations.listPiece
      listed = (sentence.article, piece.map { relations.attendeesListedBefore + $0 } ?? [])
      for fact in relations.found {
        collector.add(fact.subject, fact.predicate, fact.object, evidence(sentence, fact.pattern))
      }
    }
    addPlacesNamingProjects(&collector)
    return Self.withoutShortTitles(Self.withoutOuterContainers(collector.facts))
  }

  /// 区委书记甲 … 甲书记指出: a title that only shortens another of the same person's (书记 of
  /// 区委书记) says nothing more.
  static func withoutShortTitles(_ facts: [Fact]) -> [Fact] {
    // NB: holders by their bytes (a String's hash normalizes it).
    var titles: [ExactText: [String]] = [:]
    // NB: by index, each fact's fields read in place (a copy of every fact cost more than the
    // test).
    for index in facts.indices where facts[index].predicate == "title" {
      titles[ExactText(facts[index].subject), default: []].append(facts[index].object.text)
    }
    // NB: most documents give no one two titles: nothing to drop, and no copy of the facts.
    guard titles.values.contains(where: { $0.count > 1 }) else { return facts }
    // NB: the facts read in place, and copied only when one goes (most such documents drop
    // none: a filter copied every fact of them).
    let short = facts.indices.filter { index in
      guard facts[index].predicate == "title", let others = titles[ExactText(facts[index].subject)]
      else { return false }
      let title = facts[index].object.text
      return others.contains {
        $0 != title && ExactText.ends($0, with: title) && !Self.isDeputy($0, of: title)
      }
    }
    guard !short.isEmpty else { return facts }
    var kept = facts
    for index in short.reversed() { kept.remove(at: index) }
    return kept
  }

  /// 副主席 of 主席, 常务副主任 of 主任: a deputy's post ends with its head's, but is another post
  /// (市政协副主席、工商联主席 holds both).
  static func isDeputy(_ longer: String, of title: String) -> Bool {
    longer.dropLast(title.count).hasSuffix("副")
  }

  /// 甲镇至乙镇公路改建工程: a name that joins two places of the article by 至 or a dash.
  func joinsPlaces<Places: Sequence<String>>(_ name: String, _ places: Places) -> Bool {
    let scalars = Array(name.unicodeScalars)
    return scalars.indices.contains { index in
      SentenceRelations.isRoute(scalars[index..<(index + 1)])
        && places.contains {
          String(String.UnicodeScalarView(scalars[(index + 1)...])).hasPrefix($0)
        }
    }
  }

  /// 某县某产业园冷链中心 with nowhere stated: a project or facility named after a place of the
  /// article lies in it (the longest such place).
  func addPlacesNamingProjects(_ collector: inout FactCollector) {
    guard let pattern = cues.nestingID else { return }
    // NB: compared, not looked up in a set of Strings (a hash of the class at every entity).
    func isPlaceClass(_ className: String) -> Bool {
      className == "District" || className == "Street" || className == "Community"
    }
    // NB: names keyed by their bytes (a String's hash normalizes it), and the places' lengths
    // counted once, not once per project and place.
    var classOf: [ExactText: String] = [:]
    // NB: room for every entity at once (grown and rehashed step by step, it cost a fifth).
    // NB: the facts read in place by index (`for fact in` and `filter` copied each one).
    let facts = collector.facts
    classOf.reserveCapacity(facts.count)
    var situated: Set<ExactText> = []
    for index in facts.indices {
      if facts[index].predicate == typePredicate {
        classOf[ExactText(facts[index].subject)] = facts[index].object.text
      } else if facts[index].predicate == "located-in" {
        situated.insert(ExactText(facts[index].subject))
      }
    }
    // NB: the places picked from the table, not filtered into a new one (hashed again).
    let places = classOf.compactMap { entry in
      isPlaceClass(entry.value)
        ? (name: entry.key.text, count: ExactText.length(entry.key.text)) : nil
    }
    var named: [(project: String, place: String)] = []
    for (key, className) in classOf
    where (className == "Project" || className == "Place") && !situated.contains(key) {
      let project = key.text
      let length = ExactText.length(project)
      guard
        var place = places.filter({ $0.count < length && ExactText.starts(project, with: $0.name) })
          .max(by: { $0.count < $1.count })
      else { continue }
      // 某县某镇某村…项目: the chain of places at its head; the innermost holds it.
      var rest = project.dropFirst(place.count)
      var restCount = length - place.count
      while let inner = places.filter({ $0.count < restCount && rest.hasPrefix($0.name) })
        .max(by: { $0.count < $1.count })
      {
        place = inner
        rest = rest.dropFirst(inner.count)
        restCount -= inner.count
      }
      named.append((project, place.name))
    }
    // NB: the sentences are looked through only for these works (most documents have none).
    guard !named.isEmpty else { return }
    named.sort { $0.project < $1.project }
    let wanted = Set(named.map(\.project))
    var firstSentence: [String: Int] = [:]
    for (number, sentence) in sentences.enumerated() {
      for mention in sentence.mentions {
        guard let entity = entity(mention), wanted.contains(entity.name),
          firstSentence[entity.name] == nil
        else { continue }
        firstSentence[entity.name] = number
      }
    }
    // 甲镇至乙镇公路改建工程: a route between places lies in neither.
    let ends = classOf.filter { $0.value == "City" || isPlaceClass($0.value) }.keys
      .map(\.text)
    for (project, place) in named where !joinsPlaces(project, ends) {
      guard let number = firstSentence[project] else { continue }
      collector.add(project, "located-in", .entity(place), evidence(sentences[number], pattern))
    }
  }
}
