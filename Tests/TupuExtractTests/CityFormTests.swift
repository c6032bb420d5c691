import Testing

/// Cities, districts and towns as real news writes them, and the words that only look like
/// them: a count or a verb before a level word, a city the country's lists lack. Invented
/// people and bodies; the cities are the country's own.
@Suite("Reading cities and the words that only end like them")
struct CityFormTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // A numeral right before 市, or other level words before it: counting or levels, no city.
    Case(
      text: "希望今后两市进一步加强交流。要紧盯中省市政策方向，为全面建成小康三市而奋斗。",
      expected: [],
      absent: ["今后两市 : City", "中省市 : City", "小康三市 : City"]),
    Case(
      text: "市城市规划委员会举行第十七次会议。",
      expected: [],
      absent: ["市城市 : City"]),
    // Cities named with a numeral inside, provinces and cities with their suffix, stay.
    Case(
      text: "考察团先后赴浙江省绍兴市、十堰市、江城市和湖南省考察。",
      expected: [
        "浙江省 : City", "绍兴市 : City", "十堰市 : City", "江城市 : City", "湖南省 : City",
      ]),
    // A listed city whose name holds a stop word (和) is read whole.
    Case(
      text: "地址：内蒙古呼和浩特市青禾区迎宾路1号",
      expected: ["呼和浩特市 : City"],
      absent: ["浩特市 : City"]),
    // A preposition glued to a listed city leads it; the city keeps its own name.
    Case(
      text: "青禾街道以绍兴市文明城市建设指挥部文件精神为契机，推进小区改造。",
      expected: ["绍兴市 : City"],
      absent: ["以绍兴市 : City"]),
    // A count before a level word: the count is no part of a division's name.
    Case(
      text: "希望三名县派第一书记互相学习。两处街道的设立意义重大。",
      expected: [],
      absent: ["三名县 : District", "两处街道 : Street"]),
    Case(
      text: "张启明、刘有田三位柳溪镇在外人士当场捐款。",
      expected: ["柳溪镇 : Street"],
      absent: ["三位柳溪镇 : Street"]),
    Case(
      text: "十届州政协原主席粟文明出席会议。",
      expected: [],
      absent: ["十届州 : City"]),
    // Verbs of deciding, listing, appraising, electing and stationing before a level word or a
    // place begin no name; nor does a year's 年度 before a county.
    Case(
      text: "会议研究确定县直单位考核等次，审定了评议区农业农村委工作方案。",
      expected: [],
      absent: ["确定县 : District", "评议区 : District", "评议区农业农村委 : Organization"]),
    Case(
      text: "大会选出新镇长。县总工会派驻柳溪镇小湾村工作队队员参加。",
      expected: ["柳溪镇 : Street"],
      absent: ["选出新镇 : Street", "派驻柳溪镇 : Street"]),
    Case(
      text: "会议听取了2021年度通城县绩效管理考评情况汇报。",
      expected: ["通城县 : District"],
      absent: ["度通城县 : District"]),
    // A province by its bare name inside an outlet's name or a source line is the outlet's.
    Case(
      text: "来源：今日江西\n江西晨报记者从青禾区获悉，项目开工。【河北工人日报】来源：中新网河北",
      expected: [],
      absent: ["江西 : City", "河北 : City"]),
    Case(
      text: "传达学习总书记在江西考察时的重要讲话精神。",
      expected: ["江西 : City"]),
  ]

  @Test("cities and towns are read by their names, not by words that end like them",
    arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
