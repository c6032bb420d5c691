import Foundation
import TupuDiagnostics
import TupuGraph

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
      name: "why", usage: "?ROW?",
      summary: "The evidence sentences behind the last result's rows (or one row)",
      action: { shell, argument, _ in try shell.why(argument) }),
    DotCommand(
      name: "mode", usage: OutputMode.allCases.map(\.rawValue).joined(separator: "|"),
      summary: "How results are printed", argument: .words(OutputMode.allCases.map(\.rawValue)),
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
      argument: .words(["on", "off"]), action: { shell, argument, _ in try shell.setTimer(argument) }
    ),
    DotCommand(
      name: "explain", usage: "?QUERY?",
      summary: "The SQL and SQLite's plan of QUERY, or of the last query",
      argument: .query, action: { shell, argument, context in try shell.explain(argument, context) }),
    DotCommand(
      name: "dot", usage: "?FILE?",
      summary: "The last result's subgraph as Graphviz DOT, to FILE or the output",
      argument: .file, action: { shell, argument, _ in try shell.dot(argument) }),
    DotCommand(
      name: "quit", aliases: ["exit"], summary: "Leave the shell (Ctrl-D does too)",
      action: { _, _, _ in .quit }),
  ]

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
    say(text)
    return .proceed
  }

  func schema() throws -> DotCommand.Effect {
    let vocabulary = try backend.vocabulary()
    func literal(_ text: String) -> ResultSet.Value { .term(.literal(text)) }
    let classes = ResultSet(
      columns: ["class", "label", "parent"],
      rows: vocabulary.classes.map {
        [.term(.classRef($0.id)), literal($0.label), $0.parent.map { .term(.classRef($0)) } ?? .null]
      })
    let predicates = ResultSet(
      columns: ["predicate", "label", "aliases"],
      rows: vocabulary.predicates.map {
        [literal($0.id), literal($0.label), literal($0.aliases.joined(separator: " "))]
      })
    emit(render(classes, mode))
    if mode == .table { emit("\n") }
    emit(render(predicates, mode))
    return .proceed
  }

  func showResult(_ result: ResultSet) -> DotCommand.Effect {
    emit(render(result, mode))
    return .proceed
  }

  func describe(_ argument: String) throws -> DotCommand.Effect {
    let name = Self.unquote(argument)
    guard !name.isEmpty else { throw UsageError("usage: .describe NAME") }
    let result = try backend.describe(name)
    lastResult = result
    return showResult(result)
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
    let lines = try backend.evidence(for: result, rows: rows)
    var text = ""
    var currentRow = -1
    for line in lines {
      if line.row != currentRow {
        currentRow = line.row
        let cells = result.rows[line.row].map(\.text).joined(separator: " ")
        text += "row \(line.row + 1): \(cells)\n"
      }
      let fact = line.fact
      text += "  \(fact.subject) \(fact.predicate) \(fact.object.text)"
      if let rule = fact.derivedBy {
        text += " (derived by \(rule))\n"
        continue
      }
      text += "\n"
      if let evidence = fact.evidence {
        var place = [String]()
        if let document = line.document { place.append(document) }
        place.append("article \(evidence.article + 1)")
        place.append("sentence \(evidence.sentence + 1)")
        text += "    「\(evidence.text)」 \(place.joined(separator: ", "))\n"
      }
    }
    if text.isEmpty { text = "no evidence for these rows\n" }
    if argument.isEmpty, result.rows.count > rows.count {
      text += "(the first \(rows.count) of \(result.rows.count) rows; .why N shows row N)\n"
    }
    emit(text)
    return .proceed
  }

  func setMode(_ argument: String) throws -> DotCommand.Effect {
    if argument.isEmpty {
      say("\(mode.rawValue)\n")
      return .proceed
    }
    guard let chosen = OutputMode(rawValue: argument.lowercased()) else {
      let names = OutputMode.allCases.map(\.rawValue)
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
    try? outputFile?.close()
    outputFile = nil
    outputPath = nil
    guard !path.isEmpty, path != "stdout" else { return .proceed }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw Diagnostic(
        "cannot write \(path)", at: SourceLocation(source: path, line: 0),
        hint: "check that its folder exists and is writable")
    }
    outputFile = handle
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
    emit(text)
    return .proceed
  }

  func dot(_ argument: String) throws -> DotCommand.Effect {
    guard let result = lastResult else {
      throw UsageError("no result yet", hint: "run a query first, then .dot FILE")
    }
    guard let renderDot else {
      throw Diagnostic("this build of tupu has no DOT writer")
    }
    let text = renderDot(try backend.subgraph(for: result))
    let path = Self.unquote(argument)
    if path.isEmpty {
      emit(text)
    } else if !FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) {
      throw Diagnostic(
        "cannot write \(path)", at: SourceLocation(source: path, line: 0),
        hint: "check that its folder exists and is writable")
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
