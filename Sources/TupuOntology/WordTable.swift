/// Words of a lexicon, found by longest match at a position of a scalar array.
///
/// Sentences are scanned as `[Unicode.Scalar]` (SWIFT-NOTES.md: Character operations are 10–20×
/// slower); each word is bucketed by its first and by its last scalar so that a match at a
/// position costs a dictionary lookup and a few comparisons.
public struct WordTable<Payload: Sendable>: Sendable {
  public struct Entry: Sendable {
    public var word: [Unicode.Scalar]
    public var payload: Payload
  }

  private var byFirst: [Unicode.Scalar: [Entry]] = [:]
  private var byLast: [Unicode.Scalar: [Entry]] = [:]
  public private(set) var count = 0

  public init() {}

  public mutating func insert(_ word: String, _ payload: Payload) {
    let scalars = Array(word.unicodeScalars)
    guard let first = scalars.first, let last = scalars.last else { return }
    let entry = Entry(word: scalars, payload: payload)
    byFirst[first, default: []].append(entry)
    byFirst[first]?.sort { $0.word.count > $1.word.count }
    byLast[last, default: []].append(entry)
    byLast[last]?.sort { $0.word.count > $1.word.count }
    count += 1
  }

  /// The longest word starting at `index`.
  public func longest(in text: [Unicode.Scalar], at index: Int) -> Entry? {
    guard index >= 0, index < text.count, let bucket = byFirst[text[index]] else { return nil }
    for entry in bucket where entry.word.count <= text.count - index {
      var matched = true
      for offset in 1..<entry.word.count where text[index + offset] != entry.word[offset] {
        matched = false
        break
      }
      if matched { return entry }
    }
    return nil
  }

  /// The longest word ending just before `end` (covering `end - length ..< end`).
  public func longest(in text: [Unicode.Scalar], endingAt end: Int) -> Entry? {
    guard end >= 1, end <= text.count, let bucket = byLast[text[end - 1]] else { return nil }
    for entry in bucket where entry.word.count <= end {
      let start = end - entry.word.count
      var matched = true
      for offset in 0..<entry.word.count where text[start + offset] != entry.word[offset] {
        matched = false
        break
      }
      if matched { return entry }
    }
    return nil
  }

  /// Whether `word` is in the table.
  public func contains(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, let bucket = byFirst[first] else { return false }
    return bucket.contains { $0.word.count == word.count && $0.word.elementsEqual(word) }
  }

  public func contains(_ word: String) -> Bool {
    contains(ArraySlice(Array(word.unicodeScalars)))
  }

  func byFirstBucket(_ scalar: Unicode.Scalar) -> [Entry]? { byFirst[scalar] }

  /// Every entry, in no particular order.
  public var entries: [Entry] { byFirst.values.flatMap { $0 } }
}

extension WordTable {
  /// Every word starting at `index`, longest first.
  public func all(in text: [Unicode.Scalar], at index: Int) -> [Entry] {
    guard index >= 0, index < text.count, let bucket = byFirstBucket(text[index]) else { return [] }
    return bucket.filter { entry in
      entry.word.count <= text.count - index
        && (0..<entry.word.count).allSatisfy { text[index + $0] == entry.word[$0] }
    }
  }
}
