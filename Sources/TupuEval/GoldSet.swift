import Foundation
import TupuDiagnostics
import TupuText

/// A gold file in the shared eval format (../shared/eval/FORMAT.md): `subject TAB predicate TAB
/// object` lines, `|` between acceptable alternatives (canonical first), `#` comments.
public struct GoldSet: Sendable {
  public struct Entity: Sendable {
    public var names: [String]
    public var className: String
    public var line: Int
  }

  public struct FactLine: Sendable {
    public var subjects: [String]
    public var predicate: String
    public var objects: [String]
    public var line: Int
  }

  public var path: String
  public var entities: [Entity]
  public var facts: [FactLine]
  /// `# published: 2023-06-20` (or `2023-06`, `2023`): the date the text states for the
  /// document; `.some(nil)` for `# published: none`; nil when the file does not say.
  public var published: String?? = nil

  public static func load(path: String) throws -> GoldSet {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(
        "cannot read the gold file \(path)", at: SourceLocation(source: path, line: 0),
        hint: "check the path; gold files are NAME.gold.tsv beside NAME.txt")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Diagnostic("\(path) is not UTF-8", at: SourceLocation(source: path, line: 0))
    }
    return try parse(text, path: path)
  }

  /// Parses gold text; every malformed line is reported at once.
  public static func parse(_ text: String, path: String) throws -> GoldSet {
    var gold = GoldSet(path: path, entities: [], facts: [])
    var problems: [Diagnostic] = []
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.hasPrefix("#") {
        let comment = line.dropFirst().trimmingCharacters(in: .whitespaces)
        if comment.hasPrefix("published:") {
          let value = comment.dropFirst("published:".count).trimmingCharacters(in: .whitespaces)
          gold.published = .some(value == "none" ? nil : value)
        }
        continue
      }
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
        problems.append(
          Diagnostic(
            "a gold line needs three fields separated by tabs", at: SourceLocation(source: path, line: number),
            sourceLine: String(line), hint: "write: subject<TAB>predicate<TAB>object"))
        continue
      }
      // Names in either script: compared as simplified, as the graph is scored (`Evaluation`).
      let subjects = fields[0].split(separator: "|").map {
        TraditionalScript.simplified(String($0))
      }
      let objects = fields[2].split(separator: "|").map {
        TraditionalScript.simplified(String($0))
      }
      if fields[1] == "type" {
        gold.entities.append(Entity(names: subjects, className: fields[2], line: number))
      } else {
        gold.facts.append(FactLine(subjects: subjects, predicate: fields[1], objects: objects, line: number))
      }
    }
    if !problems.isEmpty { throw GoldError(diagnostics: problems) }
    return gold
  }
}

/// Every malformed line of a gold file.
public struct GoldError: Error, DiagnosticConvertible, Sendable {
  public var diagnostics: [Diagnostic]
  public var diagnostic: Diagnostic {
    var first = diagnostics.first ?? Diagnostic("the gold file is invalid")
    if diagnostics.count > 1 { first.message += " (and \(diagnostics.count - 1) more)" }
    return first
  }
}
