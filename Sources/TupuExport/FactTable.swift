import Foundation
import TupuGraph

/// Facts ready to write: one row per (subject, predicate, object), in a stable order, with
/// every piece of evidence the input gave for it.
///
/// Stores may hand over one `Fact` per piece of evidence; writers want one statement each, so
/// the table merges them. Order is by the UTF-8 bytes of subject, predicate (`type` first),
/// object kind and object text, so the same graph always gives the same bytes on every
/// platform.
///
/// NB: names compare as bytes, not as Swift `String`s (which hash and compare by canonical
/// equivalence, slowly for CJK): the store keeps terms as bytes too, and sorting then merging
/// neighbours needs no hashing at all.
struct FactTable: Sendable {
  struct Row: Hashable, Sendable {
    var subject: String
    var predicate: String
    var object: Term
    var evidence: [Evidence]
    /// The rule that derived the fact; nil when it was asserted.
    var rule: String?

    var isDerived: Bool { rule != nil }
  }

  private(set) var rows: [Row]

  /// - Parameter includeDerived: keep facts that a rule derived (asserted facts always stay).
  init(_ facts: [Fact], includeDerived: Bool) {
    var sorted: [Row] = []
    sorted.reserveCapacity(facts.count)
    for fact in facts where includeDerived || !fact.isDerived {
      sorted.append(
        Row(
          subject: fact.subject, predicate: fact.predicate, object: fact.object,
          evidence: fact.evidence.map { [$0] } ?? [], rule: fact.derivedBy))
    }
    sorted.sort { Row.order($0, $1) < 0 }
    var rows: [Row] = []
    rows.reserveCapacity(sorted.count)
    for row in sorted {
      guard let last = rows.indices.last, Row.order(rows[last], row) == 0 else {
        rows.append(row)
        continue
      }
      for evidence in row.evidence where !rows[last].evidence.contains(evidence) {
        rows[last].evidence.append(evidence)
      }
      // An asserted reading wins over a derived one of the same statement.
      if !row.isDerived { rows[last].rule = nil }
    }
    for at in rows.indices where rows[at].evidence.count > 1 {
      rows[at].evidence.sort(by: Evidence.precedes)
    }
    self.rows = rows
  }

  /// Every entity named as a subject or an entity object, in byte order.
  var entities: [String] {
    var names: [String] = []
    names.reserveCapacity(rows.count)
    for row in rows {
      names.append(row.subject)
      if case .entity(let name) = row.object { names.append(name) }
    }
    names.sort { byteOrder($0, $1) < 0 }
    var unique: [String] = []
    unique.reserveCapacity(names.count)
    for name in names where unique.last.map({ byteOrder($0, name) != 0 }) ?? true {
      unique.append(name)
    }
    return unique
  }

  /// Each typed entity with its most specific class among its `type` facts, in byte order.
  func typedEntities(in vocabulary: Vocabulary) -> [(entity: String, classID: String)] {
    var result: [(entity: String, classID: String)] = []
    var at = rows.startIndex
    while at < rows.endIndex {
      let subject = rows[at].subject
      var classes: [String] = []
      // Rows of one subject are adjacent, its `type` rows first.
      while at < rows.endIndex, rows[at].predicate == typePredicate,
        byteOrder(rows[at].subject, subject) == 0
      {
        classes.append(rows[at].object.text)
        at += 1
      }
      if !classes.isEmpty { result.append((subject, vocabulary.mostSpecific(of: classes))) }
      while at < rows.endIndex, byteOrder(rows[at].subject, subject) == 0 { at += 1 }
    }
    return result
  }

  /// Each entity's most specific class among its `type` facts.
  func classes(in vocabulary: Vocabulary) -> [String: String] {
    var classes: [String: String] = [:]
    for (entity, classID) in typedEntities(in: vocabulary) { classes[entity] = classID }
    return classes
  }
}

extension FactTable.Row {
  /// Three-way order: negative, zero (the same statement) or positive.
  static func order(_ a: Self, _ b: Self) -> Int {
    let subject = byteOrder(a.subject, b.subject)
    if subject != 0 { return subject }
    let aType = a.predicate == typePredicate
    let bType = b.predicate == typePredicate
    // `type` first: an entity's class reads best before what it does.
    if aType != bType { return aType ? -1 : 1 }
    let predicate = byteOrder(a.predicate, b.predicate)
    if predicate != 0 { return predicate }
    if a.object.kindCode != b.object.kindCode {
      return a.object.kindCode < b.object.kindCode ? -1 : 1
    }
    return byteOrder(a.object.text, b.object.text)
  }
}

extension Evidence {
  static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
    let document = byteOrder(a.document ?? "", b.document ?? "")
    if document != 0 { return document < 0 }
    return (a.article, a.sentence, a.start, a.end) < (b.article, b.sentence, b.start, b.end)
      || ((a.article, a.sentence, a.start, a.end) == (b.article, b.sentence, b.start, b.end)
        && byteOrder(a.pattern, b.pattern) < 0)
  }
}

extension Vocabulary {
  /// The deepest class of `classes` (Official over Person); ties go to byte order.
  func mostSpecific(of classes: [String]) -> String {
    guard classes.count > 1 else { return classes[0] }
    let sorted = classes.sorted(by: bytewise)
    var best = sorted[0]
    for candidate in sorted.dropFirst() where lineage(of: candidate).count > lineage(of: best).count
    {
      best = candidate
    }
    return best
  }
}

/// Byte order of UTF-8: the same on every platform and locale.
func bytewise(_ a: String, _ b: String) -> Bool { byteOrder(a, b) < 0 }

/// Three-way comparison of the UTF-8 bytes of `a` and `b` (memcmp on native strings).
func byteOrder(_ a: String, _ b: String) -> Int {
  let compared = a.utf8.withContiguousStorageIfAvailable { left in
    b.utf8.withContiguousStorageIfAvailable { right -> Int in
      let common = min(left.count, right.count)
      if common > 0, let l = left.baseAddress, let r = right.baseAddress {
        let result = memcmp(l, r, common)
        if result != 0 { return result < 0 ? -1 : 1 }
      }
      return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }
  }
  if let compared, let result = compared { return result }
  if a.utf8.elementsEqual(b.utf8) { return 0 }
  return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
}
