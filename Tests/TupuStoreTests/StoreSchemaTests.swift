import Foundation
import Testing
import TupuGraph

@testable import TupuStore

@Suite("The store's schema")
struct StoreSchemaTests {
  @Test("a new store gets every table of the contract, the latest version, and a record of each migration")
  func createsSchema() throws {
    let folder = try TemporaryFolder()
    let store = try GraphStore(path: folder.file("new.sqlite"))
    #expect(try store.schemaVersion() == 3)
    #expect(GraphStore.currentSchemaVersion == StoreSchema.migrations.count)
    let tables = try store.database.statement(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).rows { $0.text(0) }
    for table in [
      "terms", "facts", "class_ancestors", "documents", "sentences", "evidence", "rules",
    ] {
      #expect(tables.contains(table), "missing table \(table)")
    }
    let indexes = try store.database.statement(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts'"
    ).rows { $0.text(0) }
    #expect(Set(indexes) == ["facts_pos", "facts_osp"])
    let migrations = try store.database.statement(
      "SELECT version, name FROM schema_migrations"
    ).rows { "\($0.int(0)) \($0.text(1))" }
    #expect(
      migrations == ["1 create-triple-store", "2 document-published-date", "3 index-term-tails"])
    let termIndexes = try store.database.statement(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'terms_tail'"
    ).rows { $0.text(0) }
    #expect(termIndexes == ["terms_tail"])
    #expect(try store.database.integer("PRAGMA page_size") == 8192)
    let journal = try store.database.statement("PRAGMA journal_mode").rows { $0.text(0) }
    #expect(journal == ["wal"])
    #expect(try store.count("PRAGMA foreign_keys") == 1)
  }

  @Test("reopening a store keeps its data and does not migrate again")
  func reopens() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("again.sqlite")
    try GraphStore(path: path).write([Sample.graph("a.txt", hash: "h1", Sample.meetingPage)])
    let reopened = try GraphStore(path: path)
    #expect(try reopened.statistics().documents == 1)
    #expect(try reopened.count("SELECT count(*) FROM schema_migrations") == 3)
  }

  @Test("a store from a newer tupu is refused with its version")
  func refusesNewerSchema() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("future.sqlite")
    try GraphStore(path: path).database.execute("PRAGMA user_version = 99")
    #expect(throws: StoreError.newerSchema(path: path, version: 99, known: 3)) {
      try GraphStore(path: path)
    }
  }
}
