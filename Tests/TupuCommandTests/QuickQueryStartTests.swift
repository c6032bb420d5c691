import Foundation
import Testing

/// `tupu query` in its usual shapes is read without ArgumentParser (a quicker start); anything
/// else goes through ArgumentParser. Both must answer and fail alike.
@Suite("tupu query read quickly or by ArgumentParser, alike")
struct QuickQueryStartTests {
  /// The same run written so that ArgumentParser reads it: `--opt=value` is not a quick shape.
  static func throughArgumentParser(_ arguments: [String]) -> [String] {
    var out: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if ["--db", "--format", "--timeout", "--file"].contains(argument),
        index + 1 < arguments.count
      {
        out.append(argument + "=" + arguments[index + 1])
        index += 2
      } else {
        out.append(argument)
        index += 1
      }
    }
    return out
  }

  @Test(
    "the same answer, output and exit status either way",
    arguments: [
      ["--format", "tsv", "?c : Community, ?c located-in+ 魏都区"],
      ["--format", "json", "--asserted", "?x located-in+ 环城甲"],
      ["--timeout", "5", "count(?c : Community)"],
      ["何长成 chairs ?m", "--format", "csv"],
      ["--explain", "何长成 chairs ?m, ?m reviews ?p"],
      ["assert count(?c : Community) > 5"],
      ["何长成 chairz ?m"],
      ["--format", "table", "何长成 ?p ?o"],
    ])
  func sameEitherWay(query: [String]) throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let quick = try runTupu(["query", "--db", graph.db] + query)
    let parsed = try runTupu(
      ["query"] + Self.throughArgumentParser(["--db", graph.db] + query))
    #expect(quick.0 == parsed.0)
    #expect(quick.1 == parsed.1)
    #expect(quick.2 == parsed.2)
    #expect(!quick.1.isEmpty || !quick.2.isEmpty)
  }

  @Test("a script by -f and by standard input reads alike, with file and line in failures")
  func scripts() throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let script = "assert count(?c : Community) >= 2\n何长成 chairs ?m\nassert count(?c : Community) > 5\n"
    let path = try graph.write("checks.tq", script)
    let quick = try runTupu(["query", "--db", graph.db, "-f", path, "--keep-going"])
    let parsed = try runTupu(["query", "--db=" + graph.db, "--file=" + path, "--keep-going"])
    #expect(quick.0 == 1)
    #expect(quick.0 == parsed.0 && quick.1 == parsed.1 && quick.2 == parsed.2)
    #expect(quick.2.contains("checks.tq:3"))
    let piped = try runTupu(["query", "--db", graph.db], stdin: script)
    #expect(piped.0 == 1)
    #expect(piped.1 == "m\n第7次例会\n")
  }

  @Test(
    "what the quick reading does not take is ArgumentParser's: the usual messages, exit 2",
    arguments: [
      (["--timeout", "-1", "何长成 chairs ?m"], "Missing value for '--timeout"),
      (["何长成 chairs ?m", "-f", "x.tq"], "give a query or -f FILE, not both"),
      (["--format", "xml", "何长成 chairs ?m"], "--format"),
      (["--no-such-option", "何长成 chairs ?m"], "--no-such-option"),
      (["a", "b"], "Unexpected argument 'b'"),
    ])
  func refusedAsBefore(arguments: [String], message: String) throws {
    let graph = try IngestedGraph()
    defer { graph.remove() }
    let (status, output, errors) = try runTupu(["query", "--db", graph.db] + arguments)
    #expect(status == 2)
    #expect(output.isEmpty)
    #expect(errors.contains(message))
  }

  @Test("--help still prints the query command's help")
  func help() throws {
    let (status, output, _) = try runTupu(["query", "--help"])
    #expect(status == 0)
    #expect(output.contains("USAGE: tupu query"))
  }
}
