import TupuGraph

/// Time at the end of a query:
///
///     time   := 'during' PERIOD | 'since' DATE | 'before' DATE
///     PERIOD := DATE | DATE '..' DATE
///     DATE   := YYYY | YYYY-MM | YYYY-MM-DD          (a bare or quoted word)
extension Parser {
  mutating func timeFilter(_ node: inout QueryNode) throws(QueryError) {
    guard current.isKeyword("during") || current.isKeyword("since") || current.isKeyword("before")
    else { return }
    let keyword = take()
    let token = current
    guard token.kind == .number || token.kind == .word || token.kind == .quoted else {
      throw QueryError.unexpected(token, expected: Self.dateExpectation(keyword.text.lowercased()))
    }
    take()
    let word = keyword.text.lowercased()
    let parts = token.text.components(separatedBy: "..")
    guard parts.count == 1 || (parts.count == 2 && word == "during") else {
      throw QueryError.unexpected(token, expected: Self.dateExpectation(word))
    }
    var dates: [StatedDate] = []
    for part in parts {
      guard let date = StatedDate(iso: part), date.year != nil else {
        throw QueryError.unexpected(token, expected: Self.dateExpectation(word))
      }
      dates.append(date)
    }
    switch word {
    case "during": node.period = DatePeriod(from: dates[0], through: dates.last)
    case "since": node.period = DatePeriod(from: dates[0])
    default: node.period = DatePeriod(before: dates[0])
    }
  }

  static func dateExpectation(_ keyword: String) -> String {
    keyword == "during"
      ? "a period after `during`: 2023, 2023-06, 2023-06-20 or 2022-01..2023-06"
      : "a date after `\(keyword)`: 2023, 2023-06 or 2023-06-20"
  }
}
