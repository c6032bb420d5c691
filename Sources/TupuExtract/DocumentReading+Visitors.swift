import TupuOntology

extension DocumentReading {
  /// 某县党政代表团来我县考察, 某市考察团一行莅临我市, 某县代表团来怀考察: the districts and cities
  /// named before a delegation's arrival at the article's own place are the visitors'. They
  /// are never the article's district or city, so the hosts' bare posts (县委书记某某陪同) and
  /// bodies (县政协) are not read as theirs.
  static func visitorPlaces(
    in mentions: [Mention], text: [Unicode.Scalar], lexicon: Lexicon
  ) -> [String] {
    guard let arrival = visitorArrival(in: text, lexicon: lexicon) else {
      return destinations(in: mentions, text: text, lexicon: lexicon)
    }
    return mentions.compactMap { mention in
      guard mention.visibility != .dropped, mention.end <= arrival,
        mention.className == .district || mention.className == .city
      else { return nil }
      return mention.name
    }
  }

  /// 区人大常委会副主任某某赴某区学习考察: the district of the same level the article's people
  /// travel to (赴, 前往) for a visit's purpose is the hosts', not the article's; a city's leader
  /// going to one of its districts (市委书记赴某区调研) visits the article's own.
  static func destinations(
    in mentions: [Mention], text: [Unicode.Scalar], lexicon: Lexicon
  ) -> [String] {
    let purposes = lexicon.list(.visitorPurpose)
    var names: [String] = []
    // NB: the mentions read in place by index (`compactMap` copied every one of them).
    for index in mentions.indices {
      let mentionStart = mentions[index].start
      let mentionEnd = mentions[index].end
      guard mentions[index].visibility != .dropped, mentions[index].className == .district,
        mentionStart >= 1, let level = mentions[index].name.unicodeScalars.last
      else { continue }
      let goes =
        text[mentionStart - 1] == "赴"
        || mentionStart >= 2 && text[mentionStart - 2] == "前" && text[mentionStart - 1] == "往"
      guard goes,
        (mentionEnd..<min(text.count, mentionEnd + 4)).contains(where: {
          purposes.longestLength(in: text, at: $0) != nil
        })
      else { continue }
      // The travellers' posts, before the verb in its clause, are of the destination's level.
      var start = mentionStart - 1
      while start > 0, !"，。；：,;:".unicodeScalars.contains(text[start - 1]) { start -= 1 }
      let travellers = text[start..<(mentionStart - 1)]
      guard travellers.contains(level), !travellers.contains("市"), !travellers.contains("省")
      else { continue }
      names.append(mentions[index].name)
    }
    return names
  }

  /// Where the delegation arrives: 来我县 …, or 来 + a one-character short form + what it comes
  /// for (来怀考察, 来潜参观).
  static func visitorArrival(in text: [Unicode.Scalar], lexicon: Lexicon) -> Int? {
    let arrivals = lexicon.list(.visitorArrival)
    let purposes = lexicon.list(.visitorPurpose)
    for index in text.indices {
      if arrivals.longestLength(in: text, at: index) != nil { return index }
      if text[index] == "来", index + 2 < text.count, SentenceReader.isIdeograph(text[index + 1]),
        purposes.longestLength(in: text, at: index + 2) != nil,
        purposes.longestLength(in: text, at: index + 1) == nil
      {
        return index
      }
    }
    return nil
  }

  /// After an article with visitors is read: the sentences that saw no district of their own
  /// take the one other district the article names (the hosts', 怀宁县自觉…), when there is
  /// exactly one; the visitors' places leave every sentence's context.
  mutating func settleHostPlaces(from first: Int) {
    guard !visitorPlaces.isEmpty, first < sentences.count else { return }
    var hosts: Set<String> = []
    for sentence in sentences[first...] {
      for mention in sentence.mentions
      where mention.visibility == .entity && mention.className == .district
        && !visitorPlaces.contains(mention.name)
      {
        hosts.insert(mention.name)
      }
    }
    let host = hosts.count == 1 ? hosts.first : nil
    for number in first..<sentences.count {
      if let district = sentences[number].context.district, visitorPlaces.contains(district) {
        sentences[number].context.district = nil
      }
      if let city = sentences[number].context.city, visitorPlaces.contains(city) {
        sentences[number].context.city = nil
      }
      if let hint = sentences[number].context.districtHint, visitorPlaces.contains(hint) {
        sentences[number].context.districtHint = nil
      }
      if sentences[number].context.district == nil, let host {
        sentences[number].context.district = host
      }
    }
    if let district = documentDistrict, visitorPlaces.contains(district) {
      documentDistrict = host
    } else if documentDistrict == nil {
      documentDistrict = host
    }
  }
}
