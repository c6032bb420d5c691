import Foundation
import Testing

@testable import TupuText

@Suite("Text copied or saved from government websites")
struct WebPageTests {
  static let copiedPage = """
    当前位置：首页 > 新闻中心 > 基层动态
    东风镇召开秋季防火工作部署会
    发布时间：2023-10-09 09:30  来源：东风镇人民政府  浏览次数：1024
    【字号：大 中 小】【打印】【关闭】

    10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会，镇长钱亮出席会议。
    会议要求，各村要压实责任，加强巡查；要做好宣传，提高群众防火意识。

    手机扫一扫
    微信公众号
    主办：东风镇人民政府  电话：0000-1234567
    地址：某省某县东风镇人民路1号  ICP备00000000号
    """

  @Test("boilerplate stays out of sentences; the title is the headline")
  func copiedText() throws {
    let document = try TextPipeline.read(bytes: Array(Self.copiedPage.utf8), path: "copied.txt")
    #expect(document.articles.count == 1)
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(document.date == "2023-10-09")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会",
        "10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会，镇长钱亮出席会议。",
        "会议要求，各村要压实责任，加强巡查；要做好宣传，提高群众防火意识。",
      ])
    #expect(document.boilerplate.count == 7)
    #expect(Fixtures.offsetViolations(document) == [])
  }

  /// A menu bar copied with its links spaced out (首 页 区县招商 产业园区 …) is navigation, as a
  /// breadcrumb is; a sentence that merely mentions the home page is not.
  @Test("a menu bar that begins with 首页 stays out of sentences")
  func menuBar() throws {
    let text = """
      首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心
      东风镇召开秋季防火工作部署会
      10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会。
      首页改版后，网站新增了政策解读栏目。
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "menu.txt")
    let sentences = Fixtures.allSentences(document)
    #expect(!sentences.contains { $0.contains("产业园区") })
    #expect(sentences.contains("首页改版后，网站新增了政策解读栏目。"))
  }

  /// Lines under bullets above the headline: a site's own tools (设为首页, 长者版) are navigation,
  /// and each item of a list of links ends at its line's end (short lines make any column look
  /// full); none joins the headline, as they once did as one paragraph.
  @Test(
    "bulleted lines above the headline stay apart from it and from each other",
    arguments: [
      ("• 设为首页\n  • 加入收藏\n  • 无障碍阅读\n  • 长者版\n", "长者版"),
      ("• 甲某：累点没啥，市民满意就好\n  • 乙某某：夫妻携手添色\n", "满意就好•"),
    ])
  func bulletedLines(bullets: String, joined: String) throws {
    let text = bullets + "东风镇召开秋季防火工作部署会\n\n10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会。\n"
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "bullets.txt")
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(!Fixtures.allSentences(document).contains { $0.contains(joined) })
  }

  @Test("ASCII punctuation, CRLF and full-width digits read like their print forms")
  func asciiPunctuation() throws {
    let text = Self.copiedPage
      .replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "：", with: ":")
      .replacingOccurrences(of: "；", with: ";").replacingOccurrences(of: "10月8日", with: "１０月８日")
      .replacingOccurrences(of: "\n", with: "\r\n")
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "ascii.txt")
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会",
        "10月8日,东风镇党委书记赵明主持召开秋季防火工作部署会,镇长钱亮出席会议。",
        "会议要求,各村要压实责任,加强巡查;要做好宣传,提高群众防火意识。",
      ])
    #expect(Fixtures.offsetViolations(document) == [])
  }

  static let savedPage = """
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>东风镇召开会议 - 东风镇政府网</title>
    <style>p { color: red; }</style>
    <script>var html = "<p>不是正文。</p>";</script></head>
    <body><div class="nav">当前位置：<a href="/">首页</a> &gt; 新闻</div>
    <h1>东风镇召开秋季防火工作部署会</h1>
    <div class="info">发布时间：2023-10-09&nbsp;&nbsp;来源：东风镇</div>
    <!-- 正文开始 -->
    <div class="content"><p>10月8日，东风镇党委书记赵明主持召开秋季防火
    工作部署会，镇长钱亮出席会议。</p><p>会议强调，要把&ldquo;防火&rdquo;工作落到实处&#x3002;</p>
    <p>会议还通报了&#20891;民联防情况。<br>会上，各村作了表态发言。</p></div>
    <div class="footer">主办：东风镇人民政府 | 豫ICP备00000000号</div></body></html>
    """

  @Test("a saved HTML page reads as its visible text")
  func savedHTML() throws {
    let document = try TextPipeline.read(bytes: Array(Self.savedPage.utf8), path: "page.html")
    #expect(document.format == "html")
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会",
        "10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会，镇长钱亮出席会议。",
        "会议强调，要把“防火”工作落到实处。",
        "会议还通报了军民联防情况。",
        "会上，各村作了表态发言。",
      ])
    #expect(!document.originalText.contains("color"))
    #expect(!document.originalText.contains("不是正文"))
    #expect(Fixtures.offsetViolations(document) == [])
  }

  /// A body copied from a page's source, or a CMS field exported as stored, keeps its tags in a
  /// text file; read as text, a name would run into `</p><p>` and a sentence be lost.
  @Test("a text file with an article body's tags reads as its visible text, its lines kept")
  func markedUpText() throws {
    let text = """
      东风镇召开秋季防火工作部署会
      <p>10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会。</p><p>镇长钱亮出席会议。</p>
      <p style="text-indent:2em">会议强调，要把&ldquo;防火&rdquo;工作落到实处。<br/>
      会上，各村作了表态发言。</p>
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "body.txt")
    #expect(document.format == "html")
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会",
        "10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会。",
        "镇长钱亮出席会议。",
        "会议强调，要把“防火”工作落到实处。",
        "会上，各村作了表态发言。",
      ])
    #expect(Fixtures.offsetViolations(document) == [])
  }

  @Test(
    "angle brackets in plain text are text",
    arguments: [
      "东风镇召开会议\n会议要求，增速<5%的村要说明原因。\n会上，<东风镇志>编写组作了发言。\n",
      "东风镇召开会议\n会上，A<B，<p>这个写法只出现一次。\n",
    ])
  func anglesInText(text: String) throws {
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "plain.txt")
    #expect(document.format == "text")
    #expect(document.originalText == text)
  }

  @Test("a GB18030 HTML page decodes too")
  func gb18030HTML() throws {
    let data = try #require(Self.savedPage.data(using: String.Encoding(rawValue: 0x8000_0632)))
    let document = try TextPipeline.read(bytes: [UInt8](data), path: "page.htm")
    #expect(document.encoding == "GB18030")
    #expect(document.title == "东风镇召开秋季防火工作部署会")
  }

  @Test(
    "every dev article maps back to its original text",
    .enabled(if: !Fixtures.devArticlePaths().isEmpty))
  func devArticles() throws {
    for path in Fixtures.devArticlePaths() {
      let document = try TextPipeline.read(path: path)
      #expect(Fixtures.offsetViolations(document) == [], "\(path)")
      #expect(!document.articles.isEmpty, "\(path)")
      let sentences = Fixtures.allSentences(document)
      for furniture in ["当前位置", "阅读次数", "手机扫一扫", "ICP备", "主办:", "扫二维码", "分享到"] {
        #expect(!sentences.contains { $0.contains(furniture) }, "\(path): \(furniture)")
      }
    }
  }
}

@Suite("Subheadings inside a story")
struct SubheadingTests {
  @Test("a web article's subheadings stay in the article")
  func webSubheadings() throws {
    let text = """
      东风镇全力推进秋季防火工作
      发布时间：2023-10-09
      10月8日，东风镇召开秋季防火工作部署会，镇长钱亮主持会议。
      压实工作责任
      会议要求，各村要压实责任，加强巡查。
      强化宣传引导
      会议强调，要做好宣传，提高群众防火意识。
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "web.txt")
    #expect(document.articles.count == 1)
    #expect(document.articles.first?.headline == "东风镇全力推进秋季防火工作")
    #expect(document.articles.first?.sentences.map(\.text).contains("压实工作责任") == true)
  }

  @Test("numbered subheadings stay in the story on a column dump too")
  func numberedSubheadings() throws {
    let text = """
      东风镇全力推进秋季防火工作

      10月8日，东风镇召开秋季防火工作
      部署会，镇长钱亮主持会议，各村
      负责人参加会议。

      一、压实工作责任

      会议要求，各村要压实责任，加强巡
      查，确保不发生火情。
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "dump.txt")
    #expect(document.articles.count == 1)
    #expect(document.articles.first?.sentences.map(\.text).contains("一、压实工作责任") == true)
  }
}

@Suite("More page furniture")
struct FurnitureTests {
  @Test("metadata lines, bracketed sources and 文/ bylines stay out of sentences")
  func furniture() throws {
    let text = """
      东风镇召开秋季防火工作部署会
      2023-10-09 10:30 来源：东风镇融媒体中心
      文/张三
      10月8日，东风镇召开秋季防火工作部署会。
      （来源：东风镇人民政府）
      【责任编辑：李四】
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "meta.txt")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会", "10月8日，东风镇召开秋季防火工作部署会。",
      ])
    #expect(document.articles.first?.byline == "文/张三")
    #expect(document.boilerplate.count == 3)
  }

  /// A county portal's box of another story under this one: its heading, that story's headline
  /// and its first lines cut off with an ellipsis are a link (they count for nothing); the
  /// site's slogan line after it is furniture that counts, as the story is.
  @Test("a box of recommended stories cut off with an ellipsis stays out of sentences")
  func recommendedStoryBox() throws {
    let text = """
      东风镇召开秋季防火工作部署会

      10月8日，东风镇党委书记赵明主持召开秋季防火工作部署会。

      新闻推荐

      西岭镇举行某某产业园开工仪式

      本报讯 9月30日，西岭镇举行某某产业园开工仪式，镇长孙亮出席仪式并讲话。孙亮强调...

      某县新闻，家乡事，故乡情。
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "box.txt")
    let sentences = Fixtures.allSentences(document)
    #expect(sentences.contains { $0.contains("东风镇党委书记赵明") })
    #expect(!sentences.contains { $0.contains("西岭镇") || $0.contains("新闻推荐") })
    #expect(sentences.contains { $0.contains("某县新闻") })
  }

  /// 推荐新闻 above the story itself, with no line cut off after it: a menu's item, and the story
  /// under it is read.
  @Test("a recommendation heading with no cut-off story under it leaves the lines after it alone")
  func recommendationHeadingWithoutBox() throws {
    let text = """
      推荐新闻

      某商会向家乡捐赠防疫物资

      2月5日，某商会向家乡捐赠防疫物资五万元。
      """
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "menu.txt")
    #expect(Fixtures.allSentences(document).contains { $0.contains("2月5日，某商会向家乡捐赠") })
  }

  @Test("a long sentence that mentions a source is content")
  func sourceInContent() throws {
    let text = "会议指出，项目资金来源：区财政安排专项资金三千万元，社会资本投入五千万元，银行贷款两亿元，确保项目按期建成投用并发挥效益。"
    let document = try TextPipeline.read(bytes: Array(text.utf8), path: "content.txt")
    #expect(Fixtures.allSentences(document) == [text])
  }

  @Test("ASCII punctuation next to Chinese takes its print form, one scalar for one")
  func printPunctuation() {
    let text = "4月1日,会议(扩大)召开:时间10:30,人数3,000;好!"
    let printed = LayoutText.printPunctuation(text)
    #expect(printed == "4月1日，会议（扩大）召开：时间10:30，人数3,000；好！")
    #expect(printed.unicodeScalars.count == text.unicodeScalars.count)
  }
}

@Suite("A government site's page saved as HTML")
struct GovernmentPageTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>东风镇召开秋季防火工作部署会_东风镇人民政府</title>
    <link rel="stylesheet" href="a.css"><script src="x.js"></script></head>
    <body>
    <div class="top"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xw">新闻中心</a></li><li><a>政务公开</a></li></ul></div>
    <div class="crumb">您的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xw">新闻中心</a>&nbsp;&gt;&nbsp;工作动态</div>
    <div class="article">
      <h2 class="title">东风镇召开秋季防火工作部署会</h2>
      <div class="meta"><span>发布时间：2023-10-09 09:30</span><span>来源：东风镇</span><span>浏览次数：<script>document.write(12)</script></span></div>
      <div class="content" id="zoom">
        <p style="text-indent:2em">10月8日，东风镇党委书记孙强主持召开秋季防火工作部署会，镇长周伟出席会议。</p>
        <p style="text-indent:2em"><img src="1.jpg"></p>
        <p style="text-align:center">会议现场</p>
        <p style="text-indent:2em">会议要求，各村要压实责任，加强巡查；要做好宣传，提高群众防火意识。</p>
      </div>
      <div class="share">分享到：<a>微信</a><a>微博</a></div>
      <div class="pn"><p>上一篇：东风镇开展国庆安全检查</p><p>下一篇：东风镇召开党建工作会</p></div>
    </div>
    <div class="footer"><p>主办单位：东风镇人民政府　承办：东风镇党政办</p><p>网站标识码：1234567890　<a>豫ICP备12345678号</a></p></div>
    </body></html>
    """

  @Test("menus, breadcrumbs, metadata, sharing, paging and footer stay out of the story")
  func governmentPage() throws {
    let document = try TextPipeline.read(bytes: Array(Self.page.utf8), path: "gov.html")
    #expect(document.articles.count == 1)
    #expect(document.title == "东风镇召开秋季防火工作部署会")
    #expect(document.date == "2023-10-09")
    #expect(
      Fixtures.allSentences(document) == [
        "东风镇召开秋季防火工作部署会",
        "10月8日，东风镇党委书记孙强主持召开秋季防火工作部署会，镇长周伟出席会议。",
        "会议现场",
        "会议要求，各村要压实责任，加强巡查；要做好宣传，提高群众防火意识。",
      ])
    #expect(Fixtures.offsetViolations(document) == [])
  }
}

@Test("a page's weather line gives today's date, not the article's")
func weatherDate() throws {
  let text = """
    2025年12月07日 (周三)   2~ 20℃   多云
    东风镇召开秋季防火工作部署会
    2023-10-09 17:52:50 责任编辑:张三 来源:东风镇
    10月8日，东风镇召开秋季防火工作部署会。
    """
  let document = try TextPipeline.read(bytes: Array(text.utf8), path: "weather.txt")
  #expect(document.date == "2023-10-09")
  #expect(document.title == "东风镇召开秋季防火工作部署会")
}
