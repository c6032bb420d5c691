/// Splits script text into statements: one a line, or continued over lines until complete.
///
/// A statement continues while it is unfinished: a quote or parenthesis open, or its last token
/// asks for more (`,` `:` `^` a comparison, or `find` `where` `not` `group` `order` `by` `limit`
/// `assert` `asserted`), or a `find` has no `where` yet; and a complete statement goes on when
/// the next line begins with a clause that can follow it (`order by …`, `limit …`, `or …`).
/// `#` comments and blank lines between statements are skipped.
public struct StatementReader: Sendable {
  /// One statement of a script and the line it starts on (1-based).
  public struct Entry: Hashable, Sendable {
    public var text: String
    public var line: Int
  }

  public init() {}

  /// The statements of `text`, in order. An unfinished statement at the end is returned too,
  /// so that planning it reports what is missing.
  public func statements(in text: String) -> [Entry] {
    var entries: [Entry] = []
    var pending: [String] = []
    var start = 0
    // A complete statement waits for the next line, which may continue it (`order by …`).
    var complete = false
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
      if complete && !StatementReader.continuesStatement(line) {
        entries.append(Entry(text: pending.joined(separator: "\n"), line: start))
        pending = []
        complete = false
      }
      if pending.isEmpty {
        if StatementReader.isBlank(line) { continue }
        start = index + 1
      }
      pending.append(line)
      complete = StatementReader.isComplete(pending.joined(separator: "\n"))
    }
    if !pending.isEmpty { entries.append(Entry(text: pending.joined(separator: "\n"), line: start)) }
    return entries
  }

  /// True when `line` goes on the statement before it: it begins with a clause that can only
  /// follow one (`where`, `group by`, `having`, `order by`, `limit`, `offset`, `or`) or `,`.
  public static func continuesStatement(_ line: String) -> Bool {
    guard let tokens = try? Lexer.tokens(of: line), let first = tokens.first else { return false }
    if first.kind == .comma || first.kind == .bar { return true }
    return ["where", "group", "having", "order", "limit", "offset", "or"].contains {
      first.isKeyword($0)
    }
  }

  /// True when `text` holds nothing but white space and comments.
  public static func isBlank(_ text: String) -> Bool {
    (try? Lexer.tokens(of: text))?.count == 1
  }

  /// True when `text` needs no more lines (it may still be wrong; the parser will say).
  /// The REPL shows its continuation prompt while this is false.
  public static func isComplete(_ text: String) -> Bool {
    let tokens: [Token]
    do {
      tokens = try Lexer.tokens(of: text)
    } catch {
      return !error.message.hasSuffix("is not closed")
    }
    var depth = 0
    for token in tokens {
      if token.kind == .leftParen { depth += 1 }
      if token.kind == .rightParen { depth -= 1 }
    }
    if depth > 0 { return false }
    guard tokens.count >= 2 else { return true }
    // `find …` is unfinished until its `where`.
    let opening = tokens.prefix(3).filter { !$0.isKeyword("assert") && !$0.isKeyword("asserted") }
    if opening.first?.isKeyword("find") == true && !tokens.contains(where: { $0.isKeyword("where") }) {
      return false
    }
    let last = tokens[tokens.count - 2]
    switch last.kind {
    case .comma, .colon, .caret, .comparison, .bar: return false
    case .word:
      return ![
        "find", "where", "not", "group", "order", "by", "limit", "assert", "asserted", "or",
        "optional", "having", "offset", "as", "matches", "with", "starts", "ends", "from",
        "evidence",
      ].contains(last.text.lowercased())
    default: return true
    }
  }
}
