import Foundation
import Testing
import TupuExtract
import TupuText

/// Pages copied through mirror sites with a pinyin reading after characters (項(xiàng)目): the
/// reading is not text; repair drops it.
@Suite("Pages with pinyin readings")
struct PinyinReadingTests {
  static let simplified = TraditionalScriptTests.simplified
  static let pinyin = """
    青溪县召开县政府常务会议
    6月3日，青溪县委书记张三丰主持召开县政府常务会议，研究部署青石镇污水处理厂项(xiàng)目建设工作。县长(zhǎng)李四光出席会议。
    """

  @Test("a page with pinyin readings after characters gives the same facts as without them")
  func pinyinPage() throws {
    #expect(try Fixtures.facts(of: Self.pinyin) == Fixtures.facts(of: Self.simplified))
  }

  @Test("a sentence with readings dropped keeps its offsets into the original")
  func offsetsIntoOriginal() throws {
    let document = try TextPipeline.read(bytes: Array(Self.pinyin.utf8), path: "x.txt")
    let original = Array(document.originalText.unicodeScalars)
    let sentence = try #require(
      document.articles.flatMap(\.sentences).first { $0.text.contains("张三丰主持召开") })
    #expect(sentence.text.contains("项目建设"))
    let span = String(String.UnicodeScalarView(original[sentence.start..<sentence.end]))
    let line = Self.pinyin.split(separator: "\n")[1]
    let stop = try #require(line.firstIndex(of: "。"))
    #expect(span == String(line[...stop]))
    #expect(span.contains("项(xiàng)目"))
  }

  @Test(
    "a bracket after a character is a reading only when it is Latin with a tone mark",
    arguments: [
      ("项(xiàng)目", "项目"), ("长（zhǎng）", "长"), ("人工智能(AI)", "人工智能(AI)"),
      ("合作(PPP)模式", "合作(PPP)模式"), ("青溪(2023年)", "青溪(2023年)"),
    ])
  func readings(text: String, repaired: String) throws {
    let document = try TextPipeline.read(bytes: Array("青溪县推进\(text)工作。".utf8), path: "x.txt")
    let sentence = try #require(document.articles.first?.sentences.last)
    #expect(sentence.text.contains(repaired))
  }
}
