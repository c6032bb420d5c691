import TupuDiagnostics

/// A string compared and hashed by its UTF-8 bytes.
///
/// NB: `String` hashing normalizes (NFC) every non-ASCII string, which cost a tenth of
/// extraction; names here all come from the same decoded text, so byte equality is the right
/// equality and much cheaper.
struct ExactText: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (left: ExactText, right: ExactText) -> Bool {
    same(left.text, right.text)
  }

  /// Whether two strings have the same UTF-8 bytes.
  // NB: the counts first (stored), then the bytes in place; `elementsEqual` on the views
  // iterates them.
  static func same(_ left: String, _ right: String) -> Bool {
    guard left.utf8.count == right.utf8.count else { return false }
    // NB: the views' storage read in place (a `var` copy of each to call `withUTF8` cost a
    // retain and a release of both at every comparison); a bridged string, never made here,
    // takes the slow way.
    if let same = left.utf8.withContiguousStorageIfAvailable({ leftBytes in
      right.utf8.withContiguousStorageIfAvailable { rightBytes in sameBytes(leftBytes, rightBytes) }
    }), let same {
      return same
    }
    return left.utf8.elementsEqual(right.utf8)
  }

  /// Whether two buffers of the same count hold the same bytes (`ByteDigest.same`).
  @inline(__always)
  static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>)
    -> Bool
  { ByteDigest.same(left, right) }

  // NB: what Set and Dictionary call (the default builds a Hasher over `hash(into:)`); equal
  // texts give equal values, as they do there.
  func _rawHashValue(seed: Int) -> Int { ByteDigest.tableHash(Self.digest(text), seed: seed) }

  func hash(into hasher: inout Hasher) {
    hasher.combine(Self.digest(text))
  }

  /// A 64-bit digest of the UTF-8 bytes of `text` (`ByteDigest`), for `hash(into:)`: the
  /// hasher then mixes one integer.
  @inline(__always)
  static func digest(_ text: String) -> UInt64 { ByteDigest.of(text) }

  /// Calls `body` with the UTF-8 bytes of `text`, read in place.
  // NB: `withUTF8` needs a `var` copy of the string: a retain and a release at every call.
  @inline(__always)
  static func withBytes<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}

extension ExactText {
  /// `text.count`: its Characters, counted from its bytes when each scalar is one Character.
  ///
  /// NB: `String.count` walks grapheme breaks, ~200 instructions a Chinese character, and
  /// resolution asks the length of every name it compares. A text of ASCII but CR and of
  /// scalars U+4000–U+9FFF (no mark, joiner or Hangul among them) breaks at every scalar.
  static func length(_ text: String) -> Int {
    let plain: Int? = withBytes(text) { bytes in
      var scalars = 0
      for byte in bytes {
        if byte == 0x0D || (byte >= 0xC0 && !(0xE4...0xE9).contains(byte)) { return nil }
        if byte & 0xC0 != 0x80 { scalars += 1 }
      }
      return scalars
    }
    return plain ?? text.count
  }

  /// Whether `text` is longer than `suffix` and ends with its bytes: a quick test before
  /// `hasSuffix`, which compares Characters (a walk of grapheme breaks for every name).
  static func endsLonger(_ text: String, with suffix: String) -> Bool {
    let count = text.utf8.count
    let suffixCount = suffix.utf8.count
    guard count > suffixCount else { return false }
    return ends(text, with: suffix)
  }

  /// Whether `text` starts with the bytes of `prefix` (or is it): `hasPrefix`, which compares
  /// Characters, by bytes in place.
  static func starts(_ text: String, with prefix: String) -> Bool {
    let prefixCount = prefix.utf8.count
    guard text.utf8.count >= prefixCount else { return false }
    return withBytes(text) { bytes in
      withBytes(prefix) { prefixBytes in
        sameBytes(UnsafeBufferPointer(rebasing: bytes[..<prefixCount]), prefixBytes)
      }
    }
  }

  /// Whether `text` ends with the bytes of `suffix` (or is it).
  static func ends(_ text: String, with suffix: String) -> Bool {
    let count = text.utf8.count
    let suffixCount = suffix.utf8.count
    guard count >= suffixCount else { return false }
    // NB: the bytes in place (`elementsEqual` on the views walked them through iterators).
    return withBytes(text) { bytes in
      withBytes(suffix) { suffixBytes in
        sameBytes(UnsafeBufferPointer(rebasing: bytes[(count - suffixCount)...]), suffixBytes)
      }
    }
  }

  /// Whether `text` holds the bytes of `part` (a quick test before `contains`).
  static func holds(_ text: String, _ part: String) -> Bool {
    return withBytes(text) { haystack in
      withBytes(part) { needle in
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
          if haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}

/// Names in the order they were first added, each once.
struct UniqueNames {
  private(set) var names: [String] = []
  private var seen: Set<ExactText> = []

  mutating func append(_ name: String) {
    if seen.insert(ExactText(name)).inserted { names.append(name) }
  }
}
