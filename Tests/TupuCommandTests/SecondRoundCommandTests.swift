import Foundation
import Testing

@Suite("The second round of the query language, end to end")
struct SecondRoundCommandTests {
  @Test("a class test on a name answers, explains and exports (it once failed to prepare, exit 3)")
  func classTestOnName() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    #expect(try runTupu(["query", "--db", graph.db, "何长成 : Official"]).1 == "yes\n")
    let explained = try runTupu(["query", "--db", graph.db, "--explain", "何长成 : Official"])
    #expect(explained.0 == 0)
    #expect(explained.1.hasPrefix("SELECT 1 WHERE EXISTS"))
    let exported = try runTupu([
      "export", "--db", graph.db, "--format", "tsv", "--query", "?x : Person, not ?x : Meeting",
    ])
    #expect(exported.0 == 0)
    #expect(exported.1.contains("何长成\ttype\tOfficial"))
  }

  @Test("a find over lines with order by on its own line runs as one statement, script or pipe")
  func multiLineFind() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let text = "find ?m, count(?c)\n  where ?c located-in+ ?m\n  order by count(?c) desc limit 1\n"
    let script = try graph.write("q.tq", text)
    #expect(try runTupu(["query", "--db", graph.db, "-f", script]).1 == "m\tcount(c)\n魏都区\t3\n")
    // A piped REPL prints TSV, as a piped `tupu query` does.
    let piped = try runTupu(["repl", "--db", graph.db, "--no-init"], stdin: text)
    #expect(piped.0 == 0)
    #expect(piped.1 == "m\tcount(c)\n魏都区\t3\n")
  }

  @Test("from ?doc and evidence ?s report where a stated fact was read; derived facts have none")
  func provenance() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let path = graph.folder.appendingPathComponent("graph.tsv").path
    let (status, output, _) = try runTupu([
      "query", "--db", graph.db, "何长成 chairs ?m from ?doc evidence ?s",
    ])
    #expect(status == 0)
    // A facts-file line keeps no sentence: the line is the fact itself.
    #expect(output == "m\tdoc\ts\n第7次例会\t\(path)\t何长成\\tchairs\\t第7次例会\n")
    #expect(
      try runTupu(["query", "--db", graph.db, "find ?doc, count(?x) where ?x located-in ?y from ?doc"]).1
        == "doc\tcount(x)\n\(path)\t5\n")
    #expect(try runTupu(["query", "--db", graph.db, "何长成 reviews ?p from ?doc"]).1 == "p\tdoc\n")
  }

  @Test("describe takes a part of a name: one match is described, several are listed")
  func describePart() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let one = try runTupu(["describe", "--db", graph.db, "长成"])
    #expect(one.0 == 0)
    #expect(one.1.hasPrefix("何长成 : Official\n"))
    let several = try runTupu(["describe", "--db", graph.db, "社区"])
    #expect(several.0 == 3)
    #expect(several.2.contains("“社区” is part of 2 names"))
    #expect(several.2.contains("describe one of: 许继社区, 金湾社区"))
  }
}
