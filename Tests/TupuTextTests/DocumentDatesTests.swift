import Testing
import TupuGraph

@testable import TupuText

@Suite("document dates: what the text states for itself, never guessed")
struct DocumentDatesTests {
  @Test(
    "stamps, furniture lines and a headline's year give the date to their precision",
    arguments: [
      ("发布时间：2023-06-20 10:22\n6月19日，某区召开会议。", nil, "2023-06-20"),
      ("【发布日期:2013-02-25】 【来源:】\n正文。", nil, "2013-02-25"),
      ("编稿时间:2022-08-29 09:21 来源:某网\n5月19日，某区举行仪式。", nil, "2022-08-29"),
      ("发布日期: 2022年06月20日\n来源:\n正文。", nil, "2022-06-20"),
      ("某某日报 2018-05-03 17:33 大字\n本报讯 4月28日，某区长调研。", nil, "2018-05-03"),
      ("2012年08月20日09:20  某网\n正文。", nil, "2012-08-20"),
      ("28.09.2015 19:43\n本文来源: 某社", nil, "2015-09-28"),
      ("2023年6月\n第12期", nil, "2023-06"),
      ("3月3日，县政府召开常务会议。", "东辽县政府召开2017年第二次政府常务会议", "2017"),
      ("Produced By CMS publishdate:2024-06-21 15:22:22", nil, "2024-06-21"),
      // A newspaper page's date line in Chinese numerals.
      ("二〇二四年三月五日 星期二\n某县召开全县教育工作会议", nil, "2024-03-05"),
      ("二零二三年十二月三十一日\n正文。", nil, "2023-12-31"),
      ("2024年3月6日 星期三  第1版  要闻\n县委常委会召开会议", nil, "2024-03-06"),
      // A date line in square brackets under the headline.
      ("某区召开常务会议\n【2020年5月7日】\n5月6日，某区召开会议。", nil, "2020-05-07"),
      ("某区召开常务会议\n[2020-05-07]\n5月6日，某区召开会议。", nil, "2020-05-07"),
      // A forum's repost: the post's stamp, written without padding.
      ("[复制链接]\n发表于 2021-9-7 07:32:08 | 显示全部楼层 |阅读模式\n9月3日下午，某书记督查。", nil, "2021-09-07"),
      // A stamp with 年 and 月 but no 日: the time after it says the last number is the day.
      ("某镇召开人代会\n2013年06月09 15:50:29 来源：某网\n6月9日，某镇召开会议。", nil, "2013-06-09"),
      // A repost's stamp of its content, at the page's end.
      ("3月12日，某县召开会议。\n(某某) |\n内容时间：2016-03-14", nil, "2016-03-14"),
      // A portal's clock above the page's own stamp: the day the page was saved, not written.
      ("今天是: 2018年9月10日 星期一\n某某县的网\n2021-10-12 12:32:03 来源:某局\n9月9日，某会召开。", nil,
        "2021-10-12"),
      // A portal's date and weekday above its menu, the story's stamp with its time under the
      // headline: the clock yields to the stamp; alone, a date and weekday line is the page's.
      ("2025年06月16日 星期一\n网站首页 某县 详情\n某县召开某某推进会\n2024-01-13 09:33:32\n本报讯 1月12日，某会召开。",
        nil, "2024-01-13"),
      ("2024年3月6日 星期三\n某县召开某某推进会\n3月5日，某会召开。", nil, "2024-03-06"),
      ("2024年3月6日 星期三  第1版  要闻\n某县召开某某推进会\n2024-03-07 08:01\n正文。", nil, "2024-03-06"),
      // A stamp with a two-digit year: after a cue, or on a furniture line with its time.
      ("发布时间:18-01-12    来源:\n1月11日，某区召开会议。", nil, "2018-01-12"),
      ("22-10-07 19:53 来源:某网 编辑:某某\n10月5日，某区举行活动。", nil, "2022-10-07"),
      // Month, day and year after a cue, as sites in English order print them (the day above 12).
      ("来源 某网    发表时间:11/20/2021     浏览 138 次\n11月20日，某会议召开。", nil, "2021-11-20"),
      ("來源 某網    發表時間:11/20/2021     瀏覽 138 次\n11月20日，某会议召开。", nil, "2021-11-20"),
      // A cue after another field of the stamp line, its value ending in a character.
      ("作者:某某 来源:县融媒体中心 日期:2019/1/22 18:17:21 人气:281\n1月22日上午，某馆开馆。", nil,
        "2019-01-22"),
      ("来源：某县人民政府办公室 时间：2019/1/22\n1月21日，某县召开会议。", nil, "2019-01-22"),
    ] as [(String, String?, String)])
  func dated(text: String, headline: String?, expected: String) {
    #expect(DocumentDates.published(text: text, headline: headline)?.iso == expected)
  }

  @Test(
    "a dateline without a year, a weather line, a forum signature or a year in the body give none",
    arguments: [
      "本报讯（记者 某某）12月11日，区人大常委会组织视察，听取区政府2012年人大代表建议落实情况。",
      "2022年4月14日 星期四 晴 12℃～25℃\n4月1日下午，某会议召开。",
      "今天是：2018年9月10日 星期一\n9月9日，某区召开会议。",
      "普通会员 TA的每日心情 | 开心 2021-3-25 16:41 |\n8月18日，某仪式举行。",
      // A two-digit year without a cue or a time, and a month/day order that is not certain.
      "编号 22-10-07 某某\n10月5日，某区举行活动。",
      "发布时间:03/04/2021\n3月3日，某区举行活动。",
      "活动时间：2023年5月1日至5月3日，地点在某广场，届时将有各类文艺演出和展销活动，欢迎市民参加并踊跃报名，名额有限先到先得。",
      // An event's time after a field that is no stamp line's (主办：).
      "主办：某县文化馆 活动时间：2023年5月1日\n5月1日，某馆举行活动。",
    ])
  func undated(text: String) {
    #expect(DocumentDates.published(text: text, headline: nil) == nil)
  }
}
