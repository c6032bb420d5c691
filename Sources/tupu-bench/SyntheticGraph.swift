import Foundation

/// A deterministic synthetic knowledge graph in the shape of the news genre, as many triples
/// as asked: cities ⊃ districts ⊃ streets ⊃ communities (located-in), officials with titles
/// and units, meetings that officials chair and attend and that review projects,
/// organizations sponsoring communities. Names are Chinese and unique per entity.
///
/// Shared by the store and query benchmarks, so both measure the same graph.
struct SyntheticGraph {
  struct Triple {
    var subject: String
    var predicate: String
    var object: String
  }

  private(set) var triples: [Triple] = []
  /// A few names of each kind, for queries that need a bound term.
  private(set) var sampleOfficials: [String] = []
  private(set) var sampleDistricts: [String] = []
  private(set) var sampleMeetings: [String] = []
  private(set) var sampleProjects: [String] = []

  private static let surnames = unique(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
  )
  private static let given = unique(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏宇浩凯健俊帆帅旭宁龙林欣怡佳琪晨阳雪梅海波斌志刚春燕晓东丹峰玲颖飞云成新德立中永庆光荣宏振清正"
  )
  private static let places = unique(
    "东西南北中安宁平和兴隆昌盛丰泰康福寿嘉禾永定长乐新华光明文化建设解放胜利人民幸福团结和平友谊振兴繁荣富强锦绣青山绿水金桥银河凤凰龙泉桃园柳林梧桐枫杨松柏翠竹兰亭"
  )
  private static let titles = [
    "区委书记", "区长", "副区长", "区委常委", "街道党工委书记", "街道办事处主任", "社区党支部书记",
    "社区居委会主任", "组织部部长", "政法委书记",
  ]
  private static let projectKinds = ["产业园", "污水处理厂", "人才公寓", "智能制造基地", "物流中心", "安置小区"]
  private static let bodyKinds = ["烟草局", "税务局", "供电公司", "商会", "教育局", "卫健委"]

  /// Exactly `count` triples (the last district may be cut short), the same for the same seed.
  init(triples count: Int, seed: UInt64 = 2024) {
    var random = SplitMix64(seed: seed)
    var out: [Triple] = []
    out.reserveCapacity(count)
    var officialIndex = 0
    var projectIndex = 0
    var placeIndex = 0
    func add(_ s: String, _ p: String, _ o: String) {
      out.append(Triple(subject: s, predicate: p, object: o))
    }
    func placeName(_ suffix: String) -> String {
      defer { placeIndex += 1 }
      return Self.code(placeIndex, alphabet: Self.places, minimumLength: 2) + suffix
    }
    func official() -> String {
      defer { officialIndex += 1 }
      let surname = Self.surnames[officialIndex % Self.surnames.count]
      return surname
        + Self.code(officialIndex / Self.surnames.count, alphabet: Self.given, minimumLength: 2)
    }
    var district = 0
    while out.count < count {
      let city = Self.code(district / 12, alphabet: Self.places, minimumLength: 2) + "市"
      if district % 12 == 0 { add(city, "type", "City") }
      let districtName = placeName("区")
      add(districtName, "type", "District")
      add(districtName, "located-in", city)
      if sampleDistricts.count < 8 { sampleDistricts.append(districtName) }
      var streets: [String] = []
      var communities: [String] = []
      for _ in 0..<10 {
        let street = placeName("街道")
        streets.append(street)
        add(street, "type", "Street")
        add(street, "located-in", districtName)
        for _ in 0..<8 {
          let community = placeName("社区")
          communities.append(community)
          add(community, "type", "Community")
          add(community, "located-in", street)
        }
      }
      var officials: [String] = []
      for _ in 0..<60 {
        let person = official()
        officials.append(person)
        add(person, "type", "Official")
        add(person, "title", Self.titles[random.below(Self.titles.count)])
        let unit = random.below(3) == 0 ? districtName : streets[random.below(streets.count)]
        add(person, "affiliated-with", unit)
      }
      if sampleOfficials.count < 8 { sampleOfficials.append(officials[0]) }
      var projects: [String] = []
      for _ in 0..<50 {
        defer { projectIndex += 1 }
        let project =
          Self.code(projectIndex, alphabet: Self.places, minimumLength: 2)
          + Self.projectKinds[projectIndex % Self.projectKinds.count]
        projects.append(project)
        add(project, "type", "Project")
        add(project, "located-in", streets[random.below(streets.count)])
      }
      if sampleProjects.count < 8 { sampleProjects.append(projects[0]) }
      for number in 1...40 {
        let meeting = "\(districtName)重点项目工作例会第\(number)次会议"
        if sampleMeetings.count < 8 { sampleMeetings.append(meeting) }
        add(meeting, "type", "Meeting")
        add(officials[random.below(officials.count)], "chairs", meeting)
        for _ in 0..<(3 + random.below(3)) {
          add(officials[random.below(officials.count)], "attends", meeting)
        }
        for _ in 0..<(2 + random.below(3)) {
          add(meeting, "reviews", projects[random.below(projects.count)])
        }
      }
      for kind in Self.bodyKinds {
        let body = districtName + kind
        add(body, "type", "Organization")
        add(body, "sponsors", communities[random.below(communities.count)])
        add(body, "sponsors", communities[random.below(communities.count)])
      }
      district += 1
    }
    triples = Array(out.prefix(count))
  }

  /// The graph in the shared gold format, one triple a line.
  func tsv() -> String {
    var text = ""
    text.reserveCapacity(triples.count * 40)
    for triple in triples {
      text += triple.subject
      text += "\t"
      text += triple.predicate
      text += "\t"
      text += triple.object
      text += "\n"
    }
    return text
  }

  /// The distinct characters of `text`, in order (a repeated one would repeat names).
  private static func unique(_ text: String) -> [String] {
    var seen = Set<Character>()
    return text.filter { seen.insert($0).inserted }.map(String.init)
  }

  /// `index` written in `alphabet` (bijective, at least `minimumLength` characters).
  static func code(_ index: Int, alphabet: [String], minimumLength: Int) -> String {
    var digits: [String] = []
    var rest = index
    repeat {
      digits.append(alphabet[rest % alphabet.count])
      rest /= alphabet.count
    } while rest > 0 || digits.count < minimumLength
    return digits.reversed().joined()
  }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
