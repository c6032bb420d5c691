import TupuOntology

extension DocumentReading {
  /// 某县政府召开…, 某县政协: an article that names its district only at the head of a body's
  /// name still names it; the district is an entity and the article's from here on.
  func addDistrictOfBody(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let levels: Set<Unicode.Scalar> = ["区", "县", "旗"]
    guard
      let body = mentions.first(where: { mention in
        // A body dropped as an outlet's head (来源:某县政府门户网) still names its district.
        mention.visibility != .hidden && mention.className == "Organization" && mention.isBody
          && mention.qualifier.map { $0.count >= 2 && levels.contains($0.unicodeScalars.last!) }
            ?? false
      }), let qualifier = body.qualifier
    else { return }
    let end = body.start + qualifier.unicodeScalars.count
    guard end <= text.count, text[body.start..<end].elementsEqual(qualifier.unicodeScalars),
      !mentions.contains(where: {
        $0.className == "District" && $0.start == body.start && $0.visibility != .dropped
      })
    else { return }
    mentions.append(
      Mention(
        start: body.start, end: end, className: "District", name: qualifier, via: "body-place"))
  }
}

extension DocumentReading {
  /// 区委常委、常务副区长某某 before the article first names its district (某区双桥段, later):
  /// the district's leaders are its own all the same (Rulings: the article's district), when
  /// the document names exactly one district of that level.
  mutating func attachLateDistrict() {
    var districts: [String: Set<String>] = [:]  // level → names
    for sentence in sentences {
      for mention in sentence.mentions
      where mention.className == "District" && mention.visibility != .dropped
        && !visitorPlaces.contains(mention.name)
      {
        guard let last = mention.name.unicodeScalars.last else { continue }
        districts[String(last), default: []].insert(mention.name)
      }
    }
    guard !districts.isEmpty else { return }
    let leaders = lexicon.leaderPosts
    for number in sentences.indices {
      for index in sentences[number].posts.indices where sentences[number].posts[index].units.isEmpty {
        guard let title = sentences[number].posts[index].title else { continue }
        let scalars = Array(title.unicodeScalars)
        guard let post = leaders.longest(in: scalars, at: 0), post.word.count == scalars.count,
          let names = districts[post.payload.level], names.count == 1, let name = names.first
        else { continue }
        sentences[number].posts[index].units = [.named(name, "District")]
      }
    }
  }
}

extension DocumentReading {
  /// 来源:某县政府门户网: the district at the head of a body's name in the furniture, though
  /// the body names an outlet there, when the country's list has it.
  func furnitureDistrictOfBody(_ mentions: [Mention]) -> String? {
    let counties = lexicon.list(.county)
    return mentions.lazy.compactMap { mention -> String? in
      guard mention.visibility != .hidden, mention.className == "Organization", mention.isBody,
        let qualifier = mention.qualifier, counties.contains(qualifier)
      else { return nil }
      return qualifier
    }.first
  }
}

extension DocumentReading {
  /// 为某某各项事业的发展, 推动某某高质量发展: a bare district name written once, framed as the
  /// place whose affairs the article speaks of (after 为 or 推动, before 各项 or 发展), is as
  /// good as twice.
  static func isFramedBareName(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    let before = ["为", "推动", "促进", "助力", "服务"]
    let after = ["各项", "发展", "高质量", "经济社会"]
    func written(_ word: String, at index: Int) -> Bool {
      let scalars = Array(word.unicodeScalars)
      return index >= 0 && index + scalars.count <= text.count
        && text[index..<(index + scalars.count)].elementsEqual(scalars)
    }
    return before.contains { written($0, at: start - $0.unicodeScalars.count) }
      && after.contains { written($0, at: end) }
  }
}
