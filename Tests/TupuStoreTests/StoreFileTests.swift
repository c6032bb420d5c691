import Foundation
import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuStore

@Suite("Store files that are not what they should be")
struct StoreFileTests {
  @Test("a file that is not SQLite is refused with a clear message and left untouched")
  func notSQLite() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("notes.txt")
    let content = Data("魏都区召开常委会。\nnot a database\n".utf8)
    try content.write(to: URL(fileURLWithPath: path))
    #expect(throws: StoreError.notADatabase(path: path)) { try GraphStore(path: path) }
    #expect(FileManager.default.contents(atPath: path) == content)
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    let message = StoreError.notADatabase(path: path).diagnostic.description
    #expect(message.contains("is not a Tupu store"))
    #expect(message.contains("untouched"))
  }

  @Test("an SQLite header over damaged pages is refused as damaged, the file untouched")
  func corrupt() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("broken.sqlite")
    var bytes = Array("SQLite format 3\0".utf8)
    var generator = SystemRandomNumberGenerator()
    bytes += (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let content = Data(bytes)
    try content.write(to: URL(fileURLWithPath: path))
    var failure: StoreError?
    do { _ = try GraphStore(path: path) } catch let error as StoreError { failure = error }
    switch failure {
    case .notADatabase?, .corrupt?: break
    default: Issue.record("expected a damaged-store error, got \(String(describing: failure))")
    }
    #expect(FileManager.default.contents(atPath: path) == content)
  }

  @Test("a folder or a path in a missing folder cannot be opened, with the reason")
  func cannotOpen() throws {
    let folder = try TemporaryFolder()
    #expect(throws: StoreError.cannotOpen(path: folder.path, reason: "it is a folder")) {
      try GraphStore(path: folder.path)
    }
    var failure: StoreError?
    do { _ = try GraphStore(path: folder.file("missing/dir/t.sqlite")) } catch let error
      as StoreError
    {
      failure = error
    }
    guard case .cannotOpen? = failure else {
      Issue.record("expected cannotOpen, got \(String(describing: failure))")
      return
    }
  }

  @Test("a second writer waits for the busy timeout, then gets a clear error; nothing is written")
  func lockedByAnotherWriter() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("shared.sqlite")
    let store = try GraphStore(path: path, busyTimeout: 300)
    try store.write([Sample.graph("a.txt", hash: "a", Sample.meetingPage)])
    let other = try Database(path: path, busyTimeout: 0)
    try other.execute("BEGIN IMMEDIATE")
    let start = Date()
    #expect(throws: StoreError.busy(path: path, waitedMilliseconds: 300)) {
      try store.write([Sample.graph("b.txt", hash: "b", [("李朝锋", "chairs", "常委会")])])
    }
    #expect(Date().timeIntervalSince(start) >= 0.25, "it should have waited for the lock")
    #expect(
      StoreError.busy(path: path, waitedMilliseconds: 300).diagnostic.description
        .contains("locked by another writer"))
    try other.execute("ROLLBACK")
    #expect(try store.documents().map(\.path) == ["a.txt"])
    #expect(
      try store.write([Sample.graph("b.txt", hash: "b", [("李朝锋", "chairs", "常委会")])])
        .documentsWritten == 1)
  }

  @Test("a reader sees the last committed state while a writer holds the lock")
  func readerAndWriterShareTheFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("shared.sqlite")
    let writer = try GraphStore(path: path)
    try writer.write([Sample.graph("a.txt", hash: "a", Sample.meetingPage)])
    let reader = try GraphStore(path: path, busyTimeout: 100)
    try writer.database.execute("BEGIN IMMEDIATE")
    try writer.database.execute("DELETE FROM facts")
    #expect(try reader.statistics().facts == Sample.meetingPage.count)
    try writer.database.execute("ROLLBACK")
  }
}
