extension SentenceReader {
  /// 县乡人大工作, 乡镇人大主席: two level words together speak of every body of those levels
  /// (the county's and the townships' congresses), not of one: no entity. A level word that ends
  /// a place already read (青山区区委) is the place's own suffix and changes nothing.
  mutating func dropBodiesOfCoupledLevels() {
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].isBody
      && mentions[index].bareLevel != nil && mentions[index].visibility != .dropped
    {
      let start = mentions[index].start
      // 县、乡人大 as 县乡人大: a list comma between the level words.
      let level = start > 1 && text[start - 1] == "、" ? start - 2 : start - 1
      guard level >= 0, Self.coupledLevels.contains(text[level]),
        level == start - 1 || level == 0 || !Self.isIdeograph(text[level - 1]),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start < start && $0.end > level
        })
      else { continue }
      mentions[index].visibility = .dropped
    }
  }

  static let coupledLevels = ScalarChoice("省市县区乡镇".unicodeScalars)
}

extension SentenceReader {
  /// 县政协第十届委员会, 县第十届政协委员会: a CPPCC named with its term is the CPPCC itself
  /// (县政协), qualified later like any body of its level.
  mutating func foldCommitteesOfTerm() {
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].visibility != .dropped {
      let mention = mentions[index]
      let written = Array(text[mention.start..<mention.end])
      // 县十六届人大常委会主任某某, 区六届政协主席某某: the body's kind written after its level and
      // its term is that level's body (县人大常委会), qualified later like any body of its level.
      if let (level, place) = levelOfTermBefore(mention) {
        mentions[index].name = (place ?? String(level)) + mention.name
        mentions[index].bareLevel = place == nil ? String(level) : nil
        mentions[index].isBody = true
        continue
      }
      if let place = placeOfFormalCommittee(mention) {
        // 政协某县第十一届委员会: the formal name of the place's CPPCC in a term is that CPPCC.
        mentions[index].name = place + "政协"
        mentions[index].start -= 2
        mentions[index].isBody = true
        continue
      }
      guard let level = written.first, Self.bodyLevels.contains(level),
        written.count >= 8, ends("委员会", at: mention.end),
        let term = written.firstIndex(of: "届"),
        written.contains(where: { Self.termDigits.contains($0) })
      else { continue }
      let before = String(String.UnicodeScalarView(written[1..<term]))
      let after = String(String.UnicodeScalarView(written[(term + 1)...]))
      // 县政协第十届委员会, 县第十届政协委员会 (nothing else may stand in the name).
      let ordinal = ExactText.starts(before, with: "政协") ? String(before.dropFirst(2)) : before
      guard ordinal.unicodeScalars.allSatisfy({ $0 == "第" || Self.termDigits.contains($0) }),
        (ExactText.starts(before, with: "政协") && after == "委员会") || after == "政协委员会"
      else { continue }
      mentions[index].name = String(level) + "政协"
      mentions[index].bareLevel = String(level)
      mentions[index].isBody = true
    }
  }

  /// 政协某县第十一届委员会: the place a CPPCC's formal name in a term is written with, when 政协
  /// stands right before the mention and the mention is that place, the term and 委员会 only.
  func placeOfFormalCommittee(_ mention: Mention) -> String? {
    guard mention.start >= 2, starts("政协", at: mention.start - 2), ends("委员会", at: mention.end),
      let term = (mention.start..<mention.end).first(where: { text[$0] == "第" }),
      term - mention.start >= 2, Self.bodyLevels.contains(text[term - 1]),
      let close = (term..<mention.end).first(where: { text[$0] == "届" }), close > term + 1,
      close + 4 == mention.end,
      ((term + 1)..<close).allSatisfy({ Self.termDigits.contains(text[$0]) })
    else { return nil }
    return string(mention.start..<term)
  }

  /// The level (and the place written in full with it) before the term that a bare kind of body
  /// is written after (县 of 县十六届人大常委会, 某县 of 某县第十六届人大常委会); nil elsewhere.
  func levelOfTermBefore(_ mention: Mention) -> (Unicode.Scalar, String?)? {
    guard Self.termedKinds.contains(mention.name), string(mention.start..<mention.end) == mention.name,
      mention.start >= 3, text[mention.start - 1] == "届"
    else { return nil }
    var position = mention.start - 2
    while position >= 0, Self.termDigits.contains(text[position]) { position -= 1 }
    guard position < mention.start - 2 else { return nil }
    if position >= 0, text[position] == "第" { position -= 1 }
    guard position >= 0, Self.bodyLevels.contains(text[position]) else { return nil }
    let place = mentions.first(where: {
      $0.end == position + 1 && $0.visibility != .dropped && $0.isDivision
    })
    return (text[position], place?.name)
  }

  static let termedKinds: WordSet = ["人大常委会", "政协", "人大"]
  static let bodyLevels = ScalarChoice("区县市旗".unicodeScalars)
  static let termDigits = ScalarChoice("一二三四五六七八九十百".unicodeScalars)
}
