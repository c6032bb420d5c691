import Foundation
import Testing
import TupuGraph
@testable import TupuQuery
@testable import TupuStore

/// The bugs the differential run against Oxigraph found, each as the behaviour it now has.
@Suite("The second round: what the independent engine found")
struct SecondRoundBugTests {
  static let cases: [(String, String)] = [
    // A class test with a name as subject, or a `not` of class tests only, is valid SQL.
    ("何长成 : Official", "yes\n"),
    ("何长成 : Project", "no\n"),
    ("何长成 类型 人物", "yes\n"),
    ("count(?x : Person, not ?x : Official)", "count\n1\n"),
    ("?x : Person, not (?x : Official)", "x\n张巧云\n"),
    ("?x : Person, not (?x : Official, ?x : Person)", "x\n张巧云\n"),
    // Columns come in the order the variables are written, `^` or not.
    ("?m ^chairs ?who", "m\twho\n第27次会议\t李朝锋\n第7次例会\t何长成\n"),
    ("?m ^chairs ?who, ?who title ?t", "m\twho\tt\n第27次会议\t李朝锋\t区委书记\n第7次例会\t何长成\t区长\n"),
    // A `not` inside a `not`: officials all of whose meetings review 微光夜视.
    ("?p : Official, not (?p chairs ?m, not (?m reviews 微光夜视))", "p\n何长成\n王小五\n"),
    // `: ?c` ranges over every class, and counts agree with `: Person`.
    ("何长成 : ?c", "c\nOfficial\nPerson\n"),
    ("find ?c, count(?x) where ?x : ?c, ?c = Person", "c\tcount(x)\nPerson\t4\n"),
    ("count(?x : Person)", "count\n4\n"),
    ("何长成 type ?c", "c\nOfficial\nPerson\n"),
    // A `type` pattern is a class test: subclasses included.
    ("?x type Person", "x\n何长成\n张巧云\n李朝锋\n王小五\n"),
    ("?x 类型 人物", "x\n何长成\n张巧云\n李朝锋\n王小五\n"),
    // A path whose ends are both variables, one bound first: a walk from the bound side.
    ("find ?d, count(?c) where ?d : District, ?c : Community, ?c located-in+ ?d",
     "d\tcount(c)\n魏都区\t3\n"),
    ("?s : Street, ?s located-in+ ?d, ?d : City", "s\td\n颍昌街道\t许昌市\n魏北街道\t许昌市\n"),
  ]

  @Test("each query gives exactly its expected rows", arguments: cases)
  func answers(query: String, expected: String) throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    #expect(tsv(try graph.session(), query) == expected)
  }

  @Test("an assertion of a class test on a name runs (it once failed to prepare)")
  func assertion() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    guard case .assertion(let outcome) = try graph.session().run("assert 何长成 : Official") else {
      Issue.record("expected an assertion")
      return
    }
    #expect(outcome.passed)
  }

  @Test("a path with both ends variable walks from the bound end: no closure of every pair")
  func seededWalk() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let query = "find ?d, count(?c) where ?d : District, ?c : Community, ?c located-in+ ?d"
    let explanation = try graph.session().explain(query).get()
    // The walk starts from the districts the first step found, and carries its start along.
    #expect(explanation.sql.contains("r2(s, n) AS (SELECT seed.x, w.s FROM (SELECT DISTINCT f1.s AS x"))
    #expect(!explanation.sql.contains("(a, b)"))
  }

  @Test("the walk starts from the smaller class, whichever is written first")
  func smallerSideFirst() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let session = try graph.session()
    for text in [
      "find ?d, count(?c) where ?c : Community, ?d : District, ?c located-in+ ?d",
      "find ?d, count(?c) where ?d : District, ?c : Community, ?c located-in+ ?d",
    ] {
      let steps = try session.plan(text).plan.steps
      #expect(steps.first == .classTest(subject: .variable("d"), classes: ["District"]), "\(text)")
      #expect(tsv(session, text) == "d\tcount(c)\n魏都区\t3\n")
    }
    // Without a path both ends open, the order stays the written one.
    let written = try session.plan("?c : Community, ?d : District").plan.steps
    #expect(written.first == .classTest(subject: .variable("c"), classes: ["Community"]))
  }

  @Test("a find spread over lines, `order by … limit` on its own line, is one statement")
  func multiLineFind() {
    let text = """
      find ?who, count(?m)
        where ?who chairs ?m
        order by count(?m) desc limit 5
      ?p : Official
      or ?p : Project
      何长成 chairs ?m
      """
    let entries = StatementReader().statements(in: text)
    #expect(entries.map(\.line) == [1, 4, 6])
    #expect(entries[0].text.hasSuffix("order by count(?m) desc limit 5"))
  }
}

/// The words analysts reach for first, each with its answer on the fixture graph.
@Suite("The analyst's new words answer over a fixed graph")
struct NewWordTests {
  static let cases: [(String, String)] = [
    // Text filters on names.
    ("?b : Organization, ?b matches 烟草", "b\n魏都区烟草局\n"),
    (#"?b : Organization, ?b matches "Works""#, "b\nAcme Works\n"),
    ("?x : Community, ?x starts with 许", "x\n许继社区\n"),
    ("?x : Community, ?x ends with 庄社区", "x\n庞庄社区\n"),
    ("?x title ?t, ?t starts with 区委", "x\tt\n李朝锋\t区委书记\n"),
    // Or: between patterns, and alternative predicates (in paths too).
    ("?p title 区长 or ?p title 区委书记", "p\n何长成\n李朝锋\n"),
    ("?p : Official, (?p chairs 第7次例会 or ?p attends 第7次例会)", "p\n何长成\n王小五\n"),
    ("?x chairs|attends 第27次会议", "x\n何长成\n李朝锋\n王小五\n"),
    ("?o sponsors|located-in+ 魏都区", "o\na'b\"; DROP TABLE facts; --\n庞庄社区\n许继社区\n金湾社区\n颍昌街道\n魏北街道\n魏都区烟草局\n"),
    // Comparisons: != between variables and with names, < on text.
    ("?a attends ?m, ?b attends ?m, ?a != ?b", "a\tm\tb\n何长成\t第27次会议\t王小五\n王小五\t第27次会议\t何长成\n"),
    ("何长成 ?p ?o, ?p != type, ?p != reviews", "p\to\nattends\t第27次会议\nchairs\t第7次例会\ntitle\t区长\n"),
    ("何长成 ?p ?o, ?p = 主持", "p\to\nchairs\t第7次例会\n"),
    ("?x : Project, ?x < 微", "x\n人才公寓\n"),
    // Optional: officials, with their title when they have one.
    ("?o : Official, optional ?o title ?t", "o\tt\n何长成\t区长\n李朝锋\t区委书记\n王小五\t\n"),
    ("?o : Official, optional (?o chairs ?m, ?m reviews 微光夜视)", "o\tm\n何长成\t第7次例会\n李朝锋\t\n王小五\t\n"),
    ("find ?o, count(?t) where ?o : Official, optional ?o title ?t", "o\tcount(t)\n何长成\t1\n李朝锋\t1\n王小五\t0\n"),
    // having, offset, as.
    ("find ?m, count(?p) where ?p attends ?m having count(?p) >= 2", "m\tcount(p)\n第27次会议\t2\n"),
    ("find ?p as 人 where ?p attends ?m having count(?m) > 1", "人\n王小五\n"),
    ("?x : Person order by ?x limit 2 offset 1", "x\n张巧云\n李朝锋\n"),
    ("?x : Person order by ?x offset 3", "x\n王小五\n"),
    ("find ?who as 人, count(?m) as 次数 where ?who attends ?m", "人\t次数\n何长成\t1\n王小五\t2\n"),
    // Path bounds.
    ("金湾社区 located-in{1,2} ?x", "x\n魏北街道\n魏都区\n"),
    ("金湾社区 located-in{2} ?x", "x\n魏都区\n"),
    ("金湾社区 located-in{2,} ?x", "x\n许昌市\n魏都区\n"),
    ("?c : Community, ?c located-in{3,3} ?x", "c\tx\n庞庄社区\t许昌市\n许继社区\t许昌市\n金湾社区\t许昌市\n"),
    ("环城甲 located-in{0,5} ?x", "x\n环城乙\n环城甲\n"),
    ("?x ^located-in{1,1} 魏都区", "x\n许昌市\n"),
  ]

  @Test("each query gives exactly its expected rows", arguments: cases)
  func answers(query: String, expected: String) throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    #expect(tsv(try graph.session(), query) == expected)
  }

  @Test("the parser reads each new word into its tree", arguments: [
    ("?b matches 银行", "filter ?b matches 银行"),
    ("?b starts with 许", "filter ?b starts 许"),
    ("?a != ?b", "filter ?a != ?b"),
    ("?x chairs|convenes ?m", "triple ?x chairs|convenes ?m"),
    ("?x located-in{1,3} ?y", "triple ?x located-in{1,3} ?y"),
    ("?x located-in{2,} ?y", "triple ?x located-in{2,} ?y"),
    ("?a p ?b or ?a q ?b", "or[triple ?a p ?b | triple ?a q ?b]"),
    ("optional (?a p ?b, ?b q ?c)", "optional[triple ?a p ?b, triple ?b q ?c]"),
    ("not (?a p ?b, not ?b q ?c)", "not[triple ?a p ?b, not[triple ?b q ?c]]"),
    ("?a p ?b from ?d evidence ?s", "sourced[triple ?a p ?b] from ?d evidence ?s"),
  ])
  func parses(text: String, tree: String) throws {
    guard case .query(let query) = try Parser.statement(text) else {
      Issue.record("not a query")
      return
    }
    #expect(query.patterns.map(Self.describe).joined(separator: ", ") == tree)
  }

  static func describe(_ pattern: PatternNode) -> String {
    func term(_ node: NodeTerm) -> String {
      if case .variable(let token) = node { return "?" + token.text }
      return node.token.text
    }
    switch pattern {
    case .triple(let s, .variable(let p), let o): return "triple \(term(s)) ?\(p.text) \(term(o))"
    case .triple(let s, .predicate(let verb), let o):
      var written = (verb.inverse ? "^" : "") + verb.names.map(\.text).joined(separator: "|")
      if let bounds = verb.bounds {
        written += "{\(bounds.minimum),\(bounds.maximum.map(String.init) ?? "")}"
      } else if let repetition = verb.repetition {
        written += repetition.text
      }
      return "triple \(term(s)) \(written) \(term(o))"
    case .classTest(let s, let c): return "class \(term(s)) \(c.text)"
    case .negation(let inner, _): return "not[" + inner.map(describe).joined(separator: ", ") + "]"
    case .optional(let inner, _):
      return "optional[" + inner.map(describe).joined(separator: ", ") + "]"
    case .alternatives(let branches, _):
      return "or[" + branches.map { $0.map(describe).joined(separator: ", ") }
        .joined(separator: " | ") + "]"
    case .filter(let left, let op, let right): return "filter \(term(left)) \(op.text) \(term(right))"
    case .sourced(let triple, let document, let sentence):
      return "sourced[\(describe(triple))]" + (document.map { " from ?" + $0.text } ?? "")
        + (sentence.map { " evidence ?" + $0.text } ?? "")
    }
  }

  @Test("the checker turns each new word into its plan step", arguments: [
    ("?x chairs|convenes ?m",
     "triple(subject: TupuGraph.PlanNode.variable(\"x\"), predicate: TupuGraph.PlanPredicate.oneOf([\"chairs\", \"convenes\"]), object: TupuGraph.PlanNode.variable(\"m\"))"),
    ("?x type Person",
     "classTest(subject: TupuGraph.PlanNode.variable(\"x\"), classes: [\"Person\", \"Official\"])"),
    ("?x located-in{1,3} ?y",
     "boundedPath(subject: TupuGraph.PlanNode.variable(\"x\"), predicates: [\"located-in\"], bounds: TupuGraph.PathBounds(minimum: 1, maximum: Optional(3)), object: TupuGraph.PlanNode.variable(\"y\"))"),
  ])
  func checks(text: String, step: String) throws {
    let plan = try PlannedStatement.plan(text, vocabulary: FixtureGraph.vocabulary).plan
    #expect(plan.steps.map { String(describing: $0) } == [step])
  }

  @Test("the planner puts filters and `not` last and `optional` after what it extends")
  func order() throws {
    let plan = try PlannedStatement.plan(
      "?a != ?b, optional ?a title ?t, ?a attends ?m, ?b attends ?m",
      vocabulary: FixtureGraph.vocabulary
    ).plan
    let kinds = plan.steps.map { step -> String in
      switch step {
      case .triple: "triple"
      case .optional: "optional"
      case .filter: "filter"
      default: "other"
      }
    }
    #expect(kinds == ["triple", "triple", "optional", "filter"])
    // Columns in the order patterns that bind them are written (a filter binds nothing).
    #expect(plan.outputs == [.variable("a"), .variable("t"), .variable("m"), .variable("b")])
  }

  static let errors: [(String, String)] = [
    (
      "?x Official ?y",
      """
      error: `Official` is a class, not a predicate
       --> query:1:4
        |
      1 | ?x Official ?y
        |    ^^^^^^^^
        = hint: test the class with `:`, e.g. `?x : Official`
      """
    ),
    (
      "?x chairs ?m, asserted ?m reviews ?p",
      """
      error: `asserted` goes before the whole query, not inside it
       --> query:1:15
        |
      1 | ?x chairs ?m, asserted ?m reviews ?p
        |               ^^^^^^^^
        = hint: write `asserted` first: `asserted ?x chairs ?m, ?m reviews ?p`
      """
    ),
    (
      "?x : Person, ?y matches 银",
      """
      error: ?y is compared but no pattern binds it
       --> query:1:14
        |
      1 | ?x : Person, ?y matches 银
        |              ^^
        = hint: bind ?y in a pattern of the same group, e.g. `?y : Person`
      """
    ),
    (
      "?x located-in{3,1} ?y",
      """
      error: a path cannot have more steps at least ({3}) than at most ({1})
       --> query:1:14
        |
      1 | ?x located-in{3,1} ?y
        |              ^
        = hint: write the smaller number first, e.g. {1,3}
      """
    ),
    (
      "?x ?p ?y, ?p != 主持 or",
      """
      error: the statement ends too soon
       --> query:1:22
        |
      1 | ?x ?p ?y, ?p != 主持 or
        |                        ^
        = hint: expected a subject: ?variable, name, "quoted name" or _
      """
    ),
  ]

  @Test("mistakes with the new words say what to write", arguments: errors)
  func message(query: String, expected: String) {
    #expect(planError(query) == expected)
  }

  @Test("a missing name that looks like a variable suggests the variable")
  func variableWithoutQuestionMark() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    guard case .rows(_, let notes) = try graph.session().run("何长成 chairs m") else {
      Issue.record("expected rows")
      return
    }
    #expect(notes.map(\.description).joined().contains("did you mean the variable ?m?"))
  }
}
