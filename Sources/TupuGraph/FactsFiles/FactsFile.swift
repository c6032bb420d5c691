import Dispatch
import Foundation
import TupuDiagnostics

/// The digest computed on another thread: written once in the group's task, read only after
/// waiting for the group.
private final class DigestBox: @unchecked Sendable {
  var value = ""
}

/// Files that already hold facts: TSV in the shared gold format (`.tsv`) and N-Triples
/// (`.nt`). Each becomes one `DocumentGraph` whose evidence for a fact is its line.
public enum FactsFile {
  /// The reader for a path by its extension, or nil when the file is not a facts file.
  public enum Format: String, Sendable {
    case tsv
    case ntriples
    /// What `tupu extract` writes: documents with their facts and evidence.
    case jsonl

    public init?(path: String) {
      switch (path as NSString).pathExtension.lowercased() {
      case "tsv": self = .tsv
      case "nt": self = .ntriples
      case "jsonl": self = .jsonl
      default: return nil
      }
    }
  }

  /// Reads a whole facts file; throws a `Diagnostic` naming the file and line on bad input.
  public static func read(path: String, format: Format) throws -> DocumentGraph {
    try read(bytes: contents(path), path: path, format: format)
  }

  public static func read(bytes: [UInt8], path: String, format: Format) throws -> DocumentGraph {
    switch format {
    case .tsv: return try TSVFactsReader.read(bytes: bytes, path: path)
    case .ntriples: return try NTriplesReader.read(bytes: bytes, path: path)
    case .jsonl:
      // One graph of every document's facts, under the file's own key.
      let documents = try JSONLFactsReader.read(bytes: bytes, path: path)
      return DocumentGraph(
        document: DocumentRecord(contentHash: SHA256.hex(bytes), path: path),
        facts: documents.flatMap(\.facts))
    }
  }

  /// Reads a whole facts file in the form the store loads fastest: TSV and N-Triples
  /// dictionary-encoded, JSON Lines fact by fact.
  public static func readForStore(path: String, format: Format) throws -> DocumentFacts {
    let bytes = try contents(path)
    switch format {
    case .tsv: return .encoded(try TSVFactsReader.readEncoded(bytes: bytes, path: path))
    case .ntriples:
      let read = try NTriplesReader.readEncoded(bytes: bytes, path: path, vocabulary: nil)
      return .encoded(read.graph)
    case .jsonl:
      // One document of every document's facts, under the file's own key.
      let documents = try JSONLFactsReader.readEncoded(bytes: bytes, path: path, vocabulary: nil)
      return .graph(
        DocumentGraph(
          document: DocumentRecord(contentHash: SHA256.hex(bytes), path: path),
          facts: documents.flatMap { $0.decoded().facts }))
    }
  }

  /// Reads a facts file as the documents the store keeps: a `.jsonl` file holds many, each
  /// stored under its own key and path; the other formats are one document.
  public static func readDocumentsForStore(path: String, format: Format) throws
    -> [DocumentFacts]
  {
    guard format == .jsonl else { return [try readForStore(path: path, format: format)] }
    return try JSONLFactsReader.readEncoded(path: path, vocabulary: nil).map { .encoded($0) }
  }

  static func contents(_ path: String) throws -> [UInt8] {
    guard let bytes = readWhole(path) ?? FileManager.default.contents(atPath: path).map(Array.init)
    else {
      throw Diagnostic(
        "cannot read \(path)", at: SourceLocation(source: path, line: 0),
        hint: "check that the file exists and is readable")
    }
    return bytes
  }

  /// A regular file's bytes read straight into the array (nil for anything else, or on an
  /// error): reading into `Data` and copying it was a tenth of an N-Triples file's read.
  private static func readWhole(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(info.st_size)
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: max(1, size)) { buffer, count in
      count = 0
      guard let base = buffer.baseAddress else { return }
      while count < size {
        let got = Foundation.read(descriptor, base + count, size - count)
        if got < 0 && errno == EINTR { continue }
        if got <= 0 {
          failed = got < 0
          break
        }
        count += got
      }
    }
    return failed ? nil : bytes
  }

  /// The bytes as text, or a diagnostic at the first byte that is not UTF-8.
  static func decodeUTF8(_ bytes: [UInt8], path: String) throws -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    try requireUTF8(bytes, path: path)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Throws a diagnostic at the first byte that is not UTF-8; checks without copying.
  static func requireUTF8(_ bytes: [UInt8], path: String) throws {
    let valid = bytes.withUnsafeBufferPointer { buffer in
      // NB: runs of ASCII (most of an N-Triples file) are skipped eight bytes at a time; each
      // stretch between them is validated, starting and ending at a character's boundary.
      guard let base = buffer.baseAddress else { return true }
      let raw = UnsafeRawPointer(base)
      var index = 0
      while index < buffer.count {
        while index + 8 <= buffer.count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        guard index < buffer.count else { break }
        // A stretch of at most 4 KB ending before an ASCII byte (or at the end).
        var end = min(buffer.count, index + 4096)
        while end < buffer.count, buffer[end] >= 0x80 { end += 1 }
        let stretch = UnsafeBufferPointer(rebasing: buffer[index..<end])
        if (try? UTF8Span(validating: Span(_unsafeElements: stretch))) == nil { return false }
        index = end
      }
      return true
    }
    if valid { return }
    var line = 1
    var lineStart = 0
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
          line += 1
          lineStart = offset + 1
        }
        offset += encoded.count
      case .error(let length):
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        throw Diagnostic(
          "\(path) is not valid UTF-8: byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) "
            + "at line \(line)",
          at: SourceLocation(
            source: path, line: line, column: prefix.count + 1, byteOffset: offset),
          sourceLine: prefix, length: max(1, length),
          hint: "save the file as UTF-8 (e.g. `iconv -f GB18030 -t UTF-8`); nothing of it was read")
      case .emptyInput:
        return
      }
    }
  }

  /// Runs `parse` while the file's SHA-256 is computed on another thread; the digest is the
  /// document key and costs about as much as parsing, so the two overlap on a free core.
  static func parseWhileHashing<Parsed>(
    _ bytes: [UInt8], _ parse: () throws -> Parsed
  ) throws -> (facts: Parsed, hash: String) {
    let digest = DigestBox()
    let hashing = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: hashing) {
      digest.value = SHA256.hex(bytes)
    }
    let facts = try parse()
    hashing.wait()
    return (facts, digest.value)
  }

  /// Byte ranges of the lines of `bytes` (without `\n` or a trailing `\r`).
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    bytes.withUnsafeBufferPointer { lineRanges($0) }
  }

  static func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    guard let base = buffer.baseAddress else { return ranges }
    var start = 0
    // NB: memchr finds line ends many bytes at a time; a loop over bytes was a tenth of the
    // N-Triples read.
    while start < buffer.count,
      let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
    {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      let end = index > start && buffer[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
      ranges.append(start..<end)
      start = index + 1
    }
    if start < buffer.count {
      let end = buffer[buffer.count - 1] == UInt8(ascii: "\r") ? buffer.count - 1 : buffer.count
      ranges.append(start..<end)
    }
    return ranges
  }

  /// One line of a facts file as its readers take it: bytes, number, and where it starts and
  /// how long it is in scalars of the whole file (line breaks included), as evidence counts.
  struct NumberedLine {
    let range: Range<Int>
    let number: Int
    let start: Int
    let length: Int
  }

  /// The lines of a slice of a file's lines (their indexes the file's), each with its number
  /// and scalar offset; a slice read by another thread starts from the scalars before it.
  struct NumberedLines: Sequence, IteratorProtocol {
    private let buffer: UnsafeBufferPointer<UInt8>
    private let lines: ArraySlice<Range<Int>>
    private var index: Int
    private var previousEnd: Int
    private var scalarOffset: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, lines: ArraySlice<Range<Int>>) {
      self.buffer = buffer
      self.lines = lines
      index = lines.startIndex
      previousEnd = lines.first?.lowerBound ?? 0
      scalarOffset = FactsFile.scalarCount(buffer, 0..<previousEnd)
    }

    @inline(__always)
    mutating func next() -> NumberedLine? {
      guard index < lines.endIndex else { return nil }
      let range = lines[index]
      scalarOffset += FactsFile.scalarCount(buffer, previousEnd..<range.lowerBound)
      let length = FactsFile.scalarCount(buffer, range)
      let line = NumberedLine(range: range, number: index + 1, start: scalarOffset, length: length)
      scalarOffset += length
      previousEnd = range.upperBound
      index += 1
      return line
    }
  }

  /// Unicode scalars in UTF-8 `bytes`: every byte that does not continue a sequence.
  @inline(__always)
  static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var count = range.count
    var index = range.lowerBound
    // NB: eight bytes at a time: a continuation byte is 10xxxxxx, so its top bit is set and
    // the one below it clear.
    let raw = UnsafeRawPointer(base)
    while index + 8 <= range.upperBound {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      count -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
      index += 8
    }
    while index < range.upperBound {
      if bytes[index] & 0xC0 == 0x80 { count -= 1 }
      index += 1
    }
    return count
  }
}
