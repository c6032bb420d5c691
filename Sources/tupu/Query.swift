import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuGraph
import TupuOntology
import TupuQuery
import TupuStore

extension ResultFormat: ExpressibleByArgument {}

/// `tupu query`: one query, or a script of queries and assertions.
struct Query: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Answer a pattern query, or run a script of queries and assertions.",
    discussion: """
      Examples:
        tupu query '王建国 reviews ?project'
        tupu query 'find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 10'
        tupu query -f checks.tq --keep-going
      The language is described in docs/query-language.md. Without a query or -f, a script is
      read from standard input. Exit codes: 0 success, 1 an assertion failed, 2 a syntax error,
      3 a store, input or output error, 4 a query ran past --timeout.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The query, e.g. '王建国 reviews ?p'.")
  var pattern: String?

  @Option(name: [.short, .customLong("file")], help: "Run a script (.tq) of statements.")
  var file: String?

  @Option(help: "table, tsv, csv or json. Default: table on a terminal, else tsv.")
  var format: ResultFormat?

  @Flag(help: "Show the SQL and SQLite's query plan instead of running.")
  var explain = false

  @Flag(help: "Answer from asserted facts only (as if every query began with `asserted`).")
  var asserted = false

  @Flag(help: "Run a script to its end even after a failed assertion or an error.")
  var keepGoing = false

  @Option(
    help: ArgumentHelp(
      "Stop a query that runs longer than this many seconds (0: no limit).",
      valueName: "seconds"))
  var timeout: Double = 60

  /// Rows a table shows at most: more is no table a person reads (tsv, csv and json show all).
  static let tableRowLimit = 10_000

  func validate() throws {
    if pattern != nil && file != nil {
      throw ValidationError("give a query or -f FILE, not both")
    }
    if !(timeout >= 0) { throw ValidationError("--timeout takes a number of seconds, 0 or more") }
  }

  func run() throws {
    try QueryRun(
      storePath: global.storePath, ontology: global.ontology, pattern: pattern, file: file,
      format: format, explain: explain, asserted: asserted, keepGoing: keepGoing, timeout: timeout
    ).run()
  }
}

/// One `tupu query` as plain values, so that the quick parse of `QueryRun+QuickStart.swift`
/// runs it exactly as ArgumentParser's `Query` does.
struct QueryRun {
  var storePath: String
  var ontology: String?
  var pattern: String?
  var file: String?
  var format: ResultFormat?
  var explain = false
  var asserted = false
  var keepGoing = false
  var timeout: Double = 60

  func run() throws {
    let output = format ?? (isatty(STDOUT_FILENO) == 1 ? .table : .tsv)
    let limits = QueryLimits(seconds: timeout > 0 ? timeout : nil)
    let session = try withDiagnostics {
      try QueryCommandSupport.openSession(
        storePath: storePath, ontology: ontology, asserted: asserted, limits: limits)
    }
    if output == .table { session.rowLimit = Query.tableRowLimit }
    if let pattern {
      let status = QueryCommandSupport.runStatement(
        pattern, source: "query", firstLine: 1, session: session, format: output, explain: explain)
      if status != 0 { throw ExitCode(status) }
      return
    }
    let source: String
    let text: String
    if let file {
      source = file
      guard let data = FileManager.default.contents(atPath: file) else {
        throw report(
          [Diagnostic("cannot read the script \(file)", hint: "check the path")],
          exit: ExitStatus.input)
      }
      guard let decoded = String(data: data, encoding: .utf8) else {
        throw report(
          [Diagnostic("the script \(file) is not UTF-8 text", hint: "save it as UTF-8")],
          exit: ExitStatus.input)
      }
      text = decoded
    } else {
      source = "<stdin>"
      text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    var printedTables = 0
    var failedStatus: Int32 = 0
    for entry in StatementReader().statements(in: text) {
      if explain {
        let status = QueryCommandSupport.runStatement(
          entry.text, source: source, firstLine: entry.line, session: session, format: output,
          explain: true)
        failedStatus = max(failedStatus, status)
        if status != 0 && !keepGoing { break }
        continue
      }
      let outcome = session.run(entry.text, source: source, firstLine: entry.line)
      let status = QueryCommandSupport.show(
        outcome, format: output, separateFrom: printedTables)
      if case .rows = outcome { printedTables += 1 }
      failedStatus = max(failedStatus, status)
      if status != 0 && !keepGoing { break }
    }
    if failedStatus != 0 { throw ExitCode(failedStatus) }
  }
}

/// The wiring `query`, `describe` and the REPL share: opening a session, printing outcomes.
enum QueryCommandSupport {
  /// A session over the store, with the vocabulary the store was built with (read from it:
  /// no ontology is parsed, so a query starts at once); --ontology DIR overrides it, and a
  /// store from before stores kept their vocabulary gets the default ontology's.
  /// `readOnly` opens the store so that it is never written (`tupu serve`).
  static func openSession(
    _ global: GlobalOptions, asserted: Bool, limits: QueryLimits = QueryLimits(),
    readOnly: Bool = false
  ) throws -> QuerySession {
    try openSession(
      storePath: global.storePath, ontology: global.ontology, asserted: asserted, limits: limits,
      readOnly: readOnly)
  }

  static func openSession(
    storePath path: String, ontology: String?, asserted: Bool,
    limits: QueryLimits = QueryLimits(), readOnly: Bool = false
  ) throws -> QuerySession {
    let engine = try readOnly ? QueryEngine(readingOnly: path) : QueryEngine(path: path)
    engine.limits = limits
    let vocabulary: Vocabulary
    if let directory = ontology {
      vocabulary = try Ontology.load(directory: directory).vocabulary
    } else if let stored = try engine.vocabularyAsIngested() {
      vocabulary = stored
    } else if let loaded = try? Ontology.loadDefault() {
      vocabulary = loaded.vocabulary
    } else {
      // NB: without a loadable ontology the store's own classes and predicates still let ids
      // work (Chinese labels do not).
      vocabulary = try engine.storedVocabulary()
    }
    return QuerySession(vocabulary: vocabulary, graph: engine, assertedOnly: asserted)
  }

  /// Runs or explains one statement and prints its outcome; returns the exit status.
  static func runStatement(
    _ text: String, source: String, firstLine: Int, session: QuerySession, format: ResultFormat,
    explain: Bool
  ) -> Int32 {
    if explain {
      switch session.explain(text, source: source, firstLine: firstLine) {
      case .success(let explanation):
        return writeChecked(explanation.text + "\n")
      case .failure(let failure):
        printDiagnostics([failure.diagnostic])
        return failure.exitStatus
      }
    }
    return show(session.run(text, source: source, firstLine: firstLine), format: format)
  }

  /// Prints an outcome: rows to stdout, notes and failures to stderr. Returns the exit status.
  static func show(
    _ outcome: QuerySession.Outcome, format: ResultFormat, separateFrom previous: Int = 0
  )
    -> Int32
  {
    switch outcome {
    case .rows(let table, let notes):
      printDiagnostics(notes)
      // One channel for stdout (print buffers; FileHandle does not): blank line, then rows.
      return writeChecked((previous > 0 ? "\n" : "") + format.render(table))
    case .assertion(let result):
      printDiagnostics(result.notes)
      if result.passed { return 0 }
      printDiagnostics([result.diagnostic])
      return 1
    case .failure(let failure):
      printDiagnostics([failure.diagnostic])
      return failure.exitStatus
    }
  }

  /// Writes results to standard output; 3 (with the reason on stderr) when that fails.
  static func writeChecked(_ text: String) -> Int32 {
    do {
      try OutputChannel.standardOutput.write(text)
      return 0
    } catch {
      printDiagnostics([error.diagnostic])
      return 3
    }
  }

  static func printDiagnostics(_ diagnostics: [Diagnostic]) {
    let renderer = DiagnosticRenderer(useColor: isatty(STDERR_FILENO) == 1)
    for diagnostic in diagnostics {
      writeError(renderer.render(diagnostic) + "\n")
    }
  }
}
