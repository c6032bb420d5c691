import CSQLite
import Foundation
import TupuStore

/// The baseline: what a competent hand-written loader does with the same file and schema —
/// read the TSV, dictionary-encode terms in Swift, INSERT terms and facts with prepared
/// statements in one transaction (WAL, synchronous=NORMAL, a 256 MB cache, indexes in place).
/// No evidence, no documents, no inference: the cost of a bare triple table.
enum PlainLoad {
  static func time(store: String, tsv: String) throws -> Timing {
    // The schema is made by tupu's own migration, outside the timing: "the same schema".
    _ = try GraphStore(path: store)
    let start = DispatchTime.now()
    let cpu = Timing.processCPU()
    try load(store: store, tsv: tsv)
    return Timing(
      wall: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
      cpu: Timing.processCPU() - cpu)
  }

  private static let transient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

  /// A term by kind and the byte range of its text in the file, hashed as bytes.
  private struct Key: Hashable {
    var kind: Int
    var bytes: UnsafeBufferPointer<UInt8>

    func hash(into hasher: inout Hasher) {
      hasher.combine(kind)
      hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }

    static func == (a: Key, b: Key) -> Bool {
      a.kind == b.kind && a.bytes.count == b.bytes.count
        && a.bytes.elementsEqual(b.bytes)
    }
  }

  static func load(store: String, tsv: String) throws {
    guard let data = FileManager.default.contents(atPath: tsv) else {
      throw failure(nil)
    }
    let file = [UInt8](data)
    try file.withUnsafeBufferPointer { buffer in
      try load(store: store, buffer: buffer)
    }
  }

  private static func load(store: String, buffer: UnsafeBufferPointer<UInt8>) throws {
    var ids: [Key: Int] = [:]
    var terms: [Key] = []
    var rows: [(Int, Int, Int)] = []
    func id(_ kind: Int, _ range: Range<Int>) -> Int {
      let key = Key(kind: kind, bytes: UnsafeBufferPointer(rebasing: buffer[range]))
      if let known = ids[key] { return known }
      terms.append(key)
      ids[key] = terms.count
      return terms.count
    }
    let type = Array("type".utf8)
    let title = Array("title".utf8)
    var lineStart = 0
    var tabs: [Int] = []
    for index in 0..<buffer.count {
      let byte = buffer[index]
      if byte == UInt8(ascii: "\t") {
        tabs.append(index)
      } else if byte == UInt8(ascii: "\n") {
        if tabs.count == 2 {
          let predicate = (tabs[0] + 1)..<tabs[1]
          let name = buffer[predicate]
          let objectKind = name.elementsEqual(type) ? 2 : name.elementsEqual(title) ? 1 : 0
          rows.append(
            (
              id(0, lineStart..<tabs[0]), id(3, predicate),
              id(objectKind, (tabs[1] + 1)..<index)
            ))
        }
        tabs.removeAll(keepingCapacity: true)
        lineStart = index + 1
      }
    }

    var db: OpaquePointer?
    guard sqlite3_open(store, &db) == SQLITE_OK, let db else { throw failure(db) }
    defer { sqlite3_close(db) }
    try exec(
      db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144")
    try exec(db, "BEGIN")
    var insertTerm: OpaquePointer?
    var insertFact: OpaquePointer?
    sqlite3_prepare_v2(
      db, "INSERT INTO terms(id, kind, text) VALUES (?, ?, ?)", -1, &insertTerm, nil)
    sqlite3_prepare_v2(
      db, "INSERT OR IGNORE INTO facts(s, p, o) VALUES (?, ?, ?)", -1, &insertFact, nil)
    defer {
      sqlite3_finalize(insertTerm)
      sqlite3_finalize(insertFact)
    }
    for (index, key) in terms.enumerated() {
      sqlite3_bind_int64(insertTerm, 1, Int64(index + 1))
      sqlite3_bind_int64(insertTerm, 2, Int64(key.kind))
      sqlite3_bind_text(
        insertTerm, 3, UnsafeRawPointer(key.bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
        Int32(key.bytes.count), transient)
      guard sqlite3_step(insertTerm) == SQLITE_DONE else { throw failure(db) }
      sqlite3_reset(insertTerm)
    }
    for (s, p, o) in rows {
      sqlite3_bind_int64(insertFact, 1, Int64(s))
      sqlite3_bind_int64(insertFact, 2, Int64(p))
      sqlite3_bind_int64(insertFact, 3, Int64(o))
      guard sqlite3_step(insertFact) == SQLITE_DONE else { throw failure(db) }
      sqlite3_reset(insertFact)
    }
    try exec(db, "COMMIT")
  }

  private static func exec(_ db: OpaquePointer, _ sql: String) throws {
    guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw failure(db) }
  }

  private static func failure(_ db: OpaquePointer?) -> Error {
    let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
    return NSError(domain: "PlainLoad", code: 1, userInfo: [NSLocalizedDescriptionKey: message])
  }
}
