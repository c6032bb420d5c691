/// Reads lines of JSON Lines holding a flat object: string keys, and values that are strings,
/// whole numbers, booleans or null — all `JSONLFacts` writes. Anything else is an error with
/// the byte where it starts.
///
/// A string without escapes stays a byte range of the file until asked for, and the keys
/// `JSONLFacts` writes are found by slot, not hashed: a fact line costs no dictionary and no
/// `String` per field. One reader serves every line of a file (its storage is reused).
struct JSONLine {
  enum Value {
    /// A string without escapes: its bytes in the buffer.
    case bytes(Range<Int>)
    /// A string with escapes, read back.
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case null
  }

  /// The keys `JSONLFacts` writes.
  enum Key: Int, CaseIterable {
    case document, path, title, date, published, facts
    case s, p, o, kind, article, sentence, start, end, text, pattern, rule
  }

  struct Problem: Error {
    /// Offset of the byte in the line.
    var offset: Int
    var message: String
  }

  private static let keyBytes: [[UInt8]] = Key.allCases.map { Array("\($0)".utf8) }

  let buffer: UnsafeBufferPointer<UInt8>
  private var values: [Value?] = Array(repeating: nil, count: Key.allCases.count)
  private var filled: [Int] = []
  /// Keys this format does not use: kept only to refuse one written twice.
  private var otherKeys: [[UInt8]] = []

  init(buffer: UnsafeBufferPointer<UInt8>) {
    self.buffer = buffer
  }

  subscript(key: Key) -> Value? { values[key.rawValue] }

  /// A string value as text, nil when missing or not a string.
  func text(_ key: Key) -> String? {
    switch values[key.rawValue] {
    case .bytes(let range): return String(decoding: buffer[range], as: UTF8.self)
    case .string(let text): return text
    default: return nil
    }
  }

  func integer(_ key: Key) -> Int? {
    if case .integer(let number) = values[key.rawValue] { return number }
    return nil
  }

  /// Reads one line (a range of `buffer`), replacing what the line before held.
  mutating func read(_ line: Range<Int>) throws(Problem) {
    for slot in filled { values[slot] = nil }
    filled.removeAll(keepingCapacity: true)
    otherKeys.removeAll(keepingCapacity: true)
    let bytes = buffer
    var cursor = line.lowerBound
    let end = line.upperBound
    let start = line.lowerBound
    func fail(_ message: String, at index: Int) -> Problem {
      Problem(offset: index - start, message: message)
    }
    func skipSpace() {
      while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0D {
        cursor += 1
      }
    }
    func expect(_ byte: UInt8, _ message: String) throws(Problem) {
      skipSpace()
      guard cursor < end, bytes[cursor] == byte else { throw fail(message, at: cursor) }
      cursor += 1
    }
    func string() throws(Problem) -> Value {
      skipSpace()
      guard cursor < end, bytes[cursor] == 0x22 else { throw fail("expected a string", at: cursor) }
      cursor += 1
      let first = cursor
      // The common case: no escape, the bytes are the string.
      while cursor < end, bytes[cursor] != 0x22, bytes[cursor] != 0x5C, bytes[cursor] >= 0x20 {
        cursor += 1
      }
      if cursor < end, bytes[cursor] == 0x22 {
        cursor += 1
        return .bytes(first..<(cursor - 1))
      }
      var scalars = String.UnicodeScalarView()
      scalars.append(
        contentsOf: String(decoding: bytes[first..<cursor], as: UTF8.self).unicodeScalars)
      var run = cursor
      func flush() {
        if run < cursor {
          scalars.append(
            contentsOf: String(decoding: bytes[run..<cursor], as: UTF8.self).unicodeScalars)
        }
      }
      while true {
        guard cursor < end else { throw fail("the string has no closing quote", at: first - 1) }
        let byte = bytes[cursor]
        if byte == 0x22 {
          flush()
          cursor += 1
          return .string(String(scalars))
        }
        if byte < 0x20 {
          throw fail("a control character inside a string must be escaped", at: cursor)
        }
        guard byte == 0x5C else {
          cursor += 1
          continue
        }
        flush()
        let escape = cursor
        cursor += 1
        guard cursor < end else { throw fail("the string has no closing quote", at: first - 1) }
        switch bytes[cursor] {
        case 0x22: scalars.append("\"")
        case 0x5C: scalars.append("\\")
        case 0x2F: scalars.append("/")
        case 0x62: scalars.append("\u{08}")
        case 0x66: scalars.append("\u{0C}")
        case 0x6E: scalars.append("\n")
        case 0x72: scalars.append("\r")
        case 0x74: scalars.append("\t")
        case 0x75:
          var value = try hex4(at: cursor + 1, escape: escape)
          cursor += 4
          if (0xD800..<0xDC00).contains(value) {
            // A high surrogate needs its low half: \uD83D\uDE00.
            guard cursor + 2 < end, bytes[cursor + 1] == 0x5C, bytes[cursor + 2] == 0x75 else {
              throw fail("a lone surrogate in \\u escape", at: escape)
            }
            let low = try hex4(at: cursor + 3, escape: escape)
            guard (0xDC00..<0xE000).contains(low) else {
              throw fail("a lone surrogate in \\u escape", at: escape)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            cursor += 6
          }
          guard let scalar = Unicode.Scalar(value) else {
            throw fail("a lone surrogate in \\u escape", at: escape)
          }
          scalars.append(scalar)
        default:
          throw fail("unknown escape in a string", at: escape)
        }
        cursor += 1
        run = cursor
      }
    }
    func hex4(at index: Int, escape: Int) throws(Problem) -> UInt32 {
      guard index + 4 <= end else { throw fail("\\u needs four hex digits", at: escape) }
      var value: UInt32 = 0
      for byte in bytes[index..<(index + 4)] {
        let digit: UInt8
        switch byte {
        case 0x30...0x39: digit = byte - 0x30
        case 0x41...0x46: digit = byte - 0x41 + 10
        case 0x61...0x66: digit = byte - 0x61 + 10
        default: throw fail("\\u needs four hex digits", at: escape)
        }
        value = value << 4 | UInt32(digit)
      }
      return value
    }
    func word(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard cursor + count <= end else { return false }
      let matches = text.withUTF8Buffer { expected in
        bytes[cursor..<(cursor + count)].elementsEqual(expected)
      }
      if matches { cursor += count }
      return matches
    }
    func value() throws(Problem) -> Value {
      skipSpace()
      guard cursor < end else { throw fail("expected a value", at: cursor) }
      let byte = bytes[cursor]
      if byte == 0x22 { return try string() }
      if byte == 0x2D || (0x30...0x39).contains(byte) {
        let first = cursor
        var negative = false
        if byte == 0x2D {
          negative = true
          cursor += 1
        }
        var number = 0
        var digits = 0
        while cursor < end, (0x30...0x39).contains(bytes[cursor]) {
          let (times, overflow1) = number.multipliedReportingOverflow(by: 10)
          let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[cursor] - 0x30))
          guard !overflow1, !overflow2 else { throw fail("the number is too big", at: first) }
          number = sum
          digits += 1
          cursor += 1
        }
        guard digits > 0 else { throw fail("expected digits", at: first) }
        if cursor < end, bytes[cursor] == 0x2E || bytes[cursor] == 0x65 || bytes[cursor] == 0x45 {
          throw fail("expected a whole number", at: first)
        }
        return .integer(negative ? -number : number)
      }
      if word("true") { return .boolean(true) }
      if word("false") { return .boolean(false) }
      if word("null") { return .null }
      if byte == 0x7B || byte == 0x5B {
        throw fail("nested objects and arrays are not part of this format", at: cursor)
      }
      throw fail("expected a string, a number, true, false or null", at: cursor)
    }

    try expect(0x7B, "expected `{` at the start of the line")
    skipSpace()
    if cursor < end, bytes[cursor] == 0x7D {
      cursor += 1
    } else {
      while true {
        skipSpace()
        let keyStart = cursor
        let key = try string()
        try expect(0x3A, "expected `:` after the key")
        let parsed = try value()
        guard store(parsed, under: key) else {
          let name: String
          switch key {
          case .bytes(let range): name = String(decoding: bytes[range], as: UTF8.self)
          case .string(let text): name = text
          default: name = ""
          }
          throw fail("the key \"\(name)\" appears twice", at: keyStart)
        }
        skipSpace()
        guard cursor < end else { throw fail("expected `,` or `}`", at: cursor) }
        if bytes[cursor] == 0x2C {
          cursor += 1
          continue
        }
        guard bytes[cursor] == 0x7D else { throw fail("expected `,` or `}`", at: cursor) }
        cursor += 1
        break
      }
    }
    skipSpace()
    guard cursor == end else { throw fail("unexpected text after the object", at: cursor) }
  }

  /// Puts a value in its key's slot; false when the key was there already.
  private mutating func store(_ value: Value, under key: Value) -> Bool {
    let slot: Int?
    switch key {
    case .bytes(let range):
      let count = range.count
      slot = Self.keyBytes.firstIndex {
        $0.count == count && buffer[range].elementsEqual($0)
      }
      if slot == nil { return storeOther(Array(buffer[range])) }
    case .string(let text):
      // NB: a key written with escapes is the same key as written plainly.
      let bytes = Array(text.utf8)
      slot = Self.keyBytes.firstIndex(of: bytes)
      if slot == nil { return storeOther(bytes) }
    default: return true
    }
    guard let slot else { return true }
    if values[slot] != nil { return false }
    values[slot] = value
    filled.append(slot)
    return true
  }

  private mutating func storeOther(_ key: [UInt8]) -> Bool {
    if otherKeys.contains(key) { return false }
    otherKeys.append(key)
    return true
  }
}
