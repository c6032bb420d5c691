import Testing

@testable import TupuText

@Suite("Sentences")
struct SentenceTests {
  private func sentences(_ text: String) throws -> [String] {
    Fixtures.allSentences(try TextPipeline.read(bytes: Array(text.utf8), path: "s.txt"))
  }

  @Test("a full stop inside quotes does not end the sentence; the attribution stays with it")
  func quotes() throws {
    #expect(
      try sentences("“我们将继续努力。明年更好！”王书记说。会议结束。") == [
        "“我们将继续努力。明年更好！”王书记说。", "会议结束。",
      ])
  }

  @Test("book titles and brackets are respected")
  func brackets() throws {
    #expect(
      try sentences("会议学习了《关于加强工作的意见。》（试行。）全文。散会。") == [
        "会议学习了《关于加强工作的意见。》（试行。）全文。", "散会。",
      ])
  }

  @Test("an enumeration under a lead-in stays whole; independent clauses split at ；")
  func semicolons() throws {
    #expect(
      try sentences("书记要求，一要压实责任；二要加强巡查；三要做好宣传。") == [
        "书记要求，一要压实责任；二要加强巡查；三要做好宣传。"
      ])
    let independent =
      "今年一月，社区投资三十余万元安装了近五百盏太阳能路灯，覆盖了社区所有的主干道路和背街小巷；"
      + "与此同时，街道办事处还在辖区内新建了两个便民服务站和一个老年活动中心，方便居民办事和休闲。"
    #expect(try sentences(independent).count == 2)
  }

  @Test("an ellipsis followed by a new sentence ends the first one")
  func ellipsis() throws {
    #expect(
      try sentences("难题一个个得到解决……4月1日，记者来到社区。") == [
        "难题一个个得到解决……", "4月1日，记者来到社区。",
      ])
  }

  @Test("ASCII ! and ? end sentences too")
  func asciiTerminals() throws {
    #expect(try sentences("真好!还要继续吗?当然。") == ["真好!", "还要继续吗?", "当然。"])
  }
}

@Suite("Sentences across quotes that run on")
struct RunOnQuoteTests {
  @Test("a quote opened and not closed in its paragraph does not swallow the paragraph")
  func runOnQuote() throws {
    let text = "“第一，要压实责任。第二，要加强巡查。\n\n第三，要做好宣传。”书记说。"
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "q.txt")
    #expect(
      Fixtures.allSentences(document) == [
        "“第一，要压实责任。", "第二，要加强巡查。", "第三，要做好宣传。”书记说。",
      ])
  }
}

@Test("（完） closes a story and is no sentence")
func endMark() throws {
  let document = try TextPipeline.read(bytes: Array("会议召开。会议结束。（完）".utf8), path: "end.txt")
  #expect(Fixtures.allSentences(document) == ["会议召开。", "会议结束。"])
  #expect(document.articles.first?.byline == nil)
}
