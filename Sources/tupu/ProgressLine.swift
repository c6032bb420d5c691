import Foundation
import TupuDiagnostics

/// Progress lines on stderr, only when stderr is a terminal: piped runs stay quiet.
final class ProgressLine {
  let enabled = isatty(STDERR_FILENO) == 1
  private var lastShown = Date.distantPast
  private var width = 0

  /// Overwrites the progress line, at most ten times a second.
  func show(_ line: String) {
    guard enabled, Date().timeIntervalSince(lastShown) > 0.1 else { return }
    lastShown = Date()
    // Keep the line shorter than a terminal row, counting CJK as two cells, so it never wraps.
    var text = ""
    for character in line {
      if DisplayWidth.of(text) + DisplayWidth.of(String(character)) > 78 { break }
      text.append(character)
    }
    let cells = DisplayWidth.of(text)
    let padding = String(repeating: " ", count: max(0, width - cells))
    width = cells
    writeError("\r\(text)\(padding)")
  }

  /// Clears the progress line and prints a closing summary, if any (terminal only).
  func finish(_ summary: String) {
    guard enabled else { return }
    let clear = "\r" + String(repeating: " ", count: width) + "\r"
    writeError(clear + summary + (summary.isEmpty ? "" : "\n"))
  }
}
