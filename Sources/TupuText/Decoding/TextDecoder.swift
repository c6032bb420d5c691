import TupuDiagnostics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Bytes → Unicode: UTF-8 (with or without BOM), else GB18030 (GBK is a subset); anything else
/// is a diagnostic naming the file and the byte offset, never mojibake.
enum TextDecoder {
  enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case gb18030 = "GB18030"
  }

  struct Decoded {
    var text: String
    var encoding: Encoding
  }

  /// - Parameters:
  ///   - byteBase: where `bytes` start in the file (a later part of a big file), for offsets.
  ///   - expected: the encoding the file's first part had; a later part keeps it.
  static func decode(
    _ bytes: [UInt8], path: String, byteBase: Int = 0, expected: Encoding? = nil
  ) throws -> Decoded {
    if bytes.isEmpty {
      throw Diagnostic(
        "\(path) is empty", at: SourceLocation(source: path, line: 0, byteOffset: 0),
        hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf")
    }
    // NB: byte-order marks only at the start of the file: a later part that begins with the
    // same bytes holds a character there (U+FEFF where files were concatenated), which the
    // whole file's text has too and offsets count.
    let atFileStart = byteBase == 0
    if atFileStart, bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      throw Diagnostic(
        "\(path) is UTF-16, which Tupu does not read",
        at: SourceLocation(source: path, line: 0, byteOffset: 0),
        hint: "convert it: iconv -f UTF-16 -t UTF-8 '\(path)' > converted.txt")
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw binaryDiagnostic(bytes, firstNul: nul, path: path, byteBase: byteBase)
    }
    if expected == .gb18030 {
      return try decodeGB18030(bytes, path: path, utf8FailureOffset: nil, byteBase: byteBase)
    }
    var body = bytes[...]
    if atFileStart, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      body = bytes[3...]
    }
    // NB: the standard library's validation is the fast path; ours only runs to say where.
    if let text = String(validating: body, as: UTF8.self) {
      return Decoded(text: text, encoding: .utf8)
    }
    switch UTF8Validation.check(body) {
    case .valid:
      return Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8)
    case .truncated(let offset):
      throw Diagnostic(
        "\(path) ends in the middle of a UTF-8 character",
        at: SourceLocation(source: path, line: 0, byteOffset: byteBase + offset),
        hint: "the file looks cut short; copy or download it again")
    case .invalid(let offset, let multiByteBefore):
      // NB: a file that was good UTF-8 for a while and then breaks is damaged UTF-8, not
      // GB18030: decoding it as GB18030 would turn its Chinese into mojibake.
      if multiByteBefore >= 3 || body.startIndex == 3 || expected == .utf8
        || UTF8Validation.mostlyUTF8(body)
      {
        throw Diagnostic(
          "\(path) is not valid UTF-8 at byte \(byteBase + offset)",
          at: SourceLocation(source: path, line: 0, byteOffset: byteBase + offset),
          hint: "the file is damaged or mixes encodings; re-save it as UTF-8")
      }
      return try decodeGB18030(
        bytes, path: path, utf8FailureOffset: byteBase + offset, byteBase: byteBase)
    }
  }

  private static func binaryDiagnostic(
    _ bytes: [UInt8], firstNul nulInBytes: Int, path: String, byteBase: Int
  ) -> Diagnostic {
    let firstNul = byteBase + nulInBytes
    // UTF-16 without a BOM: ASCII and CJK both leave a NUL in every other byte.
    let sample = bytes.prefix(4096)
    var evenNul = 0
    var oddNul = 0
    for (index, byte) in sample.enumerated() where byte == 0 {
      if index % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
    }
    let looksUTF16 =
      byteBase == 0 && sample.count >= 8 && (evenNul + oddNul) * 4 >= sample.count
      && (evenNul == 0 || oddNul == 0 || max(evenNul, oddNul) >= 4 * min(evenNul, oddNul))
    if looksUTF16 {
      return Diagnostic(
        "\(path) looks like UTF-16 without a byte-order mark, which Tupu does not read",
        at: SourceLocation(source: path, line: 0, byteOffset: firstNul),
        hint: "convert it: iconv -f UTF-16LE -t UTF-8 '\(path)' > converted.txt (or UTF-16BE)")
    }
    return Diagnostic(
      "\(path) is not text (NUL byte at byte \(firstNul))",
      at: SourceLocation(source: path, line: 0, byteOffset: firstNul),
      hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf")
  }

  /// `utf8FailureOffset`: where the bytes stopped being UTF-8 (nil when GB18030 was expected
  /// from an earlier part); offsets in diagnostics are the file's.
  private static func decodeGB18030(
    _ bytes: [UInt8], path: String, utf8FailureOffset: Int?, byteBase: Int
  ) throws -> Decoded {
    let notUTF8 = utf8FailureOffset.map { "neither UTF-8 (invalid at byte \($0)) nor " } ?? "not "
    let reported = utf8FailureOffset ?? byteBase
    switch GB18030Conversion.toUTF8(bytes) {
    case .success(let utf8):
      let text = String(decoding: utf8, as: UTF8.self)
      if let control = text.unicodeScalars.firstIndex(where: isStrayControl) {
        let scalarOffset = text.unicodeScalars.distance(
          from: text.unicodeScalars.startIndex, to: control)
        throw Diagnostic(
          "\(path) is \(notUTF8)text in GB18030 "
            + "(control character at character \(scalarOffset)\(byteBase > 0 ? " of the part from byte \(byteBase)" : ""))",
          at: SourceLocation(source: path, line: 0, byteOffset: reported),
          hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf")
      }
      return Decoded(text: text, encoding: .gb18030)
    case .failure(let offset, let truncated):
      if truncated {
        throw Diagnostic(
          "\(path) ends in the middle of a GB18030 character",
          at: SourceLocation(source: path, line: 0, byteOffset: byteBase + offset),
          hint: "the file looks cut short; copy or download it again")
      }
      throw Diagnostic(
        "\(path) is \(notUTF8)GB18030 (invalid at byte \(byteBase + offset))",
        at: SourceLocation(
          source: path, line: 0, byteOffset: utf8FailureOffset ?? (byteBase + offset)),
        hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf; "
          + "check the file with `file '\(path)'`")
    }
  }

  /// Control characters that do not occur in text (tab, line feed, form feed and carriage
  /// return do).
  static func isStrayControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D)
      || value == 0x7F
  }
}

/// Where UTF-8 validation stopped, for the diagnostic.
enum UTF8Validation {
  enum Outcome: Equatable {
    case valid
    /// An incomplete multi-byte sequence at the very end of the bytes.
    case truncated(offset: Int)
    /// An invalid byte; `multiByteBefore` counts the valid multi-byte characters before it.
    case invalid(offset: Int, multiByteBefore: Int)
  }

  /// Whether bytes that are not valid UTF-8 are still mostly UTF-8 (many good multi-byte
  /// characters, few bad bytes): damaged UTF-8. GB18030 text seldom forms a UTF-8 sequence.
  static func mostlyUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    var good = 0
    var bad = 0
    var rest = bytes
    while !rest.isEmpty {
      switch check(rest) {
      case .valid:
        good += countMultiByte(rest)  // in valid UTF-8 every lead byte starts a character
        rest = rest[rest.endIndex...]
      case .truncated:
        bad += 1
        rest = rest[rest.endIndex...]
      case .invalid(let offset, let multiByteBefore):
        good += multiByteBefore
        bad += 1
        rest = rest[(offset + 1)...]
      }
      if bad > 64 { break }
    }
    return good >= 8 && good > 4 * bad
  }

  private static func countMultiByte(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 >= 0xC2 && $1 <= 0xF4 ? 1 : 0) }
  }

  static func check(_ bytes: ArraySlice<UInt8>) -> Outcome {
    bytes.withUnsafeBufferPointer { buffer in
      let base = bytes.startIndex
      let count = buffer.count
      var i = 0
      var multiByte = 0
      while i < count {
        let lead = buffer[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          upper = 0x9F
        case 0xF0:
          length = 4
          lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          upper = 0x8F
        default: return .invalid(offset: base + i, multiByteBefore: multiByte)
        }
        for k in 1..<length {
          if i + k >= count { return .truncated(offset: base + i) }
          let byte = buffer[i + k]
          let (low, high) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
          if byte < low || byte > high {
            return .invalid(offset: base + i, multiByteBefore: multiByte)
          }
        }
        multiByte += 1
        i += length
      }
      return .valid
    }
  }
}

/// GB18030 → UTF-8 through glibc's iconv (about four times faster than Foundation here).
enum GB18030Conversion {
  enum Outcome {
    case success([UInt8])
    case failure(offset: Int, truncated: Bool)
  }

  static func toUTF8(_ bytes: [UInt8]) -> Outcome {
    let descriptor = iconv_open("UTF-8", "GB18030")
    if descriptor == iconv_t(bitPattern: -1) {
      return .failure(offset: 0, truncated: false)
    }
    defer { iconv_close(descriptor) }
    var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
    var input = bytes
    let outcome: Outcome = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else {
          return .success([])
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
          .assumingMemoryBound(to: CChar.self)
        var inLeft = inBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
          .assumingMemoryBound(to: CChar.self)
        var outLeft = outBuffer.count
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let consumed = inBuffer.count - inLeft
        if result == -1 {
          return .failure(offset: consumed, truncated: errno == EINVAL)
        }
        return .success(Array(outBuffer[0..<(outBuffer.count - outLeft)]))
      }
    }
    return outcome
  }
}
