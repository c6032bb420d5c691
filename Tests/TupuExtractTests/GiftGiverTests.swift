import Testing

/// Round 12: who gives, and to whom, when the giver or the recipient stands outside the usual
/// 甲向乙捐赠 frame. Invented names throughout.
@Suite("Who gives a gift")
struct GiftGiverTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A district acting as a body gives when it stands right before 向 (adverbs between).
    Case(
      text: "江城市河西区向河东省青溪县捐赠救护车10辆。",
      expected: ["河西区 sponsors 青溪县"]),
    Case(
      text: "据悉，此次江城市白沙区共向河东省青溪县捐赠救护车18辆。",
      expected: ["白沙区 sponsors 青溪县"]),
    // 在某区向…: where the gift is made gives nothing.
    Case(
      text: "柳县志愿者在江城市河西区向河东省青溪县捐赠图书200册。",
      expected: [],
      absent: ["河西区 sponsors 青溪县"]),
    // 某某一行，赴某县捐赠: the place gone to receives, the party of the clause before gives.
    Case(
      text: "7月7日，江城恒泰建材有限公司董事长张三丰一行，赴河东省青溪县捐赠10万元爱心款，助力当地灾后重建。",
      expected: ["张三丰 sponsors 青溪县"]),
    // A list item's giver the reading did not take (某某饭店) is not an earlier item's giver.
    Case(
      text: "江城恒泰集团向柳县慈善总会捐资100万元，同时，该集团还减免商户租金；青苗饭店为青石社区保洁员捐赠口罩50个。",
      expected: ["江城恒泰集团 sponsors 柳县慈善总会"],
      absent: ["江城恒泰集团 sponsors 青石社区", "柳县慈善总会 sponsors 青石社区"]),
    // A recipient too far from 向 for the window, ending right at the cue, receives.
    Case(
      text: "江城恒泰集团等部门联袂向该市白沙区柳岸社区融乐养老服务站捐赠了价值2万元的爱心物品。",
      expected: ["江城恒泰集团 sponsors 柳岸社区融乐养老服务站"]),
    Case(
      text: "江城恒泰集团通过柳县慈善总会，向革命老区白沙镇青石中心小学捐款15万元。",
      expected: ["江城恒泰集团 sponsors 白沙镇青石中心小学"],
      absent: ["柳县慈善总会 sponsors 白沙镇青石中心小学"]),
    // 仪式上，甲向乙小学捐赠…，丙捐赠…: the sentence's one recipient receives the later gifts of
    // its list item too; a gift after ； is its own.
    Case(
      text: "捐赠仪式上，江城恒泰集团向青石镇白沙小学捐赠10万元，江城宏达建材有限公司捐赠5万元，江城宏达物流有限公司捐赠图书500册。",
      expected: [
        "江城恒泰集团 sponsors 青石镇白沙小学", "江城宏达建材有限公司 sponsors 青石镇白沙小学",
        "江城宏达物流有限公司 sponsors 青石镇白沙小学",
      ]),
    Case(
      text: "江城恒泰集团捐款10万元，购买一批测温仪捐赠给青溪县防控指挥部；青溪县工商联副主席张三丰捐赠口罩10000个投入防控一线。",
      expected: ["江城恒泰集团 sponsors 青溪县防控指挥部"],
      absent: ["张三丰 sponsors 青溪县防控指挥部"]),
    // 某小学爱心图书捐赠仪式…，甲捐款…: the school the article's gift ceremony is named after
    // receives gifts that name no one.
    Case(
      text: "9月1日，青石镇白沙小学爱心图书捐赠仪式举行。仪式上，江城恒泰集团捐款5万元，江城宏达建材有限公司捐赠图书500册。",
      expected: ["江城恒泰集团 sponsors 白沙小学", "江城宏达建材有限公司 sponsors 白沙小学"]),
    // 甲公司捐资助学仪式, 某商会捐赠仪式: a body the ceremony's name puts right before a giving
    // verb is its giver, never the recipient of the article's later gifts.
    Case(
      text: "1月8日，青溪县举行江城恒泰公司捐资助学仪式。县长张三丰在仪式上致辞。"
        + "据悉，江城恒泰公司为我县白沙街道青石小学、柳岸镇红星小学分别捐资10万元。",
      expected: [],
      absent: ["县白沙街道青石小学 sponsors 江城恒泰公司", "柳岸镇红星小学 sponsors 江城恒泰公司"]),
    Case(
      text: "青溪县举行江城宏达商会捐赠仪式。江城恒泰集团捐款5万元。",
      expected: [],
      absent: ["江城恒泰集团 sponsors 江城宏达商会"]),
    // 甲公司、乙集团旗下丙公司，分别向某社区捐赠: every listed giver of the clause before.
    Case(
      text: "活动现场，江城恒泰建材有限公司、江城宏达集团旗下江城宏达物流有限公司，分别向青石镇柳岸社区捐赠防疫物资。",
      expected: ["江城恒泰建材有限公司 sponsors 柳岸社区", "江城宏达物流有限公司 sponsors 柳岸社区"]),
    // 某企业家捐建的新文化活动中心: a work not named was given to the place named before.
    Case(
      text: "2月22日，青山区白沙镇青石村村民张大春，来到企业家林振华捐建的新文化活动中心棋牌室打牌。",
      expected: ["林振华 sponsors 青石村"],
      absent: ["张大春 sponsors 青石村"]),
    // A gift whose sentence names no one to receive it goes to the one recipient the article
    // named before; not when it named several.
    Case(
      text: "江城恒泰集团向青石镇白沙小学捐赠图书500册。江城宏达建材有限公司捐款5万元。",
      expected: ["江城宏达建材有限公司 sponsors 青石镇白沙小学"]),
    Case(
      text: "江城恒泰集团向青石镇白沙小学捐赠图书500册，江城宏达建材有限公司向柳岸社区捐赠口罩1000个。江城宏达物流有限公司捐款5万元。",
      expected: ["江城宏达建材有限公司 sponsors 柳岸社区"],
      absent: ["江城宏达物流有限公司 sponsors 柳岸社区", "江城宏达物流有限公司 sponsors 青石镇白沙小学"]),
    // 甲公司、乙公司分别捐资…: every giver listed right before the cue.
    Case(
      text: "江城恒泰建材有限公司、江城宏达建材有限公司分别捐资10万元、5万元，用于青石镇青石村道路硬化。",
      expected: ["江城恒泰建材有限公司 sponsors 青石村", "江城宏达建材有限公司 sponsors 青石村"]),
    // 资助中心主任: a cue that begins a body's name gives nothing.
    Case(
      text: "全国人大代表王立群、县教育局资助中心主任张三丰、白沙镇中心学校校长李四出席白沙镇中心小学爱心图书捐赠仪式。",
      expected: [],
      absent: ["县教育局 sponsors 白沙镇中心学校", "王立群 sponsors 白沙镇中心学校"]),
    // A clause with no subject of its own goes on with the giver before: one that begins with
    // a verb of getting the gift, or with adverbs only.
    Case(
      text: "青溪县工商联副主席张三丰捐款10万元，购买一批测温仪捐赠给青溪县防控指挥部。",
      expected: ["张三丰 sponsors 青溪县防控指挥部"]),
    Case(
      text: "近200份物资运输抵达，由江城恒泰集团承接运输，统一捐赠至青石镇柳岸社区。",
      expected: ["江城恒泰集团 sponsors 柳岸社区"]),
    // 走进某小学捐建…: the school gone into receives.
    Case(
      text: "6月25日，江城恒泰基金会走进青石镇白沙小学捐建了30个班级图书角。",
      expected: ["江城恒泰基金会 sponsors 青石镇白沙小学"]),
    // 某某代表某商会向…捐款: the body spoken for gives.
    Case(
      text: "江城恒泰商会会长张三丰，副会长李四代表江城恒泰商会向青溪县红十字会捐款10万元。",
      expected: ["江城恒泰商会 sponsors 青溪县红十字会"],
      absent: ["李四 sponsors 青溪县红十字会"]),
    // 个人向…捐赠: the person, not the body whose call they answered.
    Case(
      text: "4月13日，在青溪县工商联，白沙商会会长张三丰响应青溪县工商联倡议，个人向江城青溪商会捐赠了2000元。",
      expected: ["张三丰 sponsors 江城青溪商会"],
      absent: ["青溪县工商联 sponsors 江城青溪商会"]),
    // …向甲小学捐资8万，…，向乙学校捐资7万: the first recipient gives nothing.
    Case(
      text: "江城商会理事长张三丰向青石中心小学捐资8万，用于添置设施，向青溪县特殊教育学校捐资7万，用于建设电脑室。",
      expected: ["张三丰 sponsors 青石中心小学", "张三丰 sponsors 青溪县特殊教育学校"],
      absent: ["青石中心小学 sponsors 青溪县特殊教育学校"]),
    // 投资 inside a firm's name the reading did not take gives nothing.
    Case(
      text: "青溪县国有资产投资经营有限公司负责人李四、青溪县工业集中区服务中心负责人王五陪同调研。",
      expected: [],
      absent: ["李四 sponsors 青溪县工业集中区"]),
    // 江城援建的某工程: the city built it, not the visitor named before.
    Case(
      text: "张三丰一行考察了江城援建的青溪县滨河路工程。",
      expected: [],
      absent: ["张三丰 sponsors 青溪县滨河路工程"]),
    // 捐赠至 as 捐赠给; 交到了 as 交到.
    Case(
      text: "江城恒泰集团将一批防疫物资捐赠至青石镇柳岸社区。江城宏达建材有限公司将100个口罩交到了青石镇白沙社区的工作人员手中。",
      expected: ["江城恒泰集团 sponsors 柳岸社区", "江城宏达建材有限公司 sponsors 白沙社区"]),
    // 收到由甲提供的…: 由 says who gave, right after 收到; the body before 收到 receives.
    Case(
      text: "春节前夕，青石社区关爱协会收到由江城慈善基金会提供的10万元爱心捐助款。",
      expected: ["江城慈善基金会 sponsors 青石社区关爱协会"]),
    // 由甲独家全额捐赠: words of manner between the giver and the cue; a foundation receives.
    Case(
      text: "成立于2007年的江城慈善基金会，是首批非公募基金会，由恒泰集团独家全额捐赠。",
      expected: ["恒泰集团 sponsors 江城慈善基金会"]),
    Case(
      text: "青石小学由江城恒泰集团独家全额捐建。",
      expected: ["江城恒泰集团 sponsors 青石小学"]),
    // Without 由, a firm before 收到 receives nothing offered to it.
    Case(
      text: "江城恒泰集团收到宏达公司提供的技术服务。",
      expected: [],
      absent: ["宏达公司 sponsors 江城恒泰集团"]),
    // 仪式上，甲捐款…；乙捐款…；丙、丁各捐款…: items cut at ； that name no recipient go on
    // giving to the one recipient named before.
    Case(
      // (items long enough for the text to be cut at ；)
      text: "2月1日，青溪县个体私营经济协会组织爱心企业捐款捐物，为河东省青溪县防控贡献力量。"
        + "县长张三丰出席捐赠仪式。捐赠仪式上，青溪县个体私营经济协会捐款10万元、一次性医用口罩"
        + "5000只和防护服200套；江城恒泰医疗器械集团有限公司捐款5万元、一次性口罩3000只、消毒液100箱；"
        + "江城宏达建材有限公司、江城宏达物流有限公司各捐款5万元。",
      expected: [
        "青溪县个体私营经济协会 sponsors 青溪县", "江城恒泰医疗器械集团有限公司 sponsors 青溪县",
        "江城宏达建材有限公司 sponsors 青溪县", "江城宏达物流有限公司 sponsors 青溪县",
      ]),
    // 捐赠仪式在某小学举行，…为这里的师生们送上…: the school the gift ceremony is held in
    // receives what is given to its pupils; the giver of the clause before goes on.
    Case(
      text: "近日，一场爱心助学捐赠仪式在革命老区青石镇白沙小学隆重举行。"
        + "江城恒泰集团带着企业的责任与担当，为这里的师生们送上12万元爱心捐助。",
      expected: ["江城恒泰集团 sponsors 青石镇白沙小学"]),
    // 某工商联组织…捐赠活动…在某小学操场举行: the body that organizes gives and receives nothing.
    Case(
      text: "12月18日，江城区工商联组织民营企业爱心捐赠暨科普进校园活动在柳岸路小学操场隆重举行。"
        + "活动现场，江城宏达建材有限公司总经理李四为困难学生送上价值一万五千元的爱心书包100个。",
      expected: ["李四 sponsors 柳岸路小学"],
      absent: ["李四 sponsors 江城区工商联"]),
    // A bureau's meeting room is only where the ceremony is held.
    Case(
      text: "捐赠仪式在青溪县教育局会议室举行。江城恒泰集团为困难学生送上价值一万元的书包。",
      expected: [],
      absent: ["江城恒泰集团 sponsors 青溪县教育局"]),
    // 某工商联组织甲、乙以及丙到某村举行帮扶捐赠仪式: those who go give to the village; the
    // body that organizes does not.
    Case(
      text: "4月26日，江城市工商联组织江城市浙江商会、江城市福建商会以及爱心企业江城恒泰实业有限公司"
        + "到青溪县白沙镇柳岸村举行帮扶捐赠仪式。",
      expected: [
        "江城市浙江商会 sponsors 柳岸村", "江城市福建商会 sponsors 柳岸村",
        "江城恒泰实业有限公司 sponsors 柳岸村",
      ],
      absent: ["江城市工商联 sponsors 柳岸村"]),
    // 甲、乙、丙等企业负责人齐聚一堂，…，向某校捐赠: a gift's clause with no giver of its own
    // goes on with the giver of an earlier clause, and with every giver of the list it ends.
    Case(
      text: "3月5日上午，青禾县特殊教育学校高朋满座，星河医院院长张三明、青禾粮油贸易有限公司"
        + "李四清经理、宏达药业集团王小梅女士、赵大勇先生等爱心企业的负责人齐聚一堂，"
        + "开展了爱心捐助活动，向青禾县特殊教育学校捐赠了价值3万元的爱心物资。",
      expected: [
        "张三明 sponsors 青禾县特殊教育学校", "李四清 sponsors 青禾县特殊教育学校",
        "王小梅 sponsors 青禾县特殊教育学校", "赵大勇 sponsors 青禾县特殊教育学校",
      ]),
    // …等企业，通过某红十字会捐赠给…: the listed firms give; the body that passes the gift on
    // and the chamber that organizes do not.
    Case(
      text: "近日，青禾镇商会组织星河家具有限公司、宏达酒业有限公司、青禾建材有限公司等企业，"
        + "通过县红十字会捐赠给青禾镇政府20余万元，支援疫情防控工作。",
      expected: [
        "星河家具有限公司 sponsors 青禾镇政府", "宏达酒业有限公司 sponsors 青禾镇政府",
        "青禾建材有限公司 sponsors 青禾镇政府",
      ],
      absent: ["县红十字会 sponsors 青禾镇政府", "青禾镇商会 sponsors 青禾镇政府"]),
    // 两家爱心企业共向社区捐赠, 3家爱心企业代表分别向某村捐赠: a count of firms gives through
    // the firms the article listed before, as many as it counts.
    Case(
      text: "青禾水业有限公司、星河科技有限公司工作人员一起来到白沙街道柳岸社区居委会，将矿泉水送到"
        + "社区一线工作者身边。据柳岸社区负责人介绍，两家爱心企业共向社区捐赠了矿泉水24件。",
      expected: ["青禾水业有限公司 sponsors 柳岸社区", "星河科技有限公司 sponsors 柳岸社区"]),
    Case(
      text: "近日，在青禾区科技局的推动下，青禾农村商业银行股份有限公司、星河商业发展有限公司及"
        + "宏达运营管理有限公司等三家爱心企业，前往白沙镇开展乡村振兴工作。一行人首先来到白沙镇"
        + "柳岸村。当天，3家爱心企业代表分别向白沙镇柳岸村村委捐赠人民币5000元。",
      expected: [
        "青禾农村商业银行股份有限公司 sponsors 柳岸村", "星河商业发展有限公司 sponsors 柳岸村",
        "宏达运营管理有限公司 sponsors 柳岸村",
      ]),
    // …but only when the article named that many.
    Case(
      text: "星河科技有限公司向青禾小学捐赠图书500册。两家爱心企业共向柳岸社区捐赠了口罩。",
      expected: ["星河科技有限公司 sponsors 青禾小学"],
      absent: ["星河科技有限公司 sponsors 柳岸社区"]),
    // The clause's own giver keeps the gift: a list of guests before it gives nothing.
    Case(
      text: "县委书记张三明、县长李四清出席仪式，星河公司向青禾小学捐赠图书500册。",
      expected: ["星河公司 sponsors 青禾小学"],
      absent: ["张三明 sponsors 青禾小学", "李四清 sponsors 青禾小学"]),
  ]

  @Test("who gives a gift", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
