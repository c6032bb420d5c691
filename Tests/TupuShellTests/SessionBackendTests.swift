import Foundation
import Testing
import TupuGraph
import TupuOntology
import TupuQuery
import TupuStore

@testable import TupuShell

@Suite("The shell on the real query session and store")
struct SessionBackendTests {
  /// A store with one document: an official chairs a meeting that reviews a project.
  static func shell(in folder: URL) throws -> (Shell, Printed) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let vocabulary = try Ontology.load(directory: root.appendingPathComponent("Ontology").path)
      .vocabulary
    let path = folder.appendingPathComponent("graph.sqlite").path
    let store = try GraphStore(path: path)
    try store.setVocabulary(vocabulary)
    func said(_ sentence: Int, _ text: String) -> Evidence {
      Evidence(
        article: 0, sentence: sentence, start: 0, end: text.count, text: text, pattern: "test")
    }
    let chairs = "何长成主持召开重点项目例会。"
    let reviews = "例会听取了微光夜视项目汇报。"
    _ = try store.write([
      DocumentGraph(
        document: DocumentRecord(contentHash: "0123abcd", path: "page.txt"),
        facts: [
          Fact("何长成", typePredicate, .classRef("Official"), evidence: said(0, chairs)),
          Fact("重点项目例会", typePredicate, .classRef("Meeting"), evidence: said(0, chairs)),
          Fact("微光夜视", typePredicate, .classRef("Project"), evidence: said(1, reviews)),
          Fact("何长成", "chairs", .entity("重点项目例会"), evidence: said(0, chairs)),
          Fact("重点项目例会", "reviews", .entity("微光夜视"), evidence: said(1, reviews)),
        ])
    ])
    let session = QuerySession(vocabulary: vocabulary, graph: try QueryEngine(path: path))
    let printed = Printed()
    let shell = Shell(
      backend: SessionBackend(session: session, storePath: path),
      output: { printed.text += $0 }, errors: { printed.text += $0 })
    return (shell, printed)
  }

  @Test("queries by Chinese label, .why with the sentence, derived facts answered directly")
  func queryAndWhy() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (shell, printed) = try Self.shell(in: folder)
    let status = shell.runScript(
      "何长成 主持 ?m\n.why\n.mode tsv\n何长成 reviews ?p\nassert 何长成 reviews 微光夜视\n.why\n")
    #expect(status == 0)
    #expect(
      printed.text == """
        m
        ------------
        重点项目例会
        row 1: 重点项目例会
          何长成 chairs 重点项目例会
            「何长成主持召开重点项目例会。」 page.txt
        p
        微光夜视
        row 1: 微光夜视
          何长成 reviews 微光夜视 (derived by chair-reviews, from the facts below)
          何长成 chairs 重点项目例会
            「何长成主持召开重点项目例会。」 page.txt
          重点项目例会 reviews 微光夜视
            「例会听取了微光夜视项目汇报。」 page.txt

        """)
  }

  @Test(".describe, .stats, .schema and .explain read the store and the vocabulary")
  func commands() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (shell, printed) = try Self.shell(in: folder)
    let status = shell.runScript(
      ".mode tsv\n.describe 微光夜视\n.stats\n.schema\n.explain ?m reviews ?p\n")
    #expect(status == 0)
    let text = printed.text
    #expect(text.contains("重点项目例会\treviews\t微光夜视\tpage.txt: 例会听取了微光夜视项目汇报。\n"))
    #expect(text.contains("\nclass\tMeeting 会议\t1\n"))
    #expect(text.contains("\nchairs\t主持\t"))
    #expect(text.contains("QUERY PLAN"))
  }

  @Test("errors of the real engine: a syntax error exits 2, an unknown name suggests")
  func errors() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (shell, printed) = try Self.shell(in: folder)
    #expect(shell.runScript(".describe 何长城\n") == 3)
    #expect(printed.text.contains("did you mean 何长成?"))
    printed.text = ""
    // A part of a name describes the one entity that contains it.
    #expect(shell.runScript(".describe 长成\n") == 0)
    #expect(printed.text.contains("何长成   chairs"))
    printed.text = ""
    #expect(shell.runScript("何长成 chairs\n") == 2)
    #expect(printed.text.hasPrefix("error: "))
    #expect(printed.text.contains(" --> <stdin>:1:"))
  }

  @Test(".dot writes the last answer's subgraph as DOT")
  func dot() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let (shell, _) = try Self.shell(in: folder)
    let file = folder.appendingPathComponent("g.dot").path
    #expect(shell.runScript("何长成 chairs ?m\n.dot \(file)\n") == 0)
    let dot = try String(contentsOfFile: file, encoding: .utf8)
    #expect(dot.hasPrefix("digraph"))
    #expect(dot.contains("何长成"))
    #expect(dot.contains("重点项目例会"))
  }
}
