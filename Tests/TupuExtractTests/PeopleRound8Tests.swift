import Testing

/// People in the forms that recur across all the read text of round 8: the posts of a place's
/// state bodies written with their level, officials who come to a meeting to guide it, 和
/// between two words, and the names a page's credits list one after another. Invented names.
@Suite("Reading people: forms frequent across the read pool")
struct PeopleRound8Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A state body written with its bare level: its head's title keeps the level, as written
    // (市政府秘书长, 县人民法院院长); a party body's does not (纪委书记).
    Case(
      text: "青禾区召开项目推进会。市政府秘书长钱立新，县人民法院院长孙晓峰，县纪委书记周文斌出席会议。",
      expected: [
        "钱立新 title 市政府秘书长", "孙晓峰 title 县人民法院院长", "周文斌 title 纪委书记",
      ],
      absent: ["钱立新 title 政府秘书长", "孙晓峰 title 人民法院院长", "周文斌 title 县纪委书记"]),
    // Officials who come to a meeting to guide it (到会指导) or speak at it (到会并讲话) attend it.
    Case(
      text: "青禾镇召开村级换届工作推进会，副县长钱立新，县农委主任孙晓峰到会指导。",
      expected: ["钱立新 attends 村级换届工作推进会", "孙晓峰 attends 村级换届工作推进会"]),
    Case(
      text: "青禾镇第十五届人民代表大会第一次会议召开。区委常委、政法委书记周文斌到会并讲话。",
      expected: ["周文斌 attends 青禾镇第十五届人民代表大会第一次会议"]),
    // 和 between two words (主席和执行主席, 代表和政协委员) is no surname.
    Case(
      text: "青禾县人民代表大会召开预备会议。会议推定了主席团常务主席和执行主席名单。",
      expected: [],
      absent: ["和执行 : Official", "和执行 title 主席"]),
    Case(
      text: "区政府召开常务会议。区政协副主席孙晓峰，部分人大代表和政协委员列席会议。",
      expected: ["孙晓峰 : Official"],
      absent: ["和政协 : Official", "和政协 attends 常务会议"]),
    // The page's credits list names one after another, a space between them.
    Case(
      text: "青禾区召开项目推进会。区长钱立新出席会议。\n\n作者:孙晓峰 周文斌 林文章 编辑:龚立新\n",
      expected: [
        "孙晓峰 : Person", "周文斌 : Person", "林文章 : Person", "龚立新 : Person",
      ],
      absent: ["孙晓峰周 : Person"]),
    // More labels of the credits: 播音, 审片, 核发.
    Case(
      text: "青禾区召开项目推进会。区长钱立新出席会议。\n\n播音:孙晓峰\n审片:周文斌\n核发:林文章\n",
      expected: ["孙晓峰 : Person", "周文斌 : Person", "林文章 : Person"]),
    // A rank (二级巡视员, 三级调研员, 副县级干部) is no post, but who holds it is an official.
    Case(
      text: "青禾区召开常务会议。区二级巡视员钱立新，县人民政府三级调研员孙晓峰，副县级干部周文斌出席会议。",
      expected: ["钱立新 : Official", "孙晓峰 : Official", "周文斌 : Official"],
      absent: ["钱立新 title 二级巡视员", "周文斌 title 副县级干部"]),
    // The head of a division (处) or section (科) of a body.
    Case(
      text: "青禾区召开揭牌仪式。省文明办综合处副处长钱立新，县综合执法局管理科科长孙晓峰出席。",
      expected: ["钱立新 : Official", "钱立新 title 副处长", "孙晓峰 : Official", "孙晓峰 title 科长"]),
    // 镇长提名人选: the nominee holds the posts before it in the list, not the one he is
    // nominated for.
    Case(
      text: "青禾镇召开项目推进会。镇党委副书记、镇长提名人选钱立新陪同调研。",
      expected: ["钱立新 : Official", "钱立新 title 镇党委副书记"],
      absent: ["钱立新 title 镇长"]),
    // A longer title that ends like a shorter one is not that one: 副主委, 副理事长, 第一书记; a
    // class's teacher (班主任) holds no post. (The Red Cross is a mass organization: its heads
    // hold posts, where a foundation's are Persons.)
    Case(
      text: "青禾区举行捐赠仪式。民盟某市委副主委钱立新，县红十字会副理事长孙晓峰，柳荫村第一书记周文斌出席。"
        + "活动还向班主任吴秀春老师敬献鲜花。",
      expected: [
        "钱立新 : Official", "孙晓峰 title 副理事长", "周文斌 title 第一书记", "吴秀春 : Person",
      ],
      absent: [
        "钱立新 title 主委", "钱立新 title 市委主委", "孙晓峰 title 理事长", "周文斌 title 书记",
        "吴秀春 title 主任",
      ]),
    // A line of names alone closing the story (甲某 乙某某, or after a mark, ■甲某) names its
    // writers; a page's button (关闭) or a source label (来源:) alone names nobody.
    Case(
      text: "青禾区召开项目推进会。区长钱立新出席会议。\n\n孙晓峰 周文斌\n",
      expected: ["孙晓峰 : Person", "周文斌 : Person"],
      absent: ["孙晓峰周 : Person"]),
    Case(
      text: "5月8日，青禾区召开项目推进会。区长钱立新出席会议。会议还研究了其他事项。■孙晓峰\n关闭\n来源:\n",
      expected: ["孙晓峰 : Person"],
      absent: ["关闭 : Person", "来源 : Person"]),
  ]

  @Test("frequent forms around people give the expected facts and not the traps", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
