/// The store's schema as an append-only list of named migrations: a store at version N has run
/// the first N. Never edit a migration that has shipped; add a new one.
enum StoreSchema {
  struct Migration {
    var name: String
    var sql: String
  }

  /// Term kinds as stored in `terms.kind` (0–2 are `Term.kindCode`).
  enum Kind {
    static let entity = 0
    static let literal = 1
    static let classRef = 2
    static let predicate = 3
    static let rule = 4
  }

  static let migrations: [Migration] = [
    Migration(
      name: "create-triple-store",
      sql: """
        CREATE TABLE terms(
          id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, text TEXT NOT NULL, UNIQUE(kind, text));
        CREATE TABLE facts(
          s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL,
          derived INTEGER NOT NULL DEFAULT 0, rule INTEGER,
          PRIMARY KEY (s, p, o)) WITHOUT ROWID;
        CREATE INDEX facts_pos ON facts(p, o, s);
        CREATE INDEX facts_osp ON facts(o, s, p);
        CREATE TABLE class_ancestors(
          class INTEGER NOT NULL, ancestor INTEGER NOT NULL,
          PRIMARY KEY (class, ancestor)) WITHOUT ROWID;
        CREATE TABLE documents(
          id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT NOT NULL UNIQUE,
          title TEXT, date TEXT, fact_count INTEGER NOT NULL DEFAULT 0,
          ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
        -- Sentence text is stored once per sentence, and only when it is more than the fact
        -- itself: a facts-file line `s<TAB>p<TAB>o` is rebuilt from its fact when read.
        CREATE TABLE sentences(
          document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
          article INTEGER NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (document, article, sentence)) WITHOUT ROWID;
        CREATE TABLE patterns(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        -- NB: no foreign key on evidence.document: checking one per row doubled bulk-load
        -- time; GraphStore deletes a document's evidence itself. Clustered by fact, so the
        -- evidence of a fact is a range scan; a document's rows are found by a full scan,
        -- which happens only when a changed file replaces an old version.
        CREATE TABLE evidence(
          s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL,
          document INTEGER NOT NULL, article INTEGER NOT NULL, sentence INTEGER NOT NULL,
          start INTEGER NOT NULL, length INTEGER NOT NULL, pattern INTEGER NOT NULL,
          PRIMARY KEY (s, p, o, document, article, sentence, start)) WITHOUT ROWID;
        -- Inference rules of the vocabulary: id is the rule's term (kind 4); atoms are
        -- `subject<TAB>predicate<TAB>object`, body atoms one per line.
        CREATE TABLE rules(id INTEGER PRIMARY KEY, body TEXT NOT NULL, head TEXT NOT NULL);
        -- The vocabulary the store was last given, to skip re-deriving when it is unchanged.
        CREATE TABLE store_settings(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """),
    // The date the text states for the document, ISO 8601 to its precision (2023-06-20,
    // 2023-06, 2023); NULL when it states none. Time filters in queries compare it as text.
    Migration(
      name: "document-published-date",
      sql: "ALTER TABLE documents ADD COLUMN published TEXT;"),
    // "Did you mean" looks names up by their first character (the (kind, text) index) and by
    // the rest (this one), so a typo anywhere is found without reading every name.
    Migration(
      name: "index-term-tails",
      sql: "CREATE INDEX terms_tail ON terms(kind, substr(text, 2));"),
  ]

  /// Bytes per page of a new store (an existing one keeps its own).
  static let pageSize = 8192

  /// The version a store has after every migration of this build.
  static var currentVersion: Int { migrations.count }
}
