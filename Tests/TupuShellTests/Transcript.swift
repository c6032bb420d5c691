import Foundation
import TupuGraph

@testable import TupuShell

/// Runs `input` through the shell's loop as piped input does, and returns everything it printed
/// (results and errors, in order) and the exit status.
func transcript(
  _ input: String, backend: FakeBackend = FakeBackend(), name: String = "<stdin>"
) -> (text: String, status: Int32) {
  let printed = Printed()
  let shell = Shell(
    backend: backend, output: { printed.text += $0 }, errors: { printed.text += $0 })
  let status = shell.runScript(input, name: name)
  return (printed.text, status)
}

final class Printed {
  var text = ""
}

/// A fresh folder under the system's temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("tupu-shell-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
