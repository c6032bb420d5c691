import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuStore

/// `tupu stats`: counts by class and predicate.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Print counts of documents, entities and facts, by class and by predicate.",
    discussion: "An aligned table on a terminal; tab-separated lines when piped.")

  @OptionGroup var options: GlobalOptions

  func run() throws {
    let path = options.storePath
    guard FileManager.default.fileExists(atPath: path) else {
      throw report(
        [
          Diagnostic(
            "no store at \(path)", at: SourceLocation(source: path, line: 0),
            hint: "run `tupu ingest FILE|DIR…` first, or pass the store with --db")
        ], exit: ExitStatus.input)
    }
    let statistics = try withDiagnostics {
      try GraphStore.reading(path: path).statistics()
    }
    let text =
      isatty(STDOUT_FILENO) == 1 ? Self.table(statistics) : Self.tabSeparated(statistics)
    try writeOutput(text)
  }

  static func tabSeparated(_ statistics: StoreStatistics) -> String {
    var lines = [
      "documents\t\(statistics.documents)", "entities\t\(statistics.entities)",
      "facts\t\(statistics.facts)", "asserted\t\(statistics.facts - statistics.derivedFacts)",
      "derived\t\(statistics.derivedFacts)",
      "evidence\t\(statistics.evidence)",
    ]
    lines += statistics.classes.map { "class\t\($0.name)\t\($0.count)" }
    lines += statistics.predicates.map { "predicate\t\($0.name)\t\($0.count)\t\($0.derived)" }
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(_ statistics: StoreStatistics) -> String {
    var out = """
      documents \(statistics.documents)   entities \(statistics.entities)   \
      facts \(statistics.facts) (\(statistics.derivedFacts) derived)   \
      evidence \(statistics.evidence)\n\n
      """
    out += aligned(
      [["class", "entities"]] + statistics.classes.map { [$0.name, String($0.count)] })
    out += "\n"
    out += aligned(
      [["predicate", "facts", "derived"]]
        + statistics.predicates.map { [$0.name, String($0.count), String($0.derived)] })
    return out
  }

  /// Rows padded by display width (CJK is two columns); numbers right-aligned.
  static func aligned(_ rows: [[String]]) -> String {
    guard let columns = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    var out = ""
    for row in rows {
      var cells: [String] = []
      for (index, cell) in row.enumerated() {
        let missing = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
        cells.append(index == 0 ? cell + missing : missing + cell)
      }
      out += cells.joined(separator: "  ") + "\n"
    }
    return out
  }
}
