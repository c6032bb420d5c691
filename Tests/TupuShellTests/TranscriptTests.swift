import Foundation
import Testing
import TupuDiagnostics

@testable import TupuShell

@Suite("The input loop, fed a script as piped input")
struct TranscriptTests {
  static func backend() -> FakeBackend {
    let backend = FakeBackend()
    backend.answers["何长成 chairs ?m"] = rows(["m"], [["十五届区委常委会第27次会议"]])
    backend.answers["?m : Meeting, 何长成 chairs ?m, ?m reviews ?p"] = rows(
      ["m", "p"], [["十五届区委常委会第27次会议", "微光夜视"], ["十五届区委常委会第27次会议", "人才公寓"]])
    backend.answers["assert 何长成 reviews 微光夜视"] = .assertion(
      AssertionOutcome(holds: true, expectation: "a match", actual: "a row"))
    backend.answers["assert count(?p : Project) >= 10"] = .assertion(
      AssertionOutcome(holds: false, expectation: "count(?p : Project) >= 10", actual: "2"))
    return backend
  }

  @Test("a query prints its rows; comments and blank lines are skipped")
  func query() {
    let (text, status) = transcript(
      """
      # who chairs what

      何长成 chairs ?m
      """, backend: Self.backend())
    #expect(text == "m\n--------------------------\n十五届区委常委会第27次会议\n")
    #expect(status == 0)
  }

  @Test("a statement continues over lines until complete, and keeps its first line number")
  func multiLine() {
    let backend = Self.backend()
    let (text, status) = transcript(
      """
      .mode tsv
      ?m : Meeting,
        何长成 chairs ?m,
        ?m reviews ?p
      """, backend: backend)
    #expect(status == 0)
    #expect(
      text == "m\tp\n十五届区委常委会第27次会议\t微光夜视\n十五届区委常委会第27次会议\t人才公寓\n")
    #expect(backend.received.map(\.text) == ["?m : Meeting,\n  何长成 chairs ?m,\n  ?m reviews ?p"])
    #expect(backend.received.first?.location == SourceLocation(source: "<stdin>", line: 2))
  }

  @Test("a table reads at most 10,000 rows, as tupu query's does; tsv, csv and json read all")
  func rowLimit() {
    let backend = Self.backend()
    _ = transcript("何长成 chairs ?m\n.mode tsv\n何长成 chairs ?m\n", backend: backend)
    #expect(backend.received.map(\.rowLimit) == [10_000, nil])
  }

  @Test("a dot-command only starts a statement: inside one, a line with a dot is query text")
  func dotOnlyAtStart() {
    let backend = Self.backend()
    _ = transcript("?m : Meeting,\n.mode tsv", backend: backend)
    #expect(backend.received.map(\.text) == ["?m : Meeting,\n.mode tsv"])
  }

  @Test("a syntax error stops a script with exit 2 and shows the line with a caret")
  func syntaxError() {
    let backend = Self.backend()
    let (text, status) = transcript(
      "何长成 chairs ?m\nbogus ?x\n何长成 chairs ?m\n", backend: backend)
    #expect(status == 2)
    #expect(
      text == """
        m
        --------------------------
        十五届区委常委会第27次会议
        error: unexpected `bogus`
         --> <stdin>:2:1
          |
        2 | bogus ?x
          | ^
          = hint: expected a pattern

        """)
    #expect(backend.received.count == 2)
  }

  @Test("a failed assertion prints where, what was expected and what was found, and exits 1")
  func failedAssertion() {
    let (text, status) = transcript(
      "assert 何长成 reviews 微光夜视\nassert count(?p : Project) >= 10\n",
      backend: Self.backend(), name: "checks.tq")
    #expect(status == 1)
    #expect(
      text == """
        error: assertion failed: expected count(?p : Project) >= 10, found 2
         --> checks.tq:2
          |
        2 | assert count(?p : Project) >= 10

        """)
  }

  @Test("an unknown dot-command suggests the nearest and exits 2")
  func unknownCommand() {
    let (text, status) = transcript(".scheam\n")
    #expect(status == 2)
    #expect(
      text == "error: unknown command .scheam\n --> <stdin>:1\n  = hint: did you mean .schema?\n")
  }

  @Test(".mode switches the output mode and refuses an unknown one with a suggestion")
  func mode() {
    let (text, status) = transcript(
      ".mode json\n.mode\n何长成 chairs ?m\n.mode tabel\n", backend: Self.backend())
    #expect(status == 2)
    #expect(
      text == """
        json
        [
          {"m": "十五届区委常委会第27次会议"}
        ]
        error: unknown mode tabel
          = hint: did you mean table?

        """)
  }

  @Test(".output sends results to a file, .output alone brings them back")
  func output() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("out.txt").path
    let (text, status) = transcript(
      ".output \(file)\n何长成 chairs ?m\n.output\n.mode tsv\n何长成 chairs ?m\n",
      backend: Self.backend())
    #expect(status == 0)
    #expect(text == "m\n十五届区委常委会第27次会议\n")
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written == "m\n--------------------------\n十五届区委常委会第27次会议\n")
  }

  @Test(".read runs a file through the same loop, naming it in errors")
  func read() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("inner.tq").path
    try "# inner\n.mode tsv\n何长成 chairs ?m\nnonsense\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let (text, status) = transcript(".read \(file)\n何长成 chairs ?m\n", backend: Self.backend())
    #expect(status == 2)
    #expect(text.hasPrefix("m\n十五届区委常委会第27次会议\nerror: unexpected `nonsense`\n --> \(file):4:1\n"))
    #expect(!text.contains("-----"))
  }

  @Test(".read of a missing file says which and exits 3")
  func readMissing() {
    let (text, status) = transcript(".read /nonexistent/x.tq\n")
    #expect(status == 3)
    #expect(text.hasPrefix("error: cannot read /nonexistent/x.tq\n"))
  }

  @Test(".quit and .exit stop the script; nothing after them runs")
  func quit() {
    for word in [".quit", ".exit"] {
      let backend = Self.backend()
      let (_, status) = transcript("\(word)\n何长成 chairs ?m\n", backend: backend)
      #expect(status == 0)
      #expect(backend.received.isEmpty)
    }
  }

  @Test(".why prints the evidence sentences behind the last rows")
  func why() {
    let (text, status) = transcript("何长成 chairs ?m\n.why\n.why 2\n", backend: Self.backend())
    #expect(status == 2)
    #expect(
      text == """
        m
        --------------------------
        十五届区委常委会第27次会议
        row 1: 十五届区委常委会第27次会议
          何长成 chairs 十五届区委常委会第27次会议
            「何长成主持召开十五届区委常委会第27次会议。」 page.txt
        error: no row 2 in the last result
          = hint: rows are numbered 1 to 1

        """)
  }

  @Test(".why and .dot before any query say to run one first")
  func nothingYet() {
    #expect(transcript(".why\n").text.hasPrefix("error: no result yet\n"))
    #expect(transcript(".dot\n").text.hasPrefix("error: no result yet\n"))
  }

  @Test(".dot writes the last result's subgraph with the export writer")
  func dot() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("g.dot").path
    let (_, status) = transcript("何长成 chairs ?m\n.dot \(file)\n", backend: Self.backend())
    #expect(status == 0)
    #expect(
      try String(contentsOfFile: file, encoding: .utf8)
        == "digraph {\n  \"何长成\" -> \"十五届区委常委会第27次会议\"\n}\n")
  }

  @Test(".explain shows the SQL and plan of a query, or of the last one")
  func explain() {
    let (text, _) = transcript(".explain 何长成 chairs ?m\n", backend: Self.backend())
    #expect(text.hasPrefix("SELECT … -- 何长成 chairs ?m\nQUERY PLAN\n"))
    let (again, _) = transcript("何长成 chairs ?m\n.explain\n", backend: Self.backend())
    #expect(again.contains("-- 何长成 chairs ?m\nQUERY PLAN"))
  }

  @Test(".schema lists classes and predicates with their Chinese labels")
  func schema() {
    let (text, status) = transcript(".mode tsv\n.schema\n")
    #expect(status == 0)
    #expect(text.contains("\nOfficial\t官员\tPerson\n"))
    #expect(text.contains("\nchairs\t主持\t主持召开\n"))
    #expect(text.hasPrefix("class\tlabel\tparent\n"))
  }

  @Test(".describe and .stats print what the backend gives; an unknown name suggests")
  func describeAndStats() {
    #expect(transcript(".mode csv\n.describe 何长成\n").text.contains("\n何长成,type,Official\r\n"))
    #expect(transcript(".mode tsv\n.stats\n").text.contains("\nclass\tOfficial\t2\n"))
    let (text, status) = transcript(".describe 何长\n")
    #expect(status == 3)
    #expect(text.contains("did you mean 何长成?"))
  }

  @Test(".timer on prints the run time of each statement")
  func timer() {
    let (text, _) = transcript(
      ".timer on\n何长成 chairs ?m\n.timer off\n何长成 chairs ?m\n", backend: Self.backend())
    let times = text.split(separator: "\n").filter { $0.hasPrefix("Run Time: ") }
    #expect(times.count == 1)
    #expect(times.first?.hasSuffix(" ms") == true)
  }

  @Test("a script that ends inside a statement still runs it, so the error says what is missing")
  func unfinishedAtEnd() {
    let backend = Self.backend()
    let (_, status) = transcript("?m : Meeting,\n", backend: backend)
    #expect(status == 2)
    #expect(backend.received.map(\.text) == ["?m : Meeting,"])
  }

  @Test("Ctrl-C during a statement cancels it through the backend and the session goes on")
  func interrupt() throws {
    let backend = Self.backend()
    backend.slowStatements = ["?a located-in* ?b"]
    let printed = Printed()
    let shell = Shell(
      backend: backend,
      output: { printed.text += $0 }, errors: { printed.text += $0 })
    shell.interactive = true
    let interruptSwitch = shell.interruptSwitch
    let running = backend.slowStatementRunning
    // NB: a plain thread, not a task: the shell blocks the thread it runs on, and on two cores
    // a task waiting for a free cooperative thread could starve. Fire only once the statement
    // is under way; a switch fired before the statement starts is reset.
    let firing = Thread {
      while !running.value { usleep(5_000) }
      interruptSwitch.fire()
    }
    firing.start()
    let source = TextLines("?a located-in* ?b\n何长成 chairs ?m\n", name: "repl")
    let ending = shell.process(InteractiveLines(source))
    #expect(ending == .endOfInput)
    #expect(printed.text == "interrupted\nm\n--------------------------\n十五届区委常委会第27次会议\n")
  }
}

/// Text lines that behave like the terminal: errors do not stop the session.
final class InteractiveLines: LineSource {
  let inner: TextLines
  init(_ inner: TextLines) { self.inner = inner }
  var name: String { inner.name }
  let isInteractive = true
  func nextLine(pending: [String]) -> InputLine? { inner.nextLine(pending: pending) }
}
