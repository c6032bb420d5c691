import Foundation
import Testing
import TupuGraph
@testable import TupuQuery
@testable import TupuStore

/// Runs `text` and renders its rows as TSV (the notes are ignored here).
func tsv(_ session: QuerySession, _ text: String) -> String {
  switch session.run(text) {
  case .rows(let table, _): return ResultFormat.tsv.render(table)
  case .assertion(let outcome): return "assertion \(outcome.passed)"
  case .failure(let failure): return "failure: " + failure.diagnostic.description
  }
}

@Suite("Queries answer over a fixed graph")
struct QueryAnswerTests {
  static let cases: [(String, String)] = [
    // Triple patterns, predicates by id, label and alias; derived facts answer by default.
    ("何长成 reviews ?p", "p\n人才公寓\n微光夜视\n"),
    ("asserted 何长成 reviews ?p", "p\n"),
    ("何长成 主持 ?m", "m\n第7次例会\n"),
    ("何长成 主持召开 ?m", "m\n第7次例会\n"),
    ("?会议 : Meeting, 何长成 主持 ?会议", "会议\n第7次例会\n"),
    // A variable predicate: everything said of one entity.
    ("何长成 ?p ?o", "p\to\nattends\t第27次会议\nchairs\t第7次例会\nreviews\t人才公寓\nreviews\t微光夜视\ntitle\t区长\ntype\tOfficial\n"),
    ("asserted 何长成 ?p ?o", "p\to\nattends\t第27次会议\nchairs\t第7次例会\ntitle\t区长\ntype\tOfficial\n"),
    // Joins.
    ("?m : Meeting, 何长成 chairs ?m, ?m reviews ?p", "m\tp\n第7次例会\t人才公寓\n第7次例会\t微光夜视\n"),
    ("李朝锋 chairs ?m, ?who attends ?m", "m\twho\n第27次会议\t何长成\n第27次会议\t王小五\n"),
    // Class tests include subclasses; classes by label.
    ("?x : Person", "x\n何长成\n张巧云\n李朝锋\n王小五\n"),
    ("?x : 官员", "x\n何长成\n李朝锋\n王小五\n"),
    // `: ?c` ranges over every class of the entity, its superclasses too.
    ("?x : ?c, ?x title _", "x\tc\n何长成\tOfficial\n何长成\tPerson\n李朝锋\tOfficial\n李朝锋\tPerson\n"),
    // Paths: transitive, reflexive, inverse, through a cycle.
    ("?c : Community, ?c located-in+ 魏都区", "c\n庞庄社区\n许继社区\n金湾社区\n"),
    ("金湾社区 located-in+ ?d", "d\n许昌市\n魏北街道\n魏都区\n"),
    ("金湾社区 located-in* ?d", "d\n许昌市\n金湾社区\n魏北街道\n魏都区\n"),
    ("魏都区 ^located-in+ ?x, ?x : Street", "x\n颍昌街道\n魏北街道\n"),
    ("?x located-in+ 环城甲", "x\n环城乙\n环城甲\n"),
    ("环城乙 located-in* ?y", "y\n环城乙\n环城甲\n"),
    ("?s : Street, ?s located-in+ ?d", "s\td\n颍昌街道\t许昌市\n颍昌街道\t魏都区\n魏北街道\t许昌市\n魏北街道\t魏都区\n"),
    ("?a located-in+ ?b, ?a : Place", "a\tb\n环城乙\t环城乙\n环城乙\t环城甲\n环城甲\t环城乙\n环城甲\t环城甲\n"),
    ("金湾社区 located-in+ 许昌市", "yes\n"),
    ("许昌市 located-in+ 金湾社区", "no\n"),
    // Negation, with variables bound only inside.
    ("?p : Official, not ?p attends _", "p\n李朝锋\n"),
    ("?p : Person, not ?p chairs ?m", "p\n张巧云\n王小五\n"),
    ("?p : Official, not (?p chairs ?m, ?m reviews 微光夜视)", "p\n李朝锋\n王小五\n"),
    ("?p : Official, not ?p attends 无此会议", "p\n何长成\n李朝锋\n王小五\n"),
    // Projection, aggregates, order, limit.
    ("find ?p where ?p attends _", "p\n何长成\n王小五\n"),
    ("find ?m, count(?p) where ?p attends ?m order by count(?p) desc", "m\tcount(p)\n第27次会议\t2\n第7次例会\t1\n"),
    ("find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 1", "who\tcount(m)\n何长成\t1\n"),
    ("find count(?p) where ?p : Project", "count(p)\n3\n"),
    ("count(?p : Project)", "count\n3\n"),
    ("find ?p, count(*) where ?p attends ?m group by ?p order by ?p desc", "p\tcount\n王小五\t2\n何长成\t1\n"),
    // `_` is no variable: solutions differing only under `_` are one solution.
    ("find ?p, count(*) where ?p attends _ order by ?p", "p\tcount\n何长成\t1\n王小五\t1\n"),
    ("?x : Person order by ?x desc limit 2", "x\n王小五\n李朝锋\n"),
    ("find count(?m) where ?p attends ?m", "count(m)\n2\n"),
    // Ground patterns answer yes or no.
    ("何长成 reviews 微光夜视", "yes\n"),
    ("asserted 何长成 reviews 微光夜视", "no\n"),
    // Names with quotes and SQL metacharacters are values, never SQL.
    (#""a'b\"; DROP TABLE facts; --" sponsors ?c"#, "c\n许继社区\n"),
    ("?o sponsors ?c", "o\tc\nAcme Works\t人才公寓\na'b\"; DROP TABLE facts; --\t许继社区\n魏都区烟草局\t金湾社区\n"),
    (#""Acme Works" sponsors ?x"#, "x\n人才公寓\n"),
    // Names the graph lacks give no rows.
    ("无此人 chairs ?m", "m\n"),
    ("?x title 区长", "x\n何长成\n"),
  ]

  @Test("each query gives exactly its expected rows, in order", arguments: cases)
  func answers(query: String, expected: String) throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    #expect(tsv(try graph.session(), query) == expected)
  }

  @Test("a query with SQL in a name leaves the store intact")
  func injection() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let session = try graph.session()
    _ = tsv(session, #""a'b\"; DROP TABLE facts; --" ?p ?o"#)
    #expect(tsv(session, "count(?x : Organization)") == "count\n3\n")
  }

  @Test("a missing name gives an empty answer and a note with the nearest names")
  func missingName() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    guard case .rows(let table, let notes) = try graph.session().run("何长城 chairs ?m") else {
      Issue.record("expected rows")
      return
    }
    #expect(table.rows.isEmpty)
    #expect(
      notes.map(\.description) == [
        """
        note: no term named “何长城” in the graph, so nothing matches
         --> query:1
          = hint: did you mean 何长成?
        """
      ])
  }
}

@Suite("The facts behind an answer (.why)")
struct SupportingFactTests {
  @Test("each row's facts come back, derived ones with their rule")
  func why() throws {
    let graph = try FixtureGraph()
    defer { graph.remove() }
    let session = try graph.session()
    guard case .rows(let table, _) = session.run("何长成 chairs ?m, ?m reviews 微光夜视") else {
      Issue.record("expected rows")
      return
    }
    #expect(table.rows.count == 1)
    let facts = try session.supportingFacts()
    #expect(
      facts.map { "\($0.subject) \($0.predicate) \($0.object)" } == [
        "何长成 chairs 第7次例会", "第7次例会 reviews 微光夜视",
      ])
    _ = session.run("何长成 reviews ?p")
    #expect(try session.supportingFacts().map(\.derivedBy) == ["chair-reviews", "chair-reviews"])
  }
}

@Suite("A running query can be stopped")
struct InterruptTests {
  @Test("interrupt() from another thread stops a long query; the session answers the next one")
  func interrupt() throws {
    let graph = try FixtureGraph(facts: mediumFacts())
    defer { graph.remove() }
    let session = try graph.session()
    // NB: sqlite3_interrupt is a no-op while no statement runs, so one call that lands before
    // the query starts (a loaded machine) is lost: the stopper calls again until it is over.
    let finished = DispatchSemaphore(value: 0)
    let stopped = DispatchSemaphore(value: 0)
    let stopper = Thread {
      while finished.wait(timeout: .now() + 0.3) == .timedOut { session.interrupt() }
      stopped.signal()
    }
    stopper.start()
    // Three unrelated patterns: a cross product of billions of rows.
    let outcome = session.run("count(?a ?p ?b, ?c ?q ?d, ?e ?r ?f)")
    finished.signal()
    stopped.wait()
    guard case .failure(let failure) = outcome else {
      Issue.record("the query was not stopped")
      return
    }
    #expect(failure.kind == .store)
    #expect(failure.diagnostic.message == "the query was interrupted")
    #expect(tsv(session, "count(?c : Community)") == "count\n432\n")
  }
}
