/// One token of a statement, with where it starts (1-based line and column, in characters).
struct Token: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// `?name` (the text is the name without `?`).
    case variable
    /// A bare word: a name, a predicate, a class or a keyword (keywords are contextual).
    case word
    /// A `"quoted name"`, escapes resolved.
    case quoted
    /// A run of ASCII digits.
    case number
    case underscore, comma, colon, leftParen, rightParen, caret, plus, star, semicolon
    /// `|` between alternative predicates; `{` `}` around path bounds.
    case bar, leftBrace, rightBrace
    /// `=`, `==`, `!=`, `<`, `<=`, `>`, `>=`.
    case comparison
    case end
  }

  var kind: Kind
  var text: String
  var line: Int
  var column: Int
  /// Length in characters of the token as written (for the caret).
  var length: Int

  /// True for a bare word spelled `keyword` (ASCII case-insensitive).
  func isKeyword(_ keyword: String) -> Bool {
    kind == .word && text.lowercased() == keyword
  }

  /// How the token reads in an error message.
  var quotedForMessage: String {
    switch kind {
    case .end: return "the end of the statement"
    case .variable: return "`?\(text)`"
    case .quoted: return "`\"\(text)\"`"
    default: return "`\(text)`"
    }
  }
}

/// Words with a meaning of their own where the grammar expects them; quote a name to use one
/// of them as a name.
enum Keyword {
  static let all: Set<String> = [
    "find", "where", "count", "distinct", "not", "group", "order", "by", "asc", "desc", "limit",
    "assert", "asserted", "or", "optional", "having", "offset", "as", "matches", "from", "evidence",
  ]
}
