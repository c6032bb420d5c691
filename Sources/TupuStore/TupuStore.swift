import CSQLite
// The TupuStore module: SQLite and nothing else touches it. See README.md.
