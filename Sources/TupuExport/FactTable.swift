import TupuGraph

/// Facts ready to write: one row per (subject, predicate, object), in a stable order, with
/// every piece of evidence the input gave for it.
///
/// Stores may hand over one `Fact` per piece of evidence; writers want one statement each, so
/// the table merges them. Order is by the UTF-8 bytes of subject, predicate, object kind and
/// object text, so the same graph always gives the same bytes on every platform.
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
    struct Key: Hashable {
      var subject: String
      var predicate: String
      var object: Term
    }
    var index: [Key: Int] = [:]
    var rows: [Row] = []
    for fact in facts where includeDerived || !fact.isDerived {
      let key = Key(subject: fact.subject, predicate: fact.predicate, object: fact.object)
      if let at = index[key] {
        if let evidence = fact.evidence, !rows[at].evidence.contains(evidence) {
          rows[at].evidence.append(evidence)
        }
        // An asserted reading wins over a derived one of the same statement.
        if !fact.isDerived { rows[at].rule = nil }
      } else {
        index[key] = rows.count
        rows.append(
          Row(
            subject: fact.subject, predicate: fact.predicate, object: fact.object,
            evidence: fact.evidence.map { [$0] } ?? [], rule: fact.derivedBy))
      }
    }
    for at in rows.indices { rows[at].evidence.sort(by: Evidence.precedes) }
    rows.sort(by: Row.precedes)
    self.rows = rows
  }

  /// Every entity named as a subject or an entity object, in byte order.
  var entities: [String] {
    var names = Set<String>()
    for row in rows {
      names.insert(row.subject)
      if case .entity(let name) = row.object { names.insert(name) }
    }
    return names.sorted(by: bytewise)
  }

  /// Each entity's most specific class among its `type` facts.
  func classes(in vocabulary: Vocabulary) -> [String: String] {
    var candidates: [String: [String]] = [:]
    for row in rows where row.predicate == typePredicate {
      candidates[row.subject, default: []].append(row.object.text)
    }
    return candidates.mapValues { vocabulary.mostSpecific(of: $0) }
  }
}

extension FactTable.Row {
  static func precedes(_ a: Self, _ b: Self) -> Bool {
    if a.subject != b.subject { return bytewise(a.subject, b.subject) }
    if a.predicate != b.predicate {
      // `type` first: an entity's class reads best before what it does.
      if a.predicate == typePredicate || b.predicate == typePredicate {
        return a.predicate == typePredicate
      }
      return bytewise(a.predicate, b.predicate)
    }
    if a.object.kindCode != b.object.kindCode { return a.object.kindCode < b.object.kindCode }
    return bytewise(a.object.text, b.object.text)
  }
}

extension Evidence {
  static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
    (a.document ?? "", a.article, a.sentence, a.start, a.end, a.pattern)
      < (b.document ?? "", b.article, b.sentence, b.start, b.end, b.pattern)
  }
}

extension Vocabulary {
  /// The deepest class of `classes` (Official over Person); ties go to byte order.
  func mostSpecific(of classes: [String]) -> String {
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
func bytewise(_ a: String, _ b: String) -> Bool {
  a.utf8.lexicographicallyPrecedes(b.utf8)
}
