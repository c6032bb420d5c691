import Foundation
import TupuDiagnostics
import TupuExport
import TupuGraph
import TupuQuery
import TupuStore

/// The real backend: statements through the query module's `QuerySession`, names, facts and
/// counts from the `GraphStore`, pictures from the export module's DOT writer.
///
///     let backend = SessionBackend(session: session, storePath: "tupu.sqlite")
///     let shell = Shell(backend: LazyBackend { backend })
public final class SessionBackend: ShellBackend {
  let session: QuerySession
  let storePath: String
  private var openedStore: GraphStore?
  /// The store's connection for Ctrl-C, once opened (`.describe`, `.stats`, `.dot` use it).
  private let storeToInterrupt = StoreInterrupter()

  public init(session: QuerySession, storePath: String) {
    self.session = session
    self.storePath = storePath
  }

  /// The store for what the session does not answer (names, facts, counts), opened on first
  /// need: the session has already checked that the file is a graph store.
  func store() throws -> GraphStore {
    if let openedStore { return openedStore }
    let store = try GraphStore.reading(path: storePath)
    openedStore = store
    storeToInterrupt.set(store)
    return store
  }

  public func run(_ statement: Statement) throws -> StatementOutcome {
    session.rowLimit = statement.rowLimit
    let outcome = session.run(
      statement.text, source: statement.location.source, firstLine: statement.location.line)
    switch outcome {
    case .rows(let table, let notes):
      return .rows(table, notes: notes)
    case .assertion(let result):
      return .assertion(
        AssertionOutcome(
          holds: result.passed, expectation: result.expectation, actual: result.actual,
          notes: result.notes))
    case .failure(let failure):
      throw StatementFailure(Self.kind(of: failure), [failure.diagnostic])
    }
  }

  public func explain(_ statement: Statement) throws -> String {
    switch session.explain(
      statement.text, source: statement.location.source, firstLine: statement.location.line)
    {
    case .success(let explanation): return explanation.text
    case .failure(let failure):
      throw StatementFailure(Self.kind(of: failure), [failure.diagnostic])
    }
  }

  public func vocabulary() throws -> Vocabulary { session.vocabulary }

  public func entityNames(prefix: String, limit: Int) throws -> [String] {
    try store().entityNames(matchingPrefix: prefix, limit: limit)
  }

  public func describe(_ name: String) throws -> ResultTable {
    var facts = try store().facts(about: name)
    if facts.isEmpty {
      // A part of a name: one entity containing it is described; several are listed.
      let candidates = try store().entityNames(containing: name)
      if candidates.count == 1 { facts = try store().facts(about: candidates[0]) }
      if candidates.count > 1 {
        throw Diagnostic(
          "“\(name)” is part of \(candidates.count == 20 ? "20 or more" : "\(candidates.count)")"
            + " names",
          hint: "describe one of: " + candidates.joined(separator: ", "))
      }
    }
    guard !facts.isEmpty else {
      let near = try store().entityNames(matchingPrefix: String(name.prefix(1)), limit: 200)
      throw Diagnostic(
        "the graph has no entity named \(name)",
        hint: Suggestions.hint(for: name, in: near)
          ?? "names are canonical (the fullest form the text gives); Tab completes them")
    }
    func text(_ value: String) -> ResultTable.Cell { .term(id: 0, kind: 1, text: value) }
    return ResultTable(
      columns: ["subject", "predicate", "object", "source"],
      rows: facts.map { stored in
        let source =
          stored.fact.derivedBy.map { "derived by \($0)" }
          ?? [stored.documentPath, stored.fact.evidence?.text].compactMap { $0 }
          .joined(separator: ": ")
        return [
          text(stored.fact.subject), text(stored.fact.predicate), text(stored.fact.object.text),
          text(source),
        ]
      })
  }

  public func evidence(rows: [Int]) throws -> [RowEvidence] {
    guard let table = session.lastResult, let plan = session.lastPlan else { return [] }
    return try rows.filter { table.rows.indices.contains($0) }.map { index in
      var bindings: [String: String] = [:]
      for (output, cell) in zip(plan.outputs, table.rows[index]) {
        if case .variable(let name) = output, case .term(_, _, let text) = cell {
          bindings[name] = text
        }
      }
      var facts: [SupportingFact] = []
      for fact in try session.graph.supportingFacts(of: plan, bindings: bindings) {
        facts.append(try withCitations(fact))
        if let rule = fact.derivedBy {
          facts += try premises(of: fact, rule: rule).map(withCitations)
        }
      }
      return RowEvidence(row: index, facts: facts)
    }
  }

  /// The fact with the sentences it was read from, from the store's evidence.
  private func withCitations(_ fact: SupportingFact) throws -> SupportingFact {
    guard fact.evidence.isEmpty, fact.derivedBy == nil else { return fact }
    var cited = fact
    cited.evidence = try store().facts(about: fact.subject).filter {
      $0.fact.subject == fact.subject && $0.fact.predicate == fact.predicate
        && $0.fact.object.text == fact.object
    }.compactMap { stored in
      stored.fact.evidence.map {
        SupportingFact.Citation(
          document: stored.documentPath ?? "", sentence: $0.text, start: $0.start, end: $0.end)
      }
    }
    return cited
  }

  /// The facts a derived fact was derived from (the store matches its rule's body), so that
  /// `.why` reaches sentences for derived answers too.
  private func premises(of fact: SupportingFact, rule id: String) throws -> [SupportingFact] {
    guard let rule = session.vocabulary.rules.first(where: { $0.id == id }) else { return [] }
    let derived = Fact(fact.subject, fact.predicate, .entity(fact.object), derivedBy: id)
    return try store().premises(of: derived, rule: rule).map { found in
      SupportingFact(
        subject: found.subject, predicate: found.predicate, object: found.object.text,
        derivedBy: found.derivedBy)
    }
  }

  public func dot() throws -> String {
    guard let table = session.lastResult, let plan = session.lastPlan else {
      throw Diagnostic("no query answer to draw", hint: "run a query first, then .dot FILE")
    }
    let facts = try store().facts(includeDerived: true).map { stored in
      var fact = stored.fact
      if let path = stored.documentPath { fact.evidence?.document = path }
      return fact
    }
    let usable = plan.assertedOnly ? facts.filter { !$0.isDerived } : facts
    var options = ExportOptions(format: .dot)
    options.includeDerived = true
    return try Exporter(options: options, vocabulary: session.vocabulary)
      .render(usable.matching(plan, answers: table))
  }

  public func statistics() throws -> ResultTable {
    let statistics = try store().statistics()
    func text(_ value: String) -> ResultTable.Cell { .term(id: 0, kind: 1, text: value) }
    func number(_ value: Int) -> ResultTable.Cell { .integer(Int64(value)) }
    var rows: [[ResultTable.Cell]] = [
      [text("documents"), text(""), number(statistics.documents)],
      [text("entities"), text(""), number(statistics.entities)],
      [text("facts"), text(""), number(statistics.facts)],
      [text("derived facts"), text(""), number(statistics.derivedFacts)],
      [text("evidence"), text(""), number(statistics.evidence)],
    ]
    let labels = Dictionary(
      session.vocabulary.classes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    let predicateLabels = Dictionary(
      session.vocabulary.predicates.map { ($0.id, $0.label) },
      uniquingKeysWith: { first, _ in first })
    for count in statistics.classes {
      let label = labels[count.name].map { " \($0)" } ?? ""
      rows.append([text("class"), text(count.name + label), number(count.count)])
    }
    for count in statistics.predicates {
      let label = predicateLabels[count.name].map { " \($0)" } ?? ""
      rows.append([text("predicate"), text(count.name + label), number(count.count)])
    }
    return ResultTable(columns: ["kind", "name", "count"], rows: rows)
  }

  public func makeInterrupter() -> @Sendable () -> Void {
    let session = self.session
    let store = storeToInterrupt
    return {
      session.interrupt()
      store.interrupt()
    }
  }
}

/// Holds the store for the thread that handles Ctrl-C: `sqlite3_interrupt` may be called
/// from any thread.
private final class StoreInterrupter: @unchecked Sendable {
  private let lock = NSLock()
  private var store: GraphStore?

  func set(_ store: GraphStore) {
    lock.withLock { self.store = store }
  }

  func interrupt() {
    lock.withLock { store }?.interrupt()
  }
}

extension SessionBackend {
  /// The shell's kind of a session failure, which decides a script's exit status.
  static func kind(of failure: QuerySession.Failure) -> StatementFailure.Kind {
    switch failure.kind {
    case .syntax: return .syntax
    case .store: return .input
    case .timeLimit: return .timeLimit
    }
  }
}
