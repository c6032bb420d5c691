import Testing

/// Round 18 forms of where things lie, read from new real text and written again with invented
/// names: a facility named right after its village or community — a base or a workshop, or a name
/// in quotes — lies in it (Rulings: places inside names).
@Suite("Village facilities, round 18")
struct VillageFacilityRound18Tests {
  typealias Case = ReadingCase

  /// 某镇某村莲藕基地, 某村帮扶工艺制品车间: a base or workshop named after the village right
  /// before it is a Place of that village; the kind word alone (生产基地, 生产车间) names none.
  static let basesAndWorkshops: [Case] = [
    Case(
      text: "5月6日，青禾县柳塘镇花溪村荷花基地，村民正在田间管护。",
      expected: [
        "花溪村荷花基地 : Place", "花溪村荷花基地 located-in 花溪村", "花溪村 located-in 柳塘镇",
      ]),
    Case(
      text: "他要求有关部门帮助石泉村帮扶竹编制品车间拓展销售渠道。",
      expected: ["石泉村帮扶竹编制品车间 : Place", "石泉村帮扶竹编制品车间 located-in 石泉村"]),
    Case(
      text: "工人们在生产车间忙碌，该公司还将新建一处生产基地。",
      expected: [],
      absent: ["生产车间 : Place", "生产基地 : Place"]),
    // 产业基地 stays a work, in its village.
    Case(
      text: "近日，柳塘镇花溪村茶叶产业基地正式开工。",
      expected: ["茶叶产业基地 : Project", "茶叶产业基地 located-in 花溪村"],
      absent: ["茶叶产业基地 : Place", "花溪村茶叶产业基地 : Place"]),
  ]

  /// 某社区“某某中心”: the quotes do not cut the facility's name off from its community.
  static let quotedFacilities: [Case] = [
    Case(
      text: "会议就拟建的青石社区“议事+邻里中心”阵地建设进行商议。",
      expected: ["议事+邻里中心 located-in 青石社区"]),
    Case(
      text: "居民们来到花溪村“连心广场”参加活动。",
      expected: ["花溪村连心广场 : Place", "花溪村连心广场 located-in 花溪村"]),
    Case(
      text: "依托柳溪村“老支书调解工作室”，村里化解了多起纠纷。",
      expected: ["柳溪村老支书调解工作室 : Place", "柳溪村老支书调解工作室 located-in 柳溪村"]),
    Case(
      text: "县里新成立了名师工作室。",
      expected: [],
      absent: ["名师工作室 : Place"]),
    // Quotes that open after a place but close elsewhere hold no facility of it.
    Case(
      text: "青石社区“红色邻里”品牌深入人心。",
      expected: [],
      absent: ["红色邻里 located-in 青石社区"]),
  ]

  @Test("a village's base or workshop lies in it", arguments: basesAndWorkshops)
  func baseOrWorkshop(_ example: Case) throws { try example.check() }

  @Test("a quoted facility after its community lies in it", arguments: quotedFacilities)
  func quotedFacility(_ example: Case) throws { try example.check() }
}
