import TupuOntology

/// The names a document has read (persons, firms' cores), found again by longest match.
///
/// A `WordTable` answers as this does, but is made for a lexicon: its bitmaps and ranks (24 KB,
/// two passes over 1,024 ranks per new first scalar) cost more to make and free than the few
/// dozen names of one document are worth. Here the names sit in buckets by their first scalar,
/// behind a bitmap of 1,024 bits, so most positions of a sentence cost one test.
struct KnownNames {
  struct Entry {
    let word: [Unicode.Scalar]
    let payload: EntityClass
  }

  private var filter = [UInt64](repeating: 0, count: 16)
  private var buckets: [Unicode.Scalar: [Entry]] = [:]
  private(set) var count = 0

  @inline(__always)
  private static func bit(_ scalar: Unicode.Scalar) -> (word: Int, mask: UInt64) {
    let slot = Int(scalar.value & 1023)
    return (slot >> 6, UInt64(1) << UInt64(slot & 63))
  }

  /// Adds `word`: longest first, and after the words at least as long (as `WordTable` does, so
  /// that of two equal words the first added is found).
  mutating func insert(_ word: String, _ payload: EntityClass) {
    let scalars = Array(word.unicodeScalars)
    guard let first = scalars.first else { return }
    let (slot, mask) = Self.bit(first)
    filter[slot] |= mask
    let entry = Entry(word: scalars, payload: payload)
    buckets[first, default: []].insertLongestFirst(entry)
    count += 1
  }

  /// The longest name starting at `index`.
  @inline(__always)
  func longest(in text: [Unicode.Scalar], at index: Int) -> Entry? {
    guard index >= 0, index < text.count else { return nil }
    let (slot, mask) = Self.bit(text[index])
    guard filter[slot] & mask != 0 else { return nil }
    return bucketLongest(in: text, at: index)
  }

  private func bucketLongest(in text: [Unicode.Scalar], at index: Int) -> Entry? {
    guard let bucket = buckets[text[index]] else { return nil }
    let available = text.count - index
    for entry in bucket where entry.word.count <= available {
      var offset = 1
      while offset < entry.word.count, text[index + offset] == entry.word[offset] { offset += 1 }
      if offset == entry.word.count { return entry }
    }
    return nil
  }
}

extension Array where Element == KnownNames.Entry {
  fileprivate mutating func insertLongestFirst(_ entry: Element) {
    let position = firstIndex { $0.word.count < entry.word.count } ?? count
    insert(entry, at: position)
  }
}
