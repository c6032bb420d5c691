/// Recursive descent over the tokens of one statement.
///
///     statement := 'assert' query [op NUMBER] | query
///     query     := ['asserted'] ( 'find' output (',' output)* 'where' patterns modifiers
///                               | 'count' '(' patterns ')'
///                               | patterns modifiers )
///     modifiers := [time] ['group' 'by' ?v (',' ?v)*] ['order' 'by' key (',' key)*] ['limit' N]
///                  [time]                  (time: Parser+Time.swift)
///     output    := ?v | 'count' '(' ('?v' | '*') ')'        key := output ['asc'|'desc']
///     patterns  := pattern (',' pattern)*
///     pattern   := 'not' ( '(' patterns ')' | atom ) | atom
///     atom      := node ':' CLASS | node verb node
///     verb      := ?v | ['^'] PREDICATE ['+'|'*']
///     node      := ?v | NAME | "QUOTED" | '_'
struct Parser {
  private var tokens: [Token]
  var position = 0
  /// Open `not (` groups; bounded so that hostile input cannot overflow the stack.
  private var depth = 0
  static let maximumDepth = 32
  /// Patterns in one statement; SQLite joins at most a few hundred tables, and planning is
  /// quadratic, so a 100 KB query is refused here with a message instead.
  private var patternCount = 0
  static let maximumPatterns = 64

  init(tokens: [Token]) { self.tokens = tokens }

  /// Parses `text` as one statement (a trailing `;` is allowed).
  static func statement(_ text: String) throws(QueryError) -> Statement {
    var parser = Parser(tokens: try Lexer.tokens(of: text))
    let statement = try parser.statement()
    if parser.current.kind == .semicolon { parser.position += 1 }
    guard parser.current.kind == .end else {
      throw QueryError.unexpected(parser.current, expected: parser.expectedAfterStatement)
    }
    return statement
  }

  var current: Token { tokens[position] }
  var next: Token { tokens[min(position + 1, tokens.count - 1)] }

  @discardableResult
  mutating func take() -> Token {
    let token = tokens[position]
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  mutating func expect(_ kind: Token.Kind, _ expected: String) throws(QueryError) -> Token {
    guard current.kind == kind else { throw QueryError.unexpected(current, expected: expected) }
    return take()
  }

  mutating func expectKeyword(_ word: String) throws(QueryError) -> Token {
    guard current.isKeyword(word) else {
      throw QueryError.unexpected(current, expected: "`\(word)`")
    }
    return take()
  }

  /// What may follow a complete statement, for the message when something else does.
  var expectedAfterStatement = "`,` and another pattern, or the end of the statement"

  mutating func statement() throws(QueryError) -> Statement {
    if current.isKeyword("assert") {
      let keyword = take()
      let query = try query()
      var comparison: Comparison?
      if current.kind == .comparison {
        let opToken = take()
        let op = Comparison.Operator(rawValue: opToken.text == "==" ? "=" : opToken.text)
        let number = try expect(.number, "a whole number after `\(opToken.text)`")
        guard let op, let value = Int(number.text) else {
          throw QueryError.unexpected(number, expected: "a whole number")
        }
        comparison = Comparison(op: op, value: value, token: opToken)
      }
      expectedAfterStatement = "a comparison such as `>= 1`, or the end of the statement"
      return .assertion(AssertionNode(keyword: keyword, query: query, comparison: comparison))
    }
    return .query(try query())
  }

  mutating func query() throws(QueryError) -> QueryNode {
    let start = current
    var assertedOnly = false
    if current.isKeyword("asserted") {
      take()
      assertedOnly = true
    }
    if current.isKeyword("find") {
      take()
      var outputs = [try output()]
      var aliases = [try alias()]
      while current.kind == .comma {
        take()
        outputs.append(try output())
        aliases.append(try alias())
      }
      guard current.isKeyword("where") else {
        throw QueryError.unexpected(current, expected: "`,` and another output, or `where`")
      }
      take()
      var node = QueryNode(
        find: outputs, patterns: try patterns(), assertedOnly: assertedOnly, start: start)
      node.aliases = aliases
      try modifiers(&node)
      return node
    }
    if current.isKeyword("count") && next.kind == .leftParen {
      take()
      take()
      let inner = try patterns()
      _ = try expect(.rightParen, "`,` and another pattern, or `)`")
      expectedAfterStatement = "`during`, `since`, `before` or the end of the statement"
      var node = QueryNode(
        find: nil, countsSolutions: true, patterns: inner, assertedOnly: assertedOnly,
        start: start)
      try timeFilter(&node)
      return node
    }
    var node = QueryNode(find: nil, patterns: try patterns(), assertedOnly: assertedOnly, start: start)
    try modifiers(&node)
    return node
  }

  private mutating func modifiers(_ node: inout QueryNode) throws(QueryError) {
    try timeFilter(&node)
    expectedAfterStatement =
      "`,` and another pattern, `group by`, `order by`, `limit` or the end of the statement"
    if current.isKeyword("group") {
      take()
      _ = try expectKeyword("by")
      node.groupBy.append(try expect(.variable, "a variable to group by"))
      while current.kind == .comma {
        take()
        node.groupBy.append(try expect(.variable, "a variable to group by"))
      }
      expectedAfterStatement = "`,` and a variable, `order by`, `limit` or the end of the statement"
    }
    try having(&node)
    if current.isKeyword("order") {
      take()
      _ = try expectKeyword("by")
      repeat {
        if current.kind == .comma { take() }
        let output = try output()
        var descending = false
        if current.isKeyword("desc") {
          take()
          descending = true
        } else if current.isKeyword("asc") {
          take()
        }
        node.orderBy.append(OrderKeyNode(output: output, descending: descending))
      } while current.kind == .comma
      expectedAfterStatement = "`,` and another key, `limit` or the end of the statement"
    }
    if current.isKeyword("limit") {
      take()
      let number = try expect(.number, "a whole number of rows")
      guard let value = Int(number.text) else {
        throw QueryError.unexpected(number, expected: "a smaller whole number")
      }
      node.limit = value
      expectedAfterStatement = "`offset` or the end of the statement"
    }
    try offset(&node)
    if node.period == nil { try timeFilter(&node) }
  }

  mutating func output() throws(QueryError) -> OutputNode {
    if current.kind == .variable { return .variable(take()) }
    if current.isKeyword("count") {
      let keyword = take()
      _ = try expect(.leftParen, "`(` after count")
      if current.isKeyword("distinct") { take() }  // counts are of distinct values anyway
      var counted: Token?
      if current.kind == .star {
        take()
      } else {
        counted = try expect(.variable, "a variable or `*` to count")
      }
      _ = try expect(.rightParen, "`)`")
      return .count(counted, keyword: keyword)
    }
    throw QueryError.unexpected(current, expected: "a variable or count(?variable)")
  }

  mutating func patterns() throws(QueryError) -> [PatternNode] {
    var result = try pattern()
    while current.kind == .comma {
      take()
      result.append(contentsOf: try pattern())
    }
    return result
  }

  /// One pattern, or alternatives joined by `or`; a bare `(…)` group is its patterns.
  private mutating func pattern() throws(QueryError) -> [PatternNode] {
    let first = try alternative()
    guard current.isKeyword("or") else { return first }
    let keyword = current
    var branches = [first]
    while current.isKeyword("or") {
      take()
      branches.append(try alternative())
    }
    return [.alternatives(branches, keyword: keyword)]
  }

  private mutating func alternative() throws(QueryError) -> [PatternNode] {
    patternCount += 1
    if patternCount > Self.maximumPatterns {
      throw QueryError.syntax(
        "a query may have at most \(Self.maximumPatterns) patterns", line: current.line,
        column: current.column, length: 1, expected: "a shorter query (split it in two)")
    }
    if current.isKeyword("not") {
      let keyword = take()
      return [.negation(try group(), keyword: keyword)]
    }
    if current.isKeyword("optional") {
      let keyword = take()
      return [.optional(try group(), keyword: keyword)]
    }
    if current.kind == .leftParen { return try parenthesized() }
    return [try atom()]
  }

  /// `( patterns )` or one atom, after `not` or `optional`.
  private mutating func group() throws(QueryError) -> [PatternNode] {
    if current.kind == .leftParen { return try parenthesized() }
    if current.isKeyword("not") || current.isKeyword("optional") { return try alternative() }
    return [try atom()]
  }

  private mutating func parenthesized() throws(QueryError) -> [PatternNode] {
    if depth >= Self.maximumDepth {
      throw QueryError.syntax(
        "patterns are nested too deeply (more than \(Self.maximumDepth) groups)",
        line: current.line, column: current.column, length: 1,
        expected: "fewer nested groups")
    }
    take()
    depth += 1
    defer { depth -= 1 }
    let inner = try patterns()
    _ = try expect(.rightParen, "`,` and another pattern, or `)`")
    return inner
  }

  private mutating func atom() throws(QueryError) -> PatternNode {
    let subject = try node(role: "a subject: ?variable, name, \"quoted name\" or _")
    if current.kind == .colon {
      take()
      guard current.kind == .word || current.kind == .quoted || current.kind == .variable else {
        throw QueryError.unexpected(current, expected: "a class such as Official or 官员")
      }
      let className = take()
      return .classTest(subject: subject, className: className)
    }
    if let filter = try filter(after: subject) { return filter }
    let verb = try verb()
    let object = try node(role: "an object: ?variable, name, \"quoted name\" or _")
    return try provenance(of: .triple(subject: subject, verb: verb, object: object))
  }

  mutating func node(role: String) throws(QueryError) -> NodeTerm {
    if current.isKeyword("asserted") {
      throw QueryError.check(
        "`asserted` goes before the whole query, not inside it", at: current,
        hint: "write `asserted` first: `asserted ?x chairs ?m, ?m reviews ?p`")
    }
    switch current.kind {
    case .variable: return .variable(take())
    case .word, .quoted, .number: return .name(take())
    case .underscore: return .anything(take())
    default: throw QueryError.unexpected(current, expected: role)
    }
  }

  private mutating func verb() throws(QueryError) -> Verb {
    if current.kind == .variable {
      let variable = take()
      if current.kind == .plus || current.kind == .star {
        throw QueryError.syntax(
          "a path needs a named predicate, not a variable", line: current.line,
          column: current.column, length: 1, expected: "an object after `?\(variable.text)`")
      }
      return .variable(variable)
    }
    var inverse = false
    if current.kind == .caret {
      take()
      inverse = true
    }
    var names: [Token] = []
    repeat {
      if current.kind == .bar { take() }
      guard current.kind == .word || current.kind == .quoted else {
        throw QueryError.unexpected(
          current,
          expected: inverse || !names.isEmpty
            ? "a predicate after `\(names.isEmpty ? "^" : "|")`"
            : "a predicate (such as chairs or 主持) or `:` and a class")
      }
      names.append(take())
    } while current.kind == .bar
    var verb = PredicateVerb(names: names, inverse: inverse, repetition: nil)
    if current.kind == .plus || current.kind == .star {
      verb.repetition = take()
    } else if current.kind == .leftBrace {
      verb.repetition = current
      verb.bounds = try pathBounds()
    }
    return .predicate(verb)
  }
}
