import Foundation

/// One fact line of a TSV facts file as byte ranges into the file: the whole line and the
/// canonical text of each field (first alternative, spaces trimmed, escapes still in).
struct FactLine {
  var number: Int
  var range: Range<Int>
  var subject: Range<Int>
  var predicate: Range<Int>
  var object: Range<Int>
  /// Unicode-scalar offset of the line in the file, and its length in scalars.
  var start: Int
  var length: Int
  /// True when the line is exactly `subject<TAB>predicate<TAB>object` of the fact it states.
  var isFactText: Bool
}

/// What `TSVFactsReader` hands each fact line to: one maker of `Fact`s, one of encoded rows.
protocol FactLineSink {
  mutating func add(_ line: FactLine, in buffer: UnsafeBufferPointer<UInt8>)
}

extension TSVFactsReader {
  /// Makes a `Fact` with its evidence per line.
  struct FactMaker: FactLineSink {
    var literalPredicates: Set<String>
    var facts: [Fact] = []
    private var vocabulary = RepeatedStrings()

    init(literalPredicates: Set<String>, capacity: Int) {
      self.literalPredicates = literalPredicates
      facts.reserveCapacity(capacity)
    }

    mutating func add(_ line: FactLine, in buffer: UnsafeBufferPointer<UInt8>) {
      let subject = unescaped(buffer, line.subject)
      let (predicate, objectKind) = vocabulary.predicate(
        buffer, line.predicate, literalPredicates)
      let object: Term
      switch objectKind {
      case .classRef: object = .classRef(vocabulary.string(buffer, line.object))
      case .literal: object = .literal(unescaped(buffer, line.object))
      case .entity: object = .entity(unescaped(buffer, line.object))
      }
      facts.append(
        Fact(
          subject, predicate, object,
          evidence: Evidence(
            article: 0, sentence: line.number, start: line.start, end: line.start + line.length,
            text: String(decoding: buffer[line.range], as: UTF8.self), pattern: pattern)))
    }
  }

  /// Gives each distinct term an index, keyed by its bytes in the file (or by its unescaped
  /// bytes), so a term read a thousand times becomes one `String`.
  ///
  /// Keys point into the file's buffer and into unescaped copies this interner owns: use it
  /// only inside the buffer's `withUnsafeBufferPointer`, and `deallocate()` it there.
  struct TermInterner: FactLineSink {
    /// A term's kind (`Term.kindCode`) and bytes.
    struct Key: Hashable {
      var kind: Int
      var bytes: UnsafeBufferPointer<UInt8>
      /// A hash of kind and bytes, computed once: a probe that meets another key compares
      /// this before any byte (N-Triples IRIs of one length share most of their bytes).
      var fingerprint: UInt64

      init(kind: Int, bytes: UnsafeBufferPointer<UInt8>) {
        self.kind = kind
        self.bytes = bytes
        fingerprint = Self.fingerprint(bytes, seed: UInt64(kind))
      }

      func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
      }

      static func == (a: Key, b: Key) -> Bool {
        a.fingerprint == b.fingerprint && a.kind == b.kind && sameBytes(a.bytes, b.bytes)
      }

      static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
        -> Bool
      {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress else { return true }
        return x == y || memcmp(x, y, a.count) == 0
      }

      /// Eight bytes a step, multiplied and folded (the dictionary's own hasher then mixes
      /// the result with its per-process seed): a few times cheaper than hashing every byte.
      static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash = (seed &+ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
          let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
          hash ^= hash >> 32
          offset += 8
        }
        if offset < bytes.count {
          var word: UInt64 = 0
          for index in offset..<bytes.count {
            word |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
          }
          hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
          hash ^= hash >> 32
        }
        return hash
      }
    }

    var literalPredicates: Set<String>
    private(set) var terms: [Term] = []
    /// The key of each term, by index.
    private var keys: [Key] = []
    private(set) var predicates: [(bytes: [UInt8], string: String, objectKind: Int)] = []
    private(set) var rows: [EncodedGraph.Row] = []
    private(set) var lineTexts: [Int: String] = [:]
    private var index: [Key: Int32] = [:]
    private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
    private var lastSubject: (bytes: UnsafeBufferPointer<UInt8>, index: Int32)?

    init(literalPredicates: Set<String>) {
      self.literalPredicates = literalPredicates
    }

    mutating func add(_ line: FactLine, in buffer: UnsafeBufferPointer<UInt8>) {
      let predicate = predicateIndex(buffer, line.predicate)
      let objectKind = predicates[Int(predicate)].objectKind
      // Neighbouring lines mostly share the subject: comparing bytes beats hashing them.
      let subjectBytes = UnsafeBufferPointer(rebasing: buffer[line.subject])
      let subject: Int32
      if let last = lastSubject, Key.sameBytes(last.bytes, subjectBytes) {
        subject = last.index
      } else {
        subject = term(kind: 0, buffer, line.subject, unescape: true)
        lastSubject = (subjectBytes, subject)
      }
      // Class names are taken as written, as `FactMaker` takes them.
      let object = term(kind: objectKind, buffer, line.object, unescape: objectKind != 2)
      if !line.isFactText {
        lineTexts[rows.count] = String(decoding: buffer[line.range], as: UTF8.self)
      }
      rows.append(
        EncodedGraph.Row(
          subject: subject, predicate: predicate, object: object,
          line: Int32(clamping: line.number), start: Int32(clamping: line.start),
          length: Int32(clamping: line.length)))
    }

    mutating func reserve(bytes: Int) {
      // About one new term per 150 bytes in generated and gold files alike.
      index.reserveCapacity(bytes / 150)
      rows.reserveCapacity(bytes / 40)
    }

    /// Appends the rows of a later part of the file, its terms merged into these.
    mutating func absorb(_ other: TermInterner) {
      let predicateIDs = other.predicates.map { predicateIndex(of: $0) }
      var termIDs = [Int32](repeating: 0, count: other.terms.count)
      // In the other part's order, so ids keep following first appearance.
      for (id, key) in other.keys.enumerated() {
        termIDs[id] = intern(key, text: { other.terms[id].text })
      }
      owned += other.owned
      rows.append(
        part: other.rows, lineTexts: other.lineTexts, into: &lineTexts, termIDs: termIDs,
        predicateIDs: predicateIDs)
    }

    mutating func deallocate() {
      for storage in owned { storage.deallocate() }
      owned = []
      index = [:]
      keys = []
      lastSubject = nil
    }

    private mutating func predicateIndex(
      _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Int32 {
      let slice = buffer[range]
      if let position = predicates.firstIndex(where: { $0.bytes.elementsEqual(slice) }) {
        return Int32(position)
      }
      let string = String(decoding: slice, as: UTF8.self)
      let kind = string == typePredicate ? 2 : literalPredicates.contains(string) ? 1 : 0
      predicates.append((Array(slice), string, kind))
      return Int32(predicates.count - 1)
    }

    /// The index of another interner's predicate among these.
    private mutating func predicateIndex(
      of entry: (bytes: [UInt8], string: String, objectKind: Int)
    ) -> Int32 {
      if let position = predicates.firstIndex(where: { $0.bytes == entry.bytes }) {
        return Int32(position)
      }
      predicates.append(entry)
      return Int32(predicates.count - 1)
    }

    private mutating func term(
      kind: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, unescape: Bool
    ) -> Int32 {
      var bytes = UnsafeBufferPointer(rebasing: buffer[range])
      if unescape, bytes.contains(UInt8(ascii: "\\")) {
        let text = Array(TSVFactsReader.unescaped(buffer, range).utf8)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, text.count))
        _ = copy.initialize(from: text)
        owned.append(copy)
        bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<text.count])
      }
      return intern(Key(kind: kind, bytes: bytes), text: { String(decoding: bytes, as: UTF8.self) })
    }

    private mutating func intern(_ key: Key, text: () -> String) -> Int32 {
      let new = Int32(terms.count)
      let found = Self.read(&index[key, default: new])
      if found == new {
        let text = text()
        terms.append(Term(kindCode: key.kind, text: text) ?? .entity(text))
        keys.append(key)
      }
      return found
    }

    /// One hash and probe: the defaulted subscript inserts `new` when the key is missing.
    @inline(__always)
    private static func read(_ slot: inout Int32) -> Int32 { slot }
  }
}
