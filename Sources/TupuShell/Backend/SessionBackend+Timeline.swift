import TupuDiagnostics
import TupuGraph
import TupuStore

extension ShellBackend {
  /// A backend without dates answers `.timeline` with a message.
  public func timeline(_ name: String) throws -> (table: ResultTable, undated: Int) {
    throw Diagnostic("this backend keeps no dates", hint: "open a graph store")
  }
}

extension LazyBackend {
  public func timeline(_ name: String) throws -> (table: ResultTable, undated: Int) {
    try backend().timeline(name)
  }
}

extension SessionBackend {
  /// An entity's dated facts in the order of their dates (`.timeline NAME`): a fact about a
  /// meeting with a `held-on` date takes that date, any other the date of the document it was
  /// read in. Facts with no date with a year are counted, not listed.
  public func timeline(_ name: String) throws -> (table: ResultTable, undated: Int) {
    let store = try store()
    let facts = try store.facts(about: name).filter { $0.fact.predicate != typePredicate }
    guard !facts.isEmpty else {
      throw Diagnostic(
        "the graph has no facts about \(name)",
        hint: "names are canonical (the fullest form the text gives); Tab completes them")
    }
    var meetingDates: [String: String] = [:]
    func meetingDate(_ entity: String) throws -> String? {
      if let known = meetingDates[entity] { return known.isEmpty ? nil : known }
      let date = try store.facts(about: entity)
        .filter { $0.fact.subject == entity && $0.fact.predicate == "held-on" }
        .map(\.fact.object.text).min()
      meetingDates[entity] = date ?? ""
      return date
    }
    struct Line: Hashable { var date, subject, predicate, object, source: String }
    var lines: Set<Line> = []
    var undated: Set<String> = []
    for stored in facts {
      let fact = stored.fact
      let about = [fact.subject] + (fact.object.kindCode == 0 ? [fact.object.text] : [])
      var date: String?
      if fact.predicate == "held-on" {
        date = fact.object.text
      } else {
        for entity in about where date == nil { date = try meetingDate(entity) }
      }
      if date == nil { date = fact.evidence?.published }
      let key = "\(fact.subject)\u{1F}\(fact.predicate)\u{1F}\(fact.object.text)"
      guard let date, StatedDate(iso: date)?.year != nil else {
        undated.insert(key)
        continue
      }
      lines.insert(
        Line(
          date: date, subject: fact.subject, predicate: fact.predicate, object: fact.object.text,
          source: stored.documentPath ?? (fact.derivedBy.map { "derived by \($0)" } ?? "")))
    }
    let sorted = lines.sorted {
      ($0.date, $0.subject, $0.predicate, $0.object, $0.source)
        < ($1.date, $1.subject, $1.predicate, $1.object, $1.source)
    }
    func text(_ value: String) -> ResultTable.Cell { .term(id: 0, kind: 1, text: value) }
    let table = ResultTable(
      columns: ["date", "subject", "predicate", "object", "document"],
      rows: sorted.map {
        [text($0.date), text($0.subject), text($0.predicate), text($0.object), text($0.source)]
      })
    let dated = Set(sorted.map { "\($0.subject)\u{1F}\($0.predicate)\u{1F}\($0.object)" })
    return (table, undated.subtracting(dated).count)
  }
}
