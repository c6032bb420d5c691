/// Words of a lexicon, found by longest match at a position of a scalar array.
///
/// Sentences are scanned as `[Unicode.Scalar]` (SWIFT-NOTES.md: Character operations are 10–20×
/// slower); each word is bucketed by its first and by its last scalar so that a match at a
/// position costs a dictionary lookup and a few comparisons.
public struct WordTable<Payload: Sendable>: Sendable {
  public struct Entry: Sendable {
    public let word: [Unicode.Scalar]
    public var payload: Payload
    // NB: the word's length and its second and last-but-one scalars, kept in the entry: they
    // rule out most entries of a bucket without reading the word's own storage (a cache miss
    // per entry, the larger part of a lookup's time).
    @usableFromInline let length: Int
    @usableFromInline let second: UInt32
    @usableFromInline let penultimate: UInt32

    @inlinable
    public init(word: [Unicode.Scalar], payload: Payload) {
      self.word = word
      self.payload = payload
      length = word.count
      second = word.count >= 2 ? word[1].value : 0
      penultimate = word.count >= 2 ? word[word.count - 2].value : 0
    }
  }

  // NB: lookups run at every position of every sentence, so they avoid hashing: a bitmap of
  // the first (and last) scalars of the Basic Multilingual Plane answers most of them, and a
  // rank over the bitmap finds the bucket. The storage is one immutable-after-load object (a
  // copy of the table is one retain); the methods are inlinable so that callers in other
  // modules get them specialized (unspecialized generics cost 10×).
  @usableFromInline
  final class Storage: @unchecked Sendable {
    @usableFromInline @exclusivity(unchecked) var first = Index()
    @usableFromInline @exclusivity(unchecked) var last = Index()
    @usableFromInline @exclusivity(unchecked) var count = 0

    @usableFromInline init() {}

    @usableFromInline
    func copy() -> Storage {
      let copy = Storage()
      copy.first = first
      copy.last = last
      copy.count = count
      return copy
    }
  }

  /// Buckets of entries by one scalar: a BMP bitmap with ranks, a dictionary for the rest.
  @usableFromInline
  struct Index: Sendable {
    @usableFromInline var bits = [UInt64](repeating: 0, count: 1024)
    @usableFromInline var ranks = [Int32](repeating: 0, count: 1024)
    @usableFromInline var buckets: [[Entry]] = []
    /// Per bucket, what its words go on with (the second scalar of the words by first, the
    /// last-but-one of the words by last): bit `value % 63` of each such scalar, and bit 63
    /// when a word of one scalar is in the bucket. A lookup whose next scalar has no bit set
    /// reads no entry (most positions of a text start some word of a big table).
    @usableFromInline var summaries: [UInt64] = []
    @usableFromInline var extra: [UInt32: [Entry]] = [:]

    @inlinable @inline(__always)
    static func summaryBit(_ next: UInt32?) -> UInt64 {
      guard let next else { return UInt64(1) << 63 }
      return UInt64(1) << UInt64(next % 63)
    }

    // NB: inlinable, so that a table a document builds (its names) is specialized for its
    // payload in the caller's module; unspecialized, an insert went through generic metadata.
    @inlinable
    mutating func insert(_ entry: Entry, under scalar: Unicode.Scalar, next: UInt32?) {
      let value = scalar.value
      guard value < 0x10000 else {
        Self.insert(entry, into: &extra[value, default: []])
        return
      }
      let word = Int(value >> 6)
      let bit = UInt64(1) << UInt64(value & 63)
      let rank = Int(ranks[word]) + (bits[word] & (bit &- 1)).nonzeroBitCount
      if bits[word] & bit == 0 {
        bits[word] |= bit
        buckets.insert([entry], at: rank)
        summaries.insert(Self.summaryBit(next), at: rank)
        // NB: through a buffer, so that the loop is vectorized (tables are built per document
        // too: the names a document has read).
        ranks.withUnsafeMutableBufferPointer { ranks in
          for later in (word + 1)..<1024 { ranks[later] &+= 1 }
        }
      } else {
        Self.insert(entry, into: &buckets[rank])
        summaries[rank] |= Self.summaryBit(next)
      }
    }

    /// Longest first; a word after those at least as long (as a stable sort puts it).
    @inlinable
    static func insert(_ entry: Entry, into bucket: inout [Entry]) {
      // NB: most words go last (a list's words of one length, the first of a bucket): no walk
      // over the bucket.
      if bucket.last.map({ $0.length >= entry.length }) ?? true {
        bucket.append(entry)
        return
      }
      let position = bucket.firstIndex { $0.length < entry.length } ?? bucket.count
      bucket.insert(entry, at: position)
    }

    // NB: inlined into each lookup, so that the lookup reads the bucket in place; called, it
    // hands back a retained copy of the bucket (a retain and a release per lookup).
    @inlinable @inline(__always)
    func bucket(_ scalar: Unicode.Scalar) -> [Entry]? {
      let value = scalar.value
      guard value < 0x10000 else { return extra[value] }
      guard let rank = bucketIndex(value) else { return nil }
      return buckets[rank]
    }

    /// Where the bucket of a scalar below U+10000 sits among `buckets`: nil when no word starts
    /// with it.
    @inlinable @inline(__always)
    func bucketIndex(_ value: UInt32) -> Int? {
      let word = Int(value >> 6)
      let bit = UInt64(1) << UInt64(value & 63)
      let bits = self.bits[word]
      guard bits & bit != 0 else { return nil }
      return Int(ranks[word]) + (bits & (bit &- 1)).nonzeroBitCount
    }

    /// The bucket of `scalar` when a word in it may go on with `next` (`UInt32.max`: the text
    /// ends, only a one-scalar word fits).
    @inlinable @inline(__always)
    func bucket(_ scalar: Unicode.Scalar, next: UInt32) -> [Entry]? {
      let value = scalar.value
      guard value < 0x10000 else { return extra[value] }
      guard let rank = bucketIndex(value) else { return nil }
      let wanted = next == UInt32.max ? UInt64(1) << 63 : UInt64(1) << 63 | Self.summaryBit(next)
      guard summaries[rank] & wanted != 0 else { return nil }
      return buckets[rank]
    }

    @inlinable @inline(__always)
    func mayHold(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      return value >= 0x10000 || bits[Int(value >> 6)] & (UInt64(1) << UInt64(value & 63)) != 0
    }
  }

  @usableFromInline var storage = Storage()
  public var count: Int { storage.count }

  public init() {}

  @inlinable
  public mutating func insert(_ word: String, _ payload: Payload) {
    insert(Array(word.unicodeScalars), payload)
  }

  @inlinable
  public mutating func insert(_ scalars: [Unicode.Scalar], _ payload: Payload) {
    guard let first = scalars.first, let last = scalars.last else { return }
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    let entry = Entry(word: scalars, payload: payload)
    let count = scalars.count
    storage.first.insert(entry, under: first, next: count >= 2 ? scalars[1].value : nil)
    storage.last.insert(entry, under: last, next: count >= 2 ? scalars[count - 2].value : nil)
    storage.count += 1
  }

  /// The longest word starting at `index`.
  // NB: the test of the first scalar is inlined into the caller, the rest called: rules ask at
  // every position of a sentence, and most positions start no word of the table (a call per
  // position cost more than the test).
  @inlinable @inline(__always)
  public func longest(in text: [Unicode.Scalar], at index: Int) -> Entry? {
    guard index >= 0, index < text.count, storage.first.mayHold(text[index]) else { return nil }
    return longestStarting(in: text, at: index)
  }

  /// `longest(in:at:)` past the test of the first scalar.
  @inlinable @inline(never)
  func longestStarting(in text: [Unicode.Scalar], at index: Int) -> Entry? {
    guard let found = longestSlot(in: text, at: index) else { return nil }
    return found.bucket[found.slot]
  }

  /// The bucket of the words that may start at `index` and the slot of the longest that does:
  /// what `longestStarting` and `longestLengthStarting` share (inlined into both, so the length
  /// alone is read without a copy of the entry).
  @inlinable @inline(__always)
  func longestSlot(in text: [Unicode.Scalar], at index: Int) -> (bucket: [Entry], slot: Int)? {
    let available = text.count - index
    let next = available > 1 ? text[index + 1].value : UInt32.max
    guard let bucket = storage.first.bucket(text[index], next: next) else { return nil }
    for slot in bucket.indices {
      let length = bucket[slot].length
      guard length <= available, length < 2 || bucket[slot].second == next else { continue }
      if matchesAfterSecond(bucket[slot], in: text, at: index) { return (bucket, slot) }
    }
    return nil
  }

  /// Whether the entry's scalars after its second match `text` from `index + 2` on (its first
  /// two are known to match, and it fits).
  @inlinable
  func matchesAfterSecond(_ entry: Entry, in text: [Unicode.Scalar], at index: Int) -> Bool {
    var offset = 2
    while offset < entry.length {
      if text[index + offset] != entry.word[offset] { return false }
      offset += 1
    }
    return true
  }

  /// The longest word starting at `index`; among words of that length, the one `rank` puts
  /// highest.
  // NB: the test of the first scalar inlined, as for `longest(in:at:)`.
  @inlinable @inline(__always)
  public func longest(
    in text: [Unicode.Scalar], at index: Int, rank: (Payload) -> Int
  ) -> Entry? {
    guard index >= 0, index < text.count, storage.first.mayHold(text[index]) else { return nil }
    return longestStarting(in: text, at: index, rank: rank)
  }

  /// `longest(in:at:rank:)` past the test of the first scalar.
  @inlinable @inline(never)
  func longestStarting(
    in text: [Unicode.Scalar], at index: Int, rank: (Payload) -> Int
  ) -> Entry? {
    let available = text.count - index
    let next = available > 1 ? text[index + 1].value : UInt32.max
    guard let bucket = storage.first.bucket(text[index], next: next) else { return nil }
    return bestSlot(in: bucket, text: text, at: index, next: next, rank: rank).map { bucket[$0] }
  }

  /// The payload and length of the word `longest(in:at:rank:)` finds, without a copy of the
  /// word itself (the scanner asks at every position of every sentence).
  @inlinable
  public func longestMatch(
    in text: [Unicode.Scalar], at index: Int, rank: (Payload) -> Int
  ) -> (payload: Payload, length: Int)? {
    guard index >= 0, index < text.count else { return nil }
    let available = text.count - index
    let next = available > 1 ? text[index + 1].value : UInt32.max
    guard let bucket = storage.first.bucket(text[index], next: next),
      let slot = bestSlot(in: bucket, text: text, at: index, next: next, rank: rank)
    else { return nil }
    return (bucket[slot].payload, bucket[slot].length)
  }

  /// The payload and length of the longest word starting at `index`, the first inserted among
  /// words of that length (what `longest(in:at:)` finds), without a copy of the word: for a
  /// table whose words were inserted in the order of their rank, what `longestMatch(rank:)`
  /// gives, with no payload read but the one found (the scanner asks at every position).
  // NB: the test of the first scalar inlined, as for `longest(in:at:)`.
  @inlinable @inline(__always)
  public func longestMatch(
    in text: [Unicode.Scalar], at index: Int
  ) -> (payload: Payload, length: Int)? {
    guard index >= 0, index < text.count, storage.first.mayHold(text[index]) else { return nil }
    return longestMatchStarting(in: text, at: index)
  }

  /// `longestMatch(in:at:)` past the test of the first scalar.
  @inlinable @inline(never)
  func longestMatchStarting(
    in text: [Unicode.Scalar], at index: Int
  ) -> (payload: Payload, length: Int)? {
    guard let found = longestSlot(in: text, at: index) else { return nil }
    return (found.bucket[found.slot].payload, found.bucket[found.slot].length)
  }

  /// The slot of the longest word of `bucket` at `index`, the one `rank` puts highest among
  /// those of its length (the first on a tie).
  @inlinable @inline(__always)
  func bestSlot(
    in bucket: [Entry], text: [Unicode.Scalar], at index: Int, next: UInt32,
    rank: (Payload) -> Int
  ) -> Int? {
    let available = text.count - index
    var best: Int?
    var bestLength = 0
    var bestRank = Int.min
    for slot in bucket.indices {
      let length = bucket[slot].length
      guard length <= available else { continue }
      if best != nil, length < bestLength { break }
      guard length < 2 || bucket[slot].second == next,
        matchesAfterSecond(bucket[slot], in: text, at: index)
      else { continue }
      let value = rank(bucket[slot].payload)
      if value > bestRank {
        best = slot
        bestLength = length
        bestRank = value
      }
    }
    return best
  }

  /// The length of the longest word starting at `index`: `longest(in:at:)` without a copy of
  /// the entry (a retain and a release of its word at every match).
  @inlinable @inline(__always)
  public func longestLength(in text: [Unicode.Scalar], at index: Int) -> Int? {
    guard index >= 0, index < text.count, storage.first.mayHold(text[index]) else { return nil }
    return longestLengthStarting(in: text, at: index)
  }

  /// `longestLength(in:at:)` past the test of the first scalar.
  @inlinable @inline(never)
  func longestLengthStarting(in text: [Unicode.Scalar], at index: Int) -> Int? {
    guard let found = longestSlot(in: text, at: index) else { return nil }
    return found.bucket[found.slot].length
  }

  /// The longest word ending just before `end` (covering `end - length ..< end`).
  // NB: the test of the last scalar inlined, as for `longest(in:at:)`.
  @inlinable @inline(__always)
  public func longest(in text: [Unicode.Scalar], endingAt end: Int) -> Entry? {
    guard end >= 1, end <= text.count, storage.last.mayHold(text[end - 1]) else { return nil }
    return longestEnding(in: text, at: end)
  }

  /// `longest(in:endingAt:)` past the test of the last scalar.
  @inlinable @inline(never)
  func longestEnding(in text: [Unicode.Scalar], at end: Int) -> Entry? {
    let previous = end >= 2 ? text[end - 2].value : UInt32.max
    guard let bucket = storage.last.bucket(text[end - 1], next: previous) else { return nil }
    for slot in bucket.indices {
      let length = bucket[slot].length
      guard length <= end, length < 2 || bucket[slot].penultimate == previous else { continue }
      // The last two scalars match: the rest, from the word's start.
      let start = end - length
      var matched = true
      var offset = 0
      while offset < length - 2 {
        if text[start + offset] != bucket[slot].word[offset] {
          matched = false
          break
        }
        offset += 1
      }
      if matched { return bucket[slot] }
    }
    return nil
  }

  /// Whether `word` is in the table.
  @inlinable @inline(__always)
  public func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, storage.first.mayHold(first) else { return false }
    return containsStarting(word)
  }

  /// `contains(_:)` past the test of the first scalar.
  @inlinable @inline(never)
  func containsStarting(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, let bucket = storage.first.bucket(first) else { return false }
    return bucket.contains { $0.word.count == word.count && $0.word.elementsEqual(word) }
  }

  // NB: the string's scalars compared in place (an array of them made per call cost an
  // allocation; visits ask for their cue at every site). Inlinable, so that the caller's
  // module specializes it: generic, each entry of the bucket was compared through witnesses
  // (~16,000 instructions a lookup in the counties' list).
  @inlinable
  public func contains(_ word: String) -> Bool {
    let scalars = word.unicodeScalars
    guard let first = scalars.first, storage.first.mayHold(first),
      let bucket = storage.first.bucket(first)
    else { return false }
    let count = scalars.count
    return bucket.contains { $0.length == count && $0.word.elementsEqual(scalars) }
  }

  /// Whether some word starts with `scalar` (a bitmap test; no lookup).
  @inlinable @inline(__always)
  public func mayStart(with scalar: Unicode.Scalar) -> Bool { storage.first.mayHold(scalar) }

  /// Whether a word of the table may start at `index`: some word starts with its scalar and goes
  /// on with the next (the bitmap and the bucket's summary, no entry read). False only where
  /// `longest(in:at:)` finds nothing.
  @inlinable @inline(__always)
  public func mayStart(in text: [Unicode.Scalar], at index: Int) -> Bool {
    guard index >= 0, index < text.count else { return false }
    let value = text[index].value
    guard value < 0x10000 else { return true }
    guard let rank = storage.first.bucketIndex(value) else { return false }
    let next = index + 1 < text.count ? text[index + 1].value : UInt32.max
    let wanted = next == UInt32.max ? UInt64(1) << 63 : UInt64(1) << 63 | Index.summaryBit(next)
    return storage.first.summaries[rank] & wanted != 0
  }

  /// The scalars words start with, as a set to test before any lookup.
  public var firstScalars: ScalarSet {
    ScalarSet(bits: storage.first.bits, extra: Set(storage.first.extra.keys))
  }

  @inlinable @inline(__always)
  func byFirstBucket(_ scalar: Unicode.Scalar) -> [Entry]? { storage.first.bucket(scalar) }

  /// Every entry, in no particular order.
  public var entries: [Entry] { storage.first.buckets.flatMap { $0 } + storage.first.extra.values.flatMap { $0 } }
}

extension WordTable {
  /// A table of `words`, the same as the one inserting them one by one in this order makes.
  // NB: built at once for the ontology's tables: inserted one by one, each word that starts a
  // bucket shifted the ranks of all later buckets and the buckets after it (36M instructions
  // at every start).
  public init(_ words: [(word: [Unicode.Scalar], payload: Payload)]) {
    let entries = words.compactMap { $0.word.isEmpty ? nil : Entry(word: $0.word, payload: $0.payload) }
    storage.first = Index(entries, byLast: false)
    storage.last = Index(entries, byLast: true)
    storage.count = entries.count
  }
}

extension WordTable.Index {
  /// The index `insert(_:under:next:)` makes of `entries` in this order (under their first
  /// scalars, or their last), built at once: first which buckets there are, then the entries.
  init(_ entries: [WordTable.Entry], byLast: Bool) {
    self.init()
    func scalar(_ entry: WordTable.Entry) -> UInt32 {
      (byLast ? entry.word[entry.length - 1] : entry.word[0]).value
    }
    for position in entries.indices {
      let value = scalar(entries[position])
      if value < 0x10000 { bits[Int(value >> 6)] |= UInt64(1) << UInt64(value & 63) }
    }
    var rank: Int32 = 0
    for word in 0..<1024 {
      ranks[word] = rank
      rank += Int32(bits[word].nonzeroBitCount)
    }
    buckets = Array(repeating: [], count: Int(rank))
    summaries = Array(repeating: 0, count: Int(rank))
    for position in entries.indices {
      let value = scalar(entries[position])
      guard value < 0x10000, let rank = bucketIndex(value) else {
        Self.insert(entries[position], into: &extra[value, default: []])
        continue
      }
      Self.insert(entries[position], into: &buckets[rank])
      let length = entries[position].length
      let next = length >= 2 ? (byLast ? entries[position].penultimate : entries[position].second) : nil
      summaries[rank] |= Self.summaryBit(next)
    }
  }
}

extension WordTable {
  /// Whether a word starting at `index` has a length `accept` takes (no array of the words).
  // NB: the test of the first scalar inlined, as for `longest(in:at:)`.
  @inlinable @inline(__always)
  public func containsWord(
    in text: [Unicode.Scalar], at index: Int, where accept: (Int) -> Bool
  ) -> Bool {
    guard index >= 0, index < text.count, storage.first.mayHold(text[index]) else { return false }
    return containsWordStarting(in: text, at: index, where: accept)
  }

  /// `containsWord(in:at:where:)` past the test of the first scalar.
  @inlinable @inline(never)
  func containsWordStarting(
    in text: [Unicode.Scalar], at index: Int, where accept: (Int) -> Bool
  ) -> Bool {
    let available = text.count - index
    let next = available > 1 ? text[index + 1].value : UInt32.max
    guard let bucket = storage.first.bucket(text[index], next: next) else { return false }
    for slot in bucket.indices {
      let length = bucket[slot].length
      guard length <= available, length < 2 || bucket[slot].second == next,
        matchesAfterSecond(bucket[slot], in: text, at: index)
      else { continue }
      if accept(length) { return true }
    }
    return false
  }

  /// Every word starting at `index`, longest first.
  @inlinable
  public func all(in text: [Unicode.Scalar], at index: Int) -> [Entry] {
    guard index >= 0, index < text.count, let bucket = byFirstBucket(text[index]) else { return [] }
    return bucket.filter { entry in
      entry.word.count <= text.count - index
        && (0..<entry.word.count).allSatisfy { text[index + $0] == entry.word[$0] }
    }
  }
}

/// A set of Unicode scalars as a bitmap over the Basic Multilingual Plane: membership without
/// hashing, for the scanner's "can anything start here?" test at every position.
public struct ScalarSet: Sendable {
  @usableFromInline var bits: [UInt64]
  @usableFromInline var extra: Set<UInt32>

  public init() {
    bits = [UInt64](repeating: 0, count: 1024)
    extra = []
  }

  init(bits: [UInt64], extra: Set<UInt32>) {
    self.bits = bits
    self.extra = extra
  }

  public mutating func formUnion(_ other: ScalarSet) {
    for index in bits.indices { bits[index] |= other.bits[index] }
    extra.formUnion(other.extra)
  }

  @inlinable
  public func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x10000 { return bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
    return extra.contains(value)
  }
}
