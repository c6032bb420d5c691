import TupuGraph
import TupuStore

/// What an entity page shows: the entity's classes, and its facts in and out grouped by
/// predicate, each with its evidence, derived ones with the facts they rest on.
struct EntityView: Sendable {
  /// One statement of the graph with everything said for it.
  struct Statement: Sendable {
    var subject: String
    var predicate: String
    var object: Term
    /// The rule that derived it (nil when a document states it).
    var rule: String?
    /// Where documents state it, in document order.
    var citations: [Citation]
    /// For a derived statement: the statements its rule matched (derived ones with their own).
    var premises: [Statement]
  }

  struct Citation: Sendable {
    var document: String
    var evidence: Evidence
  }

  struct Group: Sendable {
    var predicate: String
    var statements: [Statement]
  }

  var name: String
  /// Its classes, most specific first.
  var classes: [String]
  /// Facts with the entity as subject, by predicate.
  var outgoing: [Group]
  /// Facts with the entity as object, by predicate.
  var incoming: [Group]
  /// Statements left out because the entity has more than a page shows.
  var omitted: Int
}

extension Reader {
  /// Statements a page shows at most; a district named by thousands of facts links to a query
  /// for the rest.
  static let pageStatementLimit = 1_000
  /// How deep a derived fact's premises are followed.
  static let premiseDepth = 3

  /// The entity page's content, or nil when the graph has no entity of this name.
  func entity(_ name: String) throws -> EntityView? {
    var cache: [String: [StoredFact]] = [:]
    let rows = try facts(about: name, cache: &cache)
    guard !rows.isEmpty else { return nil }
    let statements = Self.statements(rows)
    var classes: [String] = []
    var outgoing: [String: [EntityView.Statement]] = [:]
    var incoming: [String: [EntityView.Statement]] = [:]
    var shown = 0
    for var statement in statements {
      if statement.subject == name && statement.predicate == typePredicate {
        classes.append(statement.object.text)
        continue
      }
      guard shown < Self.pageStatementLimit else { continue }
      shown += 1
      if let rule = statement.rule {
        statement.premises = try premises(of: statement, rule: rule, depth: 1, cache: &cache)
      }
      if statement.subject == name {
        outgoing[statement.predicate, default: []].append(statement)
      } else {
        incoming[statement.predicate, default: []].append(statement)
      }
    }
    let others = statements.count - classes.count
    return EntityView(
      name: name, classes: classes.sorted { lineageDepth($0) > lineageDepth($1) },
      outgoing: groups(outgoing), incoming: groups(incoming), omitted: max(0, others - shown))
  }

  /// Groups in the vocabulary's predicate order (then by id for predicates it lacks).
  private func groups(_ byPredicate: [String: [EntityView.Statement]]) -> [EntityView.Group] {
    let order = Dictionary(
      settings.vocabulary.predicates.enumerated().map { ($0.element.id, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    return byPredicate.keys.sorted {
      (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1)
    }.map { EntityView.Group(predicate: $0, statements: byPredicate[$0] ?? []) }
  }

  private func lineageDepth(_ classID: String) -> Int {
    settings.vocabulary.lineage(of: classID).count
  }

  /// The store's rows about `name` (one per piece of evidence), read once per page.
  private func facts(about name: String, cache: inout [String: [StoredFact]]) throws
    -> [StoredFact]
  {
    if let known = cache[name] { return known }
    let rows = try store.facts(about: name)
    cache[name] = rows
    return rows
  }

  /// Rows merged into statements: the store orders them by subject, predicate and object, so
  /// the rows of one statement are neighbours.
  static func statements(_ rows: [StoredFact]) -> [EntityView.Statement] {
    var statements: [EntityView.Statement] = []
    for row in rows {
      let fact = row.fact
      let citation = fact.evidence.map {
        EntityView.Citation(document: row.documentPath ?? "?", evidence: $0)
      }
      if let last = statements.last, last.subject == fact.subject,
        last.predicate == fact.predicate, last.object == fact.object
      {
        if let citation { statements[statements.count - 1].citations.append(citation) }
        continue
      }
      statements.append(
        EntityView.Statement(
          subject: fact.subject, predicate: fact.predicate, object: fact.object,
          rule: fact.derivedBy, citations: citation.map { [$0] } ?? [], premises: []))
    }
    return statements
  }

  /// The statements a derived one rests on, each with its evidence (and its own premises when
  /// it is derived too, up to `premiseDepth`).
  private func premises(
    of statement: EntityView.Statement, rule id: String, depth: Int,
    cache: inout [String: [StoredFact]]
  ) throws -> [EntityView.Statement] {
    guard depth <= Self.premiseDepth,
      let rule = settings.vocabulary.rules.first(where: { $0.id == id })
    else { return [] }
    let derived = Fact(statement.subject, statement.predicate, statement.object, derivedBy: id)
    var found: [EntityView.Statement] = []
    var known = cache
    let matched = try store.premises(of: derived, rule: rule) { name in
      if let rows = known[name] { return rows }
      let rows = try self.store.facts(about: name)
      known[name] = rows
      return rows
    }
    cache = known
    for premise in matched {
      let rows = try facts(about: premise.subject, cache: &cache).filter {
        $0.fact.subject == premise.subject && $0.fact.predicate == premise.predicate
          && $0.fact.object == premise.object
      }
      guard var cited = Self.statements(rows).first else { continue }
      if let inner = cited.rule {
        cited.premises = try premises(of: cited, rule: inner, depth: depth + 1, cache: &cache)
      }
      found.append(cited)
    }
    return found
  }
}
