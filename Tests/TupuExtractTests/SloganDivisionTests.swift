import Testing

/// A slogan in quotation marks that ends in a division's or road's word (建设“红色某县、中国某乡”,
/// 开展“同心社区”创建, 打造“首善之区”, “万企联万村、共走振兴路”) names no division or road; quoted
/// speech and a quote after a place's cue still name real ones. Invented names throughout.
@Suite("Divisions and roads in slogans")
struct SloganDivisionTests {
  typealias Case = ReadingCase

  static let slogans: [Case] = [
    Case(
      text: "为加快建设“红色青梧、中国竹乡”凝聚人心。",
      expected: [],
      absent: ["中国竹乡 : Street"]),
    Case(
      text: "柳溪镇扎实开展“和美乡村”、“和美社区”、“和美项目”创建工作。",
      expected: ["柳溪镇 : Street"],
      absent: ["和美社区 : Community"]),
    Case(
      text: "着力打造青禾的“首美之区”、“首安之区”。",
      expected: [],
      absent: ["首美之区 : District", "首安之区 : District"]),
    Case(
      text: "企业家考察团来我县调研“百企帮百村、同走富民路”工作。",
      expected: [],
      absent: ["同走富民路 : Road"]),
    Case(
      text: "打造“平安街道·品质东岚”。",
      expected: [],
      absent: ["平安街道 : Street"]),
  ]

  @Test("a division or road read inside a quoted slogan is none", arguments: slogans)
  func slogan(_ example: Case) throws { try example.check() }

  static let realPlaces: [Case] = [
    // Quoted speech names real villages.
    Case(
      text: "他说:“这条路连通了柳塘村、石岭村,群众出行更方便了。”",
      expected: ["柳塘村 : Community", "石岭村 : Community"]),
    // A place's cue before the quote: the quoted name is a real one.
    Case(
      text: "调研组来到“青岭村”,察看村容村貌。",
      expected: ["青岭村 : Community"]),
    // Outside quotes nothing changes.
    Case(
      text: "区委书记到丰源街道青柳社区调研。",
      expected: ["丰源街道 : Street", "青柳社区 : Community"]),
  ]

  @Test("quoted speech, a place's cue and unquoted names still give places", arguments: realPlaces)
  func realPlace(_ example: Case) throws { try example.check() }
}
