import Foundation
import TupuDiagnostics
import TupuGraph

/// One piece of evidence for one fact, with terms as indexes into `BatchEncoder.keys` until
/// the store resolves them to term ids.
struct EvidenceRow {
  var s: Int
  var p: Int
  var o: Int
  /// Index of the document in the batch.
  var document: Int32
  var article: Int32
  var sentence: Int32
  var start: Int32
  var length: Int32
  /// Index into `BatchEncoder.patterns`.
  var pattern: Int32

  /// The evidence table's primary-key order (document index stands in for the document id,
  /// which grows with it).
  static func keyOrder(_ a: EvidenceRow, _ b: EvidenceRow) -> Bool {
    if a.s != b.s { return a.s < b.s }
    if a.p != b.p { return a.p < b.p }
    if a.o != b.o { return a.o < b.o }
    if a.document != b.document { return a.document < b.document }
    if a.article != b.article { return a.article < b.article }
    if a.sentence != b.sentence { return a.sentence < b.sentence }
    return a.start < b.start
  }
}

/// A sentence of a document in the batch.
struct SentenceKey: Hashable, Comparable {
  var document: Int32
  var article: Int32
  var sentence: Int32

  static func < (a: SentenceKey, b: SentenceKey) -> Bool {
    (a.document, a.article, a.sentence) < (b.document, b.article, b.sentence)
  }

  // NB: one combine of the three numbers (the synthesized hash made three rounds).
  func hash(into hasher: inout Hasher) {
    hasher.combine(digest)
  }

  // NB: what Set and Dictionary call: the numbers mixed with the table's seed, no Hasher.
  func _rawHashValue(seed: Int) -> Int { ByteDigest.tableHash(digest, seed: seed) }

  private var digest: UInt64 {
    UInt64(UInt32(bitPattern: document)) << 40 ^ UInt64(UInt32(bitPattern: article)) << 20
      ^ UInt64(UInt32(bitPattern: sentence))
  }
}

/// Dictionary-encodes a batch of document graphs in one pass: each distinct term gets a dense
/// index, so the store resolves each term once however often it occurs.
struct BatchEncoder {
  private(set) var keys: [TermKey] = []
  private(set) var index: [TermKey: Int32] = [:]
  private(set) var patterns: [String] = []
  private var patternIndex: [String: Int32] = [:]

  mutating func reserve(_ facts: Int) {
    // Distinct terms are a fraction of the triples; reserving avoids repeated rehashing.
    index.reserveCapacity(facts / 2)
    keys.reserveCapacity(facts / 2)
  }

  mutating func term(kind: Int, _ text: String) -> Int {
    let key = TermKey(kind: kind, text: text)
    let new = Int32(keys.count)
    // One hash and probe: the defaulted subscript's modify inserts `new` when the key is missing.
    let found = Self.read(&index[key, default: new])
    if found == new { keys.append(key) }
    return Int(found)
  }

  @inline(__always)
  private static func read(_ slot: inout Int32) -> Int32 { slot }

  mutating func pattern(_ name: String) -> Int32 {
    // Every fact of a facts file has the same pattern: comparing bytes beats hashing a String.
    if let last = lastPattern, Self.sameBytes(last.name, name) { return last.index }
    let index = patternIndex(name)
    lastPattern = (name, index)
    return index
  }

  private var lastPattern: (name: String, index: Int32)?

  private mutating func patternIndex(_ name: String) -> Int32 {
    if let known = patternIndex[name] { return known }
    let new = Int32(patterns.count)
    patterns.append(name)
    patternIndex[name] = new
    return new
  }

  /// Appends one row per fact of `graph`; sentence texts that say more than the fact itself
  /// are collected once per sentence.
  mutating func encode(
    _ graph: DocumentGraph, document: Int32, into rows: inout [EvidenceRow],
    sentences: inout [SentenceKey: String]
  ) {
    // Neighbouring facts mostly share subject and predicate: comparing with the previous one
    // is cheaper than hashing again.
    var previous: (subject: String, s: Int, predicate: String, p: Int)?
    // NB: facts read in place by index: `for fact in` copied each Fact and its Evidence
    // (~850 instructions a fact with the releases).
    let facts = graph.facts
    for index in facts.indices {
      let s: Int
      let p: Int
      if let last = previous, Self.sameBytes(last.subject, facts[index].subject) {
        s = last.s
      } else {
        s = term(kind: StoreSchema.Kind.entity, facts[index].subject)
      }
      if let last = previous, Self.sameBytes(last.predicate, facts[index].predicate) {
        p = last.p
      } else {
        p = term(kind: StoreSchema.Kind.predicate, facts[index].predicate)
      }
      previous = (facts[index].subject, s, facts[index].predicate, p)
      let o = term(kind: facts[index].object.kindCode, facts[index].object.text)
      guard let evidence = facts[index].evidence else {
        // NB: an asserted fact without evidence still needs a row, or the store would take it
        // for unevidenced and drop it when a document is replaced.
        rows.append(
          EvidenceRow(
            s: s, p: p, o: o, document: document, article: -1, sentence: -1, start: 0,
            length: 0, pattern: pattern("")))
        continue
      }
      rows.append(
        EvidenceRow(
          s: s, p: p, o: o, document: document, article: Int32(clamping: evidence.article),
          sentence: Int32(clamping: evidence.sentence), start: Int32(clamping: evidence.start),
          length: Int32(clamping: max(0, evidence.end - evidence.start)),
          pattern: pattern(evidence.pattern)))
      // NB: a JSON Lines fact without evidence has an empty text, read back from its pattern.
      let isBare = evidence.text.isEmpty && evidence.pattern == JSONLFactsReader.pattern
      if !isBare
        && !Self.isFactLine(
          evidence.text, facts[index].subject, facts[index].predicate, facts[index].object.text)
      {
        let key = SentenceKey(
          document: document, article: Int32(clamping: evidence.article),
          sentence: Int32(clamping: evidence.sentence))
        // NB: not the defaulted subscript: its default captured the evidence, boxed on the heap
        // (two allocations a fact); a new sentence, the one lookup more, is rarer.
        if sentences.index(forKey: key) == nil { sentences[key] = evidence.text }
      }
    }
  }

  /// Appends one row per row of a dictionary-encoded document: each distinct term is
  /// looked up once, not once per fact.
  mutating func encode(
    _ graph: EncodedGraph, document: Int32, into rows: inout [EvidenceRow],
    sentences: inout [SentenceKey: String]
  ) {
    let terms = graph.terms.map { term(kind: $0.kindCode, $0.text) }
    let predicates = graph.predicates.map { term(kind: StoreSchema.Kind.predicate, $0) }
    // NB: a pattern is registered only when a row uses it: the store's pattern table is then
    // the one a direct ingest of the same facts makes.
    let ownEvidence = !graph.rowPatterns.isEmpty
    let pattern = ownEvidence ? 0 : pattern(graph.pattern)
    let patterns = graph.patterns.map { self.pattern($0) }
    rows.reserveCapacity(rows.count + graph.rows.count)
    for (index, row) in graph.rows.enumerated() {
      rows.append(
        EvidenceRow(
          s: terms[Int(row.subject)], p: predicates[Int(row.predicate)],
          o: terms[Int(row.object)], document: document,
          article: ownEvidence ? graph.articles[index] : 0, sentence: row.line,
          start: row.start, length: row.length,
          pattern: ownEvidence ? patterns[Int(graph.rowPatterns[index])] : pattern))
    }
    sentences.reserveCapacity(sentences.count + graph.lineTexts.count)
    // NB: rows of their own evidence in row order, so that of two texts of one sentence the
    // first is kept, as above; a line-based file's rows are each their own sentence.
    let order = ownEvidence ? graph.lineTexts.keys.sorted() : Array(graph.lineTexts.keys)
    for index in order {
      guard let text = graph.lineTexts[index] else { continue }
      let key = SentenceKey(
        document: document, article: ownEvidence ? graph.articles[index] : 0,
        sentence: graph.rows[index].line)
      Self.keepFirst(&sentences[key, default: text])
    }
  }

  /// One hash and probe: the defaulted subscript inserts the text when the sentence is new,
  /// and an older text is kept.
  @inline(__always)
  static func keepFirst(_ text: inout String) {}

  @inline(__always)
  static func sameBytes(_ a: String, _ b: String) -> Bool {
    TermKey.sameBytes(a, b)
  }

  /// True when `text` is exactly `subject<TAB>predicate<TAB>object`: a facts-file line that
  /// the store can rebuild from the fact instead of storing it.
  static func isFactLine(_ text: String, _ fact: Fact) -> Bool {
    isFactLine(text, fact.subject, fact.predicate, fact.object.text)
  }

  static func isFactLine(
    _ text: String, _ subjectText: String, _ predicateText: String, _ objectText: String
  ) -> Bool {
    let subject = subjectText.utf8.count
    let predicate = predicateText.utf8.count
    let object = objectText.utf8.count
    guard text.utf8.count == subject + predicate + object + 2 else { return false }
    var line = text
    return line.withUTF8 { bytes in
      bytes[subject] == UInt8(ascii: "\t") && bytes[subject + 1 + predicate] == UInt8(ascii: "\t")
        && matches(bytes, at: 0, subjectText)
        && matches(bytes, at: subject + 1, predicateText)
        && matches(bytes, at: subject + predicate + 2, objectText)
    }
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ part: String)
    -> Bool
  {
    var copy = part
    return copy.withUTF8 { partBytes in
      guard let base = bytes.baseAddress, let partBase = partBytes.baseAddress else {
        return partBytes.isEmpty
      }
      return memcmp(base + offset, partBase, partBytes.count) == 0
    }
  }

  /// The text a facts-file line without a stored sentence had.
  static func factLine(subject: String, predicate: String, object: String) -> String {
    "\(subject)\t\(predicate)\t\(object)"
  }
}
