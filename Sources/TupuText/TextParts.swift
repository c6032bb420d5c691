import Foundation
import TupuDiagnostics

/// A text file read in parts of about `partBytes`, each cut between paragraphs and read like a
/// page of its own: memory stays flat however big the file (a year of a newspaper in one dump).
///
///     var parts = try TextPipeline.parts(path: "year.txt")
///     while let part = try parts.next() { … part.articles … }
///
/// Every part is a `ReadDocument` whose offsets count in the whole file's decoded text
/// (`originalTextStart` says where its own `originalText` begins) and whose articles are
/// numbered on from the last part's. A part ends at a form feed (pdftotext's page break), a gap
/// of blank lines or a blank line after `partBytes`, else at the last line break before
/// `2 × partBytes`, never inside a character. The first part that is not all ASCII decides the
/// encoding for the rest. Files up to `partBytes`, and `.html` and `.pdf` files (whole-file
/// formats), are one part read exactly as `TextPipeline.read` reads them.
public struct TextParts {
  public let path: String
  /// Hex SHA-256 of the whole file (read once before the parts).
  public let contentHash: String
  /// Bytes in the file.
  public let byteCount: Int
  /// True when the file is read in one part, as `TextPipeline.read` reads it.
  public let isOnePart: Bool

  private let partBytes: Int
  private var whole: ReadDocument?
  private var handle: ReadingFile?
  /// Bytes read from the file and not yet given out in a part; they start at file offset
  /// `byteOffset`, and `scalarOffset` scalars of decoded text come before them.
  private var pending: [UInt8] = []
  private var atEnd = false
  private var byteOffset = 0
  private var scalarOffset = 0
  private var nextArticle = 0
  private var encoding: TextDecoder.Encoding?
  private var format = "text"
  private var givenOut = 0
  /// How far into `pending` a cut is looked for.
  private var searchLimit: Int

  init(path: String, partBytes: Int) throws {
    self.path = path
    self.partBytes = max(4096, partBytes)
    searchLimit = 2 * self.partBytes
    guard let handle = ReadingFile(path: path) else {
      _ = try TextPipeline.read(path: path)  // says why: missing, a folder, unreadable
      throw Diagnostic("cannot read \(path)", hint: "check that the file is readable")
    }
    // One pass for the digest first: the store skips a file it has without reading it.
    var digest = SHA256.Digest()
    var size = 0
    var head: [UInt8] = []
    var small: [UInt8] = []
    // NB: blocks of the file's size where it is small (most news files): no 1 MB buffer each.
    let blockSize = max(4096, min(1 << 20, handle.size + 1))
    while let block = try Self.read(handle, count: blockSize, path: path) {
      if head.count < 64 { head += block.prefix(64 - head.count) }
      if size <= self.partBytes { small += block }
      digest.add(block)
      size += block.count
    }
    contentHash = digest.hex()
    byteCount = size
    format = TextPipeline.format(of: head, path: path)
    isOnePart = size <= self.partBytes || format != "text"
    if size <= self.partBytes {
      handle.close()
      whole = try TextPipeline.read(bytes: small, path: path, contentHash: contentHash)
    } else if format != "text" {
      handle.close()
      whole = try TextPipeline.read(path: path)
    } else {
      try Self.rewind(handle, path: path)
      self.handle = handle
    }
  }

  /// Up to `count` bytes, nil at the end of the file.
  private static func read(_ handle: ReadingFile, count: Int, path: String) throws -> [UInt8]? {
    do {
      return try handle.read(upTo: count)
    } catch {
      throw Diagnostic(
        "cannot read \(path): \(error)", hint: "check that the file is readable and the disk sound")
    }
  }

  private static func rewind(_ handle: ReadingFile, path: String) throws {
    do {
      try handle.rewind()
    } catch {
      throw Diagnostic(
        "cannot read \(path): \(error)", hint: "check that the file is readable and the disk sound")
    }
  }

  /// The next part, or nil after the last.
  public mutating func next() throws -> ReadDocument? {
    if let document = whole {
      whole = nil
      givenOut += 1
      return document
    }
    guard handle != nil else { return nil }
    while true {
      try fill(upTo: 2 * partBytes)
      guard !pending.isEmpty else {
        handle?.close()
        handle = nil
        if givenOut == 0 {
          throw Diagnostic(
            "\(path) contains no text", at: SourceLocation(source: path, line: 0, byteOffset: 0),
            hint: "give a news text file (UTF-8 or GB18030), an .html page or a .pdf")
        }
        return nil
      }
      guard let cut = cutPoint() else {
        searchLimit += partBytes
        try fill(upTo: searchLimit)
        continue
      }
      searchLimit = 2 * partBytes
      let bytes = Array(pending[..<cut])
      pending.removeFirst(cut)
      if let part = try read(bytes) {
        givenOut += 1
        return part
      }
    }
  }

  /// Reads until `pending` holds `count` bytes or the file ends.
  private mutating func fill(upTo count: Int) throws {
    // NB: room for a whole window at once, so that appending never doubles the buffer.
    if pending.capacity < count { pending.reserveCapacity(count) }
    while pending.count < count, !atEnd, let handle {
      if let block = try Self.read(handle, count: count - pending.count, path: path) {
        pending.append(contentsOf: block)
      } else {
        atEnd = true
      }
    }
  }

  /// Where the part ends in `pending`: after the first page break past `partBytes`, else after
  /// the first gap of two or more blank lines, else the first blank line, else the last line
  /// break; with no line break in 2 × `partBytes`, at the last character boundary; nil when
  /// only more bytes can tell (a GB18030 line longer than that).
  private func cutPoint() -> Int? {
    if atEnd && pending.count <= searchLimit { return pending.count }
    let newline = UInt8(ascii: "\n")
    // NB: up to 2 × `partBytes`, or more while a long GB18030 line is being read on.
    let window = min(partBytes, pending.count)..<min(searchLimit, pending.count)
    if let page = pending[window].firstIndex(of: 0x0C) { return page + 1 }
    // NB: one blank line also parts paragraphs, even a sentence broken across a page of print
    // (使命\n\n感落实); a wider gap is where pages and stories were joined.
    var firstBlankLine: Int?
    var lastBreak = -1
    for index in window where pending[index] == newline {
      let (gap, end) = blankLines(after: index)
      if gap >= 2 { return end }
      if gap == 1, firstBlankLine == nil { firstBlankLine = end }
      lastBreak = index + 1
    }
    if let firstBlankLine { return firstBlankLine }
    if lastBreak > 0 { return lastBreak }
    if let last = pending[..<window.lowerBound].lastIndex(of: newline) { return last + 1 }
    if atEnd { return pending.count }
    // NB: no line break at all: a part must still end on a character boundary. UTF-8 never
    // starts a character with 10xxxxxx; in GB18030 (or before the encoding is known) only a
    // line break is safe, so the part grows to the next one.
    if encoding == .utf8 || (encoding == nil && Self.isUTF8(pending[..<window.upperBound])) {
      var end = window.upperBound
      while end > 0, pending[end - 1] & 0xC0 == 0x80 { end -= 1 }
      if end > 0, pending[end - 1] >= 0xC0 { end -= 1 }
      if end > 0 { return end }
    }
    return nil
  }

  /// The lines holding only spaces, tabs or CR that follow the line break at `index`, and
  /// where the last of them ends.
  private func blankLines(after index: Int) -> (count: Int, end: Int) {
    var count = 0
    var end = index + 1
    while true {
      var next = end
      while next < pending.count,
        pending[next] == 0x20 || pending[next] == 0x09 || pending[next] == 0x0D
      {
        next += 1
      }
      guard next < pending.count, pending[next] == UInt8(ascii: "\n") else { return (count, end) }
      count += 1
      end = next + 1
    }
  }

  /// Whether `bytes` are UTF-8, but for a character cut off at their end.
  private static func isUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    switch UTF8Validation.check(bytes) {
    case .valid, .truncated: return true  // truncated: only ever at the very end
    case .invalid: return false
    }
  }

  /// One part decoded and read; nil when it holds only layout space.
  private mutating func read(_ bytes: [UInt8]) throws -> ReadDocument? {
    defer { byteOffset += bytes.count }
    let decoded = try TextDecoder.decode(
      bytes, path: path, byteBase: byteOffset, expected: encoding)
    let scalarCount = decoded.text.unicodeScalars.count
    // NB: a part all ASCII (an English preface, tables of figures) reads the same in both
    // encodings: the first part with other characters decides.
    if encoding == nil, decoded.text.utf8.count != scalarCount { encoding = decoded.encoding }
    defer { scalarOffset += scalarCount }
    guard decoded.text.unicodeScalars.contains(where: { !LayoutText.isLayoutSpace($0) }) else {
      return nil
    }
    var part = DocumentBuilder(
      path: path, contentHash: contentHash, encoding: decoded.encoding.rawValue, format: format
    ).build(text: decoded.text)
    part.shift(scalars: scalarOffset, articles: nextArticle)
    // The next part numbers on; a number goes to this part's furniture when it has some.
    nextArticle = part.boilerplateArticleIndex + (part.boilerplate.isEmpty ? 0 : 1)
    return part
  }
}

extension ReadDocument {
  /// Moves every offset `scalars` on and every article number `articles` on: this document
  /// becomes a part that starts there in a bigger file.
  mutating func shift(scalars: Int, articles: Int) {
    originalTextStart += scalars
    firstArticleIndex += articles
    boilerplate = boilerplate.map { ($0.lowerBound + scalars)..<($0.upperBound + scalars) }
    for index in self.articles.indices {
      self.articles[index].index += articles
      self.articles[index].start += scalars
      self.articles[index].end += scalars
      for sentence in self.articles[index].sentences.indices {
        self.articles[index].sentences[sentence].start += scalars
        self.articles[index].sentences[sentence].end += scalars
      }
    }
  }
}

extension TextPipeline {
  /// A file read in parts of about `partBytes` (see `TextParts`); the default keeps a part's
  /// working memory near 100 MB.
  public static func parts(path: String, partBytes: Int = 4 << 20) throws -> TextParts {
    try TextParts(path: path, partBytes: partBytes)
  }
}
