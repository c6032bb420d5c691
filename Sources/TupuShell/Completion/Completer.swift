import Foundation
import TupuGraph

/// Tab completion candidates for the word under the cursor, from the command table, the
/// vocabulary, the variables already typed and the entity names of the graph.
///
/// It knows nothing of readline: the terminal hands it the text around the cursor.
final class Completer {
  /// The text around the cursor, split where readline splits words.
  struct Request {
    /// Earlier lines of an unfinished statement ("" at the main prompt).
    var pending: String = ""
    /// The line up to the word being completed.
    var before: String
    /// The word being completed (maybe empty).
    var word: String
    /// The rest of the line after the word.
    var after: String = ""
  }

  enum Answer: Equatable {
    case words([String])
    /// Let the terminal complete a file name.
    case files
  }

  /// Words of the pattern language that completion offers everywhere in a query.
  static let keywords = [
    "find", "where", "not", "count", "distinct", "group", "order", "by", "asc", "desc", "limit",
    "assert", "asserted", typePredicate,
  ]

  /// Most entity names offered for one word: a longer list helps nobody at a terminal.
  static let entityLimit = 200

  private let backend: ShellBackend
  private var cachedVocabulary: Vocabulary?

  init(backend: ShellBackend) {
    self.backend = backend
  }

  func complete(_ request: Request) -> Answer {
    let leading = request.before.drop { $0.isWhitespace }
    if request.pending.isEmpty,
      leading.hasPrefix(".") || (leading.isEmpty && request.word.hasPrefix("."))
    {
      return completeCommand(request, line: String(leading))
    }
    return .words(completeQuery(request))
  }

  // MARK: Dot-commands

  private func completeCommand(_ request: Request, line: String) -> Answer {
    if line.isEmpty {
      return .words(Shell.commandNames.filter { $0.hasPrefix(request.word) }.sorted())
    }
    let name = String(line.dropFirst().prefix { !$0.isWhitespace })
    guard let command = Shell.command(named: name) else { return .words([]) }
    switch command.argument {
    case .none: return .words([])
    case .file: return .files
    case .words(let words): return .words(words.filter { $0.hasPrefix(request.word) })
    case .command:
      return .words(
        Shell.commands.map(\.name).filter { $0.hasPrefix(request.word) }.sorted())
    case .entity: return .words(entities(startingWith: request.word))
    case .query:
      let rest = line.dropFirst(1 + name.count)
      var inner = request
      inner.before = String(rest)
      return .words(completeQuery(inner))
    }
  }

  // MARK: Queries

  private func completeQuery(_ request: Request) -> [String] {
    let word = request.word
    if word.hasPrefix("?") {
      return variables(in: request).filter { $0.hasPrefix(word) && $0 != word }
    }
    let vocabulary = self.vocabulary()
    let previous = request.before.last { !$0.isWhitespace }
    if previous == ":" {
      let classes = vocabulary?.classes.flatMap { [$0.id, $0.label] } ?? []
      return Set(classes.filter { !$0.isEmpty && $0.hasPrefix(word) }).sorted()
    }
    var found = Set<String>()
    for predicate in vocabulary?.predicates ?? [] {
      for name in [predicate.id, predicate.label] + predicate.aliases where name.hasPrefix(word) {
        found.insert(name)
      }
    }
    for keyword in Self.keywords where keyword.hasPrefix(word) {
      found.insert(keyword)
    }
    if word.isEmpty {
      found.formUnion(variables(in: request))
    } else {
      found.formUnion(entities(startingWith: word))
    }
    found.remove("")
    return found.sorted()
  }

  /// The `?variables` of the statement so far, without the word being completed.
  func variables(in request: Request) -> [String] {
    let text = request.pending + "\n" + request.before + " " + request.after
    var found = Set<String>()
    var current: String?
    for character in text {
      if character == "?" {
        if let name = current, name.count > 1 { found.insert(name) }
        current = "?"
      } else if current != nil, character.isLetter || character.isNumber || character == "_" {
        current?.append(character)
      } else {
        if let name = current, name.count > 1 { found.insert(name) }
        current = nil
      }
    }
    if let name = current, name.count > 1 { found.insert(name) }
    return found.sorted()
  }

  private func entities(startingWith prefix: String) -> [String] {
    guard !prefix.isEmpty else { return [] }
    return (try? backend.entityNames(prefix: prefix, limit: Self.entityLimit)) ?? []
  }

  /// The vocabulary, loaded on the first Tab rather than at start-up.
  private func vocabulary() -> Vocabulary? {
    if cachedVocabulary == nil { cachedVocabulary = try? backend.vocabulary() }
    return cachedVocabulary
  }
}
