import Foundation
import Testing

@Suite(
  "The REPL on a real terminal (tmux)", .serialized,
  .enabled(if: TerminalSession.isAvailable, "needs tmux and a built tupu"))
struct TerminalTests {
  @Test("history is kept across two sessions in $XDG_DATA_HOME/tupu/history, not the working folder")
  func historyAcrossSessions() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    do {
      let first = try TerminalSession(arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
      first.waitFor { $0.hasSuffix("tupu>") }
      try first.send(".mode tsv", "Enter")
      try first.send(".timer on", "Enter")
      first.waitFor { $0.hasSuffix("tupu>") && $0.contains(".timer on") }
      try first.send("C-d")
      #expect(first.hasEnded())
    }
    let history = try String(
      contentsOfFile: home.path + "/data/tupu/history", encoding: .utf8)
    #expect(history.split(separator: "\n").suffix(2) == [".mode tsv", ".timer on"])

    let second = try TerminalSession(arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
    second.waitFor { $0.hasSuffix("tupu>") }
    try second.send("Up")
    #expect(second.waitFor { $0.hasSuffix("tupu> .timer on") }.hasSuffix("tupu> .timer on"))
    try second.send("Up")
    #expect(second.waitFor { $0.hasSuffix("tupu> .mode tsv") }.hasSuffix("tupu> .mode tsv"))
    try second.send("Enter", ".mode", "Enter")
    #expect(second.waitFor { $0.hasSuffix("tsv\ntupu>") }.hasSuffix("tsv\ntupu>"))
  }

  @Test("Tab completes a dot-command and a CJK variable already in the line")
  func completion() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TerminalSession(arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
    terminal.waitFor { $0.hasSuffix("tupu>") }
    try terminal.send(".sch", "Tab")
    #expect(terminal.waitFor { $0.hasSuffix("tupu> .schema") }.hasSuffix("tupu> .schema"))
    try terminal.send("C-c")
    try terminal.send("?项目 : Project, ?项目 reviews ?项", "Tab")
    let expected = "tupu> ?项目 : Project, ?项目 reviews ?项目"
    #expect(terminal.waitFor { $0.hasSuffix(expected) }.hasSuffix(expected))
  }

  @Test("Ctrl-C at the continuation prompt drops the unfinished statement and keeps the session")
  func interruptAtPrompt() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let terminal = try TerminalSession(arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
    terminal.waitFor { $0.hasSuffix("tupu>") }
    try terminal.send("?m : Meeting,", "Enter")
    #expect(terminal.waitFor { $0.hasSuffix("...>") }.hasSuffix("...>"))
    try terminal.send("何长成 chairs", "C-c")
    #expect(terminal.waitFor { $0.hasSuffix("tupu>") }.hasSuffix("tupu>"))
    try terminal.send(".mode json", "Enter", ".mode", "Enter")
    #expect(terminal.waitFor { $0.hasSuffix("json\ntupu>") }.hasSuffix("json\ntupu>"))
    try terminal.send("C-d")
    #expect(terminal.hasEnded())
  }
}
