import TupuOntology

extension SentenceReader {
  /// What an agenda names as a work: the items after an agenda cue (听取, 研究, 审议, 审定…)
  /// followed by what of them is heard or decided (建设情况, 规划设计方案, 可行性研究报告, 有关
  /// 事项): 研究了某中学规划设计方案, 听取了关于某新城开发建设的情况汇报, 审议了A方案、B规划.
  /// Such an item is a Project whatever its own name makes it (a school, a road, a park, a
  /// company): the form, not the name, says it is a work. One item or a list, each item named
  /// by a suffix or a word a work's name ends with (中小学, 片区, 快速路), never a topic (全区
  /// 经济运行情况).
  mutating func readAgendaItems() {
    let agenda = lexicon.list(.listAgenda)
    // A numbered item of an agenda (一、…, （二）…, 3.…, 一是…) is read as after a cue.
    for start in numberedItemStarts() { readAgendaObject(from: start) }
    var firstCue: Int?
    var index = 0
    while index < text.count {
      guard !taken[index], let cue = agenda.longest(in: text, at: index) else {
        index += 1
        continue
      }
      let start = index + cue.word.count
      index = start
      if firstCue == nil { firstCue = start }
      // A cue inside a name (某研究院) is none.
      if mentions.contains(where: {
        $0.visibility != .dropped && $0.start < start - cue.word.count + 1 && $0.end > start - 1
      }) {
        continue
      }
      if let object = objectBefore(cue: start - cue.word.count) {
        readAgendaObject(from: object.lowerBound, to: object.upperBound)
      } else {
        readAgendaObject(from: start)
      }
    }
    // 听取了关于A，关于B建设，关于C的汇报: each clause after the cue that opens with 关于 is an
    // item of its own.
    if let firstCue {
      for position in firstCue..<max(firstCue, text.count - 2)
      where ListReader.isClauseEnd(text[position]) && starts("关于", at: position + 1) {
        readAgendaObject(from: position + 1)
      }
    }
  }

  /// Where the numbered items of the sentence begin: past 一、, （二）, 3., 一是 written at its
  /// start or after a clause's end.
  // NB: over the sentence's buffer, the numerals tested by value: asked of every sentence, the
  // string tests at each clause's start cost ~2,300 instructions a sentence.
  func numberedItemStarts() -> [Int] {
    var starts: [Int] = []
    text.withUnsafeBufferPointer { text in
      for position in text.indices
      where position == 0 || ListReader.isClauseEnd(text[position - 1]) {
        var end = position
        if end < text.count, text[end] == "（" || text[end] == "(" { end += 1 }
        let digits = end
        while end < text.count, Self.isItemNumeral(text[end]) { end += 1 }
        guard end > digits, end - digits <= 2, end < text.count else { continue }
        let mark = text[end]
        let opened = digits > position
        if opened ? "）)".unicodeScalars.contains(mark) : "、.．是".unicodeScalars.contains(mark) {
          starts.append(end + 1)
        }
      }
    }
    return starts
  }

  /// 一 to 十 and the ASCII digits: what numbers an item.
  @inline(__always)
  static func isItemNumeral(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "0"..."9", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
    default: return false
    }
  }

  /// Whether `start` begins a numbered item (一、A, （二）A, 3.A, 一是A): a look back, no scan.
  func isNumberedItemStart(_ start: Int) -> Bool {
    guard start >= 2 else { return false }
    let numerals = "一二三四五六七八九十0123456789".unicodeScalars
    let mark = text[start - 1]
    let closing = "）)".unicodeScalars.contains(mark)
    guard closing || "、.．是".unicodeScalars.contains(mark) else { return false }
    var position = start - 1
    while position > 0, numerals.contains(text[position - 1]), start - 1 - position < 2 {
      position -= 1
    }
    guard position < start - 1 else { return false }
    if closing {
      guard position > 0, "（(".unicodeScalars.contains(text[position - 1]) else { return false }
      position -= 1
    }
    return position == 0 || ListReader.isClauseEnd(text[position - 1])
  }

  /// 对A、B进行了集中评审, 就A建设进行了研究: the object written before the cue, from 对 or 就
  /// to 进行 (or 作), when the cue follows them.
  func objectBefore(cue: Int) -> Range<Int>? {
    var position = cue
    let manners = ["专题", "集中", "认真", "逐一", "深入", "充分", "详细", "逐项"]
    while let manner = manners.first(where: { ends($0, at: position) }) {
      position -= manner.unicodeScalars.count
    }
    guard let verb = ["进行了", "进行", "作了"].first(where: { ends($0, at: position) }) else {
      return nil
    }
    let end = position - verb.unicodeScalars.count
    var start = end - 1
    while start >= 0, !ListReader.isClauseEnd(text[start]) {
      if text[start] == "对" || text[start] == "就" { return (start + 1)..<end }
      start -= 1
    }
    return nil
  }

  /// The items from `start` (right after the cue) to the end of the clause: each segment
  /// between list commas holds an item ended by an aspect (建设情况), by 等 or by the segment.
  mutating func readAgendaObject(from start: Int, to bound: Int? = nil) {
    let aspect = lexicon.list(.reviewListTail)
    var end = start
    while end < (bound ?? text.count), !ListReader.isClauseEnd(text[end]) { end += 1 }
    guard end - start >= 3 else { return }
    let reader = ListReader(lexicon: lexicon, text: text, taken: taken)
    var items: [Range<Int>] = []
    var aspectSeen = false
    // Items whose building's design is decided (A规划和建筑设计方案): works by that alone.
    var designed: Set<Int> = []
    for segment in reader.segments(of: start..<end) {
      var itemStart = segment.lowerBound
      // 听取了某局关于A…的汇报: the item begins after 关于.
      if let about = (segment.lowerBound..<max(segment.lowerBound, segment.upperBound - 1)).last(
        where: { starts("关于", at: $0) })
      {
        itemStart = about + 2
      }
      // 审议并原则通过了A: past every cue of the chain and the words between them; 关于实施A:
      // past the verb that opens the work.
      while itemStart < segment.upperBound {
        if "了并对就将".unicodeScalars.contains(text[itemStart]) {
          itemStart += 1
        } else if let verb = ["启动实施", "实施", "推进", "加快推进", "办理"].first(where: {
          starts($0, at: itemStart)
        }) {
          itemStart += verb.unicodeScalars.count
        } else if let next = lexicon.list(.listAgenda).longest(in: text, at: itemStart) {
          itemStart += next.word.count
        } else {
          break
        }
      }
      var itemEnd = segment.upperBound
      var position = itemStart + 2
      while position < segment.upperBound {
        if let word = aspect.longest(in: text, at: position), !insideName(position),
          !isWorkWordInsideName(word.word, at: position, before: segment.upperBound)
        {
          aspectSeen = true
          itemEnd = position
          if isDesignOfBuilding(word.word) { designed.insert(itemStart) }
          break
        }
        // 票决确定了A、B为民生实事项目: what the items are named as, after 为.
        if text[position] == "为", lexicon.list(.notAStop).longestLength(in: text, at: position) == nil,
          (position + 1..<segment.upperBound).contains(where: { starts("项目", at: $0) })
        {
          aspectSeen = true
          itemEnd = position
          break
        }
        if text[position] == "等" || text[position] == "的",
          lexicon.list(.notAStop).longestLength(in: text, at: position - 1) == nil
        {
          itemEnd = position
          // A、B等三条道路提升改造情况: what is heard of them after the count.
          let rest = position..<segment.upperBound
          if rest.contains(where: { aspect.longestLength(in: text, at: $0) != nil }) { aspectSeen = true }
          break
        }
        position += 1
      }
      let item = reader.trimmed(itemStart..<itemEnd)
      guard reader.isItem(item) || mention(exactly: item) != nil else { break }
      // A改造及装修项目 is one work: a part that is only work words and 项目 has no name of its own.
      let parts = reader.split(item)
      items += parts.dropFirst().contains(where: { isWorkWordsOnly($0) }) ? [item] : parts
      // The list ends at its first item closed before the segment's end (A方案的…).
      if itemEnd < segment.upperBound, !aspectSeen { break }
    }
    guard aspectSeen else {
      // 研究了某公园提升改造: one item named with the work done on a place.
      if items.count == 1, let item = items.first, let work = workOnPlace(item) {
        addListedItem(work, className: .project)
      }
      return
    }
    for item in items
    where namesAgendaWork(item, designed: designed.contains(item.lowerBound)) {
      addListedItem(item, className: .project)
    }
  }

  /// 某湖生态建设示范区湿地公园景观规划: a bare work word (建设, 扩建) followed by more of a name
  /// is inside that name, not what of the item is heard (A建设情况, A建设, A建设等).
  func isWorkWordInsideName(_ word: [Unicode.Scalar], at position: Int, before end: Int) -> Bool {
    guard let inner = lexicon.list(.projectInner).longest(in: text, at: position),
      inner.word == word
    else { return false }
    let after = position + word.count
    guard after < end else { return false }
    if lexicon.list(.reviewListTail).longestLength(in: text, at: after) != nil { return false }
    if "等的和及与并、".unicodeScalars.contains(text[after]) { return false }
    return ["工作", "有关", "相关", "事宜", "情况", "进展", "进度", "中", "业主", "单位", "资金", "问题"]
      .allSatisfy { !starts($0, at: after) }
  }

  /// 装修项目, 改造工程: work words and a work's suffix, no name.
  func isWorkWordsOnly(_ part: Range<Int>) -> Bool {
    var end = part.upperBound
    guard ends("项目", at: end) || ends("工程", at: end) else { return false }
    end -= 2
    let inner = lexicon.list(.projectInner)
    while end > part.lowerBound, let word = inner.longest(in: text, endingAt: end) {
      end -= word.word.count
    }
    return end == part.lowerBound
  }

  /// A design of what is to be built (设计方案, 方案设计, 建筑设计方案, 修建性详细规划): its item is a
  /// work, whatever it is named (某府, 某花园三期); an area's plan (控制性详细规划, 总体规划) is not.
  func isDesignOfBuilding(_ word: [Unicode.Scalar]) -> Bool {
    let tail = String(String.UnicodeScalarView(word))
    return ExactText.holds(tail, "设计") || tail == "修建性详细规划"
  }

  /// 某公园提升改造, 某片区综合整治(工作): a place or a work's kind, then only work words.
  func workOnPlace(_ item: Range<Int>) -> Range<Int>? {
    var end = item.upperBound
    if ends("工作", at: end) { end -= 2 }
    let inner = lexicon.list(.projectInner)
    var nameEnd = end
    while nameEnd > item.lowerBound, let word = inner.longest(in: text, endingAt: nameEnd) {
      nameEnd -= word.word.count
    }
    guard nameEnd < end, nameEnd - item.lowerBound >= 3,
      !(item.lowerBound..<end).contains(where: { taken[$0] }),
      !insideName(nameEnd), !isGenericItem(item.lowerBound..<nameEnd)
    else { return nil }
    let place = mentions.contains {
      $0.visibility != .dropped && $0.end == nameEnd && $0.start >= item.lowerBound
        && !$0.isPerson && !$0.isBody && $0.className != .meeting
    }
    guard place || lexicon.list(.workKind).longest(in: text, endingAt: nameEnd) != nil else {
      return nil
    }
    return item.lowerBound..<end
  }

  /// Whether `position` is inside a visible name that goes on past it (某大道建设工程).
  func insideName(_ position: Int) -> Bool {
    mentions.contains {
      $0.visibility != .dropped && $0.start < position && $0.end > position
    }
  }

  /// Whether an agenda's item names a work: a name (by a suffix or a work's kind word) that no
  /// longer name spans, that is no person, division, organization or meeting, and no generic
  /// phrase; a place (a park, a road, a town) becomes the work.
  func namesAgendaWork(_ item: Range<Int>, designed: Bool = false) -> Bool {
    guard item.count >= 3, item.count <= ListReader.longestItem else { return false }
    // Inside a longer name, or spanning one that ends past it: no item of its own.
    if mentions.contains(where: {
      $0.visibility != .dropped
        && ($0.start < item.upperBound && $0.end > item.upperBound
          || $0.start < item.lowerBound && $0.end > item.lowerBound)
    }) {
      return false
    }
    // A work named inside it (提请审议某工程): that one is the item, and a cue inside begins it.
    if mentions.contains(where: {
      $0.visibility != .dropped && $0.className == .project && $0.start > item.lowerBound
        && $0.end <= item.upperBound
    }) || item.contains(where: { lexicon.list(.listAgenda).longestLength(in: text, at: $0) != nil }) {
      return false
    }
    if let same = mention(exactly: item) {
      let found = mentions[same]
      // A school, hospital or company named as such keeps its class: what an agenda says of
      // it (its plans, its building) may be an existing one's.
      // But a school or hospital whose building's design is decided (某医院调整规划设计方案) is
      // a work being built; a firm's plans stay the firm's.
      let designedInstitution =
        designed && found.className == .organization
        && lexicon.list(.privateFirm).longest(in: text, endingAt: item.upperBound) == nil
      if found.className == .project || found.isPerson || found.isDivision
        || found.className == .meeting || found.className == .organization && !designedInstitution
      {
        return false
      }
    } else if item.contains(where: { taken[$0] }) || isGenericItem(item) {
      return false
    }
    // A building's design names a work of its own name (星河首府, 星河花园三期), not a generic one.
    // Not where a work's own 项目 or 工程 stands inside it (某项目地块规划设计条件及…: the
    // work is named before its plot), nor where it ends on a joining word.
    if designed, ownNameStart(item) == item.lowerBound, !isGenericItem(item),
      !"及和与、".unicodeScalars.contains(text[item.upperBound - 1]),
      !(item.lowerBound..<(item.upperBound - 2)).contains(where: {
        starts("项目", at: $0) || starts("工程", at: $0)
      })
    {
      return true
    }
    // The kind of work it is: a suffix or a work's kind word, with a name of its own before it
    // (桐江中学, not 城区学校 or 乡镇卫生院).
    var kindStart: Int?
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: item.upperBound),
      suffix.payload.kind != .division && suffix.payload.kind != .body
    {
      kindStart = item.upperBound - suffix.word.count
    }
    if let kind = lexicon.list(.workKind).longest(in: text, endingAt: item.upperBound) {
      kindStart = min(kindStart ?? item.upperBound, item.upperBound - kind.word.count)
    }
    guard let kindStart else { return false }
    return kindStart - ownNameStart(item) >= 2
  }

  /// Past the generic words an item begins with (全区, 各, 城区, 农村).
  func ownNameStart(_ item: Range<Int>) -> Int {
    var start = item.lowerBound
    while start < item.upperBound {
      let word = lexicon.list(.projectGeneric).longest(in: text, at: start)
        ?? lexicon.list(.genericName).longest(in: text, at: start)
      guard let word else { break }
      start += word.word.count
    }
    return start
  }
}

extension SentenceReader {
  /// 《某某大道改造工程》, 《某某产业园项目》: a work's name written in title marks, not a
  /// document's title (a document is a 方案, 报告, 议案… and may be 关于 a work).
  func titleNamesWork(_ inside: Range<Int>) -> Bool {
    guard inside.count >= 6, !starts("关于", at: inside.lowerBound) else { return false }
    return ends("项目", at: inside.upperBound) || ends("工程", at: inside.upperBound)
  }

  /// The work a title names, whole: its characters stay taken from the names of the scan.
  mutating func addTitledWork(_ inside: Range<Int>) {
    _ = addMention(
      Mention(
        start: inside.lowerBound, end: inside.upperBound, className: .project,
        name: string(inside), via: "title"))
  }
}
