import Testing

@testable import TupuText

/// Generated pages from the genre's pieces (datelines, quotes, captions, spaced lines, column
/// breaks, boilerplate): whatever the layout, reading never fails and offsets always hold.
@Suite("Generated pages")
struct RandomTextTests {
  static let pieces = [
    "魏都区", "召开", "会议", "。", "！", "？", "；", "，", "、", "：", "“", "”", "（", "）", "《", "》",
    "\n", "\n", "\n\n", " ", "　", "４", "7", "A", "b", "摄", "本报讯（记者 张三 通讯员 李四）",
    "（魏宣）", "本报记者 王五", "当前位置：首页 > 新闻", "发布时间：2022-04-14", "……", "许廷合 摄",
    "资料图片", "一、", "\r\n", "!", "?", ",", ";", "(", ")", "\"", "区委书记", "主持", "强 化 统 筹",
    "\u{FEFF}", "\t", "图为", "魏都区颍昌街道", "\n魏都区\n\n", "ICP备", "𠀀",
  ]

  @Test("offsets hold and nothing crashes on 400 generated pages")
  func generated() throws {
    var generator = Xorshift()
    func next(_ bound: Int) -> Int { generator.next(bound) }
    for round in 0..<400 {
      var text = "甲"
      for _ in 0..<(5 + next(120)) { text += Self.pieces[next(Self.pieces.count)] }
      let document = try TextPipeline.read(bytes: Array(text.utf8), path: "generated-\(round).txt")
      #expect(Fixtures.offsetViolations(document) == [], "round \(round): \(text.debugDescription)")
      for article in document.articles {
        for sentence in article.sentences {
          #expect(!sentence.text.isEmpty)
        }
      }
    }
  }

  @Test("one long line without breaks reads")
  func longLine() throws {
    let text = String(repeating: "魏都区召开会议，研究部署工作", count: 20_000) + "。"
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "long.txt")
    #expect(document.articles.flatMap(\.sentences).count == 1)
    #expect(Fixtures.offsetViolations(document) == [])
  }

  @Test("broken HTML reads without crashing")
  func brokenHTML() throws {
    for html in [
      "<html><body><p>会议召开。<div", "<p>&#xFFFFFFFF; &#0; &bogus; &amp 会议。</p>",
      "<script>never closed 会议。",
      "<!-- unclosed comment 会议。", "<p a=\"x>y\">会议召开。</p>", "<html>< p>会议。</html>",
    ] {
      if let document = try? TextPipeline.read(bytes: Array(html.utf8), path: "broken.html") {
        #expect(Fixtures.offsetViolations(document) == [])
      }
    }
  }
}
