import Testing

/// Divisions in round 17, each with invented names: a town's or village's own name may hold a
/// word that elsewhere ends names — the 各 of 某各庄 (a common northern place name), the 正 of a
/// two-character name (某正镇), the 进 of 前进村 and 跃进社区 — and is then read whole, with its
/// chain of places; 各 (each) before a kind of village or a level word still names none.
@Suite("Divisions, round 17")
struct DivisionRound17Tests {
  typealias Case = ReadingCase

  static let namesHoldingStops: [Case] = [
    Case(
      text: "5月20日，青石县柳各庄镇南塘村举办邻里节。",
      expected: [
        "柳各庄镇 : Street", "柳各庄镇 located-in 青石县", "南塘村 located-in 柳各庄镇",
      ]),
    Case(
      text: "近年来，柳各庄街道以共建为契机，推动基层治理。",
      expected: ["柳各庄街道 : Street"]),
    Case(
      text: "代表们先后来到白正镇南塘村美丽圩镇建设项目等地进行视察。",
      expected: ["白正镇 : Street", "南塘村 located-in 白正镇"],
      absent: ["美丽圩镇 : Street", "镇南塘村 : Community"]),
    Case(
      text: "走进青石县柳溪街道跃进社区，小区道路干净整洁。",
      expected: ["跃进社区 : Community", "跃进社区 located-in 柳溪街道"]),
    Case(
      text: "青石县柳溪镇前进村党支部书记张三丰介绍了村里的变化。",
      expected: ["前进村 : Community", "前进村 located-in 柳溪镇"]),
    Case(
      text: "全县各行政村、各社区要全面排查隐患。",
      expected: [],
      absent: ["全县各行政村 : Community", "县各行政村 : Community", "各社区 : Community"]),
    Case(
      text: "柳溪镇各贫困村要加快发展集体经济，镇干部进村入户。",
      expected: ["柳溪镇 : Street"],
      absent: ["各贫困村 : Community", "镇各贫困村 : Community", "干部进村 : Community"]),
  ]

  @Test("a village's or town's own name may hold a stop word", arguments: namesHoldingStops)
  func nameHoldingStop(_ example: Case) throws { try example.check() }

  /// 巴彦某某苏木: a 苏木's Mongolian name may begin with a word that is also a county's short
  /// form (巴彦, 赛罕); it stays part of the name, and the chain of places holds. A county's
  /// short form before a town (某县 written short before 某镇) still begins no town.
  static let sumuNames: [Case] = [
    Case(
      text: "调研组来到青石旗巴彦乌兰苏木查干嘎查，实地查看暖棚建设。",
      expected: [
        "巴彦乌兰苏木 : Street", "巴彦乌兰苏木 located-in 青石旗", "查干嘎查 located-in 巴彦乌兰苏木",
      ],
      absent: ["乌兰苏木 : Street"]),
    Case(
      text: "旗委书记先后到赛罕青格苏木、洪格尔苏木调研。",
      expected: ["赛罕青格苏木 : Street"],
      absent: ["青格苏木 : Street"]),
  ]

  @Test("a sumu's Mongolian name keeps a word that is also a county's short form", arguments: sumuNames)
  func sumuName(_ example: Case) throws { try example.check() }

  /// 某某艾日克村, 某某额日格社区: a Uyghur or Mongolian name (holding 日 or 他 after its first
  /// character) may run three characters past the suffix's usual length; a phrase of common words
  /// (假日经济示范村) is no such name. A work listed after it is named with it.
  static let transliteratedNames: [Case] = [
    Case(
      text: "调研组来到青石县柳溪乡阿克拜什日克村，察看安居工程。",
      expected: ["阿克拜什日克村 : Community", "阿克拜什日克村 located-in 柳溪乡"]),
    Case(
      text: "视察组先后对青石旗数字乡村项目、乌兰额日格图社区综合管网改造项目、青石旗第二小学综合楼项目进行视察。",
      expected: [
        "乌兰额日格图社区 : Community",
        "乌兰额日格图社区综合管网改造项目 located-in 乌兰额日格图社区",
      ],
      absent: ["综合管网改造项目 : Project", "格图社区综合管网改造项目 : Project"]),
    Case(
      text: "代表们先后到格日青格苏木、阿日青格勒镇调研。",
      expected: ["阿日青格勒镇 : Street"],
      absent: ["青格勒镇 : Street"]),
    Case(
      text: "全县大力发展假日经济示范村建设，节假日社区志愿者忙个不停。",
      expected: [],
      absent: ["假日经济示范村 : Community", "节假日社区 : Community"]),
  ]

  @Test("a transliterated village's or town's name may run longer", arguments: transliteratedNames)
  func transliteratedName(_ example: Case) throws { try example.check() }
}
