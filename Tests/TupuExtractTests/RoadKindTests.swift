import Testing

/// A road named only by what it is paved with or which level builds it (水泥路, 沥青路, 屯级路,
/// 通村路) says what kind of road, not which; 巷道 (lanes, as in 巷道硬化) is a word, no lane's
/// name. A road with a name of its own keeps it beside them.
@Suite("roads named by their paving or their level only are no Roads")
struct RoadKindTests {
  @Test(
    "水泥路, 沥青路, 水泥大道, 屯级路, 通村路, 巷道: kinds of road",
    arguments: [
      ReadingCase(
        text: "青禾村门前的水泥路修好了，村里还铺了沥青路。",
        expected: ["青禾村 : Community"],
        absent: ["水泥路 : Road", "沥青路 : Road"]),
      ReadingCase(
        text: "一条宽敞整洁的水泥大道展现在青禾村村民面前。",
        expected: [],
        absent: ["水泥大道 : Road"]),
      ReadingCase(
        text: "青禾镇今年完成新建屯级路23条，通村路18公里，10万平米巷道硬化。",
        expected: ["青禾镇 : Street"],
        absent: ["屯级路 : Road", "通村路 : Road", "万平米巷 : Road"]),
      ReadingCase(
        text: "青禾镇修建巷道300米，拓宽了兴华路和通组路。",
        expected: ["兴华路 : Road"],
        absent: ["修建巷 : Road", "通组路 : Road"]),
    ])
  func kindsOfRoad(reading: ReadingCase) throws { try reading.check() }
}
