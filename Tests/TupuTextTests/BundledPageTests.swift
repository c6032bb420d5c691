import Foundation
import Testing

@testable import TupuText

@Suite("The bundled newspaper page (a PDF dump)")
struct BundledPageTests {
  static let storyHeadlines = [
    "李朝锋主持召开十五届区委常委会第27次会议",
    "李朝锋组织召开全区新冠肺炎疫情防控工作专题会",
    "何长成主持召开全区重点项目要素保障第7次工作例会",
    "选派干部“疫”线历练激励干部实干担当",
    "许继社区：“红色网格”巧解“千千结”",
    "一线监督助力人居环境“美”起来",
    "金湾社区：听民意、办实事，“红色治理”解难题",
  ]

  @Test("splits into seven stories with their headlines and five photo captions")
  func articlesAndHeadlines() throws {
    let document = try Fixtures.bundledPage()
    let stories = document.articles.filter { $0.kind == .story }
    let captions = document.articles.filter { $0.kind == .caption }
    #expect(stories.map(\.headline) == Self.storyHeadlines)
    #expect(captions.count == 5)
    #expect(captions.allSatisfy { $0.headline == nil && !$0.sentences.isEmpty })
    #expect(document.articles.count == 12)
    #expect(document.title == Self.storyHeadlines[0])
  }

  @Test("a headline printed after its story still heads that story")
  func trailingHeadlines() throws {
    let document = try Fixtures.bundledPage()
    let byHeadline = Dictionary(
      document.articles.compactMap { article in article.headline.map { ($0, article) } },
      uniquingKeysWith: { first, _ in first })
    let community = try #require(byHeadline["许继社区：“红色网格”巧解“千千结”"])
    #expect(community.byline == "本报记者 张铮")
    #expect(community.sentences.contains { $0.text.hasPrefix("小区是社区的基本单元") })
    #expect(community.sentences.contains { $0.text.contains("《许继社区共建之歌》") })
    #expect(community.sentences.contains { $0.text == "“红色治理”，打通服务群众“最后一公里”" })
    let cadres = try #require(byHeadline["选派干部“疫”线历练激励干部实干担当"])
    #expect(cadres.section == "魏都区")
    #expect(cadres.byline == "记者 许廷合 通讯员 李玎")
    #expect(cadres.sentences.dropFirst().first?.text.hasPrefix("今年以来") == true)
    let supervision = try #require(byHeadline["一线监督助力人居环境“美”起来"])
    #expect(supervision.section == "魏都区颍昌街道")
    #expect(supervision.sentences.contains { $0.text.contains("侯新华介绍") })
  }

  @Test("the headline is the first sentence, marked, with offsets of its own lines")
  func headlineSentence() throws {
    let document = try Fixtures.bundledPage()
    for article in document.articles where article.kind == .story {
      let first = try #require(article.sentences.first)
      #expect(first.isHeadline)
      #expect(first.text == article.headline)
      #expect(article.sentences.dropFirst().allSatisfy { !$0.isHeadline })
    }
  }

  @Test("datelines and sign-offs are bylines, not sentence text")
  func datelinesAndSignOffs() throws {
    let document = try Fixtures.bundledPage()
    let sentences = Fixtures.allSentences(document)
    #expect(!sentences.contains { $0.contains("本报讯") || $0.contains("（魏宣）") })
    #expect(document.articles.filter { $0.byline == "魏宣" }.count == 3)
    let captions = document.articles.filter { $0.kind == .caption }
    #expect(captions.compactMap(\.byline).filter { $0.hasSuffix("摄") }.count == 4)
  }

  @Test(
    "no name is split across a line break",
    arguments: [
      "李朝锋", "何长成", "范学政", "侯新华", "王小五", "孙卫东", "张巧云", "何根华", "李晓",
    ])
  func namesWhole(name: String) throws {
    let document = try Fixtures.bundledPage()
    let inSentences = Fixtures.occurrences(
      of: name, in: Fixtures.allSentences(document).joined(separator: "\n"))
    let inPage = Fixtures.occurrences(of: name, in: LayoutText.compacted(document.originalText))
    #expect(inSentences > 0)
    #expect(inSentences == inPage)
  }

  @Test("spaced-out justified lines are joined")
  func spacedLinesJoined() throws {
    let sentences = Fixtures.allSentences(try Fixtures.bundledPage())
    #expect(sentences.contains("强化统筹联动，凝聚工作合力。"))
    #expect(sentences.contains { $0.hasPrefix("4月1日下午，魏都区委书记李朝锋主持召开十五届区委常委会第27次会议") })
    #expect(sentences.contains { $0.contains("用党员干部的辛苦指数换取人民幸福指数") })
    #expect(!sentences.contains { $0.contains(" ") })
  }

  @Test("a column break in the middle of a sentence does not end it")
  func columnBreaks() throws {
    let sentences = Fixtures.allSentences(try Fixtures.bundledPage())
    #expect(sentences.contains { $0.contains("以高度的政治责任感和使命感落实落细各项防控措施") })
    #expect(sentences.contains { $0.contains("密切联系群众的优势转化为治理效能") })
    #expect(sentences.contains { $0.contains("今年以来，该街道纪工委督促整改人居环境整治问题63个") })
  }

  @Test("enumerations under one lead-in stay one sentence")
  func enumerationsWhole() throws {
    let sentences = Fixtures.allSentences(try Fixtures.bundledPage())
    #expect(sentences.contains { $0.hasPrefix("李朝锋要求，") && $0.hasSuffix("等要求落到实处。") })
    #expect(sentences.contains { $0.hasPrefix("就做好下一步项目建设工作，何长成要求") && $0.contains("分包科级干部要躬身入局") })
  }

  @Test("every sentence maps back to its original text")
  func offsets() throws {
    let document = try Fixtures.bundledPage()
    #expect(Fixtures.offsetViolations(document) == [])
    #expect(document.contentHash.count == 64)
  }

  @Test("a GB18030 copy reads the same articles and sentences")
  func gb18030Copy() throws {
    let original = try Fixtures.bundledPage()
    let data = try #require(
      original.originalText.data(using: String.Encoding(rawValue: 0x8000_0632)))
    #expect(String(data: data, encoding: .utf8) == nil)
    let copy = try TextPipeline.read(bytes: [UInt8](data), path: "page-gb18030.txt")
    #expect(copy.encoding == "GB18030")
    #expect(copy.originalText == original.originalText)
    #expect(copy.articles.map(\.headline) == original.articles.map(\.headline))
    #expect(Fixtures.allSentences(copy) == Fixtures.allSentences(original))
    #expect(
      copy.articles.flatMap { $0.sentences.map(\.start) }
        == original.articles.flatMap { $0.sentences.map(\.start) })
    #expect(copy.contentHash != original.contentHash)
  }

  @Test("CRLF line ends and a byte-order mark change nothing but the offsets' base")
  func crlfAndBOM() throws {
    let original = try Fixtures.bundledPage()
    let crlf = original.originalText.replacingOccurrences(of: "\n", with: "\r\n")
    let document = try TextPipeline.read(
      bytes: [0xEF, 0xBB, 0xBF] + Array(crlf.utf8), path: "page-crlf.txt")
    #expect(document.articles.map(\.headline) == original.articles.map(\.headline))
    #expect(Fixtures.allSentences(document) == Fixtures.allSentences(original))
    #expect(Fixtures.offsetViolations(document) == [])
    #expect(!document.originalText.hasPrefix("\u{FEFF}"))
  }
}

@Suite("Another page layout: headlines before their stories, no sign-offs")
struct HeadlineFirstPageTests {
  static let page = """
    东风镇召开秋季防火
    工作部署会

    本报讯（记者 赵明 通讯员 钱亮）
    10 月 8 日，东风镇党委书记孙强主
    持召开秋季防火工作部署会，镇长
    周伟出席会议。
    会议要求，各村要压实责任，加强
    巡查；要做好宣传，提高群众防火
    意识。

    西山街道开展
    消防安全大检查

    本报讯（记者 吴迪）连日来，西山街
    道组织工作人员深入辖区商铺、小区
    开展消防安全大检查，共排查隐患
    12 处，已全部整改到位。
    街道负责人表示，将持续加强日常
    巡查，筑牢安全防线。

    工作人员检查消防器材。 吴迪 摄

    北湖社区举办
    文艺汇演

    10 月 6 日晚，北湖社区在文化广场
    举办文艺汇演，居民们载歌载舞，欢
    度佳节。社区党委书记郑华致辞。
    """

  @Test("three stories with their headlines and datelines, one caption")
  func articles() throws {
    let document = try TextPipeline.read(bytes: Array(Self.page.utf8), path: "page2.txt")
    #expect(
      document.articles.map(\.headline) == [
        "东风镇召开秋季防火工作部署会", "西山街道开展消防安全大检查", nil, "北湖社区举办文艺汇演",
      ])
    #expect(document.articles.map(\.kind) == [.story, .story, .caption, .story])
    #expect(document.articles.map(\.byline) == ["记者 赵明 通讯员 钱亮", "记者 吴迪", "吴迪 摄", nil])
    #expect(Fixtures.allSentences(document).contains("10月8日，东风镇党委书记孙强主持召开秋季防火工作部署会，镇长周伟出席会议。"))
    #expect(Fixtures.offsetViolations(document) == [])
  }
}
