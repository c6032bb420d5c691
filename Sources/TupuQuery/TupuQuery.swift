// The TupuQuery module; see README.md for what it owns.
