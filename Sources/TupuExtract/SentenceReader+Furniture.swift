import TupuOntology

extension SentenceReader {
  /// 来源：某县融媒体中心, （某区融媒体中心）, 某县融媒体中心 2024-05-10, 某县电视台讯: an outlet
  /// named in the page's furniture is no entity (the outlets ruling). One the story tells of
  /// acting (某县融媒体中心主任, 与某县融媒体中心联合举办) stays.
  mutating func dropOutletsInFurniture() {
    let outletName = lexicon.list(.outletName)
    for index in mentions.indices
    where !mentions[index].isPerson && mentions[index].visibility != .dropped {
      // NB: the fields read in place (a copy of the mention cost more than the tests).
      let start = mentions[index].start
      let end = mentions[index].end
      if mentions[index].className == .organization, !mentions[index].isBody,
        isCopyrightHolder(start)
      {
        mentions[index].visibility = .dropped
        continue
      }
      // 转自：某区人民政府网: a site named after its owner, 网 closing the line or clause.
      if end < text.count, text[end] == "网",
        end + 1 >= text.count || !Self.isIdeograph(text[end + 1])
      {
        mentions[index].visibility = .dropped
        continue
      }
      guard let ending = outletName.longest(in: text, endingAt: end),
        ending.word.count < end - start
      else { continue }
      if isFurniture(before: start) || isFurniture(after: end)
        || isBracketed(start, end)
      {
        mentions[index].visibility = .dropped
      }
    }
  }

  /// 来源:某镇/甲某 乙某某, 作者:某镇—甲某: a credit line's unit, a mark, then the names of
  /// those who wrote the story; each is a Person (no post: the unit is the story's source).
  mutating func readNamesAfterCreditUnits() {
    let units = mentions.indices.filter {
      !mentions[$0].isPerson && mentions[$0].visibility != .dropped
        && (mentions[$0].isDivision || mentions[$0].className == .organization)
        && isFurniture(before: mentions[$0].start)
    }
    for unit in units {
      var position = mentions[unit].end
      guard position < text.count, "/／—-|丨".unicodeScalars.contains(text[position]) else {
        continue
      }
      while position < text.count, "/／—-|丨 ".unicodeScalars.contains(text[position]) {
        position += 1
      }
      // Each name stands alone: the line's end, a space or a mark after it.
      while position < text.count, let length = nameLength(at: position, strict: true),
        position + length >= text.count || !Self.isIdeograph(text[position + length]),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start < position + length && $0.end > position
            && !($0.start == position && $0.end == position + length)
        })
      {
        _ = personMention(position..<position + length, official: false, via: "credit-unit")
        position += length
        while position < text.count, " 、".unicodeScalars.contains(text[position]) {
          position += 1
        }
      }
    }
  }

  /// 某省晨报记者, 【某省工人日报】, 来源：今日某省, 来源：中新网某省: a province or country
  /// written by its bare name (the gazetteer's short form) inside an outlet's name or in a
  /// source line is part of the outlet, no place (the outlets ruling).
  mutating func dropBarePlacesInOutlets() {
    for index in mentions.indices
    where mentions[index].via == "gazetteer" && mentions[index].visibility != .dropped {
      if isInSourceField(mentions[index].start) || endsOutletName(from: mentions[index].end) {
        mentions[index].visibility = .dropped
      }
    }
  }

  /// Whether the field `start` stands in is a source line's (来源：今日某省): the nearest colon
  /// before it on the line follows a source label (not 地址：, whose place is a place).
  private func isInSourceField(_ start: Int) -> Bool {
    var colon = start
    while colon > 0, start - colon < 16, !":：".unicodeScalars.contains(text[colon - 1]) {
      if "，。；,;\n".unicodeScalars.contains(text[colon - 1]) { return false }
      colon -= 1
    }
    guard colon > 0, ":：".unicodeScalars.contains(text[colon - 1]) else { return false }
    return lexicon.list(.sourceLabel).longest(in: text, endingAt: colon - 1) != nil
  }

  /// Whether a few more name characters from `end` close an outlet's name: a paper's 报 or a
  /// site's 网, then the line, a bracket, 讯 or the reporter.
  private func endsOutletName(from end: Int) -> Bool {
    var position = end
    while position < text.count, position - end < 8, Self.isIdeograph(text[position]) {
      position += 1
      guard "报网".unicodeScalars.contains(text[position - 1]) else { continue }
      if position == text.count || !Self.isIdeograph(text[position]) || text[position] == "讯"
        || starts("记者", at: position)
      {
        return true
      }
    }
    return false
  }

  /// ©版权所有 某科技有限公司: the company behind the site.
  private func isCopyrightHolder(_ start: Int) -> Bool {
    var position = start
    while position > 0, " :：|丨　".unicodeScalars.contains(text[position - 1]) { position -= 1 }
    return lexicon.list(.copyrightLabel).longest(in: text, endingAt: position) != nil
  }

  /// A source line's label (来源：, 供稿|) just before `start`.
  private func isFurniture(before start: Int) -> Bool {
    var position = start
    // 【来源】某报业传媒集团: the label in brackets.
    while position > 0, " :：|丨/　】]".unicodeScalars.contains(text[position - 1]) { position -= 1 }
    if lexicon.list(.sourceLabel).longest(in: text, endingAt: position) != nil { return true }
    // 来源：学习强国 某区融媒体中心: a source line naming several outlets.
    var label = position
    while label > 0, start - label < 16, !"，。；,;".unicodeScalars.contains(text[label - 1]) {
      label -= 1
      if lexicon.list(.sourceLabel).longest(in: text, endingAt: label) != nil,
        label < text.count, ":：|丨".unicodeScalars.contains(text[label])
      {
        return true
      }
    }
    return false
  }

  /// A dateline or credit after the outlet: the line ends, or a date, 讯 or a reporter follows.
  private func isFurniture(after end: Int) -> Bool {
    var position = end
    // 某县融媒体中心【记者：某某】, 某县融媒体中心（记者 某某）: the credit in brackets.
    while position < text.count, " 　【[（(".unicodeScalars.contains(text[position]) { position += 1 }
    if position >= text.count { return startsLine(before: end) }
    if Self.isDigit(text[position]) { return startsLine(before: end) || isNumericDate(at: position) }
    if "讯电".unicodeScalars.contains(text[position]) { return true }
    return lexicon.list(.personRole).longestLength(in: text, at: position) != nil
      || starts("报道", at: position)
  }

  /// 2019-09-18, 2019/9/18: a page's date, not the story's (which writes 2019年9月18日).
  private func isNumericDate(at start: Int) -> Bool {
    var position = start
    while position < text.count, Self.isDigit(text[position]) { position += 1 }
    return position - start == 4 && position < text.count
      && "-/.".unicodeScalars.contains(text[position])
  }

  /// Whether nothing but the outlet's own name stands on the line before `end`.
  private func startsLine(before end: Int) -> Bool {
    guard let first = mentions.indices.filter({
      mentions[$0].visibility != .dropped && mentions[$0].end == end
    }).map({ mentions[$0].start }).min()
    else { return false }
    return !(0..<first).contains { Self.isIdeograph(text[$0]) }
  }

  /// （某区融媒体中心）: a credit in brackets holding only the outlet.
  private func isBracketed(_ start: Int, _ end: Int) -> Bool {
    start > 0 && end < text.count && "（(".unicodeScalars.contains(text[start - 1])
      && "）)".unicodeScalars.contains(text[end])
  }
}

extension SentenceReader {
  /// 城东新区, 高铁新区: a zone of a city (the zones ruling), no district, unless the country's
  /// list has it (浦东新区).
  mutating func readZonesNamedNewDistricts() {
    let counties = lexicon.list(.county)
    for index in mentions.indices
    where mentions[index].className == .district
      && ExactText.ends(mentions[index].name, with: "新区")
      && mentions[index].visibility != .dropped
      && !counties.contains(mentions[index].name)
    {
      mentions[index].className = .place
    }
  }
}

extension SentenceReader {
  /// 人大代表、政协委员: the members of a congress or a conference as a class name no body (a
  /// member named after it, 政协委员某某, still has one).
  mutating func hideMembersAsClass() {
    for index in mentions.indices
    where mentions[index].isBody && mentions[index].visibility == .entity
      && ExactText.ends(mentions[index].name, with: "政协") && starts("委员", at: mentions[index].end)
      && nameLength(at: mentions[index].end + 2, strict: true) == nil
    {
      mentions[index].visibility = .hidden
    }
  }
}

extension SentenceReader {
  /// “万企兴万村”, 千村示范: a count of hundreds or thousands before a division's level word is
  /// a campaign's slogan, no village, town or county.
  // NB: the two scalars tested first, before the mention's class is asked or it is copied (every
  // mention of every sentence), and the numerals made once.
  mutating func dropCountedDivisions() {
    for index in mentions.indices {
      let (start, end) = (mentions[index].start, mentions[index].end)
      guard end - start >= 2, end >= 2, end <= text.count,
        Self.countedDivisionNumerals.contains(text[end - 2]),
        "村乡镇县区".unicodeScalars.contains(text[end - 1]),
        mentions[index].isDivision, mentions[index].visibility != .dropped
      else { continue }
      mentions[index].visibility = .dropped
    }
  }

  static let countedDivisionNumerals: ScalarChoice = ["百", "千", "万"]
}

extension SentenceReader {
  /// 江苏扬州某开发区, 湖南某某产业园: a province's short form at the head of another name is no
  /// entity of its own (the ruling on places inside names); before a chain of divisions
  /// (新疆昌吉州某县) it still is one.
  mutating func dropShortFormsBeforeNames() {
    for index in mentions.indices
    where mentions[index].via == "gazetteer" && mentions[index].visibility != .dropped {
      let (start, end) = (mentions[index].start, mentions[index].end)
      if mentions.contains(where: {
        ($0.start == end && !$0.isDivision || $0.start == start && $0.end > end)
          && $0.visibility != .dropped && !$0.isPerson
      }) {
        mentions[index].visibility = .dropped
      }
    }
  }

  /// The same for the names the list and visit readers made after it (、某省简称某某年产…项目):
  /// the short form goes, and the name lies in no place by it.
  mutating func dropShortFormsBeforeLateNames() {
    dropShortFormsBeforeNames()
    for index in mentions.indices {
      guard let container = mentions[index].container, mentions[container].via == "gazetteer",
        mentions[container].visibility == .dropped,
        mentions[container].start == mentions[index].start
      else { continue }
      mentions[index].container = nil
    }
  }
}

extension SentenceReader {
  /// 前往某区融媒体中心, 关注某县融媒体中心官方微信, 某日报社出版: an outlet (a name ending in an
  /// outlet's word) that the sentence tells nothing of acting is no entity (the outlets ruling:
  /// an outlet is one only where the story tells of it acting). It acts when a post is its
  /// own (某县融媒体中心主任), when it follows another unit (某部、某县融媒体中心), or when an
  /// acting word stands after it (主办, 走进, 捐赠 …) or before it (联合, 由, 携手 …).
  mutating func dropIdleOutlets() {
    let outletName = lexicon.list(.outletName)
    let acting = lexicon.list(.outletActing)
    let actingBefore = lexicon.list(.outletActingBefore)
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].visibility == .entity {
      let (start, end) = (mentions[index].start, mentions[index].end)
      guard let ending = outletName.longest(in: text, endingAt: end), ending.word.count < end - start
      else { continue }
      let owned = posts.contains { post in
        post.units.contains {
          if case .mention(let unit) = $0 { return unit == index }
          return false
        }
      }
      if owned || (start > 0 && "、和与及同".unicodeScalars.contains(text[start - 1]))
        || acting.longestLength(in: text, at: end) != nil
        || actingBefore.longest(in: text, endingAt: start) != nil
      {
        continue
      }
      mentions[index].visibility = .dropped
    }
  }
}

extension SentenceReader {
  /// 中央在京单位, 中央驻某地企业: after 中央, 在 or 驻, a place of one to three characters and a
  /// word for units (单位, 企业, 机构, 部门).
  func isCentreUnitsInPlace(after end: Int) -> Bool {
    guard end < text.count, "在驻".unicodeScalars.contains(text[end]) else { return false }
    for length in 1...3 {
      let kind = end + 1 + length
      guard kind <= text.count, (end + 1..<kind).allSatisfy({ Self.isIdeograph(text[$0]) })
      else { return false }
      for word in ["单位", "企业", "机构", "部门"] where starts(word, at: kind) { return true }
    }
    return false
  }
}
