import TupuGraph

/// Test graphs: the core vocabulary of ONTOLOGY-CORE.md and a few facts of the sample page.
enum SampleGraph {
  static let vocabulary = Vocabulary(
    classes: [
      .init(id: "Official", label: "官员", parent: "Person"),
      .init(id: "Person", label: "人物"),
      .init(id: "City", label: "市"),
      .init(id: "District", label: "区/县"),
      .init(id: "Street", label: "街道"),
      .init(id: "Community", label: "社区"),
      .init(id: "Road", label: "道路"),
      .init(id: "Project", label: "项目"),
      .init(id: "Organization", label: "机构"),
      .init(id: "Meeting", label: "会议"),
      .init(id: "Place", label: "场所"),
    ],
    predicates: [
      .init(id: "type", label: "类型"),
      .init(id: "chairs", label: "主持", aliases: ["主持召开"]),
      .init(id: "convenes", label: "召开"),
      .init(id: "attends", label: "出席", aliases: ["参加", "列席"]),
      .init(id: "reviews", label: "听取汇报"),
      .init(id: "located-in", label: "位于"),
      .init(id: "sponsors", label: "资助"),
      .init(id: "title", label: "职务", literalObject: true),
      .init(id: "affiliated-with", label: "隶属"),
    ],
    rules: [
      InferenceRule(
        id: "chair-reviews",
        body: [.init("?x", "chairs", "?m"), .init("?m", "reviews", "?p")],
        head: .init("?x", "reviews", "?p"))
    ])

  static let meeting = "十五届区委常委会第27次会议"

  static func evidence(_ sentence: Int, _ start: Int, _ end: Int, _ pattern: String) -> Evidence {
    Evidence(
      article: 0, sentence: sentence, start: start, end: end,
      text: "4月13日，区委书记李朝锋主持召开\(meeting)，听取微光夜视项目汇报。", pattern: pattern,
      document: "Examples/weidu-district-news-page.txt")
  }

  /// A small graph: types, posts, places, a meeting and one derived fact.
  static let facts: [Fact] = [
    Fact("李朝锋", "type", .classRef("Official"), evidence: evidence(1, 5, 8, "title-name")),
    Fact("何长成", "type", .classRef("Official"), evidence: evidence(2, 0, 3, "title-name")),
    Fact("魏都区", "type", .classRef("District"), evidence: evidence(0, 0, 3, "gazetteer")),
    Fact("颍昌街道", "type", .classRef("Street"), evidence: evidence(3, 0, 4, "place-suffix")),
    Fact("许继社区", "type", .classRef("Community"), evidence: evidence(3, 4, 8, "place-suffix")),
    Fact("微光夜视", "type", .classRef("Project"), evidence: evidence(1, 30, 34, "review-report")),
    Fact(meeting, "type", .classRef("Meeting"), evidence: evidence(1, 15, 29, "meeting-name")),
    Fact("魏都区烟草局", "type", .classRef("Organization"), evidence: evidence(4, 0, 6, "org")),
    Fact("李朝锋", "title", .literal("区委书记"), evidence: evidence(1, 1, 5, "title-name")),
    Fact("李朝锋", "affiliated-with", .entity("魏都区"), evidence: evidence(1, 1, 5, "title-unit")),
    Fact("何长成", "title", .literal("区长"), evidence: evidence(2, 0, 2, "title-name")),
    Fact("李朝锋", "chairs", .entity(meeting), evidence: evidence(1, 5, 29, "chair-cue")),
    Fact("何长成", "attends", .entity(meeting), evidence: evidence(2, 0, 12, "attend-cue")),
    Fact(meeting, "reviews", .entity("微光夜视"), evidence: evidence(1, 15, 40, "review-report")),
    Fact("颍昌街道", "located-in", .entity("魏都区"), evidence: evidence(3, 0, 4, "name-nesting")),
    Fact("许继社区", "located-in", .entity("颍昌街道"), evidence: evidence(3, 0, 8, "name-nesting")),
    Fact("魏都区烟草局", "sponsors", .entity("许继社区"), evidence: evidence(4, 0, 12, "sponsor-cue")),
    Fact("李朝锋", "reviews", .entity("微光夜视"), derivedBy: "chair-reviews"),
  ]

  /// Names that break naive writers: quotes, backslashes (one at the end), angle brackets,
  /// line breaks, a TAB, percent signs and the characters Turtle treats specially.
  static let awkwardNames = [
    "他说\"你好\"社区", "a\\b项目", "结尾反斜杠\\", "<script>alert(1)</script>",
    "第一行\n第二行", "a>b<c", "制表\t符", "100%会议", "-开头", "x.y~z", "#井号", "a|b", "结尾句点.", "..",
  ]

  /// A graph over `awkwardNames`: each a Community located in the next, one with a post.
  static var awkwardFacts: [Fact] {
    var facts: [Fact] = []
    for (number, name) in awkwardNames.enumerated() {
      facts.append(Fact(name, "type", .classRef("Community")))
      let next = awkwardNames[(number + 1) % awkwardNames.count]
      facts.append(
        Fact(
          name, "located-in", .entity(next),
          evidence: Evidence(
            article: 0, sentence: number, start: 0, end: 1, text: "原文\"\(name)\"\n第二行",
            pattern: "p\\\(number)", document: "dir/with \"quote\".txt")))
    }
    facts.append(Fact(awkwardNames[0], "title", .literal("书记\"一\"\\\n二")))
    return facts
  }
}
