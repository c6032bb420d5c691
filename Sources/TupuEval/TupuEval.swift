// The TupuEval module: scoring an extracted graph against gold files. See README.md.
