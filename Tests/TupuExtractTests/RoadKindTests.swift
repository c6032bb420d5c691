import Testing

/// A road named only by what it is paved with or which level builds it (水泥路, 沥青路, 屯级路,
/// 通村路), by its dirt or gravel (泥巴路, 石子路) or by where in the village it runs (环村路, 村中路)
/// says what kind of road, not which; 巷道 (lanes, as in 巷道硬化) is a word, no lane's
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
      // Dirt and gravel, and a village's roads by where they run or whose they are.
      ReadingCase(
        text: "青禾村之前是泥巴路，如今村里对环村路、村中路进行了硬化，还铺了石子路。",
        expected: ["青禾村 : Community"],
        absent: ["泥巴路 : Road", "环村路 : Road", "村中路 : Road", "石子路 : Road"]),
      ReadingCase(
        text: "兴华公司捐资修家乡路，拓宽了兴华路。",
        expected: ["兴华路 : Road"],
        absent: ["家乡路 : Road"]),
    ])
  func kindsOfRoad(reading: ReadingCase) throws { try reading.check() }
}
