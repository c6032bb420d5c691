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
    let store = try withDiagnostics { try GraphStore.reading(path: global.storePath) }
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
    try writeOutput(Self.render(name: name, facts: facts))
  }

  /// The description: a heading with the entity's classes, then its facts — its classes,
  /// what it says, what says it — each with its evidence lines: the document, the span
  /// `[start, end)` as `tupu inspect` writes it (left out when empty), the sentence.
  static func render(name: String, facts: [StoredFact]) -> String {
    let types = facts.filter { $0.fact.subject == name && $0.fact.predicate == typePredicate }
    var seenClasses = Set<String>()
    var text = name
    let distinctClasses = types.map(\.fact.object.text).filter { seenClasses.insert($0).inserted }
    if !distinctClasses.isEmpty { text += " : " + distinctClasses.joined(separator: ", ") }
    text += "\n"
    let outgoing = facts.filter { $0.fact.subject == name && $0.fact.predicate != typePredicate }
    let incoming = facts.filter { $0.fact.subject != name }
    let sections = [("is a", types), ("says", outgoing), ("is the object of", incoming)]
    for (heading, group) in sections where !group.isEmpty {
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
          let span = evidence.end > evidence.start ? " [\(evidence.start), \(evidence.end))" : ""
          text += "      \(stored.documentPath ?? "?")\(span) \(sentence)\n"
        }
      }
    }
    text += postsOverTime(name: name, facts: facts)
    return text
  }
}
