import TupuDiagnostics

/// Splits statement text into tokens.
///
/// Names are runs of characters up to white space or punctuation of the language; `#` starts a
/// comment to the end of the line (outside quotes); the full-width comma and colon (`，` `：`)
/// work like `,` and `:`, since they are what a Chinese keyboard types.
struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1

  init(_ text: String) { scalars = Array(text.unicodeScalars) }

  /// Every token, ending with `.end`; a lexical error as a `QueryError`.
  static func tokens(of text: String) throws(QueryError) -> [Token] {
    var lexer = Lexer(text)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private static let punctuation: Set<Unicode.Scalar> = [
    ",", "(", ")", "\"", "^", "+", "*", ":", "#", "?", ";", "=", "<", ">", "!", "，", "：",
    "|", "{", "}",
    "；", "。",
  ]

  static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // NB: fast paths for ASCII and CJK ideographs; Unicode property lookups cost more than
    // the rest of lexing a short query.
    if value < 0x80 {
      switch scalar {
      case ",", "(", ")", "\"", "^", "+", "*", ":", "#", "?", ";", "=", "<", ">", "!", " ", "|",
        "{", "}":
        return false
      default: return value > 0x20 && value != 0x7F
      }
    }
    if (0x4E00...0x9FFF).contains(value) { return true }
    return !scalar.properties.isWhitespace && !punctuation.contains(scalar)
      && scalar != "\u{3000}"
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
    if (0x4E00...0x9FFF).contains(scalar.value) { return false }
    return scalar.properties.isWhitespace || scalar == "\u{3000}"
  }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  mutating func next() throws(QueryError) -> Token {
    skipSpaceAndComments()
    let startLine = line
    let startColumn = column
    func token(_ kind: Token.Kind, _ text: String, length: Int) -> Token {
      Token(kind: kind, text: text, line: startLine, column: startColumn, length: length)
    }
    guard let scalar = peek() else { return token(.end, "", length: 1) }
    switch scalar {
    case ",", "，": advance(); return token(.comma, ",", length: 1)
    case ":", "：": advance(); return token(.colon, ":", length: 1)
    case "(": advance(); return token(.leftParen, "(", length: 1)
    case ")": advance(); return token(.rightParen, ")", length: 1)
    case "^": advance(); return token(.caret, "^", length: 1)
    case "+": advance(); return token(.plus, "+", length: 1)
    case "*": advance(); return token(.star, "*", length: 1)
    // NB: a full-width ； or 。 ends a statement as `;` does (typed with a Chinese IME).
    case ";", "；", "。": advance(); return token(.semicolon, ";", length: 1)
    case "|": advance(); return token(.bar, "|", length: 1)
    case "{": advance(); return token(.leftBrace, "{", length: 1)
    case "}": advance(); return token(.rightBrace, "}", length: 1)
    case "=", "<", ">", "!":
      advance()
      if peek() == "=" {
        advance()
        return token(.comparison, String(scalar) + "=", length: 2)
      }
      if scalar == "!" {
        throw QueryError.syntax(
          "`!` must be followed by `=`", line: startLine, column: startColumn, length: 1,
          expected: "a comparison: = != < <= > >=")
      }
      return token(.comparison, String(scalar), length: 1)
    case "\"":
      return try quoted(line: startLine, column: startColumn)
    case "?":
      advance()
      var name = ""
      while let next = peek(), Lexer.isNameScalar(next) {
        name.unicodeScalars.append(next)
        advance()
      }
      guard !name.isEmpty else {
        throw QueryError.syntax(
          "a variable needs a name after `?`", line: startLine, column: startColumn, length: 1,
          expected: "a variable such as ?x or ?项目")
      }
      return token(.variable, name, length: name.count + 1)
    default:
      var word = ""
      while let next = peek(), Lexer.isNameScalar(next) {
        word.unicodeScalars.append(next)
        advance()
      }
      // NB: a control character (NUL, U+0001 …) is neither space nor a name: without this
      // the lexer would return empty words forever without moving (found by fuzzing).
      if word.isEmpty {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true)
        throw QueryError.syntax(
          "unexpected control character \(code)", line: startLine, column: startColumn,
          length: 1, expected: "a name, a ?variable or punctuation of the language")
      }
      if word == "_" { return token(.underscore, "_", length: 1) }
      if word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
        return token(.number, word, length: word.count)
      }
      return token(.word, word, length: word.count)
    }
  }

  private mutating func skipSpaceAndComments() {
    while let scalar = peek() {
      if Lexer.isSpace(scalar) {
        advance()
      } else if scalar == "#" {
        while let next = peek(), next != "\n" { advance() }
      } else {
        return
      }
    }
  }

  /// `"…"` with `\"`, `\\`, `\n` and `\t` escapes.
  private mutating func quoted(line startLine: Int, column startColumn: Int) throws(QueryError)
    -> Token
  {
    advance()
    var text = ""
    var length = 1
    while let scalar = peek() {
      advance()
      length += 1
      switch scalar {
      case "\"":
        return Token(
          kind: .quoted, text: text, line: startLine, column: startColumn, length: length)
      case "\\":
        guard let escaped = peek() else { break }
        advance()
        length += 1
        switch escaped {
        case "n": text += "\n"
        case "t": text += "\t"
        case "\"", "\\": text.unicodeScalars.append(escaped)
        default:
          throw QueryError.syntax(
            "unknown escape `\\\(escaped)` in a quoted name", line: line, column: column - 2,
            length: 2, expected: "\\\" \\\\ \\n or \\t")
        }
      case "\n":
        throw QueryError.syntax(
          "a quoted name must end on its line", line: startLine, column: startColumn,
          length: length - 1, expected: "a closing `\"`")
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    throw QueryError.syntax(
      "a quoted name is not closed", line: startLine, column: startColumn, length: length,
      expected: "a closing `\"`")
  }
}
