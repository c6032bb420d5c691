import TupuOntology

/// Where a visited site's name runs and what was said right after it.
struct VisitSlot: Sendable {
  /// The site's words: one name, or several joined by 、, 和, 及.
  var content: Range<Int>
  /// Whether the words after it say it is being built (施工现场, 建设进度, 工地).
  var workTail: Bool
  /// The word that ended it (现场, 调研, 进行…), empty at a clause's end.
  var tail: Range<Int>
}

extension SentenceReader {
  /// The sites a visit sees, written after its cue (来到A, 走进A, 实地察看了A建设情况, 到A调研,
  /// 第一站，A) or framing a clause (在A施工现场，…; 甲在A工地督导; A项目现场，…). On a tour of works — the words after
  /// the site say so (施工现场, 建设进度, 察看项目进展) and nothing after it makes the visit a call
  /// on a running firm (生产经营) — a site is a Project, whatever its name's suffix. Divisions,
  /// bodies, people and meetings keep their class; a firm or a place read by its suffix becomes a
  /// work only where the words right after it say it is built (某公司施工现场).
  mutating func readVisitedSites() {
    let cues = lexicon.list(.siteCue)
    // NB: a sentence opens on a site (A项目现场，…) only when 现场 or 工地 ends it (visitSlot with
    // no cue); most sentences hold neither, and need not be walked for it.
    let mayOpenOnSite = Self.holdsPair(text, "现", "场") || Self.holdsPair(text, "工", "地")
    var clauseStart = 0
    var index = 0
    while index < text.count {
      // NB: past the sentence's start, a position that ends no clause, holds no 在 and starts no
      // site cue needs nothing (most positions): skipped in a tight loop.
      if index > 0 {
        while index < text.count {
          let scalar = text[index]
          if scalar == "在" || scalar == "。" || cues.mayStart(with: scalar) || ListReader.isClauseEnd(scalar) {
            break
          }
          index += 1
        }
        guard index < text.count else { break }
      }
      if ListReader.isClauseEnd(text[index]) || text[index] == "。" {
        index += 1
        clauseStart = index
        continue
      }
      // 在A现场，…: 在 opens a site's frame only at a clause's start; A项目现场，… at the
      // sentence's.
      if index == clauseStart, text[index] == "在" {
        if let slot = visitSlot(from: index + 1, cue: "在") { readSites(slot) }
        index += 1
        continue
      }
      if index == 0, mayOpenOnSite, let slot = visitSlot(from: 0, cue: "") { readSites(slot) }
      // 甲在A项目现场调研: 在 inside a clause frames a site that ends at 现场 or 工地.
      if index > clauseStart, text[index] == "在", !taken[index],
        let slot = visitSlot(from: index + 1, cue: "在"), !slot.tail.isEmpty
      {
        readSites(slot)
      }
      guard !taken[index], let cue = cues.longest(in: text, at: index) else {
        index += 1
        continue
      }
      var end = index + cue.word.count
      let word = ScalarString.make(cue.word[...])
      // 第一站，A项目: a station's site after its mark.
      if ExactText.ends(word, with: "站"), end < text.count,
        "，,：: ".unicodeScalars.contains(text[end])
      {
        end += 1
      }
      // 做到, 达到, 得到: 到 ends another verb, no visit.
      if word == "到", index > 0, "做达得受感看听收遇提想找办落直回".unicodeScalars.contains(text[index - 1]) {
        index = end
        continue
      }
      // 观摩团, 督查人员, 调研组: the cue names the party that visits; no site follows it (a
      // place that begins with the same character, 团结村, is still a site).
      if let party = lexicon.list(.visitParty).longest(in: text, at: end),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start == end && $0.end > end + party.word.count
        })
      {
        index = end + party.word.count
        continue
      }
      // 来到位于某街道的A项目: where the site lies is said before it; the site is A项目.
      if ["位于", "地处", "坐落于"].contains(where: { starts($0, at: end) }),
        let of = (end..<min(text.count, end + 20)).first(where: { text[$0] == "的" }),
        !(end..<of).contains(where: { ListReader.isClauseEnd(text[$0]) })
      {
        end = of + 1
      }
      // 来到正在建设中的A: what is said of the site before it says it is being built.
      var building = false
      if let prefix = lexicon.list(.siteBuilding).longest(in: text, at: end) {
        end += prefix.word.count
        building = true
      }
      if var slot = visitSlot(from: end, cue: word) {
        slot.workTail = slot.workTail || building
        readSites(slot)
      }
      index = end
    }
    readVisitTopics()
    readCommaListedSites()
  }

  /// Whether `first` stands right before `second` somewhere in `text` (one pass over the values).
  static func holdsPair(_ text: [Unicode.Scalar], _ first: Unicode.Scalar, _ second: Unicode.Scalar)
    -> Bool
  {
    text.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: UInt32.self) { values in
        guard values.count >= 2 else { return false }
        let (a, b) = (first.value, second.value)
        var index = 1
        while index < values.count {
          if values[index] == b, values[index - 1] == a { return true }
          index += 1
        }
        return false
      }
    }
  }

  /// 就A建设进行专题调研, 对A进行现场督办, 围绕A开展调研: a work named as what the visit is about,
  /// between 就, 对 or 围绕 and 进行 or 开展 followed by a visit's verb.
  mutating func readVisitTopics() {
    // Most sentences hold neither 进行 nor 开展: one cheap pass before any look-up.
    guard
      text.indices.dropLast().contains(where: {
        text[$0] == "进" && text[$0 + 1] == "行" || text[$0] == "开" && text[$0 + 1] == "展"
      })
    else { return }
    let openers = lexicon.list(.visitTopicOpener)
    let visitVerbs = lexicon.list(.visitWord)
    let manners = lexicon.list(.visitManner)
    var index = 0
    while index < text.count {
      guard !taken[index], let opener = openers.longest(in: text, at: index) else {
        index += 1
        continue
      }
      let start = index + opener.word.count
      index = start
      var position = start + 2
      let limit = min(text.count, start + 30)
      while position < limit, !ListReader.isClauseEnd(text[position]), text[position] != "。",
        !starts("进行", at: position), !starts("开展", at: position)
      {
        position += 1
      }
      guard position < limit, starts("进行", at: position) || starts("开展", at: position)
      else { continue }
      var verb = position + 2
      while let manner = manners.longest(in: text, at: verb) { verb += manner.word.count }
      guard visitVerbs.longestLength(in: text, at: verb) != nil else { continue }
      readSites(
        VisitSlot(content: start..<position, workTail: false, tail: position..<(position + 2)))
      index = position
    }
  }

  /// The site after a cue: name characters up to a word that ends it (现场, 调研, 建设情况) or the
  /// clause's end, at most a long name's length. After a weak cue (到, 调研) or 在, the site must
  /// end at a visit's verb or 现场, or be a name its suffix reads (到A调研, 在A施工现场).
  func visitSlot(from start: Int, cue: String) -> VisitSlot? {
    let tails = lexicon.list(.siteTail)
    // No cue at all: a sentence that opens on a site (A项目现场，…) ends it at 现场 or 工地.
    let frame = cue == "在" || cue.isEmpty
    let weak = frame || lexicon.list(.weakSiteCue).contains(cue)
    // A list of sites (A项目、B项目、…) may run past one name's length, to its clause's end.
    var limit = min(text.count, start + 40)
    // (Only a clause that runs past the limit with a list comma in it is scanned further.)
    if limit < text.count, (start..<limit).contains(where: { text[$0] == "、" }),
      !(start..<limit).contains(where: { ListReader.isClauseEnd(text[$0]) || text[$0] == "。" })
    {
      var listEnd = limit
      while listEnd < min(text.count, start + 200), !ListReader.isClauseEnd(text[listEnd]),
        text[listEnd] != "。"
      {
        listEnd += 1
      }
      limit = listEnd
    }
    var position = start
    while position < limit, !ListReader.isClauseEnd(text[position]), text[position] != "。" {
      if position >= start + 2, let tail = tails.longest(in: text, at: position) {
        let tailRange = position..<(position + tail.word.count)
        let workTail = lexicon.list(.workSiteTail).longestLength(in: text, at: position) != nil
        let atSite = ["现场", "工地"].contains { ends($0, at: tailRange.upperBound) }
        // 在A，…: a frame's site ends at its comma or at 现场, 工地 (在A调研时 frames no site).
        // Without 在, only a work named as one opens the sentence (A项目现场, not A开工点现场).
        if cue.isEmpty, atSite, !endsInWork(start..<position),
          !mentions.contains(where: { $0.className == .project && $0.end == position })
        {
          return nil
        }
        if frame, !atSite {
          if startsVerbNotInName(at: position) { return nil }
          position += 1
          continue
        }
        // 到A调研, 到A现场: after a weak cue only a visit's verb or a work's progress ends the
        // site (做到以…的, 达到…等 are no visits), unless a suffix names it.
        if weak, !workTail, !atSite, !endsInName(start..<position), !endsInWork(start..<position),
          lexicon.list(.visitWord).longestLength(in: text, at: position) == nil,
          !["实地", "进行"].contains(where: { starts($0, at: position) })
        {
          return nil
        }
        return VisitSlot(content: start..<position, workTail: workTail, tail: tailRange)
      }
      // A verb ends the site's name (到A项目参加…); a site no suffix reads ends at a visit's words.
      if position > start, startsVerbNotInName(at: position) {
        guard position - start >= 2, !frame,
          endsInName(start..<position) || endsInWork(start..<position)
        else { return nil }
        return VisitSlot(content: start..<position, workTail: false, tail: position..<position)
      }
      position += 1
    }
    guard position - start >= 2, !cue.isEmpty else { return nil }
    if weak, !endsInName(start..<position), !endsInWork(start..<position),
      !isListOfTourSites(start..<position, cue: cue)
    {
      return nil
    }
    return VisitSlot(content: start..<position, workTail: false, tail: position..<position)
  }

  /// Whether the range ends in 项目 or 工程 after a name (某某年产5万吨食品加工项目).
  func endsInWork(_ range: Range<Int>) -> Bool {
    range.count >= 6 && (ends("项目", at: range.upperBound) || ends("工程", at: range.upperBound))
  }

  /// Whether a name read by its suffix (a firm, a place, a road, a work) ends the range.
  func endsInName(_ range: Range<Int>) -> Bool {
    mentions.contains {
      $0.visibility != .dropped && $0.end == range.upperBound && $0.start >= range.lowerBound
        && ($0.className == .project || $0.className == .place || $0.className == .road
          || $0.className == .organization && !$0.isBody)
    }
  }

  /// A verb of two or more characters that no work's name holds (改造, 建设 are in names).
  func startsVerbNotInName(at index: Int) -> Bool {
    // NB: lengths only (`longestLength`): visits ask at every position of a site.
    guard let stop = lexicon.list(.stop).longestLength(in: text, at: index), stop >= 2
    else { return false }
    return lexicon.list(.notAStop).longestLength(in: text, at: index) == nil
      && lexicon.list(.projectInner).longestLength(in: text, at: index) == nil
  }

  /// Makes each site of the slot a Project when the visit is one of works: a site whose name
  /// says it is a work (…项目, …改造) always, one no suffix reads on a tour of works, one read as
  /// a firm or a place only when the words right after it say it is being built (施工现场).
  mutating func readSites(_ slot: VisitSlot) {
    var content = slot.content
    // 滨河大道项目建设: the work is 滨河大道项目.
    if content.count > 4, ends("建设", at: content.upperBound),
      ends("项目建设", at: content.upperBound) || ends("工程建设", at: content.upperBound)
    {
      content = content.lowerBound..<(content.upperBound - 2)
    }
    let reader = ListReader(lexicon: lexicon, text: text, taken: taken)
    // A、B产业园等项目现场: the list's closer says its sites are works.
    let heads = lexicon.list(.projectListHead)
    var listedAsWorks =
      heads.longestLength(in: text, at: slot.tail.lowerBound) != nil
      || heads.longest(in: text, endingAt: slot.content.upperBound) != nil
    // 就A、B等项目建设情况开展调研: the closer stands before what of the works is seen; it is no
    // part of the last site's name.
    let parts = reader.split(content).flatMap { part in
      reader.segments(of: part).map { segment -> Range<Int> in
        let site = withoutAspect(reader.trimmed(segment))
        guard let head = heads.longest(in: text, endingAt: site.upperBound),
          site.count >= head.word.count + 2
        else { return site }
        listedAsWorks = true
        return site.lowerBound..<(site.upperBound - head.word.count)
      }
    }
    let tour = isWorkVisit(slot)
    let notProject = lexicon.list(.notProjectVisit)
    for part in parts {
      // 来到某产业园，了解园区运营情况: a park its suffix read as a work, seen running, stands.
      if !slot.workTail, !listedAsWorks, let same = mention(exactly: part),
        mentions[same].className == .project,
        mentions[same].via == "suffix", ExactText.ends(mentions[same].name, with: "园"),
        (slot.tail.lowerBound..<text.count).contains(where: {
          notProject.longestLength(in: text, at: $0) != nil
        })
      {
        mentions[same].className = .place
        continue
      }
      // 先后来到A路、B街等地: roads the list calls places are where the tour went, not works
      // (某街 there is a road, not a subdistrict's 街道).
      if !slot.workTail, isListOfPlaces(after: slot.content.upperBound),
        let same = mention(exactly: part), mentions[same].className == .road
          || mentions[same].className == .street && ExactText.ends(mentions[same].name, with: "街")
      {
        mentions[same].className = .road
        continue
      }
      readSite(part, workTail: slot.workTail, tour: tour)
    }
  }

  /// A tour of works: the words after the site say so (施工现场 right after it, or 项目建设,
  /// 施工, 进度 later in the sentence), and none makes it a call on a running firm or a service.
  func isWorkVisit(_ slot: VisitSlot) -> Bool {
    if slot.workTail { return true }
    let notProject = lexicon.list(.notProjectVisit)
    let rest = slot.tail.lowerBound..<text.count
    if rest.contains(where: { notProject.longestLength(in: text, at: $0) != nil }) { return false }
    let tour = lexicon.list(.projectTour)
    return rest.contains { tour.longestLength(in: text, at: $0) != nil }
  }

  /// One site: a Project unless it names a division, a body, a person or a meeting, or only
  /// says what kind of place it is (一线, 企业).
  mutating func readSite(_ part: Range<Int>, workTail: Bool, tour: Bool) {
    guard part.count >= 2, part.count <= 25 else { return }
    guard
      part.allSatisfy({
        Self.isIdeograph(text[$0]) || Self.isDigit(text[$0])
          || (0x41...0x5A).contains(text[$0].value) || (0x61...0x7A).contains(text[$0].value)
          || "()（）“”·-".unicodeScalars.contains(text[$0])
      })
    else { return }
    if let same = mention(exactly: part) {
      let found = mentions[same]
      // 先后到某酒店、某街实地查看项目施工进度: a street (某街, not 某街道) a tour of works sees is
      // one being built.
      if found.className == .street, ExactText.ends(found.name, with: "街"), workTail || tour {
        mentions[same].className = .project
        mentions[same].via = "visit"
        return
      }
      if found.className == .project || found.isDivision || found.isPerson
        || found.className == .meeting || found.isBody
      {
        return
      }
      // 先后到甲电器、乙科技等企业，了解项目建设进展: short names only the list's closer (等企业)
      // calls firms, seen on a tour of works, are the works toured (firms listed as key projects).
      if found.via == "firm-list", tour {
        mentions[same].className = .project
        mentions[same].via = "visit"
        return
      }
      // A firm or a place seen on a tour is a work only where the sentence says it is built; a
      // road a tour sees is one being built.
      guard workTail || tour && found.className == .road else { return }
    } else if part.contains(where: { taken[$0] }) {
      return
    }
    // A work read by its suffix at the site's end (某村光伏发电项目) is read already.
    if mentions.contains(where: {
      $0.className == .project && $0.visibility != .dropped && $0.end == part.upperBound
        && $0.start > part.lowerBound
    }) {
      return
    }
    // A person, a meeting or a body inside, or a name running past the site: no site.
    if mentions.contains(where: {
      $0.visibility != .dropped && $0.start < part.upperBound && $0.end > part.lowerBound
        && ($0.isPerson || $0.className == .meeting || $0.isBody || $0.start < part.lowerBound
          || $0.end > part.upperBound)
    }) {
      return
    }
    // A zone and a community in it (到某开发区某社区调研): places read already, no site.
    var tile = part.lowerBound
    var endsInDivision = false
    while let next = mentions.indices.filter({
      mentions[$0].start == tile && mentions[$0].end <= part.upperBound
        && mentions[$0].visibility != .dropped
        && (mentions[$0].isDivision || mentions[$0].className == .place)
    }).max(by: { mentions[$0].end < mentions[$1].end }) {
      tile = mentions[next].end
      endsInDivision = mentions[next].isDivision
    }
    if tile == part.upperBound, endsInDivision { return }
    // Divisions only (来到东湖镇柳岸村): no site.
    var position = part.lowerBound
    while let next = mentions.indices.last(where: {
      mentions[$0].start == position && mentions[$0].end <= part.upperBound
        && mentions[$0].isDivision && mentions[$0].visibility != .dropped
    }) {
      position = mentions[next].end
    }
    var own = position..<part.upperBound
    // 到辖区内A、B: where the sites lie is no part of the first one's name.
    for prefix in ["辖区内", "辖区", "内"] where own.count > prefix.unicodeScalars.count + 2
      && starts(prefix, at: own.lowerBound)
      && (prefix != "内" || ends("辖区", at: own.lowerBound))
    {
      own = (own.lowerBound + prefix.unicodeScalars.count)..<own.upperBound
      break
    }
    // A short word no suffix reads is a thing seen, not a site (厂房, 大棚, 车间).
    let named = endsInName(own)
    // (Three characters after the place it lies in: 某区供热站.)
    let shortest = named ? 2 : own.lowerBound > part.lowerBound ? 3 : 4
    guard own.count >= shortest, !isGenericItem(own),
      lexicon.list(.notASite).longestLength(in: text, at: own.lowerBound) == nil,
      lexicon.list(.notASiteEnd).longest(in: text, endingAt: own.upperBound) == nil,
      named || !holdsFunctionWord(own),
      lexicon.list(.genericName).longestLength(in: text, at: own.lowerBound) == nil,
      lexicon.list(.hereDistrict).longestLength(in: text, at: own.lowerBound) == nil,
      !startsVerbNotInName(at: own.lowerBound),
      workTail || namesWork(own)
        || tour && lexicon.list(.existingSiteEnd).longest(in: text, endingAt: own.upperBound) == nil
    else { return }
    // An institution the work is named after stays one (某县中医院 of 某县中医院新院区项目).
    let institution = mentions.indices.first {
      (mentions[$0].start == part.lowerBound || mentions[$0].start == own.lowerBound)
        && mentions[$0].end < part.upperBound
        && mentions[$0].className == .organization && !mentions[$0].isBody
        && mentions[$0].visibility == .entity
    }
    addListedItem(
      starts("辖区", at: part.lowerBound) || starts("内", at: part.lowerBound) ? own : part,
      className: .project)
    if let last = mentions.indices.last { mentions[last].via = "visit" }
    if let institution { mentions[institution].visibility = .entity }
  }
}

extension SentenceReader {
  /// Whether a verb or a function word (的, 对, 本, 存在) begins inside the range: a phrase, not a
  /// name no suffix reads. One-character measure words (户, 座) may be inside a name (棚户区).
  func holdsFunctionWord(_ range: Range<Int>) -> Bool {
    let stop = lexicon.list(.stop)
    let keep = lexicon.list(.notAStop)
    let inner = lexicon.list(.projectInner)
    let function = "的了在对把被将从向与及和是为于以各本该这那其每".unicodeScalars
    var position = range.lowerBound
    while position < range.upperBound {
      if let word = keep.longest(in: text, at: position) ?? inner.longest(in: text, at: position) {
        position += word.word.count
        continue
      }
      if let word = stop.longest(in: text, at: position),
        word.word.count >= 2 || function.contains(text[position])
      {
        return true
      }
      position += 1
    }
    return false
  }
}

extension SentenceReader {
  /// A firm, school, hospital, park or road named right before 项目 or 工程, perhaps with what is
  /// done to it (城北中学建设项目, 某医院迁建工程, 某公园二期项目): one work, named after it.
  mutating func readWorksNamedAfterSites() {
    let inner = lexicon.list(.projectInner)
    for index in mentions.indices {
      let site = mentions[index]
      guard site.visibility == .entity,
        site.className == .organization && !site.isBody || site.className == .place
          || site.className == .road
      else { continue }
      var end = site.end
      while let word = inner.longest(in: text, at: end) { end += word.word.count }
      // 某公司项目 is any of the firm's works (某集团项目负责人): a firm's work is named by what is
      // done (某公司扩建项目).
      // 某中学办学条件改善项目: a school's or hospital's work is named so too (what it betters).
      if end == site.end, ["公司", "集团"].contains(where: { ExactText.ends(site.name, with: $0) })
        || end == site.end && site.className == .organization && !site.isBody
          && !starts("项目", at: end) && !starts("工程", at: end)
          && productBeforeWork(from: end).map({ withoutBetterment(end..<$0) < $0 }) == true
      {
        // 某建材有限公司水泥制品项目: the firm's work named by its product, where no work was
        // read after the firm (nor one that holds it).
        guard let product = productBeforeWork(from: end),
          !mentions.contains(where: {
            $0.className == .project && $0.visibility != .dropped
              && ($0.start == site.end || $0.start <= site.start && $0.end >= product)
          })
        else { continue }
        end = product
      }
      guard starts("项目", at: end) || starts("工程", at: end) else { continue }
      end += 2
      // 某项目部, 某工程师, 某公司项目负责人: a department, a trade or a person of the firm.
      if end < text.count, "部区组办师队方".unicodeScalars.contains(text[end]) { continue }
      if ["负责人", "经理", "单位", "人员", "团队", "管理"].contains(where: { starts($0, at: end) }) {
        continue
      }
      if end + 1 < text.count, text[end + 1] == "期",
        "一二三四五六七八九".unicodeScalars.contains(text[end])
      {
        end += 2
      }
      if (site.end..<end).contains(where: { taken[$0] }) { continue }
      for other in mentions.indices
      where other != index && mentions[other].start >= site.start && mentions[other].end <= end
        && mentions[other].start < end && mentions[other].visibility != .dropped
        && !(mentions[other].isDivision && mentions[other].end <= site.start)
      {
        // The places the site is named after stay its containers (某镇某小学建设项目).
        if mentions[other].isDivision, mentions[other].end <= site.end, other == site.container {
          continue
        }
        mentions[other].visibility = .dropped
      }
      mentions[index].visibility = .dropped
      _ = addMention(
        Mention(
          start: site.start, end: end, className: .project, name: string(site.start..<end),
          container: site.container, via: "work-after-site"))
    }
  }
}

extension SentenceReader {
  /// 某中学新校区(某实验高级中学): a work's other name in brackets after it, read by its suffix, is
  /// no part of the work's name; the item ends before the bracket.
  func withoutAlias(_ item: Range<Int>) -> Range<Int> {
    guard item.count >= 8, "）)".unicodeScalars.contains(text[item.upperBound - 1]),
      let open = (item.lowerBound..<(item.upperBound - 1)).last(where: {
        "（(".unicodeScalars.contains(text[$0])
      }),
      open - item.lowerBound >= 2, item.upperBound - 1 - (open + 1) >= 4,
      mentions.contains(where: {
        $0.start == open + 1 && $0.end == item.upperBound - 1 && !$0.isPerson
          && $0.className != .project
      })
    else { return item }
    return item.lowerBound..<open
  }
}

extension SentenceReader {
  /// 某项目主体施工, 某项目征迁, 某项目地块: what of a work is seen, written after its name, is no
  /// part of it; the site ends at 项目 or 工程 (and its phase: 某项目二期).
  func withoutAspect(_ part: Range<Int>) -> Range<Int> {
    guard part.count > 6,
      let workEnd = stride(from: part.upperBound - 1, through: part.lowerBound + 4, by: -1).first(
        where: { ends("项目", at: $0) || ends("工程", at: $0) })
    else { return part }
    var end = workEnd
    if end + 1 < part.upperBound, text[end + 1] == "期",
      "一二三四五六七八九".unicodeScalars.contains(text[end])
    {
      end += 2
    }
    let aspects = lexicon.list(.workAspect)
    var position = end
    // 某项目沟渠规划, 某工程线路迁改: a part of the work (two characters) before what of it is
    // dealt with; not a phase, section or lot of the work's own (某项目二标段施工).
    // The part is no verb (某工程实施情况, 某项目讨论情况: how the work itself goes), and what is
    // done to it is a task (规划, 建设), not how it goes (情况, 进度).
    if end + 2 < part.upperBound, aspects.longestLength(in: text, at: end) == nil,
      (end..<(end + 2)).allSatisfy({
        Self.isIdeograph(text[$0]) && !taken[$0] && !Self.workPartWords.contains(text[$0])
      }),
      (lexicon.list(.stop).longestLength(in: text, at: end) ?? 0) < 2,
      lexicon.list(.workWord).longestLength(in: text, at: end) == nil,
      Self.partTasks.contains(where: { starts($0, at: end + 2) })
    {
      position = end + 2
    }
    while position < part.upperBound, let word = aspects.longest(in: text, at: position) {
      position += word.word.count
    }
    guard position == part.upperBound, position > end else { return part }
    return part.lowerBound..<end
  }

  /// Characters of a work's own phase, section, lot or number (二期, 三标段, 东区, 1号), which a
  /// part dealt with does not hold.
  static let workPartWords = Set("一二三四五六七八九十期标段区号座栋楼地块".unicodeScalars)

  /// What is done to a part of a work (某项目沟渠规划): tasks among the work aspects.
  static let partTasks = ["规划", "建设", "施工", "推进", "征迁", "征地", "拆迁", "征收", "选址", "设计"]
}

extension SentenceReader {
  /// 先后到A、B、C，实地察看项目建设进展: after a weak cue, a list of sites that ends at the
  /// clause's end is what a tour of works sees when the rest of the sentence says so.
  func isListOfTourSites(_ content: Range<Int>, cue: String) -> Bool {
    guard cue != "在", content.contains(where: { text[$0] == "、" }) else { return false }
    let tour = lexicon.list(.projectTour)
    let notProject = lexicon.list(.notProjectVisit)
    let rest = content.upperBound..<text.count
    if rest.contains(where: { notProject.longestLength(in: text, at: $0) != nil }) { return false }
    return rest.contains { tour.longestLength(in: text, at: $0) != nil }
  }
}

extension SentenceReader {
  /// Whether the words after a visit's list say its items are places (等地, 等处), not works.
  func isListOfPlaces(after end: Int) -> Bool {
    var position = end
    while position < text.count, text[position] == "等" { position += 1 }
    return position > end && position < text.count && "地处".unicodeScalars.contains(text[position])
  }
}

extension SentenceReader {
  /// 某县融媒体中心大楼建设项目, 某某研究院一期实验室项目, 某某研究中心及培训中心项目: an
  /// institution written right before a work's words (or sharing its last word with the work's
  /// head) is the work's owner named at its head: one work, the institution part of its name
  /// (only an institution's kind word ends the owner: 某局 reads on its own; a firm's work is
  /// `readFirmsWorks`'s).
  mutating func readInstitutionsWorks() {
    var joined: [(range: Range<Int>, name: String)] = []
    for index in mentions.indices {
      let work = mentions[index]
      guard work.className == .project, work.visibility == .entity,
        // 某小学“某某”项目: a quoted work is named by its quotation (the quoted-works ruling).
        !(work.start..<work.end).contains(where: { Self.isOpeningQuote(text[$0]) }),
        let owner = mentions.indices.first(where: { other in
          let body = mentions[other]
          return other != index && body.className == .organization && body.visibility != .hidden && body.start < work.start && work.start <= body.end
            && body.end < work.end && body.end - body.start >= 4
            && Self.institutionEndings.contains { ExactText.ends(body.name, with: $0) }
        }),
        mentions[owner].start == 0 || text[mentions[owner].start - 1] != "的",
        // Nothing else read across the owner's head (a meeting's name holding both).
        !mentions.contains(where: {
          $0.visibility == .entity && $0.className != .project && !$0.isDivision
            && $0.start < mentions[owner].start && $0.end > mentions[owner].start
        })
      else { continue }
      let range = mentions[owner].start..<work.end
      joined.append((range, string(range).filter { $0 != " " }))
    }
    for index in mentions.indices {
      let work = mentions[index]
      guard work.className == .project, work.visibility == .entity,
        !joined.contains(where: { $0.range.upperBound == work.end }),
        let head = institutionHead(before: work.start)
      else { continue }
      let range = head..<work.end
      joined.append((range, string(range).filter { $0 != " " }))
    }
    var seen: Set<Range<Int>> = []
    for work in joined where seen.insert(work.range).inserted {
      addWork(work.range, name: work.name, via: "institution-work")
    }
  }

  /// 某某研究中心及培训中心项目 read from 中心 on, 某街道社区卫生服务中心综合楼工程 from 中心: a work
  /// that begins with an institution's kind word lost the institution's name before it; where
  /// that name begins (after a mark, a stop word or the sentence's start), if it is one.
  func institutionHead(before start: Int) -> Int? {
    guard let kind = Self.institutionKinds.first(where: { starts($0, at: start) }),
      // 中心城区, 中心村, 院落, 馆藏: the kind word begins a word of its own there.
      start + kind.unicodeScalars.count < text.count,
      !Self.notInstitutionAfterKind.contains(text[start + kind.unicodeScalars.count])
    else { return nil }
    let stop = lexicon.list(.stop)
    var head = start
    while head > 0, start - head < 16, Self.isIdeograph(text[head - 1]) {
      if let word = stop.longest(in: text, endingAt: head),
        !Self.institutionNameWords.contains(String(String.UnicodeScalarView(word.word)))
      {
        break
      }
      head -= 1
    }
    guard start - head >= 2, start - head < 16,
      !mentions.contains(where: { other in
        other.visibility == .entity && other.end > head && other.start < start
          && (other.start < head || !(other.isDivision || other.className == .organization))
      })
    else { return nil }
    return head
  }

  static let institutionKinds = ["中心", "院", "馆"]
  static let notInstitutionAfterKind = ScalarChoice("城区村镇街路落子藏内".unicodeScalars)
  /// Words of an institution's name that are stop words elsewhere (卫生服务中心, 技术研究院).
  static let institutionNameWords: Set<String> = ["服务", "管理", "研究", "展示"]

  static let institutionEndings = ["中心", "研究院", "医院", "学院", "学校", "中学", "小学", "幼儿园", "馆"]
}

extension SentenceReader {
  /// 察看了某新能源汽车有限公司电动汽车项目: a firm's work named with the firm right before it is one
  /// work, the firm's name part of it (the gold names the firm only inside it).
  mutating func readFirmsWorks() {
    for index in mentions.indices {
      let work = mentions[index]
      guard work.className == .project, work.visibility == .entity, work.end - work.start <= 12,
        let firm = visibleMention(endingAt: work.start), firm != index,
        mentions[firm].className == .organization, !mentions[firm].isBody,
        ExactText.ends(mentions[firm].name, with: "有限公司"),
        // 投资1.8亿元的某公司某项目: the investing firm stands on its own (a sponsor).
        mentions[firm].start == 0 || text[mentions[firm].start - 1] != "的"
      else { continue }
      mentions[index].name = mentions[firm].name + work.name
      mentions[index].start = mentions[firm].start
      mentions[firm].visibility = .dropped
    }
  }
}
