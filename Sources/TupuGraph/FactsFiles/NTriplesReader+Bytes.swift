import Foundation
import TupuDiagnostics

extension NTriplesReader {
  /// Reads N-Triples over the file's UTF-8 bytes into dictionary-encoded rows: each distinct
  /// IRI or literal is decoded, checked and made a `String` once.
  ///
  /// A plain line (IRIs without `\`, a literal without escapes, tag or datatype) is read
  /// byte by byte; any other line, and every line with an error, is read again scalar by
  /// scalar by `Cursor`, so that errors and escapes are exactly as the specification pins.
  ///
  /// Keys point into the file's buffer and into copies this reader owns: use it only inside
  /// the buffer's `withUnsafeBufferPointer`.
  struct ByteReader {
    typealias Key = TSVFactsReader.TermInterner.Key

    /// One triple: the bytes of its subject and predicate IRIs and of its object (an IRI or
    /// a literal's value), and where each starts.
    struct Triple {
      var subject: UnsafeBufferPointer<UInt8>
      var predicate: UnsafeBufferPointer<UInt8>
      var object: UnsafeBufferPointer<UInt8>
      var objectIsIRI: Bool
      var objectIsBlank: Bool
      var subjectIsBlank: Bool
      /// Byte offsets in the file (plain lines) or scalar columns (lines read by `Cursor`).
      var positions: (Int, Int, Int)
      var columnsKnown: Bool
      /// True when the line is `<s> <p> <o> .` spaced as `line(subject:predicate:object:)`
      /// writes it (its IRIs are checked as they are interned).
      var isPlainlySpaced = false
    }

    let buffer: UnsafeBufferPointer<UInt8>
    let path: String
    let vocabulary: FactsVocabulary?
    private(set) var terms: [Term] = []
    private(set) var predicates: [String] = []
    private var isType: [Bool] = []
    /// Whether each term and predicate is written as `line(subject:predicate:object:)`
    /// writes it: a line of such terms is rebuilt from its fact and not kept as text.
    private var canonicalTerms: [Bool] = []
    private var canonicalPredicates: [Bool] = []
    private(set) var rows: [EncodedGraph.Row] = []
    private(set) var lineTexts: [Int: String] = [:]
    private var termIndex: [Key: Int32] = [:]
    private var predicateIndex: [Key: Int32] = [:]
    /// The first predicates' bytes, by id.
    private var predicateBytes: [UnsafeBufferPointer<UInt8>] = []
    private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
    private var problems: [Diagnostic] = []
    private var reported: Set<String> = []
    private var lastSubject: (bytes: UnsafeBufferPointer<UInt8>, index: Int32)?

    private static let entityBase = Array(TupuIRI.entityBase.utf8)
    private static let ontologyBase = Array(TupuIRI.ontologyBase.utf8)
    private static let rdfType = Array(TupuIRI.rdfType.utf8)

    init(buffer: UnsafeBufferPointer<UInt8>, path: String, vocabulary: FactsVocabulary?) {
      self.buffer = buffer
      self.path = path
      self.vocabulary = vocabulary
      termIndex.reserveCapacity(buffer.count / 150)
      rows.reserveCapacity(buffer.count / 120)
    }

    /// Frees the copies keys point into: after the last use of this reader's keys.
    func deallocate() {
      for storage in owned { storage.deallocate() }
    }

    /// Reads the lines (a slice of the file's, its indexes the file's), keeping what they say;
    /// throws the first syntax error, or at the end every unknown predicate and class.
    mutating func parse(lines: ArraySlice<Range<Int>>, skipped: inout SkippedTriples) throws {
      for line in FactsFile.NumberedLines(buffer, lines: lines) {
        let (range, number) = (line.range, line.number)
        var start = range.lowerBound
        while start < range.upperBound, isSpace(buffer[start]) { start += 1 }
        if start == range.upperBound || buffer[start] == UInt8(ascii: "#") { continue }
        do {
          guard
            let triple = try plainTriple(
              start..<range.upperBound, indented: start > range.lowerBound)
              ?? cursorTriple(range)
          else { continue }
          if let reason = skipReason(triple) {
            skipped.add(reason, line: number)
            continue
          }
          try add(triple, range: range, number: number, start: line.start, length: line.length)
        } catch let failure as Cursor.Failure {
          throw Diagnostic(
            "N-Triples syntax error: \(failure.message)",
            at: SourceLocation(source: path, line: number, column: failure.column + 1),
            sourceLine: String(decoding: buffer[range], as: UTF8.self),
            hint: "each line is `<subject> <predicate> <object> .` with IRIs in <…> and "
              + "literals in \"…\"; nothing of this file was read")
        }
      }
      if !problems.isEmpty {
        throw FactsFileProblems(problems + [FactsFile.nothingStored(path)])
      }
    }

    /// Appends what a reader of the lines after these read: its terms merged into these (in
    /// its order, so ids keep following first appearance), its rows and kept lines after
    /// these, its problems that these do not have already.
    mutating func absorb(_ other: ByteReader) {
      var otherPredicateKeys = [Key?](repeating: nil, count: other.predicates.count)
      for (key, id) in other.predicateIndex { otherPredicateKeys[Int(id)] = key }
      var predicateIDs = [Int32](repeating: 0, count: other.predicates.count)
      for (id, key) in otherPredicateKeys.enumerated() {
        guard let key else { continue }
        let new = Int32(predicates.count)
        let found = Self.read(&predicateIndex[key, default: new])
        if found == new {
          predicates.append(other.predicates[id])
          isType.append(other.isType[id])
          canonicalPredicates.append(other.canonicalPredicates[id])
        }
        predicateIDs[id] = found
      }
      var otherTermKeys = [Key?](repeating: nil, count: other.terms.count)
      for (key, id) in other.termIndex { otherTermKeys[Int(id)] = key }
      var termIDs = [Int32](repeating: 0, count: other.terms.count)
      for (id, key) in otherTermKeys.enumerated() {
        guard let key else { continue }
        let new = Int32(terms.count)
        let found = Self.read(&termIndex[key, default: new])
        if found == new {
          terms.append(other.terms[id])
          canonicalTerms.append(other.canonicalTerms[id])
        }
        termIDs[id] = found
      }
      rows.append(
        part: other.rows, lineTexts: other.lineTexts, into: &lineTexts, termIDs: termIDs,
        predicateIDs: predicateIDs)
    }

    /// One hash and probe: the defaulted subscript inserts `new` when the key is missing.
    @inline(__always)
    private static func read(_ slot: inout Int32) -> Int32 { slot }

    // MARK: Reading a line

    /// The triple of a plain line, or nil when the line needs `Cursor`.
    private func plainTriple(_ line: Range<Int>, indented: Bool) -> Triple? {
      var position = line.lowerBound
      guard let subject = plainIRI(&position, line.upperBound) else { return nil }
      skipSpace(&position, line.upperBound)
      guard let predicate = plainIRI(&position, line.upperBound) else { return nil }
      skipSpace(&position, line.upperBound)
      guard position < line.upperBound else { return nil }
      let objectStart = position
      let object: Range<Int>
      let objectIsIRI: Bool
      if buffer[position] == UInt8(ascii: "<") {
        guard let iri = plainIRI(&position, line.upperBound) else { return nil }
        object = iri
        objectIsIRI = true
      } else if buffer[position] == UInt8(ascii: "\"") {
        var end = position + 1
        while end < line.upperBound, buffer[end] != UInt8(ascii: "\""),
          buffer[end] != UInt8(ascii: "\\")
        {
          end += 1
        }
        guard end < line.upperBound, buffer[end] == UInt8(ascii: "\"") else { return nil }
        object = (position + 1)..<end
        objectIsIRI = false
        position = end + 1
      } else {
        return nil
      }
      skipSpace(&position, line.upperBound)
      guard position < line.upperBound, buffer[position] == UInt8(ascii: ".") else { return nil }
      position += 1
      skipSpace(&position, line.upperBound)
      guard position == line.upperBound || buffer[position] == UInt8(ascii: "#") else {
        return nil
      }
      let space = UInt8(ascii: " ")
      let isPlainlySpaced =
        !indented && predicate.lowerBound == subject.upperBound + 3
        && buffer[subject.upperBound + 1] == space && objectStart == predicate.upperBound + 2
        && buffer[predicate.upperBound + 1] == space && line.upperBound == object.upperBound + 3
        && buffer[object.upperBound + 1] == space
      return Triple(
        subject: UnsafeBufferPointer(rebasing: buffer[subject]),
        predicate: UnsafeBufferPointer(rebasing: buffer[predicate]),
        object: UnsafeBufferPointer(rebasing: buffer[object]), objectIsIRI: objectIsIRI,
        objectIsBlank: false, subjectIsBlank: false,
        positions: (line.lowerBound, predicate.lowerBound - 1, objectStart), columnsKnown: false,
        isPlainlySpaced: isPlainlySpaced)
    }

    /// The bytes inside `<…>` when they hold no escape and nothing an IRI forbids.
    private func plainIRI(_ position: inout Int, _ end: Int) -> Range<Int>? {
      guard position < end, buffer[position] == UInt8(ascii: "<") else { return nil }
      var cursor = position + 1
      // NB: one table lookup a byte; the switch of ranges it replaces was a third of the scan.
      while cursor < end {
        let byte = buffer[cursor]
        if byte == UInt8(ascii: ">") { break }
        if Self.endsPlainIRI[Int(byte)] { return nil }
        cursor += 1
      }
      guard cursor < end, cursor > position + 1 else { return nil }
      defer { position = cursor + 1 }
      return (position + 1)..<cursor
    }

    /// The bytes a plain IRI cannot hold (`Cursor` then reads the line and names the error).
    private static let endsPlainIRI: [Bool] = (0...255).map { byte in
      switch UInt8(byte) {
      case 0...0x20, UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: "\""),
        UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"),
        UInt8(ascii: "`"):
        return true
      default: return false
      }
    }

    private func skipSpace(_ position: inout Int, _ end: Int) {
      while position < end, buffer[position] == UInt8(ascii: " ") || buffer[position] == 9 {
        position += 1
      }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// The line read scalar by scalar, its escapes resolved; throws its syntax error.
    private mutating func cursorTriple(_ line: Range<Int>) throws -> Triple? {
      let scalars = Array(String(decoding: buffer[line], as: UTF8.self).unicodeScalars)
      var cursor = Cursor(scalars: scalars)
      cursor.skipSpace()
      if cursor.atEnd || cursor.peek == "#" { return nil }
      let subjectColumn = cursor.position
      let subject = try cursor.subject()
      cursor.skipSpace()
      let predicateColumn = cursor.position
      let predicate = try cursor.iri(role: "predicate")
      cursor.skipSpace()
      let objectColumn = cursor.position
      let object = try cursor.object()
      cursor.skipSpace()
      try cursor.expect(".", "expected `.` at the end of the triple")
      cursor.skipSpace()
      if !cursor.atEnd && cursor.peek != "#" {
        throw cursor.failure("unexpected text after the triple")
      }
      let objectText: String
      var objectIsIRI = false
      var objectIsBlank = false
      switch object {
      case .iri(let iri):
        objectText = iri
        objectIsIRI = true
      case .blank(let label):
        objectText = label
        objectIsBlank = true
      case .literal(let value): objectText = value
      }
      return Triple(
        subject: own(subject), predicate: own(predicate), object: own(objectText),
        objectIsIRI: objectIsIRI, objectIsBlank: objectIsBlank,
        subjectIsBlank: subject.hasPrefix("_:"),
        positions: (subjectColumn, predicateColumn, objectColumn), columnsKnown: true)
    }

    /// A copy of the text's bytes that lives as long as this reader.
    private mutating func own(_ text: String) -> UnsafeBufferPointer<UInt8> {
      let bytes = Array(text.utf8)
      let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
      _ = copy.initialize(from: bytes)
      owned.append(copy)
      return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<bytes.count])
    }

    /// As `NTriplesReader.decodedName`, the column found only for the error.
    private func name(of iri: String, _ triple: Triple, field: Int) throws -> String {
      if let name = TupuIRI.strictName(of: iri) { return name }
      return try decodedName(iri, column: column(triple, field))
    }

    /// The 0-based scalar column of the subject (0), predicate (1) or object (2).
    private func column(_ triple: Triple, _ field: Int) -> Int {
      let position = [triple.positions.0, triple.positions.1, triple.positions.2][field]
      if triple.columnsKnown { return position }
      var lineStart = position
      while lineStart > 0, buffer[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
      return FactsFile.scalarCount(buffer, lineStart..<position)
    }

    // MARK: Checking and interning

    /// As `NTriplesReader.skipReason`, on bytes.
    private func skipReason(_ triple: Triple) -> SkippedTriples.Reason? {
      if triple.subjectIsBlank || triple.objectIsBlank { return .blankNode }
      if Self.starts(triple.subject, with: Self.ontologyBase) { return .vocabulary }
      let isType = Self.equal(triple.predicate, Self.rdfType)
      if isType {
        guard triple.objectIsIRI, Self.starts(triple.object, with: Self.ontologyBase) else {
          return .foreignClass
        }
      } else if !Self.starts(triple.predicate, with: Self.ontologyBase) {
        return .foreignPredicate
      }
      if !Self.starts(triple.subject, with: Self.entityBase) { return .foreignEntity }
      if !isType, triple.objectIsIRI, !Self.starts(triple.object, with: Self.entityBase) {
        return .foreignEntity
      }
      return nil
    }

    /// The name of an entity IRI under Tupu's base, and whether the IRI is the one
    /// `TupuIRI.entity` writes for it, read over bytes; nil for anything else (an empty or
    /// broken name, another base), which `name(of:)` then reads or refuses.
    private static func entityName(_ bytes: UnsafeBufferPointer<UInt8>)
      -> (name: String, canonical: Bool)?
    {
      guard starts(bytes, with: entityBase), bytes.count > entityBase.count else { return nil }
      var decoded: [UInt8] = []
      decoded.reserveCapacity((bytes.count - entityBase.count) / 3 + 4)
      var canonical = true
      var onlyDots = true
      var upperHex = true
      var index = entityBase.count
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "%") {
          guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
            let low = hexValue(bytes[index + 2])
          else { return nil }
          let value = high.value << 4 | low.value
          upperHex = upperHex && high.upper && low.upper
          canonical = canonical && upperHex && !isUnreserved(value)
          decoded.append(value)
          onlyDots = onlyDots && value == UInt8(ascii: ".")
          index += 3
        } else {
          canonical = canonical && isUnreserved(byte)
          decoded.append(byte)
          onlyDots = onlyDots && byte == UInt8(ascii: ".")
          index += 1
        }
      }
      guard let name = String(validating: decoded, as: UTF8.self) else { return nil }
      if onlyDots {
        // A name of dots only is written `%2E…` (see `TupuIRI.entity`).
        canonical = upperHex && bytes.count == entityBase.count + 3 * decoded.count
      }
      return (name, canonical)
    }

    /// A hex digit's value, and whether it is written as `TupuIRI` writes it (0–9, A–F).
    private static func hexValue(_ byte: UInt8) -> (value: UInt8, upper: Bool)? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): return (byte - UInt8(ascii: "0"), true)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): return (byte - UInt8(ascii: "A") + 10, true)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): return (byte - UInt8(ascii: "a") + 10, false)
      default: return nil
      }
    }

    /// The bytes `TupuIRI.percentEncoded` writes as they are.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        return true
      default: return false
      }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool
    {
      guard bytes.count >= prefix.count else { return false }
      let head = UnsafeBufferPointer(rebasing: bytes[0..<prefix.count])
      return prefix.withUnsafeBufferPointer { Key.sameBytes(head, $0) }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
      guard bytes.count == other.count else { return false }
      return other.withUnsafeBufferPointer { Key.sameBytes(bytes, $0) }
    }

    private mutating func add(
      _ triple: Triple, range: Range<Int>, number: Int, start: Int, length: Int
    ) throws {
      let subject: Int32
      // Neighbouring lines mostly share the subject: comparing bytes beats hashing them.
      if let last = lastSubject, Key.sameBytes(last.bytes, triple.subject) {
        subject = last.index
      } else {
        subject = try term(kind: 0, triple.subject, triple, field: 0, range: range, number: number)
        lastSubject = (triple.subject, subject)
      }
      let predicate = try predicateID(triple, range: range, number: number)
      let kind = !triple.objectIsIRI ? 1 : isType[Int(predicate)] ? 2 : 0
      let object = try term(
        kind: kind, triple.object, triple, field: 2, range: range, number: number)
      let rebuilt =
        triple.isPlainlySpaced && canonicalTerms[Int(subject)]
        && canonicalPredicates[Int(predicate)] && canonicalTerms[Int(object)]
      if !rebuilt { lineTexts[rows.count] = String(decoding: buffer[range], as: UTF8.self) }
      rows.append(
        EncodedGraph.Row(
          subject: subject, predicate: predicate, object: object,
          line: Int32(clamping: number), start: Int32(clamping: start),
          length: Int32(clamping: length)))
    }

    private mutating func predicateID(
      _ triple: Triple, range: Range<Int>, number: Int
    ) throws -> Int32 {
      // NB: a file has few predicates: comparing with each beats hashing a long IRI a line.
      for (id, known) in predicateBytes.enumerated() where Key.sameBytes(known, triple.predicate) {
        return Int32(id)
      }
      let key = Key(kind: 3, bytes: triple.predicate)
      if let found = predicateIndex[key] { return found }
      let iri = String(decoding: triple.predicate, as: UTF8.self)
      var name = try name(of: iri, triple, field: 1)
      if let vocabulary {
        if let id = vocabulary.predicate(name) {
          name = id
        } else if reported.insert("p " + name).inserted {
          problems.append(
            Diagnostic(
              "unknown predicate `\(name)`",
              at: SourceLocation(source: path, line: number, column: column(triple, 1) + 1),
              sourceLine: String(decoding: buffer[range], as: UTF8.self),
              length: iri.count + 2, hint: vocabulary.predicateHint(name)))
        }
      }
      let id = Int32(predicates.count)
      predicates.append(name)
      isType.append(name == typePredicate)
      canonicalPredicates.append(Self.equal(triple.predicate, Array(TupuIRI.ontology(name).utf8)))
      predicateIndex[key] = id
      if predicateBytes.count == Int(id), id < 16 { predicateBytes.append(triple.predicate) }
      return id
    }

    /// The index of the subject (field 0) or object (field 2) as a term of `kind`.
    private mutating func term(
      kind: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ triple: Triple, field: Int,
      range: Range<Int>, number: Int
    ) throws -> Int32 {
      let key = Key(kind: kind, bytes: bytes)
      if let found = termIndex[key] { return found }
      if kind == 0, let entity = Self.entityName(bytes) {
        let id = Int32(terms.count)
        terms.append(.entity(entity.name))
        canonicalTerms.append(entity.canonical)
        termIndex[key] = id
        return id
      }
      let text = String(decoding: bytes, as: UTF8.self)
      let term: Term
      if kind == 1 {
        term = .literal(text)
      } else {
        var name = try name(of: text, triple, field: field)
        if kind == 2, let vocabulary {
          if let id = vocabulary.className(name) {
            name = id
          } else if reported.insert("c " + name).inserted {
            problems.append(
              Diagnostic(
                "unknown class `\(name)`",
                at: SourceLocation(source: path, line: number, column: column(triple, field) + 1),
                sourceLine: String(decoding: buffer[range], as: UTF8.self),
                length: text.count + 2, hint: vocabulary.classHint(name)))
          }
        }
        term = kind == 2 ? .classRef(name) : .entity(name)
      }
      let id = Int32(terms.count)
      terms.append(term)
      switch term {
      case .literal: canonicalTerms.append(!bytes.contains { $0 < 0x20 || $0 == 0x7F })
      case .entity(let name):
        canonicalTerms.append(Self.equal(bytes, Array(TupuIRI.entity(name).utf8)))
      case .classRef(let name):
        canonicalTerms.append(Self.equal(bytes, Array(TupuIRI.ontology(name).utf8)))
      }
      termIndex[key] = id
      return id
    }
  }
}
