import ArgumentParser
import Foundation
import TupuQuery

/// `tupu query` as scripts and CI call it, read without ArgumentParser.
///
/// ArgumentParser finds the subcommand, reflects every option of it, and tries the arguments
/// as a completion-script request first: about 2 ms of a 7 ms query process. The usual shapes
/// (`tupu query [--db P] [--format F] [--asserted] … 'PATTERN'`) are read here instead; anything
/// else — help, completions, an unknown or repeated option, a value ArgumentParser would refuse —
/// returns nil and goes through ArgumentParser, which words the message. So an option added to
/// `Query` and not here is still parsed, only not quickly.
extension QueryRun {
  /// The run `arguments` (after the program name) ask for, or nil to let ArgumentParser parse.
  static func quickParse(_ arguments: [String]) -> QueryRun? {
    guard arguments.first == "query" else { return nil }
    var db: String?
    var run = QueryRun(storePath: "")
    // NB: an array, not a Set: the first Set<String> of a process costs more than the search.
    var seen: [String] = []
    var rest = arguments.dropFirst()[...]
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("-"), argument != "-" else {
        guard run.pattern == nil else { return nil }
        run.pattern = argument
        continue
      }
      // Each option once: ArgumentParser decides what a repeat means.
      guard !seen.contains(argument) else { return nil }
      seen.append(argument)
      switch argument {
      case "--explain": run.explain = true
      case "--asserted": run.asserted = true
      case "--keep-going": run.keepGoing = true
      case "--db", "--ontology", "-f", "--file", "--format", "--timeout":
        guard let value = rest.popFirst(), !value.hasPrefix("-") else { return nil }
        switch argument {
        case "--db": db = value
        case "--ontology": run.ontology = value
        case "--format":
          guard let format = ResultFormat(rawValue: value) else { return nil }
          run.format = format
        case "--timeout":
          guard let seconds = Double(value), seconds >= 0 else { return nil }
          run.timeout = seconds
        default:
          guard !seen.contains(argument == "-f" ? "--file" : "-f") else { return nil }
          run.file = value
        }
      default:
        return nil
      }
    }
    guard run.pattern == nil || run.file == nil else { return nil }
    run.storePath = GlobalOptions.storePath(db: db)
    return run
  }
}
