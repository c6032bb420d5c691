// The TupuExtract module; see README.md for what it owns.
