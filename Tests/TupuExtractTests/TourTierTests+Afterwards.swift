import Testing

extension TourTierTests {
  static let afterwardsCases: [Case] = [
    // 在实地调研A、B和C后，甲强调: 后 ends the frame, not the last site's name.
    Case(
      text: "7月16日，市委书记赵明轩在实地调研青溪河治理一期工程、白州卷烟厂易地技改搬迁项目和红星水厂新厂区后，"
        + "强调加快项目建设进度。",
      expected: ["赵明轩 reviews 红星水厂新厂区", "赵明轩 reviews 青溪河治理一期工程"],
      absent: ["红星水厂新厂区后 : Project"]),
  ]

  @Test("在…后 closes a tour's list of sites", arguments: afterwardsCases)
  func afterwards(_ reading: Case) throws { try reading.check() }
}
