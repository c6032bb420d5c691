import TupuOntology

/// An enumeration of a sentence: items listed with 、 (and 和, 及, 以及 before the last), the cue
/// that announces them and the words after them that say what they are.
struct Enumeration: Sendable {
  enum Frame: Sendable, Equatable {
    /// Works a meeting hears or a list of projects (听取了A、B; A、B等重点项目): every item is one.
    case projects
    /// Sites a visit sees, said so after the list (先后来到A、B等地, A、B现场): an item without a
    /// class of its own is a work when its name or its list says so, else a place.
    case sites
    /// Sites after a visit's cue only (参观了A、B): an item is a work only when its name or its
    /// list says so.
    case visit
    /// Places of one level, counted after the list (A、B和C等5个村): each is one.
    case divisions(EntityClass)
    /// Nothing says what the items are (区委、区政府; names of people).
    case none
  }

  var items: [Range<Int>]
  /// The agenda or visit cue before the first item (原则同意, 先后来到), if any, which may stand
  /// before the word the first item begins after (原则同意启动实施|A、B).
  var opener: Range<Int>?
  /// From the end of the last item to the end of its clause (等项目的进展情况).
  var closer: Range<Int>
  var frame: Frame
}

/// Finds the enumerations of a sentence, with the boundaries of each item and the frame that
/// announces them: one reader for every list, whatever its items turn out to be.
///
/// A clause is split at its list commas (not inside brackets: 某堤(新桥、罗浮段)加固工程). The first
/// item begins after the last cue of its segment (察看了, 对, 涵盖…) or, without one, after a stop
/// word; every item ends at a word that closes it (等, 的, 建设情况, 规划设计方案…), and the first
/// item so closed is the last of the list. The last item may hold more items joined by 和, 及, 以及.
struct ListReader: SentenceText {
  let lexicon: Lexicon
  let text: [Unicode.Scalar]
  let taken: [Bool]

  // NB: by ranges first: rules ask at every position of a sentence, and most are ideographs,
  // which a chain of sixteen comparisons tested one by one.
  @inline(__always)
  static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      // , ; : ! ? \n \r \t and the space.
      return value == 0x2C || value == 0x3B || value == 0x3A || value == 0x21 || value == 0x3F
        || value == 0x0A || value == 0x0D || value == 0x09 || value == 0x20
    }
    if value < 0x3000 { return false }
    // The ideographic space and full stop.
    if value <= 0x3002 { return value != 0x3001 }
    if value < 0xFF01 { return false }
    // ， ； ： ！ ？
    return value == 0xFF0C || value == 0xFF1B || value == 0xFF1A || value == 0xFF01
      || value == 0xFF1F
  }
  static let longestItem = 25

  /// What a works' item ends with when it makes several products (生产线, 生产基地): one work.
  static let sharedProductionHeads: [String] = ["生产线", "生产基地"]

  /// The characters without which a clause lists nothing: 、, 等, 和, 及.
  static func mayList(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "、" || scalar == "等" || scalar == "和" || scalar == "及"
  }

  func enumerations() -> [Enumeration] {
    var result: [Enumeration] = []
    var clauseStart = 0
    for index in 0...text.count where index == text.count || Self.isClauseEnd(text[index]) {
      if index > clauseStart { result += enumerations(in: clauseStart..<index) }
      clauseStart = index + 1
    }
    return result
  }

  func isItemCharacter(_ index: Int) -> Bool {
    guard index >= 0, index < text.count, !taken[index] else { return false }
    let scalar = text[index]
    if SentenceReader.isIdeograph(scalar) || SentenceReader.isDigit(scalar) { return true }
    if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { return true }
    // 年产3.2万吨某铸件项目: a decimal point between digits.
    if scalar == ".", index > 0, index + 1 < text.count, SentenceReader.isDigit(text[index - 1]),
      SentenceReader.isDigit(text[index + 1])
    {
      return true
    }
    // NB: a list comma inside an item is inside its brackets (某堤(新桥、罗浮段)加固工程).
    // 某郡7#地块: a plot's number.
    // 某电厂2×35万千瓦机组: a product of two figures.
    return "()（）“”\"·-—―、#＃×".unicodeScalars.contains(scalar)
  }

  /// The clause's segments between list commas outside brackets.
  func segments(of clause: Range<Int>) -> [Range<Int>] {
    var segments: [Range<Int>] = []
    // NB: room for a list of eight at once (grown from one, a list took three allocations).
    segments.reserveCapacity(8)
    var start = clause.lowerBound
    var depth = 0
    for index in clause {
      switch text[index] {
      // 某村“千头肉牛、万只肉羊”繁育中心: a list comma inside quotation marks is the name's.
      case "(", "（", "“": depth += 1
      case ")", "）", "”": depth = max(0, depth - 1)
      case "、" where depth == 0:
        segments.append(start..<index)
        start = index + 1
      default: break
      }
    }
    segments.append(start..<clause.upperBound)
    return segments
  }

  func enumerations(in clause: Range<Int>) -> [Enumeration] {
    // NB: most clauses list nothing: without 、, 等, 和 or 及 there are neither segments nor a
    // list to read (one pass, no array of segments).
    guard clause.contains(where: { Self.mayList(text[$0]) }) else { return [] }
    let segments = segments(of: clause)
    // NB: most clauses list nothing; without a list comma, only 等 or 和/及 can make one.
    if segments.count == 1, !clause.contains(where: { text[$0] == "等" || text[$0] == "和" || text[$0] == "及" }) {
      return []
    }
    var result: [Enumeration] = []
    var items: [Range<Int>] = []
    var opener: Range<Int>?
    var number = 0
    while number < segments.count {
      let segment = segments[number]
      var start = segment.lowerBound
      var end: Int
      if items.isEmpty {
        let after = lastOpener(in: segment)
        opener = lastCue(in: segment.lowerBound..<(after?.upperBound ?? segment.upperBound)) ?? after
        if let opener = after {
          end = itemEnd(from: opener.upperBound, in: segment, last: number == segments.count - 1)
          // 在当地投资建设了A、B: a verb after the cue still begins the list.
          start = max(
            opener.upperBound, boundary(before: end, from: opener.upperBound, verbsOnly: true))
          // 分别为某镇…（28 characters）项目、B: a long first item right after the cue, up to the
          // list comma, is read whole.
          if number < segments.count - 1, end == segment.upperBound,
            isLongMiddleItem(trimmed(opener.upperBound..<end), of: opener.upperBound..<segment.upperBound)
          {
            start = opener.upperBound
          }
          // 集中签约洽谈成功的A、B: the words before 的 say which works; the first item follows it.
          // (…关于A的报告、B: a report's topic, not a clause that picks works.)
          if end < segment.upperBound, text[end] == "的", number < segments.count - 1,
            case let rest = trimmed((end + 1)..<segment.upperBound), rest.count >= 4, isItem(rest),
            !(opener.upperBound..<end).contains(where: { starts("关于", at: $0) })
          {
            start = end + 1
            end = segment.upperBound
          }
        } else {
          end = itemEnd(from: segment.lowerBound, in: segment, last: number == segments.count - 1)
          start = boundary(before: end, from: segment.lowerBound)
        }
      } else {
        // 代表、委员们先后到A、B等项目: a visit's cue inside a later segment says who went there
        // before it; the list of sites begins after it, read as a first segment.
        // Only a word of reaching (先后到, 来到, 走进) says so; 等地调研 after the last item does not.
        if let cue = lastCue(in: segment), cue.lowerBound > segment.lowerBound, cue.count >= 2,
          lexicon.list(.listVisit).longestLength(in: text, at: cue.lowerBound) == cue.count,
          lexicon.list(.visitCue).longestLength(in: text, at: cue.lowerBound) == cue.count,
          cue.upperBound < segment.upperBound
        {
          items = []
          continue
        }
        end = itemEnd(from: start, in: segment, last: number == segments.count - 1)
        // 市委、市政府对各县项目建设: a preposition inside a later item begins a clause of its
        // own; the list ends before it, and the words after it say nothing of the items.
        if let cut = clausePreposition(in: start..<end) {
          let item = trimmed(start..<cut)
          if isItem(item), let enumeration = make(items + [item], opener: opener, closer: cut..<cut) {
            result.append(enumeration)
          }
          items = []
          number += 1
          continue
        }
      }
      let closed = end < segment.upperBound || number == segments.count - 1
      let item = trimmed(start..<end)
      // An item already read as something else (a byline, a meeting) is skipped, not the list.
      if !items.isEmpty, !closed, item.count >= 2, item.contains(where: { taken[$0] }) {
        // 县委副书记、县长甲先后到A、B等项目: a name followed by a cue or more words ends what
        // went before (the subject's posts); the list begins after it, read as a first segment.
        let lastTaken = item.last(where: { taken[$0] }) ?? item.lowerBound
        if lastOpener(in: segment) != nil || item.upperBound - lastTaken > 2 {
          items = []
          continue
        }
        number += 1
        continue
      }
      // A、B和C3个项目 where B和C together run longer than one item: the last segment's parts.
      if closed, !isItem(item), case let parts = split(item), parts.count > 1,
        parts.allSatisfy({ isItem($0) }),
        !items.isEmpty || end < text.count && (text[end] == "等" || startsCount(at: end))
      {
        if let enumeration = make(items + parts, opener: opener, closer: end..<clause.upperBound) {
          result.append(enumeration)
        }
        items = []
        number += 1
        continue
      }
      guard isItem(item)
        || !closed && isLongMiddleItem(item, of: (items.isEmpty ? start : segment.lowerBound)..<segment.upperBound)
      else {
        // A segment that is no item ends the list before it; it may begin the next one.
        if !items.isEmpty {
          if let enumeration = make(items, opener: opener, closer: segment.lowerBound..<segment.lowerBound)
          {
            result.append(enumeration)
          }
          items = []
          continue
        }
        number += 1
        continue
      }
      if closed {
        let closer = end..<clause.upperBound
        // 和 joins the last two items of a list, or two works a closing word counts (A和B两个项目).
        let counted = closer.first.map { first in
          text[first] == "等"
            || lexicon.list(.listItemEnd).longest(in: text, at: first).map {
              "个项家条座所处".unicodeScalars.contains($0.word[$0.word.count - 1])
            } ?? false
        } ?? false
        let strong = !items.isEmpty || counted && closerFrame(closer) != nil
        items += strong ? split(item) : [item]
        if let enumeration = make(items, opener: opener, closer: closer) { result.append(enumeration) }
        items = []
      } else if (item.lowerBound..<item.upperBound).contains(where: {
        "和及".unicodeScalars.contains(text[$0])
          && (ends("项目", at: $0) || ends("工程", at: $0) || endsSite(at: $0, item: item)
            || endsWorkWithAspect(at: joinerStart($0), from: item.lowerBound))
      }) {
        // A项目及B项目、C项目: works joined inside an earlier item are two; so are two sites each
        // named with its own kind word (某水库及某加工基地、…), and a work with what of it is seen
        // before the joiner (A项目建设以及B小学、C).
        items += split(item)
      } else {
        items.append(item)
      }
      number += 1
    }
    return result
  }

  func make(_ items: [Range<Int>], opener: Range<Int>?, closer: Range<Int>) -> Enumeration? {
    guard !items.isEmpty else { return nil }
    // 甲、乙、丙、丁四镇人大主席(及…): a count of the items' level written right after a short
    // name, with no 个 to close it, is no part of that name; it closes the list there.
    // 石门镇石岭、青木三个村: the division written before the first name is no part of it.
    var owned = items
    owned[0] = countedItemStart(items[0])..<items[0].upperBound
    for number in owned.indices.dropFirst() {
      let item = owned[number]
      guard
        let cut = (item.lowerBound + 2..<min(item.upperBound, item.lowerBound + 5)).first(where: {
          countedLevel(at: $0, items: owned[..<number] + [item.lowerBound..<$0]) != nil
        })
      else { continue }
      let counted = owned[..<number] + [item.lowerBound..<cut]
      guard let className = countedLevel(at: cut, items: counted) else { continue }
      return Enumeration(
        items: Array(counted), opener: opener, closer: cut..<closer.upperBound,
        frame: .divisions(className))
    }
    // 甲、乙、丙三个村: a count of every item with their level names them all of it.
    if let className = countedLevel(at: closer.lowerBound, items: owned[...]) {
      return Enumeration(items: owned, opener: opener, closer: closer, frame: .divisions(className))
    }
    if items.count == 1 {
      // One item only where the words after it say it is one of several (A等重点项目).
      guard lexicon.list(.projectListHead).longestLength(in: text, at: closer.lowerBound) != nil
        || isCountedListHead(at: closer.lowerBound)
      else { return nil }
    }
    return Enumeration(
      items: items, opener: opener, closer: closer,
      frame: frame(items: items, opener: opener, closer: closer))
  }

  func frame(items: [Range<Int>], opener: Range<Int>?, closer: Range<Int>) -> Enumeration.Frame {
    // 察看A、B等工作推进情况: what a visit asks about, not sites (an agenda's 等工作 may be works).
    if let opener, lexicon.list(.listVisit).longestLength(in: text, at: opener.lowerBound) != nil,
      let first = closer.first, text[first] == "等",
      lexicon.list(.listTopics).longestLength(in: text, at: first + 1) != nil
    {
      return .none
    }
    if listsTasks(items, closer: closer) { return .none }
    if let byCloser = closerFrame(closer) { return byCloser }
    // 四个项目分别是A、B; 观摩项目包括A、B: the set the words name is one of works.
    if let first = items.first,
      let naming = lexicon.list(.listNaming).longest(in: text, endingAt: first.lowerBound),
      case let before = first.lowerBound - naming.word.count,
      (max(0, before - 3)..<before).contains(where: {
        starts("项目", at: $0) || starts("工程", at: $0)
      }) || namesCountedWorks(before: before)
    {
      return .projects
    }
    // An agenda without closing words lists works only where an item's name says so (研究A项目、
    // B工程), not topics (研究考核指标、具体办法); a work word the item begins with names no work
    // (就项目落户、路网规划等作汇报).
    if let opener, lexicon.list(.listAgenda).longestLength(in: text, at: opener.lowerBound) != nil,
      items.contains(where: { item in
        item.dropFirst().contains { lexicon.list(.workWord).longestLength(in: text, at: $0) != nil }
      })
    {
      return .projects
    }
    if let opener, lexicon.list(.listVisit).longestLength(in: text, at: opener.lowerBound) != nil {
      return .visit
    }
    return .none
  }

  /// What the words right after the list say its items are: 等8个重点项目, 建设情况, 两个项目,
  /// 等地, 现场. Only words that close a list count (A、B的大项目 says nothing of A and B).
  func closerFrame(_ closer: Range<Int>) -> Enumeration.Frame? {
    guard let first = closer.first, text[first] != "的" else { return nil }
    let projects = lexicon.list(.listProjects)
    if projects.longestLength(in: text, at: first) != nil, !isInNotWork(first) { return .projects }
    if isSiteWord(at: first) { return .sites }
    // A、B和C4个项目列为…: a count in digits right after the last item, of works.
    if SentenceReader.isDigit(text[first]), first > 0, !SentenceReader.isDigit(text[first - 1]),
      isCountedListHead(at: first - 1, counting: true)
    {
      return .projects
    }
    // 等…, 两个…, or a word that closes the item right before 等 (选址等工作作了安排部署).
    let counted = lexicon.list(.listItemEnd).longest(in: text, at: first).map {
      $0.word.count == 2 && ("个项家条座所处".unicodeScalars.contains($0.word[$0.word.count - 1]))
    } ?? false
    guard let start = counted ? first : (first..<min(closer.upperBound, first + 4)).first(where: { text[$0] == "等" })
    else { return nil }
    if let className = countedDivision(after: start) { return .divisions(className) }
    if isCountedListHead(at: start) { return .projects }
    // A、B等单位负责人汇报了项目…: bodies, whatever comes after them.
    if lexicon.list(.listUnits).longestLength(in: text, at: start + 1) != nil { return nil }
    // A、B等10余类项目: kinds of works (or of services), not works.
    var count = start + 1
    while count < text.count, "0123456789一二三四五六七八九十百余多几".unicodeScalars.contains(text[count]) {
      count += 1
    }
    if count > start + 1, count < text.count, text[count] == "类" { return nil }
    let window = start..<min(closer.upperBound, start + 10)
    if window.contains(where: { projects.longestLength(in: text, at: $0) != nil && !isInNotWork($0) }) {
      return .projects
    }
    if window.contains(where: { isSiteWord(at: $0) }) { return .sites }
    return nil
  }

  /// Whether a word that calls a list's items sites (等地, 现场) starts at `position`; not where
  /// its 地 begins another word (等地域特色, 等地方风味: the items are no places).
  func isSiteWord(at position: Int) -> Bool {
    guard let site = lexicon.list(.listSites).longest(in: text, at: position) else { return false }
    let next = position + site.word.count
    return !(site.word.last == "地" && next < text.count && "域方".unicodeScalars.contains(text[next]))
  }

  /// The last cue of the segment that announces a list (察看了, 听取, 对), as a range.
  func lastOpener(in segment: Range<Int>) -> Range<Int>? {
    var found: Range<Int>?
    var index = segment.lowerBound
    while index < segment.upperBound {
      var best = 0
      for list in [Lexicon.ListName.listAgenda, .listVisit, .listOpener] {
        if let match = lexicon.list(list).longest(in: text, at: index), match.word.count > best,
          index + match.word.count < segment.upperBound,
          !(list == .listVisit && isTeamWord(at: index + match.word.count))
        {
          best = match.word.count
        }
      }
      if best > 0 {
        found = index..<(index + best)
        index += best
      } else {
        index += 1
      }
    }
    return found
  }

  /// 甲、乙、丙三个村, 甲、乙两镇: the class of the places a count right after the list names,
  /// when it counts every item and each item is a short name with no level of its own (甲村、
  /// 乙村两个村 and 新华一村、新华二村 are read by their suffixes).
  func countedLevel(at start: Int, items: ArraySlice<Range<Int>>) -> EntityClass? {
    guard start < text.count, items.count >= 2,
      let count = Self.smallCount(in: text, at: start), count.value == items.count
    else { return nil }
    var position = count.end
    if position < text.count, text[position] == "个" { position += 1 }
    guard let suffix = lexicon.suffixes.longest(in: text, at: position),
      suffix.payload.kind == .division,
      [.street, .community].contains(suffix.payload.className),
      items.allSatisfy({ item in
        item.count >= 2 && item.count <= 4
          && item.allSatisfy { SentenceReader.isIdeograph(text[$0]) && !taken[$0] }
          // 东街、南街3个社区: a last character that is another level's word (街) is part of the
          // short name; only the counted level's own word says the item carries it.
          && !(lexicon.suffixes.longest(in: text, endingAt: item.upperBound).map {
            $0.payload.kind == .division && $0.payload.className == suffix.payload.className
          } ?? false)
      })
    else { return nil }
    return suffix.payload.className
  }

  /// 石门镇石岭: where the first short name of a counted list starts, after a division written
  /// before it (which holds every item); the item's own start when none is.
  func countedItemStart(_ item: Range<Int>) -> Int {
    guard item.count >= 4 else { return item.lowerBound }
    for end in stride(from: item.upperBound - 2, through: item.lowerBound + 2, by: -1) {
      guard let suffix = lexicon.suffixes.longest(in: text, endingAt: end),
        suffix.payload.kind == .division
      else { continue }
      return end
    }
    return item.lowerBound
  }

  /// 三个村, 两镇, 4个社区: the count written at `start` (a numeral, or digits as news writes
  /// them, ASCII or full width) and where it ends; nil when none stands there.
  static func smallCount(in text: [Unicode.Scalar], at start: Int) -> (value: Int, end: Int)? {
    guard start >= 0, start < text.count else { return nil }
    let first = text[start]
    if first == "两" { return (2, start + 1) }
    if let value = smallNumerals.firstIndex(of: first) { return (value, start + 1) }
    var value = 0
    var position = start
    while position < text.count, position - start < 3, let digit = digitValue(text[position]) {
      value = value * 10 + digit
      position += 1
    }
    return position > start ? (value, position) : nil
  }

  /// The value of an ASCII or full-width digit.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: return Int(scalar.value - 0x30)
    case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
    default: return nil
    }
  }

  /// The numerals a short list is counted with, at the index of their value (两 is read apart).
  static let smallNumerals: [Unicode.Scalar] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// 等5个村, 等三个社区: the class of the places a list counts.
  func countedDivision(after start: Int) -> EntityClass? {
    guard start < text.count, text[start] == "等" else { return nil }
    var position = start + 1
    let numerals = "0123456789一二三四五六七八九十两几多余".unicodeScalars
    while position < text.count, numerals.contains(text[position]) { position += 1 }
    if position > start + 1, position < text.count, text[position] == "个" {
      position += 1
    } else {
      // 沿河、石桥等特色乡村, 等美丽村庄: with no count, a kind word before the villages' word
      // counts them as well.
      guard position == start + 1 else { return nil }
      // 赴甲、乙、丙等乡镇，开展调研; 成立了甲苑、乙苑等社区。: with neither count nor kind, the
      // level word alone closes the list where a mark closes the phrase (not 等村民, 等社区居民).
      if let className = bareLevel(at: position) { return className }
      var kinds = 0
      while let word = lexicon.list(.genericName).longest(in: text, at: position), word.word.count >= 2 {
        position += word.word.count
        kinds += 1
      }
      guard kinds > 0, position + 1 < text.count else { return nil }
      let pair = String(String.UnicodeScalarView(text[position..<(position + 2)]))
      if pair == "乡村" || pair == "村庄" { return .community }
    }
    guard let suffix = lexicon.suffixes.longest(in: text, at: position),
      suffix.payload.kind == .division,
      [.street, .community].contains(suffix.payload.className)
    else { return nil }
    return suffix.payload.className
  }

  /// 等乡镇，/ 等社区。/ 等乡镇(办): the class of a level word written alone after 等 and closed
  /// by a mark or a bracket; a pair of levels (乡镇, 镇街) is read as its first level's word.
  func bareLevel(at position: Int) -> EntityClass? {
    guard let suffix = lexicon.suffixes.longest(in: text, at: position),
      suffix.payload.kind == .division,
      [.street, .community].contains(suffix.payload.className)
    else { return nil }
    var end = position + suffix.word.count
    if let pair = SentenceReader.levelPairs.first(where: { starts($0, at: position) }) {
      end = position + pair.unicodeScalars.count
    }
    guard end < text.count else { return suffix.payload.className }
    let next = text[end]
    guard Self.isClauseEnd(next) || "、(（".unicodeScalars.contains(next) else { return nil }
    return suffix.payload.className
  }

  /// The last agenda or visit cue in `range` (原则同意 before 启动实施).
  func lastCue(in range: Range<Int>) -> Range<Int>? {
    var found: Range<Int>?
    var index = range.lowerBound
    while index < range.upperBound {
      let match = lexicon.list(.listAgenda).longest(in: text, at: index)
        ?? lexicon.list(.listVisit).longest(in: text, at: index)
      if let match, index + match.word.count <= range.upperBound,
        !isTeamWord(at: index + match.word.count)
      {
        found = index..<(index + match.word.count)
        index += match.word.count
      } else {
        index += 1
      }
    }
    return found
  }

  /// A preposition (对, 向, 把, 被, 给, 就, 关于) after the first two characters of a later item,
  /// which no name of a work spans (向阳, 就业 and the like excepted): 乙政府关于A建设情况的汇报,
  /// 甲局、乙集团就各自项目进展作了汇报.
  func clausePreposition(in range: Range<Int>) -> Int? {
    guard range.count >= 3 else { return nil }
    return (range.lowerBound + 2..<range.upperBound).first { index in
      ("对向把被给就".unicodeScalars.contains(text[index]) || starts("关于", at: index))
        && lexicon.list(.notAStop).longestLength(in: text, at: index) == nil
        && lexicon.list(.projectInner).longestLength(in: text, at: index) == nil
    }
  }

  /// Where the item that starts at `start` ends: at a word that closes it, else the segment's end.
  /// In the clause's last segment a verb ends it too (A、B社区开展…); inside the list a verb
  /// may be part of a work's name (某村农房改善集中区).
  func itemEnd(from start: Int, in segment: Range<Int>, last: Bool) -> Int {
    let ends = lexicon.list(.listItemEnd)
    guard start + 1 < segment.upperBound else { return segment.upperBound }
    if let end = (start + 1..<segment.upperBound).first(where: {
      ends.longestLength(in: text, at: $0) != nil && !isInsideWord($0) || startsCount(at: $0)
    }) {
      return end
    }
    guard last else { return segment.upperBound }
    return (start + 1..<segment.upperBound).first { startsVerb(at: $0) } ?? segment.upperBound
  }

  /// Whether `position` is inside a word that is no stop (职业中等专业学校: 等 of 中等).
  func isInsideWord(_ position: Int) -> Bool {
    guard position > 0, let word = lexicon.list(.notAStop).longest(in: text, at: position - 1)
    else { return false }
    return word.word.count >= 2
  }

  /// Back from `end` over the item's characters to a stop word or punctuation (是|A和B两个项目).
  /// With `verbsOnly` (after a cue) only a verb ends it, not 及 or 和 inside the first item.
  func boundary(before end: Int, from lower: Int, verbsOnly: Bool = false) -> Int {
    var position = end
    let inner = lexicon.list(.projectInner)
    while position > lower, isItemCharacter(position - 1), end - position < Self.longestItem {
      if position < end, let stop = lexicon.boundaryStop(in: text, endingAt: position),
        stop.word.count >= 2
          // 甲车用钢管及汽车零部件、乙芯片等: 及 joins a list's last items, so before the first
          // comma it is inside the first item's name.
          || !verbsOnly && "了的在对向到和与是为".unicodeScalars.contains(text[position - 1])
          // 集中签约洽谈成功的A、B: a clause that says which works ends at 的.
          || text[position - 1] == "了" || text[position - 1] == "的",
        inner.longest(in: text, endingAt: position) == nil
      {
        break
      }
      position -= 1
    }
    // Cut by the length alone inside a run of name characters: the tail of a longer name (某再生
    // 资源有限公司年产20万吨…项目), no item.
    if end - position >= Self.longestItem, position > lower, isItemCharacter(position - 1) {
      return end
    }
    return position
  }

  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    // 集中开工的A、B: 的 after the list's opener begins no name.
    while start < end, "了及和与以的 ".unicodeScalars.contains(text[start]) {
      if text[start] == "以", !starts("以及", at: start) { break }
      // 、和某公司: no conjunction follows a list comma; 和 begins the name.
      if text[start] == "和", start > 0, text[start - 1] == "、" { break }
      // 先后到和平路某桥: nor one right after the cue that opens the list.
      if text[start] == "和", lexicon.list(.listVisit).longest(in: text, endingAt: start) != nil
        || lexicon.list(.siteCue).longest(in: text, endingAt: start) != nil
      {
        break
      }
      start += text[start] == "以" ? 2 : 1
    }
    // 辖区内A、B: 辖区 ends the name before it; 内 is no part of the first item.
    if end - start > 3, text[start] == "内", ends("辖区", at: start) { start += 1 }
    while end > start, text[end - 1] == " " { end -= 1 }
    // 某学校建设工程项目(第一期小学部分)为…: an item cut inside its brackets ends before them.
    if let open = (start..<end).last(where: { text[$0] == "(" || text[$0] == "（" }),
      !(open..<end).contains(where: { text[$0] == ")" || text[$0] == "）" }), open - start >= 2
    {
      end = open
    }
    if isAfterwardsFrameEnd(end, itemStart: start) { end -= 1 }
    return start..<end
  }

  /// Whether a verb of two or more characters starts at `index` (A、B社区开展…): no item spans
  /// one, save the words works are named with (改造, 建设).
  func startsVerb(at index: Int) -> Bool {
    guard let stop = lexicon.list(.stop).longest(in: text, at: index), stop.word.count >= 2
    else { return false }
    return lexicon.list(.notAStop).longestLength(in: text, at: index) == nil
      && lexicon.list(.projectInner).longestLength(in: text, at: index) == nil
  }

  /// An item is a short run of name characters that does not begin with a verb (查看工程进度), nor
  /// with a modal before one (要抓好…).
  func isItem(_ range: Range<Int>) -> Bool {
    guard range.count >= 2, range.count <= Self.longestItem,
      range.allSatisfy({ isItemCharacter($0) })
    else { return false }
    // 要抓好配套项目, 并同意某某: a modal or 并 before a verb begins a clause, no name.
    if "要并需应".unicodeScalars.contains(text[range.lowerBound]),
      startsVerb(at: range.lowerBound + 1)
    {
      return false
    }
    return !startsVerb(at: range.lowerBound)
  }

  /// Whether a place's or work's kind word of two or more characters ends at `end` (某水库及…),
  /// and the item does not end as one work's name (某厂及配套管网工程).
  func endsSite(at end: Int, item: Range<Int>) -> Bool {
    guard !["项目", "工程"].contains(where: { ends($0, at: item.upperBound) }),
      let suffix = lexicon.suffixes.longest(in: text, endingAt: end), suffix.word.count >= 2
    else { return false }
    return [.place, .project].contains(suffix.payload.className)
  }

  /// The last item may hold several joined by 和, 及, 以及 (A和B); not where the part before
  /// the word is a place that names the part after it (某村和某村还迁房项目 is one work).

  func split(_ item: Range<Int>) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = item.lowerBound
    var index = item.lowerBound + 2
    var depth = 0
    while index < item.upperBound - 1 {
      let scalar = text[index]
      if scalar == "(" || scalar == "（" { depth += 1 }
      if scalar == ")" || scalar == "）" { depth = max(0, depth - 1) }
      let length = starts("以及", at: index) ? 2 : (scalar == "和" || scalar == "及" ? 1 : 0)
      // 以及 joins two things, never two parts of one work's name (A影城以及B花园项目 are two
      // sites); its 及 is no joiner of its own.
      guard depth == 0, length > 0, item.upperBound - (index + length) >= 2, index - start >= 2,
        lexicon.list(.notAStop).longestLength(in: text, at: index) == nil,
        !sharesDivision(before: index, after: index + length),
        length == 2 || !joinsOneWork(start..<index, item.upperBound)
      else {
        index += length == 2 ? 2 : 1
        continue
      }
      parts.append(start..<index)
      start = index + length
      index = start + 2
    }
    parts.append(start..<item.upperBound)
    return parts
  }

  /// 某污水处理厂及配套管网工程, 某厂及某厂建设项目: 项目 or 工程 written only at the item's end
  /// names one work whose name holds the joiner; A项目及B项目 are two.
  func joinsOneWork(_ before: Range<Int>, _ end: Int) -> Bool {
    var end = end
    while end > before.upperBound, text[end - 1] == "等" { end -= 1 }
    // 某互通及接线工程推进: what of the work is seen (推进, 建设) after its 项目 or 工程 is no part
    // of its name; the name still ends at 工程.
    end = workEnd(before: end, from: before.upperBound)
    // 某公司起重臂总成及标准节生产线, 某设备及小基站研发生产基地: a line or base that makes both
    // products is one work, where the part before the joiner names no place, body or work.
    if Self.sharedProductionHeads.contains(where: { ends($0, at: end) }) {
      return lexicon.suffixes.longest(in: text, endingAt: before.upperBound) == nil
        && lexicon.list(.workWord).longest(in: text, endingAt: before.upperBound) == nil
        && !before.contains(where: {
          (lexicon.list(.stop).longestLength(in: text, at: $0) ?? 0) >= 2
            && lexicon.list(.notAStop).longestLength(in: text, at: $0) == nil
        })
    }
    guard ["项目", "工程"].contains(where: { ends($0, at: end) }) else { return false }
    // 加强A培育和B项目: a phrase with a verb, not one name.
    let stop = lexicon.list(.stop)
    let keep = lexicon.list(.notAStop)
    if before.contains(where: {
      (stop.longestLength(in: text, at: $0) ?? 0) >= 2 && keep.longestLength(in: text, at: $0) == nil
    }) {
      return false
    }
    // 某隧道施工和某立交工程: the part before says what is done to it, a work of its own.
    if ends("施工", at: before.upperBound) { return false }
    // 甲有限公司和乙工程项目建设等地: a firm named in full is a site of its own.
    if ends("公司", at: before.upperBound) { return false }
    return lexicon.list(.workWord).longest(in: text, endingAt: before.upperBound) == nil
  }

  /// Where 以及 begins when its 及 is at `index`; else `index` (和, 及).
  func joinerStart(_ index: Int) -> Int {
    index > 0 && text[index] == "及" && text[index - 1] == "以" ? index - 1 : index
  }

  /// Whether words saying what of a work is seen (建设, 推进, 施工: the work aspects) end at `end`
  /// right after a name ending in 项目 or 工程 (某示范区项目建设|以及).
  func endsWorkWithAspect(at end: Int, from lower: Int) -> Bool {
    workEnd(before: end, from: lower) < end
  }

  /// Back from `end` over work aspects (某项目建设推进) to the 项目 or 工程 they follow: where the
  /// work's name ends; `end` itself when no such name stands before them. 及 and 和, aspects of a
  /// visit's words, are not stepped over.
  func workEnd(before end: Int, from lower: Int) -> Int {
    let aspects = lexicon.list(.workAspect)
    var position = end
    while position - 2 > lower, let word = aspects.longest(in: text, endingAt: position),
      word.word.count >= 2, position - word.word.count - 2 >= lower
    {
      position -= word.word.count
      if ends("项目", at: position) || ends("工程", at: position) { return position }
    }
    return end
  }

  /// 某村和某村还迁房项目: two places of one kind joined before the rest of one work's name.
  func sharesDivision(before end: Int, after start: Int) -> Bool {
    guard let left = lexicon.suffixes.longest(in: text, endingAt: end),
      left.payload.kind == .division
    else { return false }
    var position = start
    while position < min(text.count, start + 6) {
      if let right = lexicon.suffixes.longest(in: text, at: position), right.word == left.word {
        return true
      }
      position += 1
    }
    return false
  }

  /// A count in digits after an item (A项目、B项目2个议题, 3家企业): it ends the item.
  func startsCount(at index: Int) -> Bool {
    guard SentenceReader.isDigit(text[index]), !SentenceReader.isDigit(text[index - 1]) else {
      return false
    }
    var position = index
    while position < text.count, SentenceReader.isDigit(text[position]) { position += 1 }
    return position < text.count && "个项家条座所".unicodeScalars.contains(text[position])
  }

  /// 等8个重点项目, 等十余个项目: an enumeration's head with a count in it.
  func isCountedListHead(at index: Int, counting: Bool = false) -> Bool {
    // counting: the count stands right after `index` without 等 (A和B2个项目).
    guard index < text.count, counting || text[index] == "等" else { return false }
    var position = index + 1
    let numerals = "0123456789一二三四五六七八九十百余多".unicodeScalars
    while position < text.count, numerals.contains(text[position]) { position += 1 }
    guard position > index + 1, position < text.count, "个项处".unicodeScalars.contains(text[position])
    else { return false }
    position += 1
    // 等10个招商引资签约项目: what kind of projects may stand between the count and 项目.
    // 等9个总投资44亿元的重点项目: their sum too.
    let kind = position..<min(text.count, position + 18)
    return kind.contains { index in
      (position..<index).allSatisfy {
        SentenceReader.isIdeograph(text[$0]) || SentenceReader.isDigit(text[$0]) || text[$0] == "."
      } && (index - position <= 8 || (position..<index).contains { text[$0] == "元" })
        && ["项目", "工程"].contains { starts($0, at: index) } && !isInNotWork(index)
    }
  }

  /// Whether the 项目 or 工程 at `position` lies inside a word that names no work: a check's or a
  /// contest's items (等体检项目, 等村民运动会项目), machines (等大型工程车辆).
  func isInNotWork(_ position: Int) -> Bool {
    let words = lexicon.list(.listNotWorks)
    return (max(0, position - 4)...position).contains { start in
      words.longest(in: text, at: start).map { start + $0.word.count > position } ?? false
    }
  }
}
