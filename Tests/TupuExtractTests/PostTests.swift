import Testing

/// Officials' posts on real-news forms: the district a post belongs to, posts before and after
/// names, Official or Person. Invented names (places from the national list where one must be).
@Suite("Reading posts and whom they belong to")
struct PostTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // The district named only after the leaders' posts, inside a project's name: its leaders
    // are its own all the same.
    Case(
      text: "3月2日，区委常委、常务副区长钱立新主持召开重点项目周例会。"
        + "会议听取了青山区东湖大道（北段）改造工程进展情况汇报。",
      expected: ["钱立新 title 常务副区长", "钱立新 affiliated-with 青山区"]),
    // Two districts of the level named later: which one is not said.
    Case(
      text: "3月2日，副区长钱立新主持召开会议。会议听取了青山区、白水区协作情况汇报。",
      expected: ["钱立新 title 副区长"],
      absent: ["钱立新 affiliated-with 青山区", "钱立新 affiliated-with 白水区"]),
    // A district whose full name is longer than three characters before the level word.
    Case(
      text: "瀍河回族区委副书记、区长孙晓峰宣布项目开工。",
      expected: ["孙晓峰 title 区长", "孙晓峰 affiliated-with 瀍河回族区"]),
    // 区县 (districts and counties) in a page's menu is no district's suffix.
    Case(
      text: """
        首 页 区县招商 产业园区 新闻中心
        栾川县政府召开2017年第二次政府常务会议

        3月3日,县政府召开2017年第二次县政府常务会议。

        会议由县委副书记、县长钱立新主持。会议要求确保实现栾川县良好开局。
        """,
      expected: ["钱立新 affiliated-with 栾川县"],
      absent: ["首页区 : District"]),
    // Attendees listed in groups cut by semicolons, the cue after the last group.
    Case(
      text: "5月6日，青山区冷链物流项目开工仪式隆重举行。区委副书记钱立新，副区长孙晓峰；"
        + "东湖公司总经理周文斌等出席仪式并为项目培土。",
      expected: ["钱立新 attends 青山区冷链物流项目开工仪式", "孙晓峰 attends 青山区冷链物流项目开工仪式"]),
    Case(
      text: "青山区第三次重点项目推进会召开。会议由区长钱立新主持。副区长孙晓峰列席了此次会议。",
      expected: ["孙晓峰 attends 青山区第三次重点项目推进会"]),
    // A role right after a body of the lexicon keeps the body's word, not its place.
    Case(
      text: "区委常委、区纪委书记钱立新，区政协主席孙晓峰，区委组织部长周文斌出席会议。",
      expected: ["钱立新 title 纪委书记", "孙晓峰 title 区政协主席", "周文斌 title 区委组织部长"],
      absent: ["钱立新 title 书记", "周文斌 title 部长"]),
    // Posts joined by list commas before one name are all that name's, the last one a body's.
    Case(
      text: "白水市委常委、副市长、白水经济开发区党工委书记钱立新出席仪式。",
      expected: [
        "钱立新 title 市委常委", "钱立新 title 副市长", "钱立新 affiliated-with 白水经济开发区党工委",
      ]),
    // 市委书记 in an article about one city: that city's.
    Case(
      text: "5月6日，白水市北湖公园开园。市委书记孙晓峰出席活动。",
      expected: ["孙晓峰 title 市委书记", "孙晓峰 affiliated-with 白水市"]),
    // Names listed with no post before 等 and a verb: persons, and they attend.
    Case(
      text: "青山区第三次重点项目推进会召开。区长钱立新主持会议，孙晓峰、周文斌、吴海等出席会议。",
      expected: [
        "孙晓峰 : Person", "周文斌 : Person", "吴海 : Person",
        "吴海 attends 青山区第三次重点项目推进会",
      ]),
    // Words that are no names keep the list out (沿湖, 长塘 are places).
    Case(
      text: "把沿湖、裔家、长塘等特色乡村串点成线。",
      expected: [], absent: ["沿湖 : Person", "长塘 : Person"]),
    // The district at the head of an outlet's name in the source line is the article's.
    Case(
      text: "东湖街道：新社区挂牌成立\n\n2021-01-22 08:00:00 来源:栾川县政府门户网 作者:消息 "
        + "责任编辑:康某 字号:T|T\n\n1月20日,东湖街道举办新社区集中揭牌仪式,县委常委、副县长钱立新出席。",
      expected: ["栾川县 : District", "钱立新 affiliated-with 栾川县"],
      absent: ["栾川县政府 : Organization"]),
    // A district whose name begins with a surname, before its leader's post and a comma.
    Case(
      text: "4月28日，李沧区委常委、宣传部部长钱立新到东湖社区调研。",
      expected: ["李沧区 : District", "钱立新 affiliated-with 李沧区"]),
    // A page that names its district once, by its bare name, as the place of its affairs.
    Case(
      text: "2月8日上午，区政府区政协年度工作座谈会召开。区委副书记、区长钱立新出席会议。"
        + "区政协将继续为金水各项事业的发展作出贡献，推进老城区改造和城东新城建设，做好新城建设规划。",
      expected: ["金水区 : District", "钱立新 affiliated-with 金水区"]),
    // A bare name only at the head of a longer name, or once inside a slogan's quotation marks
    // beside once alone, is a short form inside a name: it names no district, bodies stay bare.
    Case(
      text: "区委书记钱立新、区工信局局长孙晓峰到金水智能制造产业园调研。孙晓峰指出，金水智能制造产业园要加快建设。",
      expected: ["区工信局 : Organization", "孙晓峰 affiliated-with 区工信局"],
      absent: ["金水区 : District", "金水区工信局 : Organization"]),
    Case(
      text: "区委书记钱立新、区政协主席孙晓峰出席会议。会议要求，为建设“公园金水”作出新贡献，希望企业扎根金水。",
      expected: ["区政协 : Organization", "孙晓峰 affiliated-with 区政协"],
      absent: ["金水区 : District", "钱立新 affiliated-with 金水区"]),
    // Beside a standalone one (落户某某), the one at the head of a name counts again.
    Case(
      text: "8月18日，金水智能制造产业园重大项目集中开工仪式举行。区委书记钱立新出席。一批项目落户金水。",
      expected: ["金水区 : District", "钱立新 affiliated-with 金水区"]),
    // A post in brackets after the name is that name's.
    Case(
      text: "青山区召开重点项目推进会。钱立新（青山区副区长）、孙晓峰（区政协副主席）出席会议。",
      expected: [
        "钱立新 title 副区长", "钱立新 affiliated-with 青山区", "孙晓峰 title 区政协副主席",
        "孙晓峰 affiliated-with 青山区政协", "孙晓峰 attends 重点项目推进会",
      ]),
    // A former post (原) is no title; 时任 is no place's name.
    Case(
      text: "青山区召开重点项目推进会。原区委常委、副区长钱立新，时任区长孙晓峰出席会议。",
      expected: ["孙晓峰 title 区长", "孙晓峰 affiliated-with 青山区"],
      absent: [
        "钱立新 title 区委常委", "钱立新 title 副区长", "钱立新 affiliated-with 青山区",
        "时任区 : District",
      ]),
    // 原 that ends a place's name is no former post.
    Case(
      text: "太原市委书记钱立新出席会议。",
      expected: ["钱立新 title 市委书记", "钱立新 affiliated-with 太原市"]),
    // A leader's post after the holder's name, a verb or speech word after it.
    Case(
      text: "东湖镇召开项目推进会。钱立新镇长指出，要细化计划。孙晓峰副镇长强调，要抓好落实。",
      expected: [
        "钱立新 title 镇长", "钱立新 affiliated-with 东湖镇", "孙晓峰 title 副镇长",
        "孙晓峰 affiliated-with 东湖镇",
      ]),
    // A place and its committee's post, no holder: 白水市委常委、….
    Case(
      text: "白水市委常委、副市长钱立新出席仪式。",
      expected: [
        "白水市 : City", "钱立新 title 市委常委", "钱立新 title 副市长",
        "钱立新 affiliated-with 白水市",
      ],
      absent: ["白水 : Official", "白水 : Person"]),
    // A party secretary's title keeps the committee's word (政法委书记, never 书记 alone).
    Case(
      text: "青山区召开会议。区委副书记、政法委书记钱立新出席。",
      expected: ["钱立新 title 区委副书记", "钱立新 title 政法委书记", "钱立新 affiliated-with 政法委"]),
    // Attendees after the cue (出席会议的还有…), before 等区领导, after a group word, and 参会.
    Case(
      text: "5月6日，青山区第三次重点项目推进会召开。区长钱立新主持会议。出席会议的还有区领导孙晓峰、周文斌。",
      expected: [
        "孙晓峰 attends 青山区第三次重点项目推进会", "周文斌 attends 青山区第三次重点项目推进会",
      ],
      absent: ["钱立新 attends 青山区第三次重点项目推进会"]),
    Case(
      text: "5月6日，青山区第三次重点项目推进会召开。区长钱立新，孙晓峰、周文斌等区领导参加会议。",
      expected: ["孙晓峰 attends 青山区第三次重点项目推进会", "周文斌 : Official"]),
    Case(
      text: "5月6日，青山区第三次重点项目推进会召开。区四套班子领导钱立新、孙晓峰出席。副区长吴海燕参会。",
      expected: [
        "钱立新 attends 青山区第三次重点项目推进会", "孙晓峰 attends 青山区第三次重点项目推进会",
        "吴海燕 attends 青山区第三次重点项目推进会",
      ]),
    // 区政府领导 is no post, but those it lists are officials; 领导班子成员 names nobody.
    Case(
      text: "5月6日，青山区第三次重点项目推进会召开。区委常委、副区长钱立新主持会议，区政府领导孙晓峰，"
        + "区政府领导班子成员参加会议。",
      expected: ["孙晓峰 : Official", "孙晓峰 attends 青山区第三次重点项目推进会"],
      absent: ["班子 : Official", "孙晓峰 title 区政府领导"]),
  ]

  @Test("short articles give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
