import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuGraph
import TupuOntology

/// The exit codes of DESIGN.md, in one place.
enum ExitStatus {
  static let assertionFailed = ExitCode(1)
  static let usage = ExitCode(2)
  static let input = ExitCode(3)
}

/// Prints diagnostics to stderr (coloured on a terminal) and returns the exit code to throw.
func report(_ diagnostics: [Diagnostic], exit code: ExitCode) -> ExitCode {
  let renderer = DiagnosticRenderer(useColor: isatty(STDERR_FILENO) == 1)
  for diagnostic in diagnostics {
    writeError(renderer.render(diagnostic) + "\n")
  }
  return code
}

/// Runs `body`, turning any diagnostic-carrying error into a rendered message and exit code 3.
func withDiagnostics<T>(exit code: ExitCode = ExitStatus.input, _ body: () throws -> T) throws -> T
{
  do {
    return try body()
  } catch let error as DiagnosticConvertible {
    throw report(everyDiagnostic(of: error), exit: code)
  }
}

/// Every problem an error carries: an ontology folder reports all of its, each with file:line.
func everyDiagnostic(of error: DiagnosticConvertible) -> [Diagnostic] {
  (error as? OntologyError)?.diagnostics ?? (error as? FactsFileProblems)?.diagnostics
    ?? [error.diagnostic]
}

/// Writes results to standard output, checked: a full disk or a closed device is reported as
/// "cannot write standard output: …" and exit 3, never a crash or a silent loss.
func writeOutput(_ text: String) throws {
  do {
    try OutputChannel.standardOutput.write(text)
  } catch {
    throw report([error.diagnostic], exit: ExitStatus.input)
  }
}

/// Writes to standard error. A failure there has nowhere to be reported, so it is dropped —
/// never a crash (FileHandle's `write(_:)` traps on a full disk).
func writeError(_ text: String) {
  try? OutputChannel.standardError.write(text)
}
