import TupuGraph

/// The clauses of the second round: filters on values, path bounds, `as`, `having`, `offset`.
///
///     filter   := node ('=' | '!=' | '<' | '<=' | '>' | '>=') node
///               | node ('matches' | 'starts' 'with' | 'ends' 'with') node
///     bounds   := '{' N [',' [N]] '}'
///     output   := … ['as' NAME]
///     having   := 'having' count-output op N (',' count-output op N)*
///     offset   := 'offset' N
extension Parser {
  /// A filter when the token after the subject begins one; nil otherwise (a triple follows).
  mutating func filter(after subject: NodeTerm) throws(QueryError) -> PatternNode? {
    let op: Token
    if current.kind == .comparison {
      op = take()
    } else if current.isKeyword("matches") {
      op = take()
    } else if (current.isKeyword("starts") || current.isKeyword("ends")) && next.isKeyword("with") {
      op = take()
      take()
    } else {
      return nil
    }
    guard case .variable = subject else {
      throw QueryError.check(
        "a comparison needs a ?variable on its left", at: subject.token,
        hint: "write the variable first, e.g. `?b \(op.text) \"银行\"`")
    }
    let right = try node(role: "a ?variable, name or \"quoted text\" to compare with")
    if case .anything = right {
      throw QueryError.unexpected(right.token, expected: "a ?variable, name or \"quoted text\"")
    }
    return .filter(left: subject, op: op, right: right)
  }

  /// `from ?doc` and `evidence ?sentence` after a triple (either, both, in this order).
  mutating func provenance(of triple: PatternNode) throws(QueryError) -> PatternNode {
    var document: Token?
    var sentence: Token?
    if current.isKeyword("from") {
      take()
      document = try expect(.variable, "a variable for the document, e.g. `from ?doc`")
    }
    if current.isKeyword("evidence") {
      take()
      sentence = try expect(.variable, "a variable for the sentence, e.g. `evidence ?s`")
    }
    guard document != nil || sentence != nil else { return triple }
    return .sourced(triple, from: document, evidence: sentence)
  }

  /// `{m}`, `{m,n}` or `{m,}` after a predicate.
  mutating func pathBounds() throws(QueryError) -> PathBounds {
    let brace = take()
    func number() throws(QueryError) -> Int {
      let token = try expect(.number, "a whole number of steps")
      guard let value = Int(token.text), value <= 1000 else {
        throw QueryError.unexpected(token, expected: "at most 1000 steps")
      }
      return value
    }
    let minimum = try number()
    var maximum: Int? = minimum
    if current.kind == .comma {
      take()
      maximum = current.kind == .number ? try number() : nil
    }
    _ = try expect(.rightBrace, "`}` after the bounds")
    if let maximum, maximum < minimum {
      throw QueryError.check(
        "a path cannot have more steps at least ({\(minimum)}) than at most ({\(maximum)})",
        at: brace, hint: "write the smaller number first, e.g. {1,3}")
    }
    return PathBounds(minimum: minimum, maximum: maximum)
  }

  /// `as NAME` after an output of `find`.
  mutating func alias() throws(QueryError) -> String? {
    guard current.isKeyword("as") else { return nil }
    take()
    guard current.kind == .word || current.kind == .quoted || current.kind == .variable else {
      throw QueryError.unexpected(current, expected: "a column name after `as`")
    }
    return take().text
  }

  /// `having count(?v) op N, …` after `group by` (or in its place).
  mutating func having(_ node: inout QueryNode) throws(QueryError) {
    guard current.isKeyword("having") else { return }
    take()
    repeat {
      if current.kind == .comma { take() }
      guard current.isKeyword("count") else {
        throw QueryError.unexpected(current, expected: "count(?variable) or count(*)")
      }
      let output = try output()
      let opToken = try expect(.comparison, "a comparison such as `>= 2`")
      let number = try expect(.number, "a whole number after `\(opToken.text)`")
      guard let op = Comparison.Operator(rawValue: opToken.text == "==" ? "=" : opToken.text),
        let value = Int(number.text)
      else { throw QueryError.unexpected(number, expected: "a whole number") }
      node.having.append(
        HavingNode(output: output, comparison: Comparison(op: op, value: value, token: opToken)))
    } while current.kind == .comma
    expectedAfterStatement = "`,` and another condition, `order by`, `limit` or the end"
  }

  /// `offset N` after `limit` (or alone).
  mutating func offset(_ node: inout QueryNode) throws(QueryError) {
    guard current.isKeyword("offset") else { return }
    take()
    let number = try expect(.number, "a whole number of rows to skip")
    guard let value = Int(number.text) else {
      throw QueryError.unexpected(number, expected: "a smaller whole number")
    }
    node.offset = value
    expectedAfterStatement = "the end of the statement"
  }
}
