// The TupuOntology module; see README.md for what it owns.
