import Testing

/// Forms of donation news (round 7), each with invented names: a verb of bringing that gives only
/// when goods follow (向某社区送来口罩等物资), a gift to 村里, and gifts listed by their givers after
/// what a community received (某社区收到…——甲捐赠的…、乙赠予的…).
@Suite("Gift forms")
struct GiftFormTests {
  typealias Case = ReadingCase

  static let broughtGifts: [Case] = [
    // 甲、乙等向某社区送来口罩、消毒液等物资: every giver of the list gives to the community.
    Case(
      text: "连日来，明川电子有限公司、禾丰建材有限公司等向青禾街道柳荫社区送来口罩、消毒液等防疫物资。",
      expected: ["明川电子有限公司 sponsors 柳荫社区", "禾丰建材有限公司 sponsors 柳荫社区"]),
    // 提供服务 carries no gift.
    Case(
      text: "明川电子有限公司为柳荫社区提供便民服务。",
      expected: ["明川电子有限公司 : Organization"],
      absent: ["明川电子有限公司 sponsors 柳荫社区"]),
    // Unnamed givers (8家单位): no one gives, not the reporter named before them.
    Case(
      text: "记者王小明报道，8家单位为柳荫社区送来口罩等物资。",
      expected: ["柳荫社区 : Community"],
      absent: ["王小明 sponsors 柳荫社区"]),
  ]

  static let villageGifts: [Case] = [
    // 为村里捐建: the village the sentence has named receives.
    Case(
      text: "柳荫村村民李大成为村里捐建了一座卫生室。",
      expected: ["李大成 sponsors 柳荫村"])
  ]

  static let receivedLists: [Case] = [
    // 某社区收到了几份捐助——甲捐赠的…、乙赠予的2000元: each giver gives to the community.
    Case(
      text: "柳荫社区也收到了几份爱心捐助——明川电子有限公司捐赠的消毒液、禾丰建材有限公司赠予的2000元等。",
      expected: ["明川电子有限公司 sponsors 柳荫社区", "禾丰建材有限公司 sponsors 柳荫社区"]),
    // 赠予 after no 收到 and no 向 gives nothing.
    Case(
      text: "明川电子有限公司赠予的纪念品很受欢迎。",
      expected: ["明川电子有限公司 : Organization"],
      absent: ["明川电子有限公司 sponsors 柳荫社区"]),
  ]

  static let longChains: [Case] = [
    // 向某街道办事处某路东社区送来: a recipient written with its street office and its road.
    Case(
      text: "连日来，明川职业技术学院、禾丰建材有限公司等向西关街道办事处兰溪路东社区送来防护服、酒精等物资。",
      expected: [
        "明川职业技术学院 sponsors 兰溪路东社区", "禾丰建材有限公司 sponsors 兰溪路东社区",
        "兰溪路东社区 located-in 西关街道",
      ]),
    // 某路东社区党支部书记: the community named after its road heads the post.
    Case(
      text: "兰溪路东社区党支部书记王明远表示感谢。",
      expected: ["兰溪路东社区 : Community", "王明远 affiliated-with 兰溪路东社区"],
      absent: ["兰溪路 : Road"]),
  ]

  static let donors: [Case] = [
    // 杰出校友某某, 社区党员某某: a donor introduced by who he is to the receiver, no post.
    Case(
      text: "88届杰出校友李建明向柳荫中学捐赠150万元奖教助学金。",
      expected: ["李建明 : Person", "李建明 sponsors 柳荫中学"]),
    // 第一书记某某某带头捐款, 某某某当场表示: the name keeps its third character (林, 南 begin
    // no new word here).
    Case(
      text: "柳荫村第一书记张晓林带头捐款，镇党委委员周礼南当场表示支持。",
      expected: ["张晓林 : Official", "周礼南 : Official"],
      absent: ["张晓 : Official", "周礼 : Official"]),
    Case(
      text: "柳荫社区也收到了几份爱心捐助——社区党员王晓东捐赠的100个口罩等。",
      expected: ["王晓东 : Person", "王晓东 sponsors 柳荫社区"]),
  ]

  static let giftNouns: [Case] = [
    // 对某某的捐资助学表示赞扬: praise of a gift, no giver in the clause.
    Case(
      text: "市民政局局长王大明对三位企业家的捐资助学表示高度赞扬，希望柳荫镇继续支持教育。",
      expected: ["柳荫镇 : Street"],
      absent: ["王大明 sponsors 柳荫镇", "王大 sponsors 柳荫镇", "明对 sponsors 柳荫镇"]),
    // 捐款主要用于…: what the gift is used for, not the speaker's gift.
    Case(
      text: "该协会会长王大明表示，捐款主要用于对柳荫镇的幼儿园发放补贴。",
      expected: ["柳荫镇 : Street"],
      absent: ["王大明 sponsors 柳荫镇"]),
    // 收到某公司的捐款: received, the gift names both ends.
    Case(
      text: "柳荫社区收到明川电子有限公司的捐款。",
      expected: ["明川电子有限公司 sponsors 柳荫社区"]),
  ]

  static let handedGifts: [Case] = [
    // 甲、乙、丙三位…将十万元现金交到某校校长某某手中: each giver gives to the school.
    Case(
      text: "张大山、李二河、王三江三位柳荫镇在外知名人士当场将十万元现金交到柳荫中学校长刘明远手中。",
      expected: [
        "张大山 sponsors 柳荫中学", "李二河 sponsors 柳荫中学", "王三江 sponsors 柳荫中学",
      ]),
    // 将材料交到: no gift handed.
    Case(
      text: "王明远将材料交到柳荫镇政府。",
      expected: ["柳荫镇 : Street"],
      absent: ["王明远 sponsors 柳荫镇政府", "王明远 sponsors 柳荫镇"]),
  ]

  static let agreements: [Case] = [
    // 甲公司与乙协会签订捐赠协议: the association the gift is agreed with receives it.
    Case(
      text: "11月28日，广东省青禾市明川电器有限公司与柳荫市乡村发展协会签订捐赠协议，捐赠冷暖风机1600台。",
      expected: ["广东省青禾市明川电器有限公司 sponsors 柳荫市乡村发展协会"]),
    // An investment agreement with no named project sponsors nothing (Rulings: sponsors).
    Case(
      text: "明川集团与青山区政府签订投资协议。",
      expected: ["明川集团 : Organization"],
      absent: ["明川集团 sponsors 青山区政府"]),
  ]

  @Test("a gift agreed with its recipient (与某协会签订捐赠协议)", arguments: agreements)
  func agreement(_ example: Case) throws { try example.check() }

  @Test("money handed over (将…现金交到某校手中) is given to the school", arguments: handedGifts)
  func handedGift(_ example: Case) throws { try example.check() }

  @Test("a donor introduced as alumnus or party member is a Person who gives", arguments: donors)
  func donor(_ example: Case) throws { try example.check() }

  @Test("a gift praised or put to use names no giver", arguments: giftNouns)
  func giftNoun(_ example: Case) throws { try example.check() }

  @Test("a long chain of places after 向 and a community named after its road", arguments: longChains)
  func longChain(_ example: Case) throws { try example.check() }

  @Test("a verb of bringing gives only goods, to the one after 向 or 为", arguments: broughtGifts)
  func broughtGift(_ example: Case) throws { try example.check() }

  @Test("a gift to 村里 goes to the village the text has named", arguments: villageGifts)
  func villageGift(_ example: Case) throws { try example.check() }

  @Test("gifts listed by their givers after 收到 go to the receiver", arguments: receivedLists)
  func receivedList(_ example: Case) throws { try example.check() }
}
