import TupuOntology

extension DocumentReading {
  /// 某县政府召开…, 某县政协: an article that names its district only at the head of a body's
  /// name still names it; the district is an entity and the article's from here on.
  func addDistrictOfBody(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let levels: ScalarChoice = ["区", "县", "旗"]
    guard
      let body = mentions.first(where: { mention in
        // A body dropped as an outlet's head (来源:某县政府门户网) still names its district.
        mention.visibility != .hidden && mention.className == .organization && mention.isBody
          && mention.qualifier.map { $0.count >= 2 && levels.contains($0.unicodeScalars.last!) }
            ?? false
      }), let qualifier = body.qualifier
    else { return }
    let end = body.start + qualifier.unicodeScalars.count
    guard end <= text.count, text[body.start..<end].elementsEqual(qualifier.unicodeScalars),
      !mentions.contains(where: {
        $0.className == .district && $0.start == body.start && $0.visibility != .dropped
      })
    else { return }
    mentions.append(
      Mention(
        start: body.start, end: end, className: .district, name: qualifier, via: "body-place"))
  }
}

extension DocumentReading {
  /// 某镇人民政府, 某市政协, 某乡政府: a place written in full at the head of a body's name is
  /// an entity too (the ruling on places inside names), inside the division written before it;
  /// the body itself lies nowhere by its name. A county-level city the country's list knows is a
  /// District there, as anywhere.
  func addPlacesOfBodies(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    for body in mentions.indices
    where mentions[body].className == .organization && mentions[body].isBody
      && mentions[body].visibility == .entity
    {
      // (泾县政协: a county of one character the list knows counts too.)
      guard let qualifier = mentions[body].qualifier,
        qualifier.count >= 3
          || lexicon.list(.countyOneCharacter).contains(Array(qualifier.unicodeScalars)[...]),
        let level = qualifier.unicodeScalars.last
      else { continue }
      let start = mentions[body].start
      let end = start + qualifier.unicodeScalars.count
      guard end < mentions[body].end, end <= text.count,
        text[start..<end].elementsEqual(qualifier.unicodeScalars),
        !mentions.contains(where: {
          $0.start == start && $0.end == end && $0.visibility != .dropped && $0.isPlace
        })
      else { continue }
      // Only a name the country's lists know, or a town's after a boundary (提交市政府 and
      // 近期镇政府 name no place). A city counts when the list of prefectures knows its full name
      // (某某市委党校, 某某市委宣传部).
      let className: EntityClass
      let name = Array(qualifier.unicodeScalars)[...]
      switch level {
      case "区", "县", "旗":
        guard lexicon.list(.county).contains(name)
          || lexicon.list(.countyOneCharacter).contains(name)
        else { continue }
        className = .district
      case "市":
        // 某某市政协, 某某市人大常委会: a county-level city is a District (Rulings: levels).
        if lexicon.list(.countyCity).contains(name) {
          className = .district
          break
        }
        guard lexicon.list(.prefecture).contains(name) || isProvinceLevel(text, start, end)
        else { continue }
        className = .city
      case "省":
        // 某省委, 某省委组织部: a province the gazetteer knows by its short name.
        guard isProvinceLevel(text, start, end) else { continue }
        className = .city
      case "镇", "乡":
        guard start == 0 || !SentenceReader.isIdeograph(text[start - 1])
          || mentions.contains(where: { $0.end == start && $0.isDivision })
          || lexicon.list(.stop).longest(in: text, endingAt: start) != nil,
          !(start..<(end - 1)).contains(where: {
            lexicon.list(.stop).longestLength(in: text, at: $0) != nil
          })
        else { continue }
        className = .street
      default: continue
      }
      var place = Mention(
        start: start, end: end, className: className, name: qualifier, via: "body-place")
      place.container = mentions.indices.last {
        mentions[$0].end == start && mentions[$0].isDivision && mentions[$0].visibility == .entity
      }
      mentions.append(place)
    }
  }
}

extension DocumentReading {
  /// 某集团某某县循环农业项目: a county the country's list knows, written in full inside a
  /// project's name, is an entity too (the ruling on places inside names; no located-in), and
  /// names the article's county when nothing else does (我县…某某县…项目).
  func addCountiesInsideWorks(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let levels: ScalarChoice = ["县", "旗"]
    let counties = lexicon.list(.county)
    for work in mentions.indices
    where mentions[work].className == .project && mentions[work].visibility == .entity {
      let (start, end) = (mentions[work].start, mentions[work].end)
      var position = start + 1
      while position < end - 2 {
        guard let county = counties.longest(in: text, at: position), county.word.count >= 3,
          position + county.word.count < end, levels.contains(county.word[county.word.count - 1]),
          !mentions.contains(where: {
            $0.start <= position && $0.end >= position + county.word.count && $0.isPlace
              && $0.visibility != .dropped
          })
        else {
          position += 1
          continue
        }
        let name = Lexicon.string(county.word[...])
        mentions.append(
          Mention(
            start: position, end: position + county.word.count, className: .district, name: name,
            via: "work-place"))
        position += county.word.count
      }
    }
  }
}

extension DocumentReading {
  /// 区委常委、常务副区长某某 before the article first names its district (某区双桥段, later):
  /// the district's leaders are its own all the same (Rulings: the article's district), when
  /// the document names exactly one district of that level.
  mutating func attachLateDistrict() {
    let districts = districtsByLevel()
    guard !districts.isEmpty else { return }
    let leaders = lexicon.leaderPosts
    for number in sentences.indices {
      for index in sentences[number].posts.indices where sentences[number].posts[index].units.isEmpty {
        guard let title = sentences[number].posts[index].title else { continue }
        let scalars = Array(title.unicodeScalars)
        guard let post = leaders.longest(in: scalars, at: 0), post.word.count == scalars.count,
          let names = districts[ExactText(post.payload.level)], names.count == 1,
          let name = names.first?.text
        else { continue }
        sentences[number].posts[index].units = [.named(name, .district)]
      }
    }
  }
}

extension DocumentReading {
  /// The districts the document names (not the visitors' places), by their level word.
  // NB: levels and names kept by their bytes (`ExactText`): a String key is hashed as NFC.
  func districtsByLevel() -> [ExactText: Set<ExactText>] {
    var districts: [ExactText: Set<ExactText>] = [:]  // level → names
    for sentence in sentences {
      // NB: mentions read in place by index (`for mention in` copies each one).
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].className == .district && mentions[index].visibility != .dropped
        && (visitorPlaces.isEmpty || !visitorPlaces.contains(mentions[index].name))
      {
        let name = mentions[index].name
        guard let last = name.unicodeScalars.last else { continue }
        districts[ExactText(String(last)), default: []].insert(ExactText(name))
      }
    }
    return districts
  }

  /// The district of each level the document names alone (level → name).
  func onlyDistrictByLevel() -> [ExactText: String] {
    districtsByLevel().compactMapValues { $0.count == 1 ? $0.first?.text : nil }
  }
}

extension DocumentReading {
  /// The county-level city (县级市) the article is about, when it names exactly one the country's
  /// list knows and no prefecture-level city (某某市) but at the head of that city's own body
  /// (某市生态环境局某某分局, 某市某某商会): a prefecture's article that names a county-level city
  /// in passing keeps its 市委 its own.
  func articleCountyCity() -> String? {
    let list = lexicon.list(.countyCity)
    var found: Set<ExactText> = []
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].className == .district && mentions[index].visibility != .dropped
        && ExactText.ends(mentions[index].name, with: "市")
        && (visitorPlaces.isEmpty || !visitorPlaces.contains(mentions[index].name))
        && list.contains(Array(mentions[index].name.unicodeScalars)[...])
      {
        found.insert(ExactText(mentions[index].name))
      }
    }
    guard found.count == 1, let city = found.first?.text else { return nil }
    let short = String(city.unicodeScalars.dropLast())
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].className == .city && mentions[index].visibility != .dropped
        && ExactText.ends(mentions[index].name, with: "市")
      {
        let (start, end) = (mentions[index].start, mentions[index].end)
        let insideOwnBody = mentions.contains {
          $0.className == .organization && $0.start <= start && $0.end > end
            && ExactText.holds($0.name, short)
        }
        if !insideOwnBody { return nil }
      }
    }
    return city
  }
}

extension DocumentReading {
  static let townLevels = ["镇", "乡"]

  /// 某乡党委书记甲、乡长乙、乡人大主席丙: a town's body written with its level alone (乡人大,
  /// 镇政府) is the body of the one town of that level the document names, if it names one.
  func onlyTownByLevel() -> [ExactText: String] {
    var towns: [ExactText: Set<ExactText>] = [:]
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices
      where mentions[index].visibility == .entity && mentions[index].className == .street {
        for level in Self.townLevels where ExactText.ends(mentions[index].name, with: level) {
          towns[ExactText(level), default: []].insert(ExactText(mentions[index].name))
        }
      }
    }
    return towns.compactMapValues { $0.count == 1 ? $0.first?.text : nil }
  }
}

extension DocumentReading {
  /// 来源:某县政府门户网: the district at the head of a body's name in the furniture, though
  /// the body names an outlet there, when the country's list has it.
  func furnitureDistrictOfBody(_ mentions: [Mention]) -> String? {
    let counties = lexicon.list(.county)
    return mentions.lazy.compactMap { mention -> String? in
      guard mention.visibility != .hidden, mention.className == .organization, mention.isBody,
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

extension DocumentReading {
  /// 到某某现代农业产业园, 国土某某分局, 某某示范段建设工程: a county's bare name at the head of
  /// a longer name, one that a suffix of the lexicon (not a division's level) ends within its
  /// reach, before punctuation or 的, is a short form inside that name.
  func headsLongerName(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    var position = end
    while position < text.count, position < end + 8, text[position] != "的",
      (0x4E00...0x9FFF).contains(text[position].value)
    {
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.kind != .division, position - start <= suffix.payload.maximum
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// “公园某某、多彩某某”, 《某某新闻》: whether `index` lies inside quotation marks or a title.
  static func isQuoted(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    var depth = 0
    for position in 0..<index {
      if openingMarks.contains(text[position]) { depth += 1 }
      if closingMarks.contains(text[position]), depth > 0 { depth -= 1 }
    }
    return depth > 0
  }

  static let openingMarks: Set<Unicode.Scalar> = ["“", "《", "「", "〈"]
  static let closingMarks: Set<Unicode.Scalar> = ["”", "》", "」", "〉"]
}

extension DocumentReading {
  /// Whether `start..<end` is a province or a municipality written in full (某省, 上海市): the
  /// gazetteer knows its short name, the name less its level word, as a City.
  func isProvinceLevel(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3, let short = lexicon.gazetteer.longest(in: text, at: start) else {
      return false
    }
    return short.word.count == end - start - 1 && short.payload == .city
  }
}

extension DocumentReading {
  /// The one City of `level` the text names: for 市 a city written with 市 (某某市), for 省 a
  /// province written with 省 or by the short name the gazetteer knows (浙江). Nil when it names
  /// none or more than one, names it only after `sentence` (a link's city at the page's foot), or
  /// a visiting delegation comes from it.
  func soleCity(ofLevel level: String, namedBy sentence: ReadSentence) -> String? {
    guard level == "市" || level == "省" else { return nil }
    var found: String?
    for (name, className) in classes where className == .city {
      let fits: Bool
      if level == "市" {
        fits = ExactText.ends(name.text, with: "市")
      } else {
        let scalars = Array(name.text.unicodeScalars)
        fits = ExactText.ends(name.text, with: "省")
          || lexicon.gazetteer.longest(in: scalars, at: 0).map {
            $0.word.count == scalars.count && $0.payload == .city
          } ?? false
      }
      guard fits else { continue }
      if found != nil { return nil }
      found = name.text
    }
    // 由某市市委常委某某带领的考察团来我市: a visiting delegation's city is not the article's.
    guard let found, !visitorPlaces.contains(found),
      sentences.contains(where: { $0.start <= sentence.start && $0.text.contains(found) })
    else { return nil }
    return found
  }
}

extension DocumentReading {
  /// The one Organization whose name ends with a body's kind word written alone (协会 → 某区建筑业
  /// 协会); none when the article names two of that kind, or none.
  func soleBody(endingWith kind: String) -> String? {
    var found: String?
    for (name, className) in classes
    where className == .organization && ExactText.endsLonger(name.text, with: kind) {
      if found != nil { return nil }
      found = name.text
    }
    return found
  }
}

extension DocumentReading {
  /// The society an election's post is of when no body is written with it (甲当选为第二届理事会
  /// 会长): with a kind word written (乙当选为商会新一届会长), the one of that kind the article names
  /// most often (某市某某商会 written five times beside a chamber named once in a list), none on a
  /// tie; with none, the article's only society of any kind.
  func principalSociety(endingWith kind: String?) -> String? {
    let kinds = kind.map { [$0] } ?? Array(SentenceReader.societyKinds)
    var counts: [String: Int] = [:]
    for sentence in sentences {
      for mention in sentence.mentions {
        // NB: lookUp, not entity: the sentences after the election's are not resolved yet.
        guard let entity = lookUp(mention), entity.className == .organization,
          kinds.contains(where: { ExactText.endsLonger(entity.name, with: $0) })
        else { continue }
        counts[entity.name, default: 0] += 1
      }
    }
    if kind == nil { return counts.count == 1 ? counts.first?.key : nil }
    guard let most = counts.values.max(), counts.values.filter({ $0 == most }).count == 1 else {
      return nil
    }
    return counts.first(where: { $0.value == most })?.key
  }
}
