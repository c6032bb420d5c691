import Testing
@testable import TupuText

@Test("a sentence ends at a full stop")
func sentenceEndsAtFullStop() throws {
  let document = try TextPipeline.read(bytes: Array("甲乙丙丁。戊己庚辛。".utf8), path: "x.txt")
  #expect(document.articles.flatMap(\.sentences).map(\.text) == ["甲乙丙丁。", "戊己庚辛。"])
}
