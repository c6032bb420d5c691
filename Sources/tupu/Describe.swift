import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuGraph
import TupuStore

/// `tupu describe NAME`: every fact about one entity, with the sentences that state it.
struct Describe: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "describe",
    abstract: "Everything the graph says about one entity, with evidence.",
    discussion: """
      Facts with NAME as subject, then as object; derived facts name their rule; each asserted \
      fact is followed by the documents and sentences it was read from.
      """)

  @OptionGroup var global: GlobalOptions

  @Argument(help: "The entity's name, e.g. 王建国, or a part of it (建国).")
  var name: String

  func run() throws {
    let engine = try withDiagnostics { try QueryEngine(path: global.storePath) }
    let store = try withDiagnostics { try GraphStore(path: global.storePath) }
    var name = self.name
    var facts = try withDiagnostics { try store.facts(about: name) }
    if facts.isEmpty {
      // A part of a name: one entity containing it is described; several are listed.
      let candidates = try withDiagnostics { try store.entityNames(containing: name) }
      if candidates.count == 1 {
        name = candidates[0]
        facts = try withDiagnostics { try store.facts(about: name) }
      } else if candidates.count > 1 {
        throw report(
          [
            Diagnostic(
              "“\(name)” is part of "
                + (candidates.count == 20 ? "20 or more" : "\(candidates.count)") + " names",
              hint: "describe one of: " + candidates.joined(separator: ", "))
          ], exit: ExitStatus.input)
      }
    }
    guard !facts.isEmpty else {
      let near = (try? engine.nearestNames(to: name)) ?? []
      throw report(
        [
          Diagnostic(
            "no entity named “\(name)” in \(global.storePath)",
            hint: Suggestions.hint(for: name, in: near)
              ?? "list names with `tupu query '?x : ?class'`")
        ], exit: ExitStatus.input)
    }
    FileHandle.standardOutput.write(Data(Self.render(name: name, facts: facts).utf8))
  }

  /// The description: a heading with the entity's class, then its facts (outgoing, then
  /// incoming), each with its evidence lines.
  static func render(name: String, facts: [StoredFact]) -> String {
    let classes = facts.filter { $0.fact.subject == name && $0.fact.predicate == typePredicate }
      .map(\.fact.object.text)
    var seenClasses = Set<String>()
    var text = name
    let distinctClasses = classes.filter { seenClasses.insert($0).inserted }
    if !distinctClasses.isEmpty { text += " : " + distinctClasses.joined(separator: ", ") }
    text += "\n"
    let outgoing = facts.filter { $0.fact.subject == name && $0.fact.predicate != typePredicate }
    let incoming = facts.filter { $0.fact.subject != name }
    for (heading, group) in [("says", outgoing), ("is named by", incoming)] where !group.isEmpty {
      text += "\n\(heading):\n"
      var lastLine = ""
      for stored in group {
        let fact = stored.fact
        var line = "  \(fact.subject) \(fact.predicate) \(fact.object.text)"
        if let rule = fact.derivedBy { line += "   (derived by \(rule))" }
        if line != lastLine {
          text += line + "\n"
          lastLine = line
        }
        if let evidence = fact.evidence {
          let sentence = evidence.text.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
          text +=
            "      \(stored.documentPath ?? "?") [\(evidence.start)–\(evidence.end)] \(sentence)\n"
        }
      }
    }
    return text
  }
}
