import Foundation
import Testing
import TupuExtract
import TupuGraph
import TupuText

/// Pages copied through mirror sites converted to traditional script: Tupu reads them as their
/// simplified twins; offsets and evidence point into the original.
@Suite("Pages in traditional script")
struct TraditionalScriptTests {
  static let simplified = """
    青溪县召开县政府常务会议
    6月3日，青溪县委书记张三丰主持召开县政府常务会议，研究部署青石镇污水处理厂项目建设工作。县长李四光出席会议。
    """
  static let traditional = """
    青溪縣召開縣政府常務會議
    6月3日，青溪縣委書記張三豐主持召開縣政府常務會議，研究部署青石鎮污水處理廠項目建設工作。縣長李四光出席會議。
    """

  @Test("a page in traditional script gives the same facts as its simplified twin")
  func traditionalPage() throws {
    let expected = try Fixtures.facts(of: Self.simplified)
    #expect(expected.contains("张三丰 : Official"))
    #expect(try Fixtures.facts(of: Self.traditional) == expected)
  }

  @Test("sentences of a traditional page are simplified, their offsets point into the original")
  func offsetsIntoOriginal() throws {
    let document = try TextPipeline.read(bytes: Array(Self.traditional.utf8), path: "x.txt")
    #expect(document.isTraditional)
    let original = Array(document.originalText.unicodeScalars)
    let sentence = try #require(
      document.articles.flatMap(\.sentences).first { $0.text.contains("张三丰主持召开") })
    #expect(sentence.text.contains("项目建设") && sentence.text.contains("青石镇"))
    let span = String(String.UnicodeScalarView(original[sentence.start..<sentence.end]))
    let line = Self.traditional.split(separator: "\n")[1]
    let stop = try #require(line.firstIndex(of: "。"))
    #expect(span == String(line[...stop]))
    #expect(sentence.printed == span)
  }

  @Test("a fact read on a traditional page names in simplified script, its evidence as printed")
  func evidenceAsPrinted() throws {
    let document = try TextPipeline.read(bytes: Array(Self.traditional.utf8), path: "x.txt")
    let graph = Extractor(ontology: try Fixtures.builtInOntology()).extract(document)
    let official = try #require(graph.facts.first { $0.subject == "张三丰" })
    #expect(official.evidence?.text.contains("青溪縣委書記張三豐主持召開") == true)
  }

  @Test("a traditional page dates itself after its cue as its simplified twin does")
  func datedAfterCue() throws {
    let page = "青溪縣召開縣政府常務會議\n發佈時間：2023年6月20日\n" + Self.traditional
    let document = try TextPipeline.read(bytes: Array(page.utf8), path: "x.txt")
    #expect(document.published?.iso == "2023-06-20")
  }

  @Test("a simplified page with one traditional variant is read as printed")
  func strayVariant() throws {
    let text = Self.simplified.replacingOccurrences(of: "研究部署", with: "研究部署於")
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "x.txt")
    #expect(document.articles.flatMap(\.sentences).contains { $0.text.contains("部署於青石镇") })
  }
}
