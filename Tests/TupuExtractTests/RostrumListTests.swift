import Testing

/// Names alone listed, marked as officials by a frame after the list: the rostrum's seats, a
/// group of leaders after 等. Invented names.
@Suite("Reading bare names a frame after the list marks as officials")
struct RostrumListTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // 在主席台就座 after a list of names alone: the rostrum's officials; no attendance said.
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东、邝一鸣、罗文在主席台就座。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official", "罗文 : Official"],
      absent: ["马立群 attends 青山县政协九届三次会议", "罗文 : Person"]),
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东在主席台前排就座。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
    Case(
      text: "青山县政协九届三次会议开幕。马立群、甘晓东在主席台上就坐。",
      expected: ["马立群 : Official", "甘晓东 : Official"]),
    // 在主席台就座的有：the list after the frame.
    Case(
      text: "青山县政协九届三次会议开幕。在主席台就座的有：马立群、甘晓东、邝一鸣。",
      expected: ["马立群 : Official", "甘晓东 : Official", "邝一鸣 : Official"],
      absent: ["马立群 attends 青山县政协九届三次会议"]),
    // A name alone on the rostrum stays a person (no list says they are the leaders).
    Case(
      text: "青山县政协九届三次会议开幕。开幕会由马立群主持。甘晓东在主席台前排就座。",
      expected: ["甘晓东 : Person"],
      absent: ["甘晓东 : Official"]),
  ]

  @Test("names listed before or after a frame that marks them as officials", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
