import TupuOntology

extension SentenceReader {
  /// 某河流域, 某湖之滨, 某湾入海口, 甲河、乙河等河道: a river, lake or bay has no suffix of the
  /// lexicon's (河, 湖, 江 and 湾 end common words and given names), but a word right after it
  /// that only a body of water takes (`feature-frame`) says it is one: a Place (landmarks, the
  /// rulings). Its name runs back from 河/湖/江/湾 to a boundary — punctuation, a stop word,
  /// another name, or another feature's character (甲河乙河流域) — one to three characters. The
  /// items joined to it by 、, 与, 和 or 及 that end in a feature's character are features too
  /// (甲河与乙河汇合处); a division written right before the first one holds them all (the
  /// place prefix before a list, the rulings: 某区甲河、乙河等河道). The article's own town or
  /// district written short right before it is no part of its name (某镇 … 某都某湖岸线 → 某湖).
  mutating func readWaterFeatures(context: ArticleContext) {
    // NB: only where a feature's character stands; one pass for 江, 湾, 山 and 桥.
    var ends = positions(of: "河", or: "湖")
    var hills: [Int] = []
    var bridges: [Int] = []
    for index in positions(of: "江", or: "湾", or: "山", or: "桥") {
      switch text[index] {
      case "山": hills.append(index)
      case "桥": bridges.append(index)
      default: ends.append(index)
      }
    }
    if !hills.isEmpty { readHills(at: hills, context: context) }
    if !bridges.isEmpty { readBridges(at: bridges) }
    let frame = lexicon.list(.featureFrame)
    for end in ends
    where end + 1 < text.count && frame.longestLength(in: text, at: end + 1) != nil
      || isOpenedAtClauseEnd(end)
    {
      var items: [Range<Int>] = []
      var last = end
      while var start = featureStart(endingAt: last) {
        start = afterArticlePlace(start, before: last, context: context)
        items.append(start..<(last + 1))
        // The item before, after a list comma or a joining word.
        guard let joined = joinerStart(endingAt: start), joined > 0, isFeature(joined - 1)
        else { break }
        last = joined - 1
      }
      guard let first = items.last else { continue }
      let container = mentions.indices.last {
        mentions[$0].end == first.lowerBound && mentions[$0].isDivision
          && mentions[$0].visibility != .dropped
      }
      for item in items.reversed() {
        _ = addMention(
          Mention(
            start: item.lowerBound, end: item.upperBound, className: .place,
            name: string(item), container: container, via: "feature-frame"))
      }
    }
  }

  /// 某某山脚下, 位于某山北麓, 在某某山深处, 某某山余脉: a hill has no suffix of the lexicon's (山
  /// ends given names and the short forms of cities), but a word right after it that only a hill
  /// takes (`hill-frame`: 脚下, 北麓, 深处, 余脉…) says it is one: a Place (landmarks, the
  /// rulings). Its name runs back as a river's does (`featureStart`), and a common word (大山,
  /// 深山: `not-a-feature`) names none; a division written right before it holds it
  /// (某镇某某山脚下). So is a hill written after a word a feature is written after and closing
  /// its clause (背靠某某山，西至某某山，: the sides of a place told, `feature-opener`).
  private mutating func readHills(at ends: [Int], context: ArticleContext) {
    let frame = lexicon.list(.hillFrame)
    for end in ends
    where end + 1 < text.count && frame.longestLength(in: text, at: end + 1) != nil
      || isOpenedAtClauseEnd(end)
    {
      guard var start = featureStart(endingAt: end) else { continue }
      start = afterArticlePlace(start, before: end, context: context)
      let container = mentions.indices.last {
        mentions[$0].end == start && mentions[$0].isDivision && mentions[$0].visibility != .dropped
      }
      _ = addMention(
        Mention(
          start: start, end: end + 1, className: .place, name: string(start..<(end + 1)),
          container: container, via: "hill-frame"))
    }
  }

  /// 某公园起于青禾桥，止于某某红星桥; 某村毗邻某江一桥，: a bridge that stands is a Place (the
  /// zones ruling), but 桥 ends common words (桥梁, 牵线搭桥) and heads other names (某桥镇,
  /// 某桥水库), so only a bridge's name written right after a word a landmark is written after
  /// (`feature-opener`: 毗邻, 起于, 止于, 起点为…) and closing its clause is read: one to four
  /// characters before 桥, none inside another name, the name no common word. A bridge the
  /// `大桥` suffix read as a work (某大桥建设项目 stays one) is a Place in that frame
  /// (起点为某某大桥，). A division written right before it holds it, the word before the
  /// division opening both (起于某镇青禾桥，).
  private mutating func readBridges(at ends: [Int]) {
    func division(endingAt start: Int) -> Int? {
      mentions.indices.last {
        mentions[$0].end == start && mentions[$0].isDivision && mentions[$0].visibility != .dropped
      }
    }
    for end in ends where closesClause(after: end) {
      if let work = mentions.indices.last(where: {
        mentions[$0].end == end + 1 && mentions[$0].visibility == .entity
          && mentions[$0].className == .project && mentions[$0].via == "suffix"
          && ExactText.ends(mentions[$0].name, with: "大桥")
      }) {
        if isOpened(at: mentions[work].start) { mentions[work].className = .place }
        continue
      }
      guard isName(end), !isInsideMention(end),
        let start = (1...min(4, end)).first(where: { length in
          let start = end - length
          return (start..<end).allSatisfy { isName($0) && !isInsideMention($0) }
            && (isOpened(at: start)
              || division(endingAt: start).map { isOpened(at: mentions[$0].start) } == true)
        }).map({ end - $0 }),
        !lexicon.list(.notAFeature).contains(text[start..<(end + 1)])
      else { continue }
      let container = division(endingAt: start)
      _ = addMention(
        Mention(
          start: start, end: end + 1, className: .place, name: string(start..<(end + 1)),
          container: container, via: "bridge-frame"))
    }
  }

  /// 某湿地公园紧邻青禾河，…一路向东汇入某某江。: a feature's name written right after a word a
  /// feature is written after (`feature-opener`: 紧邻, 汇入, 流经…) and closing its clause is one,
  /// though no water frame follows it.
  private func isOpenedAtClauseEnd(_ end: Int) -> Bool {
    guard closesClause(after: end), let start = featureStart(endingAt: end) else { return false }
    return isOpened(at: start)
  }

  /// Whether the character at `end` is the last of its clause.
  private func closesClause(after end: Int) -> Bool {
    end + 1 == text.count || "，。；,;".unicodeScalars.contains(text[end + 1])
  }

  /// Whether a word a feature is written after (`feature-opener`, one to four characters)
  /// ends right before `start`.
  private func isOpened(at start: Int) -> Bool {
    guard start > 0 else { return false }
    let opener = lexicon.list(.featureOpener)
    return (1...min(4, start)).contains { opener.contains(text[(start - $0)..<start]) }
  }

  /// Past the short form of the article's district, town or village written at `start`, when
  /// a name of at least one character is left before the feature's character at `end`.
  private func afterArticlePlace(_ start: Int, before end: Int, context: ArticleContext) -> Int {
    for place in [context.district, context.street, context.community] {
      guard let place, let level = Self.levelWords.first(where: { place.hasSuffix($0) })
      else { continue }
      let bare = String(place.dropLast(level.count))
      let count = bare.unicodeScalars.count
      if count >= 2, start + count < end, starts(bare, at: start) { return start + count }
    }
    return start
  }

  private static let levelWords = ["街道", "社区", "区", "县", "旗", "镇", "乡", "村"]

  /// Where a feature's name ending with the character at `end` begins: one to three characters
  /// back to a boundary; nil when none is found or the name is a common word (沿江, 河湖).
  private func featureStart(endingAt end: Int) -> Int? {
    guard isName(end), !isInsideMention(end) else { return nil }
    var start = end
    while true {
      let run = end - start
      if run >= 1, isFeatureBoundary(before: start) { break }
      guard run < 3, start > 0, isName(start - 1), !isInsideMention(start - 1) else {
        return run >= 1 && isFeatureBoundary(before: start) ? start : nil
      }
      start -= 1
    }
    guard !lexicon.list(.notAFeature).contains(text[start..<(end + 1)]) else { return nil }
    return start
  }

  /// Whether a feature's name may begin at `start`: the sentence's start, a character that is
  /// no name's, another name's end, the end of a stop word, of a word no name begins with or of
  /// one a feature is written after (沿, 紧靠), or another feature's character.
  private func isFeatureBoundary(before start: Int) -> Bool {
    if start == 0 || !isName(start - 1) { return true }
    if isFeature(start - 1) { return true }
    if mentions.contains(where: { $0.end == start && $0.visibility != .dropped }) { return true }
    let (stop, leading, opener) = (
      lexicon.list(.stop), lexicon.list(.leadingWord), lexicon.list(.featureOpener)
    )
    return (1...min(4, start)).contains {
      let word = text[(start - $0)..<start]
      return stop.contains(word) || leading.contains(word) || opener.contains(word)
    }
  }

  /// The start of a list comma or joining word ending at `end` (、, 与, 和, 及), if any.
  private func joinerStart(endingAt end: Int) -> Int? {
    guard end > 0 else { return nil }
    return "、与和及".unicodeScalars.contains(text[end - 1]) ? end - 1 : nil
  }

  private func isFeature(_ index: Int) -> Bool {
    "河湖江湾".unicodeScalars.contains(text[index])
  }

  private func isInsideMention(_ index: Int) -> Bool {
    mentions.contains { $0.visibility != .dropped && $0.start <= index && $0.end > index }
  }
}
