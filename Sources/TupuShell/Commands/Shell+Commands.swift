import Foundation
import TupuDiagnostics
import TupuGraph
import TupuQuery

extension Shell {
  /// The command table: `.help`, completion and dispatch all read it.
  static let commands: [DotCommand] = [
    DotCommand(
      name: "help", usage: "?COMMAND?", summary: "Show this list, or the help of one command",
      argument: .command, action: { shell, argument, _ in try shell.help(argument) }),
    DotCommand(
      name: "schema", summary: "Classes and predicates, with their Chinese labels",
      action: { shell, _, _ in try shell.schema() }),
    DotCommand(
      name: "stats", summary: "Counts by class and predicate",
      action: { shell, _, _ in try shell.showResult(shell.backend.statistics()) }),
    DotCommand(
      name: "describe", usage: "NAME", summary: "Every fact about one entity",
      argument: .entity, action: { shell, argument, _ in try shell.describe(argument) }),
    DotCommand(
      name: "timeline", usage: "NAME",
      summary: "An entity's dated facts in the order of their dates",
      argument: .entity, action: { shell, argument, _ in try shell.timeline(argument) }),
    DotCommand(
      name: "why", usage: "?ROW?",
      summary: "The evidence sentences behind the last result's rows (or one row)",
      action: { shell, argument, _ in try shell.why(argument) }),
    DotCommand(
      name: "mode", usage: ResultFormat.allCases.map(\.rawValue).joined(separator: "|"),
      summary: "How results are printed", argument: .words(ResultFormat.allCases.map(\.rawValue)),
      action: { shell, argument, _ in try shell.setMode(argument) }),
    DotCommand(
      name: "output", usage: "?FILE?",
      summary: "Send results to FILE, or back to standard output without one",
      argument: .file, action: { shell, argument, _ in try shell.setOutput(argument) }),
    DotCommand(
      name: "read", usage: "FILE", summary: "Run the statements and commands of FILE",
      argument: .file, action: { shell, argument, context in try shell.read(argument, context) }),
    DotCommand(
      name: "timer", usage: "on|off", summary: "Show how long each statement takes",
      argument: .words(["on", "off"]),
      action: { shell, argument, _ in try shell.setTimer(argument) }
    ),
    DotCommand(
      name: "explain", usage: "?QUERY?",
      summary: "The SQL and SQLite's plan of QUERY, or of the last query",
      argument: .query, action: { shell, argument, context in try shell.explain(argument, context) }
    ),
    DotCommand(
      name: "dot", usage: "?FILE?",
      summary: "The last result's subgraph as Graphviz DOT, to FILE or the output",
      argument: .file, action: { shell, argument, _ in try shell.dot(argument) }),
    DotCommand(
      name: "quit", aliases: ["exit"], summary: "Leave the shell (Ctrl-D does too)",
      action: { _, _, _ in .quit }),
  ] + settingsCommands

  /// Rows `.why` explains when not given one: evidence for thousands helps nobody.
  static let whyRowLimit = 20

  static func command(named word: String) -> DotCommand? {
    commands.first { $0.answers(to: word) }
  }

  /// Every name a dot-command answers to, with its dot.
  static var commandNames: [String] {
    commands.flatMap { [$0.name] + $0.aliases }.map { "." + $0 }
  }

  /// Runs one dot-command line; the command name is the first word after the dot.
  func runDotCommand(_ line: String, at location: SourceLocation, from source: LineSource)
    -> Ending
  {
    let body = line.dropFirst()
    let word = String(body.prefix { !$0.isWhitespace })
    let argument = body.dropFirst(word.count).trimmingCharacters(in: .whitespaces)
    guard let command = Self.command(named: word) else {
      let diagnostic = Diagnostic(
        "unknown command .\(word)", at: location,
        hint: Suggestions.hint(for: "." + word, in: Self.commandNames)
          ?? "type .help for the list of commands")
      showDiagnostic(diagnostic)
      return .failed(2)
    }
    interruptSwitch.reset()
    do {
      let effect = try command.action(
        self, argument, CommandContext(location: location, source: source))
      return effect == .quit ? .quit : .endOfInput
    } catch let ending as NestedScriptStopped {
      return .failed(ending.status)
    } catch {
      return .failed(fail(error))
    }
  }

  // MARK: The commands

  func help(_ argument: String) throws -> DotCommand.Effect {
    let wanted = argument.hasPrefix(".") ? String(argument.dropFirst()) : argument
    var shown = Self.commands
    if !wanted.isEmpty {
      guard let command = Self.command(named: wanted) else {
        throw UsageError(
          "no command .\(wanted)", hint: Suggestions.hint(for: "." + wanted, in: Self.commandNames))
      }
      shown = [command]
    }
    let width = shown.map { DisplayWidth.of($0.synopsis) }.max() ?? 0
    var text = ""
    for command in shown {
      text += DisplayWidth.pad(command.synopsis, to: width) + "  " + command.summary
      if !command.aliases.isEmpty {
        text += " (also " + command.aliases.map { "." + $0 }.joined(separator: ", ") + ")"
      }
      text += "\n"
    }
    if wanted.isEmpty {
      text += "Anything else is a statement of the pattern language; it may span lines.\n"
    }
    try say(text)
    return .proceed
  }

  func schema() throws -> DotCommand.Effect {
    let vocabulary = try backend.vocabulary()
    let classes = ResultTable(
      columns: ["class", "label", "parent"],
      rows: vocabulary.classes.map { [.text($0.id), .text($0.label), .text($0.parent ?? "")] })
    let predicates = ResultTable(
      columns: ["predicate", "label", "aliases"],
      rows: vocabulary.predicates.map {
        [.text($0.id), .text($0.label), .text($0.aliases.joined(separator: " "))]
      })
    try emit(mode.render(classes))
    if mode == .table { try emit("\n") }
    try emit(mode.render(predicates))
    return .proceed
  }

  func showResult(_ result: ResultTable) throws -> DotCommand.Effect {
    let width = mode == .table && outputFile == nil && onceFile == nil ? tableWidth?() : nil
    defer {
      try? onceFile?.close()
      onceFile = nil
    }
    try emit(mode.render(result, width: width, headers: headers))
    return .proceed
  }

  func describe(_ argument: String) throws -> DotCommand.Effect {
    let name = Self.unquote(argument)
    guard !name.isEmpty else { throw UsageError("usage: .describe NAME") }
    return try showResult(try backend.describe(name))
  }

  func timeline(_ argument: String) throws -> DotCommand.Effect {
    let name = Self.unquote(argument)
    guard !name.isEmpty else { throw UsageError("usage: .timeline NAME") }
    let (table, undated) = try backend.timeline(name)
    try emit(mode.render(table))
    if undated > 0 {
      showDiagnostic(
        Diagnostic(
          "\(undated) \(undated == 1 ? "fact" : "facts") about \(name) \(undated == 1 ? "has" : "have") no date",
          severity: .note))
    }
    return .proceed
  }

  func why(_ argument: String) throws -> DotCommand.Effect {
    guard let result = lastResult else {
      throw UsageError("no result yet", hint: "run a query first, then .why")
    }
    var rows = Array(result.rows.indices.prefix(Self.whyRowLimit))
    if !argument.isEmpty {
      guard let row = Int(argument), result.rows.indices.contains(row - 1) else {
        throw UsageError(
          "no row \(argument) in the last result",
          hint: "rows are numbered 1 to \(result.rows.count)")
      }
      rows = [row - 1]
    }
    var text = ""
    for evidence in try backend.evidence(rows: rows)
    where result.rows.indices.contains(evidence.row) {
      let cells = result.rows[evidence.row].map(\.description).joined(separator: " ")
      text += "row \(evidence.row + 1): \(cells)\n"
      for fact in evidence.facts {
        text += "  \(fact.subject) \(fact.predicate) \(fact.object)"
        text += fact.derivedBy.map { " (derived by \($0), from the facts below)" } ?? ""
        text += "\n"
        for citation in fact.evidence {
          text += "    「\(citation.sentence)」 \(citation.document)\n"
        }
      }
    }
    if text.isEmpty { text = "no evidence for these rows\n" }
    if argument.isEmpty, result.rows.count > rows.count {
      text += "(the first \(rows.count) of \(result.rows.count) rows; .why N shows row N)\n"
    }
    try emit(text)
    return .proceed
  }

  func setMode(_ argument: String) throws -> DotCommand.Effect {
    if argument.isEmpty {
      try say("\(mode.rawValue)\n")
      return .proceed
    }
    guard let chosen = ResultFormat(rawValue: argument.lowercased()) else {
      let names = ResultFormat.allCases.map(\.rawValue)
      throw UsageError(
        "unknown mode \(argument)",
        hint: Suggestions.hint(for: argument, in: names)
          ?? "the modes are \(names.joined(separator: ", "))")
    }
    mode = chosen
    return .proceed
  }

  func setOutput(_ argument: String) throws -> DotCommand.Effect {
    let path = Self.unquote(argument)
    let previous = outputFile
    outputFile = nil
    outputPath = nil
    try previous?.close()
    guard !path.isEmpty, path != "stdout" else { return .proceed }
    outputFile = try OutputChannel.create(path)
    outputPath = path
    return .proceed
  }

  func read(_ argument: String, _ context: CommandContext) throws -> DotCommand.Effect {
    let path = Self.unquote(argument)
    guard !path.isEmpty else { throw UsageError("usage: .read FILE") }
    guard readDepth < 16 else {
      throw UsageError(".read is nested too deeply", hint: "does \(path) read itself?")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(
        "cannot read \(path)", at: SourceLocation(source: path, line: 0),
        hint: "check the path; relative paths start from the working folder")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic(
        "\(path) is not UTF-8 text", at: SourceLocation(source: path, line: 0),
        hint: "convert it, e.g. iconv -f GB18030 -t UTF-8")
    }
    readDepth += 1
    defer { readDepth -= 1 }
    switch process(TextLines(text, name: path)) {
    case .quit: return .quit
    case .failed(let status): throw NestedScriptStopped(status: status)
    case .endOfInput: return .proceed
    }
  }

  func setTimer(_ argument: String) throws -> DotCommand.Effect {
    switch argument.lowercased() {
    case "on": timer = true
    case "off": timer = false
    default: throw UsageError("usage: .timer on|off")
    }
    return .proceed
  }

  func explain(_ argument: String, _ context: CommandContext) throws -> DotCommand.Effect {
    let statement: Statement
    if argument.isEmpty {
      guard let last = lastStatement else {
        throw UsageError("usage: .explain QUERY", hint: "or run a query first, then .explain")
      }
      statement = last
    } else {
      statement = Statement(argument, at: context.location)
    }
    var text = try backend.explain(statement)
    if !text.hasSuffix("\n") { text += "\n" }
    try emit(text)
    return .proceed
  }

  func dot(_ argument: String) throws -> DotCommand.Effect {
    guard lastResult != nil else {
      throw UsageError("no result yet", hint: "run a query first, then .dot FILE")
    }
    let text = try backend.dot()
    let path = Self.unquote(argument)
    if path.isEmpty {
      try emit(text)
    } else {
      let file = try OutputChannel.create(path)
      let written = Result { () throws(OutputFailure) in try file.write(text) }
      try file.close()
      try written.get()
      let edges = text.split(separator: "\n").filter { $0.contains(" -> ") }.count
      try say("wrote \(path): \(edges) edge\(edges == 1 ? "" : "s") of the last result's subgraph\n")
    }
    return .proceed
  }

  /// `"a b"` → `a b`; anything else unchanged.
  static func unquote(_ text: String) -> String {
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
      return String(text.dropFirst().dropLast())
    }
    return text
  }
}

/// A `.read` file stopped at an error that was already shown.
struct NestedScriptStopped: Error {
  var status: Int32
}

extension ResultTable.Cell {
  /// A cell of plain text (a label, a name) in tables the shell builds itself.
  static func text(_ text: String) -> ResultTable.Cell {
    .term(id: 0, kind: Term.literal(text).kindCode, text: text)
  }
}
