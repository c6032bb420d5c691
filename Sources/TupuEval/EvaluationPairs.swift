import Foundation
import TupuDiagnostics

/// Pairs text files with their gold files: NAME.txt with NAME.gold.tsv (from `--gold` or beside
/// the text); a folder stands for every NAME.txt in it that has a gold file.
public enum EvaluationPairs {
  public struct Pair: Sendable, Hashable {
    public var text: String
    public var gold: String
    public var name: String
  }

  public static func pair(texts: [String], golds: [String]) throws -> [Pair] {
    var goldByName: [String: String] = [:]
    for gold in golds { goldByName[stem(of: gold)] = gold }
    var pairs: [Pair] = []
    var problems: [Diagnostic] = []
    let manager = FileManager.default
    for argument in texts {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
        problems.append(
          Diagnostic("no such file or folder: \(argument)", hint: "give text files or a folder of NAME.txt + NAME.gold.tsv"))
        continue
      }
      if isFolder.boolValue {
        let names = ((try? manager.contentsOfDirectory(atPath: argument)) ?? []).sorted()
        let pairedBefore = pairs.count
        // NB: a folder that pairs nothing is an error: a quality floor must not pass on nothing.
        defer {
          if pairs.count == pairedBefore {
            problems.append(
              Diagnostic(
                "no gold file for any text in \(argument)",
                at: SourceLocation(source: argument, line: 0),
                hint: "put NAME.gold.tsv beside NAME.txt, or pass the gold files with --gold"))
          }
        }
        for file in names where file.hasSuffix(".txt") {
          let text = (argument as NSString).appendingPathComponent(file)
          let name = stem(of: file)
          let beside = (argument as NSString).appendingPathComponent(name + ".gold.tsv")
          if let gold = goldByName[name] ?? (manager.fileExists(atPath: beside) ? beside : nil) {
            pairs.append(Pair(text: text, gold: gold, name: name))
          }
        }
        continue
      }
      let name = stem(of: argument)
      let beside = ((argument as NSString).deletingLastPathComponent as NSString)
        .appendingPathComponent(name + ".gold.tsv")
      if let gold = goldByName[name] ?? (manager.fileExists(atPath: beside) ? beside : nil) {
        pairs.append(Pair(text: argument, gold: gold, name: name))
      } else if texts.count == 1 && golds.count == 1, let only = golds.first {
        pairs.append(Pair(text: argument, gold: only, name: name))
      } else {
        problems.append(
          Diagnostic(
            "no gold file for \(argument)",
            hint: "pass --gold \(name).gold.tsv, or put it beside the text"))
      }
    }
    if let first = problems.first {
      throw problems.count == 1 ? first : GoldError(diagnostics: problems)
    }
    return pairs
  }

  /// `a/b/NAME.gold.tsv` and `a/NAME.txt` → `NAME`.
  public static func stem(of path: String) -> String {
    var name = (path as NSString).lastPathComponent
    for ending in [".gold.tsv", ".tsv", ".txt"] where name.hasSuffix(ending) {
      name = String(name.dropLast(ending.count))
      break
    }
    return name
  }
}
