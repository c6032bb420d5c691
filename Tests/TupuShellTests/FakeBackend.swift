import Foundation
import TupuDiagnostics
import TupuGraph

@testable import TupuShell

/// A backend that answers a fixed set of statements, so that the shell can be specified
/// without the query engine: it records what it was asked, and fails the rest with a syntax
/// error at the first character.
final class FakeBackend: ShellBackend {
  var answers: [String: StatementOutcome] = [:]
  var received: [Statement] = []
  var entities = ["何长成", "何根华", "十五届区委常委会第27次会议", "微光夜视", "魏都区", "魏北街道"]
  var vocabularyLoads = 0
  /// Statements that run until interrupted.
  var slowStatements: Set<String> = []
  private let interrupted = Flag()
  /// Set while a slow statement runs, so a test fires Ctrl-C only once it is under way.
  let slowStatementRunning = Flag()

  static let vocabulary = Vocabulary(
    classes: [
      .init(id: "Person", label: "人物"),
      .init(id: "Official", label: "官员", parent: "Person"),
      .init(id: "Meeting", label: "会议"),
      .init(id: "Project", label: "项目"),
      .init(id: "District", label: "区/县"),
    ],
    predicates: [
      .init(id: "chairs", label: "主持", aliases: ["主持召开"]),
      .init(id: "convenes", label: "召开", aliases: ["组织召开"]),
      .init(id: "reviews", label: "审议", aliases: ["听取"]),
      .init(id: "located-in", label: "位于"),
    ])

  func run(_ statement: Statement) throws -> StatementOutcome {
    received.append(statement)
    let key = statement.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    if slowStatements.contains(key) {
      interrupted.value = false
      slowStatementRunning.value = true
      defer { slowStatementRunning.value = false }
      let deadline = Date().addingTimeInterval(10)
      while !interrupted.value, Date() < deadline { usleep(1000) }
      throw StatementFailure(.input, [Diagnostic("interrupted")])
    }
    if let outcome = answers[key] {
      if case .rows(let table, _) = outcome { lastAnswer = table }
      return outcome
    }
    let firstLine = statement.text.split(separator: "\n").first.map(String.init) ?? ""
    throw StatementFailure(
      .syntax,
      [
        Diagnostic(
          "unexpected `\(firstLine.prefix { !$0.isWhitespace })`",
          at: SourceLocation(
            source: statement.location.source, line: statement.location.line, column: 1),
          sourceLine: firstLine, hint: "expected a pattern")
      ])
  }

  func explain(_ statement: Statement) throws -> String {
    "SELECT … -- \(statement.text)\nQUERY PLAN\n`--SEARCH facts USING INDEX facts_pos"
  }

  func vocabulary() throws -> Vocabulary {
    vocabularyLoads += 1
    return Self.vocabulary
  }

  func entityNames(prefix: String, limit: Int) throws -> [String] {
    Array(entities.filter { $0.hasPrefix(prefix) }.sorted().prefix(limit))
  }

  func describe(_ name: String) throws -> ResultTable {
    guard entities.contains(name) else {
      throw Diagnostic(
        "no entity named \(name)", hint: Suggestions.hint(for: name, in: entities))
    }
    return ResultTable(
      columns: ["subject", "predicate", "object"],
      rows: [[cell(name), cell("type"), cell("Official")]])
  }

  /// The answer of the last statement that had rows, as a session keeps it.
  var lastAnswer: ResultTable?

  func evidence(rows: [Int]) throws -> [RowEvidence] {
    guard let table = lastAnswer else { return [] }
    return rows.map { row in
      RowEvidence(
        row: row,
        facts: table.rows[row].map(\.description).map { name in
          SupportingFact(
            subject: "何长成", predicate: "chairs", object: name,
            evidence: [
              .init(document: "page.txt", sentence: "何长成主持召开\(name)。", start: 10, end: 30)
            ])
        })
    }
  }

  func dot() throws -> String {
    guard let table = lastAnswer else { throw Diagnostic("no answer") }
    return "digraph {\n"
      + table.rows.flatMap { $0 }.map { "  \"何长成\" -> \"\($0.description)\"\n" }.joined() + "}\n"
  }

  func statistics() throws -> ResultTable {
    ResultTable(
      columns: ["kind", "name", "count"], rows: [[cell("class"), cell("Official"), .integer(2)]])
  }

  func makeInterrupter() -> @Sendable () -> Void {
    let flag = interrupted
    return { flag.value = true }
  }
}

/// A Bool shared with the thread that interrupts.
final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = false
  var value: Bool {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}

/// A result of entity columns, as the fake answers them.
func rows(_ columns: [String], _ values: [[String]]) -> StatementOutcome {
  .rows(ResultTable(columns: columns, rows: values.map { $0.map(cell) }), notes: [])
}

/// An entity cell.
func cell(_ name: String) -> ResultTable.Cell {
  .term(id: 1, kind: 0, text: name)
}
