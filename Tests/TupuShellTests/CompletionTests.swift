import Testing

@testable import TupuShell

@Suite("Tab completion candidates")
struct CompletionTests {
  let completer = Completer(backend: FakeBackend())

  func words(
    _ before: String, _ word: String, after: String = "", pending: String = ""
  ) -> [String] {
    let answer = completer.complete(
      Completer.Request(pending: pending, before: before, word: word, after: after))
    guard case .words(let words) = answer else { return ["<files>"] }
    return words
  }

  @Test("a CJK prefix completes entity names and Chinese predicate labels")
  func cjkPrefix() {
    #expect(words("", "何") == ["何根华", "何长成"])
    #expect(words("何长成 ", "主") == ["主持", "主持召开"])
    #expect(words("?m ", "魏") == ["魏北街道", "魏都区"])
  }

  @Test("a predicate prefix completes predicate ids")
  func predicatePrefix() {
    #expect(words("何长成 ", "ch") == ["chairs"])
    #expect(words("?c ", "loc") == ["located-in"])
    #expect(words("?c ", "co") == ["convenes", "count"])
  }

  @Test("after a colon only classes are offered, by id or Chinese label")
  func classes() {
    #expect(words("?p : ", "O") == ["Official"])
    #expect(words("?p : ", "官") == ["官员"])
    #expect(words("?p :", "P") == ["Person", "Project"])
  }

  @Test("a ? completes the variables already in the statement, earlier lines included")
  func variables() {
    #expect(words("?m : Meeting, 何长成 chairs ?m, ?m reviews ", "?") == ["?m"])
    #expect(
      words("?项目 reviews ", "?会", after: ", ?会议 : Meeting", pending: "?人 chairs ?会议,")
        == ["?会议"])
    #expect(words("?项目 : Project, ?项目 reviews ", "?项") == ["?项目"])
    #expect(words("find ", "?x") == [])
  }

  @Test("a dot at the start completes dot-commands; their arguments complete too")
  func dotCommands() {
    #expect(words("", ".") == Shell.commandNames.sorted())
    #expect(words("", ".e") == [".echo", ".exit", ".explain"])
    #expect(words(".mode ", "t") == ["table", "tsv"])
    #expect(words(".timer ", "o") == ["on", "off"])
    #expect(words(".describe ", "何") == ["何根华", "何长成"])
    #expect(words(".help ", "d") == ["describe", "dot"])
    #expect(words(".read ", "") == ["<files>"])
    #expect(words(".explain 何长成 ", "ch") == ["chairs"])
  }

  @Test("inside a statement, a dot is not a command")
  func dotInsideStatement() {
    #expect(words("", ".e", pending: "?m : Meeting,") == [])
  }
}
