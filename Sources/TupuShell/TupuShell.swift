@preconcurrency import CReadline
// The TupuShell module: the REPL. See README.md.
