import Foundation
import Testing
import TupuDiagnostics
import TupuGraph

@testable import TupuShell

@Suite("What people reach for in the sqlite3 shell")
struct ReplSettingsTests {
  static func backend() -> FakeBackend {
    let backend = TranscriptTests.backend()
    backend.answers["?x title 无"] = rows(["x"], [])
    backend.answers["find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 5"] =
      rows(["who", "count(m)"], [["何长成", "1"]])
    return backend
  }

  @Test(".headers off leaves out the column names (and the table's rule)")
  func headers() {
    let (text, _) = transcript(
      ".mode tsv\n.headers off\n何长成 chairs ?m\n.headers on\n.mode table\n.headers off\n何长成 chairs ?m\n",
      backend: Self.backend())
    #expect(text == "十五届区委常委会第27次会议\n十五届区委常委会第27次会议\n")
  }

  @Test(".echo on prints each statement before its answer; .print prints its text")
  func echoAndPrint() {
    let (text, _) = transcript(
      ".mode tsv\n.echo on\n何长成 chairs ?m\n.echo off\n.print 下一个: done\n", backend: Self.backend())
    #expect(text == "何长成 chairs ?m\nm\n十五届区委常委会第27次会议\n下一个: done\n")
  }

  @Test(".show lists the settings")
  func show() {
    let (text, _) = transcript(".mode csv\n.timer on\n.show\n", backend: Self.backend())
    #expect(
      text == """
        store    ?
        mode     csv
        headers  on
        output   stdout
        timer    on
        bail     on
        echo     off

        """)
  }

  @Test(".bail off runs a script on after an error; it still exits with the error's status")
  func bail() {
    let (text, status) = transcript(
      ".bail off\nnonsense\n.print after\n", backend: Self.backend())
    #expect(text.hasPrefix("error: unexpected `nonsense`"))
    #expect(text.hasSuffix("after\n"))
    #expect(status == 2)
    let (stopped, _) = transcript("nonsense\n.print after\n", backend: Self.backend())
    #expect(!stopped.contains("after"))
  }

  @Test(".once FILE sends the next result there, and the one after to the output")
  func once() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("once.tsv").path
    let (text, _) = transcript(
      ".mode tsv\n.once \(file)\n何长成 chairs ?m\n何长成 chairs ?m\n", backend: Self.backend())
    #expect(text == "m\n十五届区委常委会第27次会议\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "m\n十五届区委常委会第27次会议\n")
  }

  @Test("an empty answer says (no answers) in a table; TSV keeps its header")
  func noAnswers() {
    #expect(transcript("?x title 无\n", backend: Self.backend()).text == "(no answers)\n")
    #expect(transcript(".mode tsv\n?x title 无\n", backend: Self.backend()).text == "x\n")
  }

  @Test("Run Time follows answers, never errors")
  func noTimeAfterErrors() {
    let (text, _) = transcript(
      ".timer on\n.bail off\nnonsense\n何长成 chairs ?m\n", backend: Self.backend())
    let lines = text.split(separator: "\n")
    #expect(lines.filter { $0.hasPrefix("Run Time: ") }.count == 1)
    #expect(lines.last?.hasPrefix("Run Time: ") == true)
  }

  @Test("order by on a line of its own continues a piped find (as in a .tq script)")
  func continuedFind() {
    let backend = Self.backend()
    let (_, status) = transcript(
      """
      find ?who, count(?m)
        where ?who chairs ?m
        order by count(?m) desc limit 5
      何长成 chairs ?m
      """, backend: backend)
    #expect(status == 0)
    #expect(backend.received.count == 2)
    #expect(backend.received.first?.text.hasSuffix("limit 5") == true)
  }

  @Test(".dot FILE says what it wrote")
  func dotConfirms() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("g.dot").path
    let (text, _) = transcript("何长成 chairs ?m\n.dot \(file)\n", backend: Self.backend())
    #expect(text.hasSuffix("wrote \(file): 1 edge of the last result's subgraph\n"))
  }

  @Test("a table wider than the terminal cuts its widest columns to fit")
  func fitsWidth() {
    let backend = Self.backend()
    let long = String(repeating: "很长的名字", count: 12)
    backend.answers["?s ?p ?o"] = rows(["s", "p", "o"], [["何长成", "reviews", long]])
    let printed = Printed()
    let shell = Shell(backend: backend, output: { printed.text += $0 }, errors: { printed.text += $0 })
    shell.tableWidth = { 40 }
    _ = shell.runScript("?s ?p ?o\n")
    let widths = printed.text.split(separator: "\n").map { DisplayWidth.of($0) }
    #expect(widths.allSatisfy { $0 <= 40 }, "\(printed.text)")
    #expect(printed.text.contains("…"))
    #expect(printed.text.contains("何长成"))
  }

  @Test(".open FILE moves the session to another store, opened on first use")
  func open() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let other = folder.appendingPathComponent("other.sqlite").path
    FileManager.default.createFile(atPath: other, contents: Data())
    var opened: [String] = []
    let lazy = LazyBackend(storePath: "first.sqlite") { path in
      opened.append(path)
      return Self.backend()
    }
    let printed = Printed()
    let shell = Shell(backend: lazy, output: { printed.text += $0 }, errors: { printed.text += $0 })
    let status = shell.runScript(
      "何长成 chairs ?m\n.open \(other)\n.open \(folder.path)/missing.sqlite\n何长成 chairs ?m\n")
    #expect(opened == ["first.sqlite"])
    #expect(status == 3)
    #expect(printed.text.contains("error: no graph store at \(folder.path)/missing.sqlite"))
    #expect(lazy.storePath == other)
    _ = shell.runScript("何长成 chairs ?m\n")
    #expect(opened == ["first.sqlite", other])
  }

  @Test("the init file runs first (its errors shown, the session goes on)")
  func initFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let rc = folder.appendingPathComponent("tupurc").path
    try ".mode tsv\n.nonsense\n.headers off\n".write(toFile: rc, atomically: true, encoding: .utf8)
    let printed = Printed()
    let shell = Shell(
      backend: Self.backend(), output: { printed.text += $0 }, errors: { printed.text += $0 })
    shell.runInitFile(rc)
    _ = shell.runScript("何长成 chairs ?m\n")
    #expect(printed.text.hasPrefix("error: unknown command .nonsense"))
    #expect(printed.text.hasSuffix("\n十五届区委常委会第27次会议\n"))
    #expect(
      Shell.initFilePath(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/tupu/tupurc")
    #expect(Shell.initFilePath(environment: ["HOME": "/h"]) == "/h/.config/tupu/tupurc")
  }
}
