/// A few literal words (kind words, branch words, labels) to test a word against.
///
/// NB: `Set<String>.contains` hashes the word normalized (NFC) and compares by canonical
/// equivalence: ~1,400 instructions for a word of two or three ideographs, asked at every
/// suffix the scanner reads. A word of ASCII and unified ideographs only (U+4000–U+9FFF: no
/// decomposition, no composition, already NFC) equals such a literal exactly when their bytes
/// do, so it is looked up by its bytes; any other word asks the set as before.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
  let words: Set<String>
  let bytes: Set<ExactText>
  /// Whether every literal is plain (else every word asks `words`).
  let plain: Bool

  init(arrayLiteral words: String...) {
    self.words = Set(words)
    bytes = Set(words.map(ExactText.init))
    plain = words.allSatisfy(Self.isPlain)
  }

  func contains(_ word: String) -> Bool {
    if plain, Self.isPlain(word) { return bytes.contains(ExactText(word)) }
    return words.contains(word)
  }

  /// `word == literal` for a plain `literal`: by bytes when `word` is plain too (a String == of
  /// two Chinese words that differ costs ~330 instructions), else as Strings.
  @inline(__always)
  static func same(_ word: String, _ literal: String) -> Bool {
    isPlain(word) ? ExactText.same(word, literal) : word == literal
  }

  /// Whether `word` holds only ASCII and scalars U+4000–U+9FFF (lead bytes E4–E9): NFC, and
  /// equal to another such word exactly when their bytes are.
  static func isPlain(_ word: String) -> Bool {
    ExactText.withBytes(word) { bytes in
      for byte in bytes where byte >= 0xC0 && !(0xE4...0xE9).contains(byte) { return false }
      return true
    }
  }
}
