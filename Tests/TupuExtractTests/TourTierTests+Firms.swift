import Testing

extension TourTierTests {
  static let bracketedFirmCases: [Case] = [
    // 前往某能源(某县)有限公司，视察…: a firm's registered name holds its place in brackets.
    Case(
      text: "视察组前往红星再生能源(青禾)有限公司，视察青禾县垃圾治理一体化项目的运行状况。",
      expected: ["红星再生能源(青禾)有限公司 : Organization", "青禾县垃圾治理一体化项目 : Project"]),
    Case(
      text: "林文博参观了金泰精密（白州）有限公司。",
      expected: ["金泰精密（白州）有限公司 : Organization"]),
  ]

  @Test("A firm's name with its place in brackets is one name", arguments: bracketedFirmCases)
  func bracketedFirms(_ reading: Case) throws { try reading.check() }
}
