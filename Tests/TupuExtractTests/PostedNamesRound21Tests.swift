import Testing

/// Names right after a full post, round 21 (cause D of the people tally: read-g21 01), each with
/// invented names: the post before a name is the genre's strongest cue, so the name is read though
/// its characters look like a place's (乡, 镇).
@Suite("Names after a post, round 21")
struct PostedNamesRound21Tests {
  typealias Case = ReadingCase

  static let placeLikeNames: [Case] = [
    // 副县长 begins with no level: no 县|长某乡 street hides in it.
    Case(
      text: "县人民政府副县长韦乡林汇报了项目进展情况。",
      expected: ["韦乡林 : Official", "韦乡林 title 副县长"],
      absent: ["副县长韦乡 : Street"]),
    Case(
      text: "青石县副区长蒋镇东出席会议。",
      expected: ["蒋镇东 : Official"],
      absent: ["副区长蒋镇 : Street"]),
    // 某区长安街道 stays a district and its street.
    Case(
      text: "河西区长安街道党工委书记邝一鸣陪同调研。",
      expected: ["长安街道 : Street", "邝一鸣 : Official"],
      absent: ["长安街道 : Official"]),
  ]

  @Test("a name holding 乡 or 镇 after a deputy's post", arguments: placeLikeNames)
  func placeLikeName(_ example: Case) throws { try example.check() }
}
