// The TupuStore module: SQLite and nothing else touches it.
//
// - Database, Statement: a thin wrapper over the C API (cached prepared statements with bound
//   parameters, write transactions taken with BEGIN IMMEDIATE, interrupt).
// - StoreSchema: the schema as an append-only list of named migrations (PRAGMA user_version
//   counts the ones run; schema_migrations records their names).
// - GraphStore: the public face. +Write (documents in, one transaction per batch),
//   +Inference (rules as INSERT … SELECT joins, to a fixpoint), +Vocabulary (classes,
//   predicates, rules), +Read (statistics, facts with evidence, completion, classOf).
// - BatchEncoder, TermKey: dictionary encoding of a batch in Swift before any SQL runs.
//
// The query compiler of this module runs SQL on `GraphStore.database`; term kinds are
// `StoreSchema.Kind`.
