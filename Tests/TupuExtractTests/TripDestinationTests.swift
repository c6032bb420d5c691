import Testing

/// Round 10: a district the article's people travel to for a visit, from posts of its level, is
/// the hosts' (its bodies and posts there are the hosts'), not the article's. Invented names.
@Suite("The district travelled to is the hosts'")
struct TripDestinationTests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    Case(
      text:
        "区人大常委会副主任张青赴青山区学习考察代表工作。\n近日，区人大常委会副主任张青率队赴青山区学习考察。青山区人大常委会副主任李青陪同。\n张青表示，青石区人大常委会将借鉴经验。",
      expected: [
        "张青 affiliated-with 青石区人大常委会", "李青 affiliated-with 青山区人大常委会",
      ],
      absent: ["张青 affiliated-with 青山区人大常委会"]),
    // A city's leader going to one of its districts visits the article's own district.
    Case(
      text: "市委书记张青赴青山区调研。区委书记李青陪同。",
      expected: ["李青 affiliated-with 青山区"]),
  ]

  @Test("the district travelled to is the hosts'", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
