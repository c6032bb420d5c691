import Foundation
import TupuDiagnostics

extension JSONLFactsReader {
  /// Reads a JSON Lines file over its bytes into one `EncodedGraph` per document: each
  /// distinct term of a document is made a `String` once, and a sentence's text once for the
  /// facts that share it.
  ///
  /// Keys point into the file's buffer and into copies this reader owns: use it only inside
  /// the buffer's `withUnsafeBufferPointer`, and `deallocate()` it there.
  struct EncodingReader {
    typealias Key = TSVFactsReader.TermInterner.Key

    let buffer: UnsafeBufferPointer<UInt8>
    let path: String
    let vocabulary: FactsVocabulary?
    private(set) var documents: [EncodedGraph] = []
    private var line: JSONLine
    private var owned: [UnsafeMutableBufferPointer<UInt8>] = []
    private var problems: [Diagnostic] = []
    private var reported: Set<String> = []

    // The document being read.
    private var current: EncodedGraph?
    private var expected = 0
    private var seen = 0
    private var headerLine = 0
    private var termIndex: [Key: Int32] = [:]
    private var predicateIndex: [Key: Int32] = [:]
    private var patternIndex: [Key: Int32] = [:]
    /// The line that first used each predicate, and each class term (for errors).
    private var predicateLines: [Int] = []
    private var classLines: [Int32: Int] = [:]
    /// Rows whose text is exactly `subject<TAB>predicate<TAB>object` as written: not kept,
    /// unless checking renames the predicate or class (then it no longer is).
    private var factLineRows: [Int] = []
    private var lastSubject: (bytes: UnsafeBufferPointer<UInt8>, index: Int32)?
    private var lastText: (bytes: UnsafeBufferPointer<UInt8>, text: String)?

    init(buffer: UnsafeBufferPointer<UInt8>, path: String, vocabulary: FactsVocabulary?) {
      self.buffer = buffer
      self.path = path
      self.vocabulary = vocabulary
      line = JSONLine(buffer: buffer)
    }

    mutating func deallocate() {
      for storage in owned { storage.deallocate() }
      owned = []
      termIndex = [:]
      predicateIndex = [:]
      patternIndex = [:]
      lastSubject = nil
      lastText = nil
    }

    mutating func read() throws {
      var number = 0
      for range in FactsFile.lineRanges(buffer) {
        number += 1
        guard buffer[range].contains(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
        do {
          try line.read(range)
        } catch {
          throw problem(
            at: range, number, offset: error.offset, error.message,
            "each line is one JSON object, as `tupu extract` writes")
        }
        if let key = line.text(.document) {
          try header(key: key, range: range, number: number)
        } else {
          try fact(range: range, number: number)
        }
      }
      try finish()
      if !problems.isEmpty {
        throw FactsFileProblems(problems + [FactsFile.nothingStored(path)])
      }
    }

    private func problem(
      at range: Range<Int>, _ number: Int, offset: Int, _ message: String, _ hint: String
    ) -> Diagnostic {
      let text = String(decoding: buffer[range], as: UTF8.self)
      let column =
        String(decoding: buffer[range.lowerBound..<(range.lowerBound + offset)], as: UTF8.self)
        .count + 1
      return Diagnostic(
        message, at: SourceLocation(source: path, line: number, column: column),
        sourceLine: text, hint: hint)
    }

    private mutating func header(key: String, range: Range<Int>, number: Int) throws {
      // NB: a big file is extracted part by part, each part under the document's key: the
      // parts of one document follow each other and are joined again.
      let continues = current?.document.contentHash == key
      if !continues || seen != expected { try finish() }
      guard let documentPath = line.text(.path), !key.isEmpty,
        let count = line.integer(.facts), count >= 0
      else {
        throw problem(
          at: range, number, offset: 0,
          "a document line needs \"document\", \"path\" and \"facts\"",
          "write: {\"document\":\"KEY\",\"path\":\"FILE\",\"facts\":N}")
      }
      expected = count
      seen = 0
      headerLine = number
      if continues { return }
      current = EncodedGraph(
        document: DocumentRecord(
          contentHash: key, path: documentPath, title: line.text(.title),
          date: line.text(.date), published: line.text(.published).flatMap(StatedDate.init(iso:))),
        terms: [], predicates: [], rows: [], lineTexts: [:], pattern: JSONLFactsReader.pattern)
    }

    /// The bytes of a string value: in the buffer, or an owned copy of an escaped one.
    private mutating func bytes(_ key: JSONLine.Key) -> UnsafeBufferPointer<UInt8>? {
      switch line[key] {
      case .bytes(let range): return UnsafeBufferPointer(rebasing: buffer[range])
      case .string(let text):
        let bytes = Array(text.utf8)
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = copy.initialize(from: bytes)
        owned.append(copy)
        return UnsafeBufferPointer(rebasing: UnsafeBufferPointer(copy)[0..<bytes.count])
      default: return nil
      }
    }

    private mutating func fact(range: Range<Int>, number: Int) throws {
      guard current != nil else {
        throw problem(
          at: range, number, offset: 0, "a fact line before any document line",
          "the file starts with {\"document\":…}, as `tupu extract` writes it")
      }
      seen += 1
      guard let subject = bytes(.s), let predicate = bytes(.p), let object = bytes(.o),
        !subject.isEmpty, !predicate.isEmpty, !object.isEmpty
      else {
        throw problem(
          at: range, number, offset: 0,
          "a fact line needs \"s\", \"p\" and \"o\" (text, not empty)",
          "write: {\"s\":\"SUBJECT\",\"p\":\"PREDICATE\",\"o\":\"OBJECT\"}")
      }
      // Derived facts are the store's to derive again: they are not read.
      if line[.rule] != nil { return }
      let kind: Int
      if let written = bytes(.kind) {
        if Self.equal(written, "entity") {
          kind = 0
        } else if Self.equal(written, "literal") {
          kind = 1
        } else if Self.equal(written, "class") {
          kind = 2
        } else {
          let other = String(decoding: written, as: UTF8.self)
          throw problem(
            at: range, number, offset: 0, "unknown kind \"\(other)\"",
            "kind is entity, literal or class")
        }
      } else {
        kind = Self.equal(predicate, typePredicate) ? 2 : 0
      }
      let row = current?.rows.count ?? 0
      let s: Int32
      if let last = lastSubject, Key.sameBytes(last.bytes, subject) {
        s = last.index
      } else {
        s = term(kind: 0, subject, number: number)
        lastSubject = (subject, s)
      }
      let p = predicateID(predicate, number: number)
      let o = term(kind: kind, object, number: number)
      var article = 0
      var sentence = number
      var start = 0
      var end = 0
      var pattern = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
      var text: UnsafeBufferPointer<UInt8>?
      if let writtenArticle = line.integer(.article), let writtenSentence = line.integer(.sentence),
        let writtenStart = line.integer(.start), let writtenEnd = line.integer(.end),
        let writtenText = bytes(.text), let writtenPattern = bytes(.pattern)
      {
        guard writtenArticle >= 0, writtenSentence >= 0, writtenStart >= 0,
          writtenEnd >= writtenStart
        else {
          throw problem(
            at: range, number, offset: 0,
            "the evidence's article, sentence, start and end must be counts (end ≥ start)",
            "extract the document again")
        }
        (article, sentence) = (writtenArticle, writtenSentence)
        (start, end) = (writtenStart, writtenEnd)
        pattern = writtenPattern
        text = writtenText
      }
      let patternID: Int32
      if let text {
        patternID = patternIndex(pattern)
        // NB: a text that is empty under the JSON Lines pattern is no sentence (as a bare
        // fact's); one that is the fact's own line is rebuilt from the fact.
        if text.isEmpty && Self.equal(pattern, JSONLFactsReader.pattern) {
          // No sentence.
        } else if Self.isFactLine(text, subject, predicate, object) {
          factLineRows.append(row)
        } else {
          let sentenceText = string(text)
          current?.lineTexts[row] = sentenceText
        }
      } else {
        patternID = patternIndex(nil)
      }
      current?.rows.append(
        EncodedGraph.Row(
          subject: s, predicate: p, object: o, line: Int32(clamping: sentence),
          start: Int32(clamping: start), length: Int32(clamping: end - start)))
      current?.articles.append(Int32(clamping: article))
      current?.rowPatterns.append(patternID)
    }

    /// The text as a `String`, the one made for the line before when the bytes are the same
    /// (the facts of one sentence follow each other).
    private mutating func string(_ text: UnsafeBufferPointer<UInt8>) -> String {
      if let last = lastText, Key.sameBytes(last.bytes, text) {
        return last.text
      }
      let string = String(decoding: text, as: UTF8.self)
      lastText = (text, string)
      return string
    }

    private mutating func term(kind: Int, _ bytes: UnsafeBufferPointer<UInt8>, number: Int)
      -> Int32
    {
      let key = Key(kind: kind, bytes: bytes)
      let new = Int32(current?.terms.count ?? 0)
      let found = Self.read(&termIndex[key, default: new])
      if found == new {
        let text = String(decoding: bytes, as: UTF8.self)
        current?.terms.append(Term(kindCode: kind, text: text) ?? .entity(text))
        if kind == 2 { classLines[new] = number }
      }
      return found
    }

    private mutating func predicateID(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) -> Int32 {
      let key = Key(kind: 3, bytes: bytes)
      let new = Int32(current?.predicates.count ?? 0)
      let found = Self.read(&predicateIndex[key, default: new])
      if found == new {
        current?.predicates.append(String(decoding: bytes, as: UTF8.self))
        predicateLines.append(number)
      }
      return found
    }

    /// The index of a pattern in the document's `patterns`; nil is a bare fact's.
    private mutating func patternIndex(_ bytes: UnsafeBufferPointer<UInt8>?) -> Int32 {
      let written = bytes ?? Self.bare
      let key = Key(kind: 9, bytes: written)
      let new = Int32(current?.patterns.count ?? 0)
      let found = Self.read(&patternIndex[key, default: new])
      if found == new { current?.patterns.append(String(decoding: written, as: UTF8.self)) }
      return found
    }

    // NB: allocated once and never freed or written: the bytes of the bare facts’ pattern.
    nonisolated(unsafe) private static let bare: UnsafeBufferPointer<UInt8> = {
      let bytes = Array(JSONLFactsReader.pattern.utf8)
      let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
      _ = copy.initialize(from: bytes)
      return UnsafeBufferPointer(copy)
    }()

    /// One hash and probe: the defaulted subscript inserts `new` when the key is missing.
    @inline(__always)
    private static func read(_ slot: inout Int32) -> Int32 { slot }

    private mutating func finish() throws {
      guard var graph = current else { return }
      guard seen == expected else {
        throw Diagnostic(
          "the document \(graph.document.path) announces \(expected) fact line(s) but \(seen) "
            + "follow", at: SourceLocation(source: path, line: headerLine),
          hint: "the file was cut short or edited: extract the document again")
      }
      if let vocabulary { check(&graph, vocabulary) }
      documents.append(graph)
      current = nil
      termIndex.removeAll(keepingCapacity: true)
      predicateIndex.removeAll(keepingCapacity: true)
      patternIndex.removeAll(keepingCapacity: true)
      predicateLines.removeAll(keepingCapacity: true)
      classLines.removeAll(keepingCapacity: true)
      factLineRows.removeAll(keepingCapacity: true)
      lastSubject = nil
      lastText = nil
    }

    /// Predicates and classes by their ids; each unknown one is a problem at the first line
    /// that uses it.
    private mutating func check(_ graph: inout EncodedGraph, _ vocabulary: FactsVocabulary) {
      let written = graph
      var found: [(line: Int, order: Int, message: String, name: String, hint: String)] = []
      var renamedPredicates = Set<Int32>()
      for (index, name) in written.predicates.enumerated() {
        guard let id = vocabulary.predicate(name) else {
          found.append(
            (
              predicateLines[index], 0, "unknown predicate `\(name)`", name,
              vocabulary.predicateHint(name)
            ))
          continue
        }
        if id != name {
          graph.predicates[index] = id
          renamedPredicates.insert(Int32(index))
        }
      }
      var renamedClasses = Set<Int32>()
      for (index, term) in written.terms.enumerated() {
        guard case .classRef(let name) = term else { continue }
        guard let id = vocabulary.className(name) else {
          found.append(
            (
              classLines[Int32(index)] ?? 0, 1, "unknown class `\(name)`", name,
              vocabulary.classHint(name)
            ))
          continue
        }
        if id != name {
          graph.terms[index] = .classRef(id)
          renamedClasses.insert(Int32(index))
        }
      }
      // A line that was its fact's as written is not the renamed fact's: its text is kept.
      for row in factLineRows {
        let fact = written.rows[row]
        guard renamedPredicates.contains(fact.predicate) || renamedClasses.contains(fact.object)
        else { continue }
        graph.lineTexts[row] =
          written.terms[Int(fact.subject)].text + "\t" + written.predicates[Int(fact.predicate)]
          + "\t" + written.terms[Int(fact.object)].text
      }
      for problem in found.sorted(by: { ($0.line, $0.order) < ($1.line, $1.order) }) {
        report(problem.message, problem.name, line: problem.line, hint: problem.hint)
      }
    }

    private mutating func report(_ message: String, _ name: String, line: Int, hint: String) {
      guard reported.insert(message).inserted else { return }
      let ranges = FactsFile.lineRanges(buffer)
      let text =
        ranges.indices.contains(line - 1)
        ? String(decoding: buffer[ranges[line - 1]], as: UTF8.self) : ""
      let column = text.range(of: "\"" + name + "\"").map {
        text.distance(from: text.startIndex, to: $0.lowerBound) + 2
      }
      problems.append(
        Diagnostic(
          message, at: SourceLocation(source: path, line: line, column: column), sourceLine: text,
          length: name.count, hint: hint))
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
      bytes.count == text.utf8.count && bytes.elementsEqual(text.utf8)
    }

    /// True when `text` is exactly `subject<TAB>predicate<TAB>object`.
    private static func isFactLine(
      _ text: UnsafeBufferPointer<UInt8>, _ subject: UnsafeBufferPointer<UInt8>,
      _ predicate: UnsafeBufferPointer<UInt8>, _ object: UnsafeBufferPointer<UInt8>
    ) -> Bool {
      guard text.count == subject.count + predicate.count + object.count + 2 else { return false }
      let tab = UInt8(ascii: "\t")
      return text[subject.count] == tab && text[subject.count + 1 + predicate.count] == tab
        && text[0..<subject.count].elementsEqual(subject)
        && text[(subject.count + 1)..<(subject.count + 1 + predicate.count)]
          .elementsEqual(predicate)
        && text[(subject.count + predicate.count + 2)...].elementsEqual(object)
    }
  }
}
