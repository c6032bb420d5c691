import Testing

@testable import TupuShell

@Suite("The command table")
struct CommandTableTests {
  @Test(".help lists every command of the table, aligned, with its usage and summary")
  func help() {
    let (text, status) = transcript(".help\n")
    #expect(status == 0)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == Shell.commands.count + 1)
    for (line, command) in zip(lines, Shell.commands) {
      #expect(line.hasPrefix(command.synopsis + " "))
      #expect(line.contains(command.summary))
    }
    let summaryColumns = zip(lines, Shell.commands).compactMap { line, command in
      line.range(of: command.summary).map {
        line.distance(from: line.startIndex, to: $0.lowerBound)
      }
    }
    #expect(summaryColumns.count == Shell.commands.count)
    #expect(Set(summaryColumns).count == 1)
  }

  @Test("the commands DESIGN.md names are all in the table")
  func designCommands() {
    for name in [
      "help", "schema", "stats", "describe", "why", "mode", "output", "read", "timer", "explain",
      "dot", "quit", "exit",
    ] {
      #expect(Shell.command(named: name) != nil, "missing .\(name)")
    }
  }

  @Test(".help NAME shows one command; an unknown one suggests")
  func helpOne() {
    #expect(
      transcript(".help mode\n").text == ".mode table|tsv|csv|json  How results are printed\n")
    #expect(transcript(".help .quit\n").text.hasPrefix(".quit  Leave the shell"))
    #expect(transcript(".help mdoe\n").text.contains("did you mean .dot or .mode?"))
  }
}
