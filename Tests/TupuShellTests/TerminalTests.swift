import Foundation
import Testing

@Suite(
  "The REPL on a real terminal (tmux)", .serialized,
  .enabled(if: TerminalSession.isAvailable, "needs tmux and a built tupu"))
struct TerminalTests {
  @Test(
    "history is kept across two sessions in $XDG_DATA_HOME/tupu/history, not the working folder")
  func historyAcrossSessions() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    do {
      let first = try TerminalSession(
        arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
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

    let second = try TerminalSession(
      arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
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
    let terminal = try TerminalSession(
      arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
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
    let terminal = try TerminalSession(
      arguments: ["repl", "--db", home.path + "/g.sqlite"], home: home)
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

  /// A store built by the binary from facts lines (`subject<TAB>predicate<TAB>object`).
  static func store(in folder: URL, facts: [String]) throws -> String {
    let tsv = folder.appendingPathComponent("facts.tsv").path
    try (facts.joined(separator: "\n") + "\n").write(
      toFile: tsv, atomically: false, encoding: .utf8)
    let path = folder.appendingPathComponent("graph.sqlite").path
    let ingest = Process()
    ingest.executableURL = URL(fileURLWithPath: TerminalSession.binary ?? "/nonexistent")
    ingest.arguments = ["ingest", "--db", path, tsv]
    ingest.standardOutput = FileHandle.nullDevice
    ingest.standardError = FileHandle.nullDevice
    try ingest.run()
    ingest.waitUntilExit()
    #expect(ingest.terminationStatus == 0)
    return path
  }

  @Test("Tab completes entity names of the store from a CJK prefix, in queries and .describe")
  func entityCompletion() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    let store = try Self.store(
      in: home,
      facts: [
        "何长成\ttype\tOfficial", "何根华\ttype\tPerson", "魏都区\ttype\tDistrict",
        "何长成\taffiliated-with\t魏都区",
      ])
    let terminal = try TerminalSession(arguments: ["repl", "--db", store], home: home)
    terminal.waitFor { $0.hasSuffix("tupu>") }
    try terminal.send("何长", "Tab")
    #expect(terminal.waitFor { $0.hasSuffix("tupu> 何长成") }.hasSuffix("tupu> 何长成"))
    try terminal.send(" affiliated-with ?d", "Enter")
    #expect(terminal.waitFor { $0.contains("魏都区\ntupu>") }.contains("d\n------\n魏都区\ntupu>"))
    try terminal.send(".describe 魏", "Tab")
    #expect(
      terminal.waitFor { $0.hasSuffix("tupu> .describe 魏都区") }.hasSuffix("tupu> .describe 魏都区"))
  }

  @Test("Ctrl-C during a long query cancels it (sqlite3_interrupt) and the session goes on")
  func interruptRunningQuery() throws {
    let home = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: home) }
    // A located-in cycle of 2,000 communities: its transitive closure takes minutes.
    let count = 2000
    let facts = (0..<count).flatMap { index in
      ["社区\(index)\ttype\tCommunity", "社区\(index)\tlocated-in\t社区\((index + 1) % count)"]
    }
    let store = try Self.store(in: home, facts: facts)
    let terminal = try TerminalSession(arguments: ["repl", "--db", store], home: home)
    terminal.waitFor { $0.hasSuffix("tupu>") }
    try terminal.send("find count(?a) where ?a located-in+ ?b", "Enter")
    usleep(1_500_000)
    #expect(!terminal.screen().hasSuffix("tupu>"), "the query should still be running")
    try terminal.send("C-c")
    let cancelled = terminal.waitFor(seconds: 10) { $0.hasSuffix("interrupted\ntupu>") }
    #expect(cancelled.hasSuffix("interrupted\ntupu>"))
    try terminal.send("社区7 located-in ?c", "Enter")
    #expect(terminal.waitFor { $0.hasSuffix("社区8\ntupu>") }.hasSuffix("社区8\ntupu>"))
  }
}
