extension SentenceReader {
  /// 县乡人大工作, 乡镇人大主席: two level words together speak of every body of those levels
  /// (the county's and the townships' congresses), not of one: no entity. A level word that ends
  /// a place already read (青山区区委) is the place's own suffix and changes nothing.
  mutating func dropBodiesOfCoupledLevels() {
    for index in mentions.indices
    where mentions[index].className == "Organization" && mentions[index].isBody
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
    where mentions[index].className == "Organization" && mentions[index].visibility != .dropped {
      let mention = mentions[index]
      let written = Array(text[mention.start..<mention.end])
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

  static let bodyLevels = ScalarChoice("区县市旗".unicodeScalars)
  static let termDigits = ScalarChoice("一二三四五六七八九十百".unicodeScalars)
}
