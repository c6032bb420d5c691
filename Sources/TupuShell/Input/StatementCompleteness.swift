/// Decides whether the lines typed so far make a whole statement, so that the loop knows when
/// to run it and when to show the continuation prompt.
///
/// A statement is incomplete while a `"quoted name"` is open, a parenthesis is unclosed, or it
/// ends in something that needs more: a comma, a colon, `^`, a comparison, or a keyword such as
/// `where`, `find`, `not`, `by`, `limit`. `#` starts a comment outside quotes.
enum StatementCompleteness {
  /// Keywords after which a statement cannot end.
  static let continuingWords: Set<String> = [
    "find", "where", "not", "order", "group", "by", "limit", "assert", "and", "asserted",
  ]

  static func isComplete(_ text: String) -> Bool {
    var inQuote = false
    var escaped = false
    var inComment = false
    var depth = 0
    var lastToken = ""
    var current = ""

    func endToken() {
      if !current.isEmpty { lastToken = current }
      current = ""
    }

    for character in text {
      if inComment {
        if character == "\n" { inComment = false }
        continue
      }
      if inQuote {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inQuote = false
          lastToken = "\"…\""
        }
        continue
      }
      switch character {
      case "\"":
        endToken()
        inQuote = true
      case "#":
        endToken()
        inComment = true
      case "(":
        endToken()
        depth += 1
        lastToken = "("
      case ")":
        endToken()
        depth -= 1
        lastToken = ")"
      case ",", ":", "^":
        endToken()
        lastToken = String(character)
      case _ where character.isWhitespace:
        endToken()
      default:
        current.append(character)
      }
    }
    endToken()
    if inQuote || depth > 0 { return false }
    if [",", ":", "^", "(", "=", "<", ">", "<=", ">=", "!=", "=="].contains(lastToken) {
      return false
    }
    return !continuingWords.contains(lastToken.lowercased())
  }
}
