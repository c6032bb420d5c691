extension SentenceReader {
  /// 500兆瓦光伏项目, 220千伏输变电工程: a work named by its size, the digits at the head of its
  /// name, where the digits begin a list's item or follow a cue (听取了500兆瓦…, 、220千伏…). Its
  /// suffix reads only from the measure word on.
  mutating func readSizedWorks() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      let start = mentions[index].start
      guard start > 0, Self.capacityMeasures.contains(text[start]) || "兆千百".unicodeScalars.contains(text[start])
      else { continue }
      var position = start
      while position > 0, Self.isDigit(text[position - 1]) || text[position - 1] == "." {
        position -= 1
      }
      guard position < start, Self.isDigit(text[position]), isItemStart(position) else { continue }
      mentions[index].name = string(position..<start) + mentions[index].name
      mentions[index].start = position
    }
  }

  /// Whether a list's item or a cue's object may begin at `position`: the sentence's start, a
  /// mark, 了, or the end of a verb.
  func isItemStart(_ position: Int) -> Bool {
    guard position > 0 else { return true }
    let before = text[position - 1]
    if "、，,；;：:“（(了和及与".unicodeScalars.contains(before) { return true }
    return (lexicon.list(.stop).longest(in: text, endingAt: position)?.word.count ?? 0) >= 2
  }
}

extension SentenceReader {
  /// 某污水处理厂及配套管网项目: a work read by its suffix from 配套 on is the supporting part of
  /// the facility named before 及 or 和; the work's name holds both.
  mutating func readSupportingWorks() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      let start = mentions[index].start
      guard starts("配套", at: start) || starts("附属", at: start), start >= 3 else { continue }
      let joiner = starts("以及", at: start - 2) ? 2 : "及和".unicodeScalars.contains(text[start - 1]) ? 1 : 0
      guard joiner > 0 else { continue }
      let end = start - joiner
      var head = end
      while head > 0, end - head < 14, Self.isIdeograph(text[head - 1]) || Self.isDigit(text[head - 1]),
        !taken[head - 1], !"、的了和与及对".unicodeScalars.contains(text[head - 1]),
        (lexicon.list(.stop).longest(in: text, endingAt: head)?.word.count ?? 0) < 2
      {
        head -= 1
      }
      guard end - head >= 3,
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start < end && $0.end > head
            && ($0.isPerson || $0.isBody || $0.className == .meeting || $0.start < head)
        })
      else { continue }
      for other in mentions.indices
      where other != index && mentions[other].start >= head && mentions[other].end <= end {
        mentions[other].visibility = .dropped
      }
      mentions[index].name = string(head..<start) + mentions[index].name
      mentions[index].start = head
    }
  }
}

extension SentenceReader {
  /// 百事食品山东生产基地项目, 山东某某新材料项目: a province's or city's short form (no suffix of
  /// its own) inside a work's name names no place (places inside names); the work's name runs
  /// over it to the item's start.
  mutating func readWorksOverShortPlaces() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      // (The short form may be dropped already, as a place inside the work's name.)
      let start = mentions[index].start
      guard let short = mentions.indices.last(where: {
        mentions[$0].end == start && mentions[$0].via == "gazetteer" && mentions[$0].isDivision
      }) else { continue }
      var head = mentions[short].start
      while head > 0, mentions[short].start - head < 10, Self.isIdeograph(text[head - 1]),
        !taken[head - 1], !"、的了和与及对在到".unicodeScalars.contains(text[head - 1]),
        (lexicon.list(.stop).longest(in: text, endingAt: head)?.word.count ?? 0) < 2,
        visibleMention(endingAt: head) == nil
      {
        head -= 1
      }
      // The short form opens an item (、山东某某…项目) or follows a firm's words (某食品山东…).
      guard head == 0 || !Self.isIdeograph(text[head - 1]) || "、的了和与及对在到".unicodeScalars.contains(text[head - 1])
        || (lexicon.list(.stop).longest(in: text, endingAt: head)?.word.count ?? 0) >= 2
      else { continue }
      mentions[short].visibility = .dropped
      mentions[index].name = string(head..<mentions[index].start) + mentions[index].name
      mentions[index].start = head
      mentions[index].container = nil
    }
  }
}
