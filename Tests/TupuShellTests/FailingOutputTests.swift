import Foundation
import Testing
import TupuDiagnostics

@testable import TupuShell

@Suite("Results that cannot be written")
struct FailingOutputTests {
  @Test(".output to a full device: the query fails with the reason and the session goes on")
  func fullDeviceInTheSession() {
    let backend = TranscriptTests.backend()
    let printed = Printed()
    let shell = Shell(
      backend: backend, output: { printed.text += $0 }, errors: { printed.text += $0 })
    shell.interactive = true
    let source = TextLines(
      ".output /dev/full\n何长成 chairs ?m\n.output\n何长成 chairs ?m\n", name: "repl")
    let ending = shell.process(InteractiveLines(source))
    #expect(ending == .endOfInput)
    #expect(
      printed.text == """
        error: cannot write /dev/full: no space left on device
          = hint: check that the folder exists, is writable and has room
        m
        --------------------------
        十五届区委常委会第27次会议

        """)
  }

  @Test("a piped script stops at a result it cannot write, with exit 3")
  func fullDeviceInAScript() {
    let (text, status) = transcript(
      ".output /dev/full\n何长成 chairs ?m\n何长成 chairs ?m\n", backend: TranscriptTests.backend())
    #expect(status == 3)
    #expect(text.hasPrefix("error: cannot write /dev/full: no space left on device\n"))
    #expect(!text.contains("十五届"))
  }

  @Test(".output to a folder that does not exist is an error of the dot-command")
  func missingFolder() {
    let (text, status) = transcript(
      ".output /nonexistent-folder/x.tsv\n", backend: TranscriptTests.backend())
    #expect(status == 3)
    #expect(
      text.hasPrefix("error: cannot write /nonexistent-folder/x.tsv: no such file or directory\n"))
  }
}
