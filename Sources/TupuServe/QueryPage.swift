import TupuDiagnostics
import TupuGraph
import TupuQuery

/// `/query?q=…`: the answer as a table whose entities link to their pages, downloads as CSV
/// and JSON, or the error with its caret under the spot.
struct QueryPage {
  var query: String
  /// Nil before anything was asked.
  var outcome: QuerySession.Outcome?
  var storeName: String

  func render() -> String {
    var body = """
      <h1>查询 Query</h1>
      <form class="ask" action="/query" method="get">
      <textarea name="q" rows="3" spellcheck="false" aria-label="query" autofocus>\
      \(HTML.escape(query))</textarea>
      <button type="submit">查询 Run</button>
      <a class="help" href="/#ask">examples</a>
      </form>

      """
    switch outcome {
    case nil:
      break
    case .failure(let failure):
      body += Self.diagnostics([failure.diagnostic], kind: "error")
    case .assertion(let result):
      body += Self.diagnostics(result.notes, kind: "note")
      body +=
        result.passed
        ? "<p class=\"holds\">✔ holds: \(HTML.escape(result.expectation)) "
          + "(found \(HTML.escape(result.actual)))</p>\n"
        : Self.diagnostics([result.diagnostic], kind: "error")
    case .rows(let table, let notes):
      body += Self.diagnostics(notes, kind: "note")
      body += answer(table)
    }
    return HTML.page(title: query.isEmpty ? "查询" : query, storeName: storeName, body: body)
  }

  private func answer(_ table: ResultTable) -> String {
    if table.columns.isEmpty {
      let found = !table.rows.isEmpty
      return "<p class=\"yes-no \(found ? "yes" : "no")\">\(found ? "是 yes" : "否 no")</p>\n"
    }
    var text = """
      <p class="summary">\(table.rows.count) \(table.rows.count == 1 ? "row" : "rows") · \
      download <a href="\(HTML.escape(HTML.downloadPath(query, format: "csv")))">CSV</a> \
      <a href="\(HTML.escape(HTML.downloadPath(query, format: "json")))">JSON</a></p>
      <table class="answer">
      <thead><tr>
      """
    for column in table.columns { text += "<th>\(HTML.escape(column))</th>" }
    text += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      text += "<tr>"
      for cell in row {
        switch cell {
        case .integer(let value): text += "<td class=\"number\">\(value)</td>"
        case .term(_, let kind, let name):
          // Kind 0 is an entity (Term.kindCode); literals, classes and predicates are text.
          text += kind == 0 ? "<td>\(HTML.entityLink(name))</td>" : "<td>\(HTML.escape(name))</td>"
        // An `optional` group that did not match: an empty cell, as `tupu query` prints it.
        case .empty: text += "<td class=\"empty\"></td>"
        }
      }
      text += "</tr>\n"
    }
    return text + "</tbody>\n</table>\n"
  }

  /// Diagnostics as `tupu query` prints them (the caret lines up in a monospace block).
  static func diagnostics(_ diagnostics: [Diagnostic], kind: String) -> String {
    guard !diagnostics.isEmpty else { return "" }
    let renderer = DiagnosticRenderer(useColor: false)
    return diagnostics.map {
      "<pre class=\"diagnostic \(kind)\">\(HTML.escape(renderer.render($0)))</pre>\n"
    }.joined()
  }
}
