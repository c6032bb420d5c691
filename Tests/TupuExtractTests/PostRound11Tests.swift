import Testing

/// Posts every place has, as general knowledge of the genre (round 11): the armed forces
/// department's commissar, and roles written after a town's or community's own leader post.
/// Invented names.
@Suite("Reading posts of towns, villages and armed forces departments")
struct PostRound11Tests {
  typealias Case = ReadingCase

  static let cases: [Case] = [
    // Round 13: a bare 主任, 副主任 listed right after a street's leader heads the street's office;
    // after a body's post (区发改委主任) it stays that body's.
    Case(
      text: "区委副书记柯立新到青石街道调研，青石街道工委书记王大明、主任赵小东、副主任钱小南陪同调研。",
      expected: [
        "王大明 affiliated-with 青石街道", "赵小东 affiliated-with 青石街道", "钱小南 affiliated-with 青石街道",
      ]),
    // Round 13: a bare 政协 in a county's article is the county's (Rulings: the article's
    // district), not the city's 政协 an earlier guest's post named; after a term's count
    // (市二届人大常委会) it is left as it was read.
    Case(
      text: "8月16日，青溪县举行重点项目集中开工活动。青石市政协副主席赵一鸣，县委书记钱二虎，副县长李四海，"
        + "政协副主席周立群出席开工活动。",
      expected: ["赵一鸣 affiliated-with 青石市政协", "周立群 affiliated-with 青溪县政协"],
      absent: ["周立群 affiliated-with 青石市政协"]),
    Case(
      text: "5月24日，青石市人大常委会视察组赴青溪县视察。市人大常委会副主任杨一鸣，市二届人大常委会副主任廖立群等参加视察。",
      expected: [],
      absent: ["廖立群 affiliated-with 青溪县人大常委会"]),
    Case(
      text: "青石街道党工委书记王大明、区发改委主任赵小东陪同调研。",
      expected: ["赵小东 affiliated-with 区发改委"],
      absent: ["赵小东 affiliated-with 青石街道"]),
    // 人武部政委: the department's political commissar, a post like its 部长.
    Case(
      text: "青山县召开党管武装工作会议。县委常委、县人武部政委卫明远出席会议。",
      expected: ["卫明远 title 县委常委", "卫明远 title 政委", "卫明远 affiliated-with 青山县人武部"]),
    // 纪委书记 right after a town's own party post: the town's 纪委, not the body of an earlier
    // sentence's post.
    Case(
      text: "青山县召开工作会议。县文明办主任钱立新参加。"
        + "白石镇党委副书记、纪委书记周文斌，白石镇党委委员、组织委员孙晓峰出席。",
      expected: [
        "周文斌 title 纪委书记", "周文斌 affiliated-with 白石镇纪委", "孙晓峰 title 组织委员",
        "孙晓峰 affiliated-with 白石镇",
      ],
      absent: ["周文斌 affiliated-with 青山县文明办", "孙晓峰 affiliated-with 青山县文明办"]),
    // 居委会主任 after the community's party post: the community's committee.
    Case(
      text: "青山县住建局局长钱立新参加。翠竹社区党委书记、居委会主任周文斌汇报工作。",
      expected: ["周文斌 title 社区党委书记", "周文斌 affiliated-with 翠竹社区"],
      absent: ["周文斌 affiliated-with 青山县住建局"]),
    // A note in brackets between the post and the name: the name still holds the post.
    Case(
      text: "白石街道召开工作会议。街道党工委副书记、办事处副主任（主持工作）周文斌主持会议。",
      expected: ["周文斌 title 街道党工委副书记", "周文斌 affiliated-with 白石街道"]),
    // A role after words not read as a body takes no body of an earlier sentence.
    Case(
      text: "青山县文明办主任吴光明参加。青川地委书记周文斌出席。",
      expected: ["吴光明 affiliated-with 青山县文明办"],
      absent: ["周文斌 affiliated-with 青山县文明办"]),
    // 上届镇政府: a term of office before the level word names no town; the town's head is the
    // town's the article names.
    Case(
      text: "白石镇召开人民代表大会。代表们对上届镇政府工作给予肯定。周文斌当选为镇长。",
      expected: ["周文斌 title 镇长", "周文斌 affiliated-with 白石镇"],
      absent: ["上届镇 : Street", "周文斌 affiliated-with 上届镇"]),
    // 苏木 and 嘎查 posts: a township's and a village's, held by Officials.
    Case(
      text: "青川旗召开会议。白石苏木党委书记吴光明，白石苏木苏木达周文斌，红柳嘎查嘎查达孙晓峰参加。",
      expected: [
        "吴光明 title 苏木党委书记", "吴光明 affiliated-with 白石苏木", "周文斌 title 苏木达",
        "周文斌 affiliated-with 白石苏木", "孙晓峰 title 嘎查达", "孙晓峰 affiliated-with 红柳嘎查",
      ]),
    // Short forms of village and community heads, a town's 政法委员, an organization department's
    // 部务委员, an assistant to a county head.
    Case(
      text: "青山县召开工作会议。红柳村支书吴光明，翠竹社区书记周文斌，县委组织部部务委员孙晓峰，"
        + "县长助理钱立新，白石镇党委副书记、政法委员卫明远参加。",
      expected: [
        "吴光明 title 村支书", "吴光明 affiliated-with 红柳村", "周文斌 title 社区书记",
        "周文斌 affiliated-with 翠竹社区", "孙晓峰 title 部务委员", "钱立新 title 县长助理",
        "钱立新 affiliated-with 青山县", "卫明远 title 政法委员", "卫明远 affiliated-with 白石镇",
      ],
      absent: ["卫明远 affiliated-with 青山县委政法委"]),
    // A role after words not read as a body (派出所) is no post of the body named for an earlier
    // name in the sentence; a two-character word before it (专家委员) only tells the kind of holder.
    Case(
      text: "青山县召开会议。县残联理事长钱立新，白石镇派出所所长周文斌参加。",
      expected: ["钱立新 affiliated-with 青山县残联"],
      absent: ["周文斌 affiliated-with 青山县残联"]),
    Case(
      text: "青山县规划委员会召开会议。县委书记、县规划委员会主任钱立新，专家委员周文斌参加会议。",
      expected: ["周文斌 title 委员"]),
    // A province's department head (副厅长) and a court division's (庭长): posts, held by Officials.
    Case(
      text: "青山县召开会议。省水利厅副厅长吴光明带队，县法院民一庭庭长周文斌参加。",
      expected: [
        "吴光明 : Official", "吴光明 title 副厅长", "吴光明 affiliated-with 省水利厅", "周文斌 title 庭长",
      ]),
    // A county-level 管理区 writes its committee 区党委: its posts are the district's.
    Case(
      text: "青湖管理区召开工作会议。区党委副书记吴光明主持会议。",
      expected: ["吴光明 title 区党委副书记", "吴光明 affiliated-with 青湖管理区"]),
    // A full-time deputy (专职副主席): the whole post is the title.
    Case(
      text: "青山县召开会议。县工商联专职副主席吴光明参加。",
      expected: ["吴光明 title 工商联专职副主席", "吴光明 affiliated-with 青山县工商联"],
      absent: ["吴光明 title 副主席"]),
    // 任职命令: 任 begins a word of appointment there, no surname of a name after a post.
    Case(
      text: "青山县人武部党委第一书记任职命令宣布大会举行。", expected: [],
      absent: ["任职命 : Official", "任职命 : Person"]),
    // 党委书记 alone after a sentence on the town's congress: no post of the congress.
    Case(
      text: "会议选举吴光明同志为白石镇人大主席。最后，党委书记周文斌同志表示祝贺。",
      expected: ["吴光明 affiliated-with 白石镇人大", "周文斌 title 党委书记"],
      absent: ["周文斌 affiliated-with 白石镇人大"]),
  ]

  @Test("posts of towns, villages and armed forces departments", arguments: cases)
  func reads(_ example: Case) throws {
    try example.check()
  }
}
