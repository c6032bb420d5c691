import TupuOntology

extension DocumentReading {
  /// 某某湖湿地公园 … 游客畅游某某湖: a lake, river or island whose name heads a park's or a
  /// scenic area's name in the article (某某湖湿地公园, 某某岛景区) is a feature of that name; written alone elsewhere in the article, it is a Place (landmarks,
  /// the rulings), as the water frames find one (`readWaterFeatures`). The head begins where the
  /// longer name's own part does: after the place written before it (某县某某湖景区 → 某某湖) or
  /// a county's short form (某鱼珍湖 → 珍湖), or after an earlier feature (某湖某某岛景区 → 某某岛).
  /// A head that is a county's or city's short form (某江 of 某江市), a province (浙江) or a
  /// common word (`not-a-feature`: 人工湖, 沿河) names no feature. A division written right
  /// before the head holds it (位于某镇珍湖). A work named by the head alone (某湖项目) keeps it:
  /// the head is the work's name there, not a second thing.
  mutating func markFeatureHeads() {
    var heads = KnownNames()
    var seen: Set<ExactText> = []
    // 某湖项目: a work named by the head alone; the head stays the work's name.
    for sentence in sentences {
      for index in sentence.mentions.indices where sentence.mentions[index].className == .project {
        let name = sentence.mentions[index].name
        seen.insert(ExactText(ExactText.ends(name, with: "项目") ? String(name.dropLast(2)) : name))
      }
    }
    for sentence in sentences {
      let mentions = sentence.mentions
      for index in mentions.indices where mentions[index].visibility == .entity {
        guard mentions[index].className == .place else { continue }
        // NB: only names holding a feature's character.
        let name = Array(mentions[index].name.unicodeScalars)
        guard name.contains(where: { Self.featureCharacters.contains($0) }) else { continue }
        var own = 0
        if let container = mentions[index].container {
          let prefix = Array(mentions[container].name.unicodeScalars)
          if name.count > prefix.count, Array(name[0..<prefix.count]) == prefix { own = prefix.count }
        }
        var start = own
        for end in name.indices where end + 1 < name.count {
          guard Self.featureCharacters.contains(name[end]) else { continue }
          // 某江河: the river's own name holds 江; no head ends inside it.
          if Self.featureCharacters.contains(name[end + 1]) { continue }
          if let head = featureHead(name, from: start, to: end),
            seen.insert(ExactText(head)).inserted
          {
            heads.insert(head, .place)
          }
          start = end + 1
        }
      }
    }
    addMentions(whereWritten: heads) { sentence, match, range in
      // 某江河: the head of a longer feature's name (某江水库 and 某江河 in one article).
      let end = range.upperBound
      guard end >= sentence.scalars.count || !Self.featureCharacters.contains(sentence.scalars[end])
      else { return nil }
      let mentions = sentence.mentions
      let container = mentions.indices.last {
        mentions[$0].end == range.lowerBound && mentions[$0].isDivision
          && mentions[$0].visibility != .dropped
      }
      return Mention(
        start: range.lowerBound, end: end, className: .place, name: ScalarString.make(match.word[...]),
        container: container, via: "feature-head")
    }
  }

  /// The feature's name in `name` from `start` to the feature's character at `end`: at least
  /// two characters, past a county's or city's short form written first; nil for a short form,
  /// a province or a common word.
  private func featureHead(_ name: [Unicode.Scalar], from start: Int, to end: Int) -> String? {
    var start = start
    // 某鱼珍湖湿地公园: the county's short form (某鱼县) first is no part of the lake's name.
    for length in [3, 2] where end - start - length >= 1 {
      if isShortFormOfDivision(ScalarString.make(name[start..<(start + length)])) {
        start += length
        break
      }
    }
    guard end - start >= 1 else { return nil }
    let head = ScalarString.make(name[start...end])
    if lexicon.list(.notAFeature).contains(head) || Self.featureProvinces.contains(head) {
      return nil
    }
    // 某江某某大桥: a city's short form qualifies the name; 北湖湿地公园 (北湖区 is a county
    // elsewhere): only kind words after it, the lake names the park.
    if isShortFormOfDivision(head), !isKindOnly(name, from: end + 1) { return nil }
    return head
  }

  /// Whether `name` from `start` holds kind words only (国家湿地公园, 风景区).
  private func isKindOnly(_ name: [Unicode.Scalar], from start: Int) -> Bool {
    let (generic, kind) = (lexicon.list(.genericName), lexicon.list(.placeKind))
    var position = start
    while position < name.count,
      let word = generic.longest(in: name, at: position) ?? kind.longest(in: name, at: position)
    {
      position += word.word.count
    }
    if position + 2 < name.count, ScalarString.make(name[position..<(position + 2)]) == "国家" {
      position += 2
    }
    guard let suffix = lexicon.suffixes.longest(in: name, at: position) else { return false }
    return position + suffix.word.count == name.count
  }

  /// Whether `word` with 市, 县 or 区 is a county, a county-level city or a prefecture (枝江 of
  /// 枝江市, 嘉鱼 of 嘉鱼县).
  private func isShortFormOfDivision(_ word: String) -> Bool {
    ["市", "县", "区"].contains { level in
      let full = word + level
      return lexicon.list(.county).contains(full) || lexicon.list(.countyCity).contains(full)
        || lexicon.list(.prefecture).contains(full)
    }
  }

  static let featureCharacters: Set<Unicode.Scalar> = Set("湖河江岛".unicodeScalars)

  /// Provinces whose names end in a feature's character (浙江常山某园区).
  static let featureProvinces = ["浙江", "黑龙江"]
}
