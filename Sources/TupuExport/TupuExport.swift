// The TupuExport module; see README.md for what it owns.
