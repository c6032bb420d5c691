import TupuGraph
import TupuText

/// `held-on`: the date a sentence gives the meeting it names (6月20日下午，…召开某会议).
///
/// The date written nearest before the meeting's name in its sentence (else the first after
/// it) counts; 当天, 同日 and 今天 take the date the article gave last; 近日 and 日前 give none. The
/// year, when the sentence omits it: a year in the meeting's own name (2023年第七期…开工仪式),
/// else the document's date (a day after it falls in the year before), else the one year the
/// article states when it speaks of 今年 too, or the year it says is the present (2023年是…)
/// (not in a date of its own: 预计2013年9月投入使用 is not the meeting's); with no year for the
/// meeting the date stays `--06-20`.
extension DocumentReading {
  /// A date read in a sentence, with where it is written.
  struct DateMention {
    var start: Int
    var end: Int
    /// nil for 近日 and 日前: a time, but no date.
    var date: StatedDate?
    /// The year was written with it.
    var hasYear: Bool
    /// 次日: the day after the article's last date (filled in like 当天).
    var nextDay = false
    /// 今天, 今日 dated by the page's day (a dateline before it may give another: `filedDay`).
    var today = false
  }

  func meetingDates(published: StatedDate?, dateline: String? = nil) -> [Fact] {
    let datelineDay = published?.year == nil ? dateline.flatMap(Self.monthAndDay) : nil
    guard let pattern = cues.heldOnID else { return [] }
    var collector = FactCollector()
    // The one year an undated article states is the present only when the article also speaks
    // of 今年 (区政协2012年度工作安排。今年，区政协将…) or names a meeting of that year (甲会议暨
    // 乙委员会2025年第三次会议); alone it is a plan's, a report's or an appraisal's year
    // (研究2026年度重点项目安排, 通报2021年度考核结果), not the meeting's.
    let stated = statedYears()
    let articleYears = stated.count == 1 && !isPresent(stated) ? [] : stated
    // Read once: of the stated years, the one the article calls the present (2023年是…).
    let presentYear = stated.isEmpty ? [] : presentYears()
    var lastDate: [Int: StatedDate] = [:]
    // The day (as written) of each article's first meeting given one: the story's own day.
    var meetingDay: [Int: StatedDate] = [:]
    // NB: names kept by their bytes (a set of Strings hashes each normalized).
    var dated: Set<ExactText> = []
    // Meetings a headline names with no date, waiting for the first sentences to give one.
    var waiting: (article: Int, names: [String], sentences: Int)?
    var article = -1
    var read = 0
    // The day the sentence just read opened with (3月28日，…), and which sentence it was.
    var openingBefore: (article: Int, sentence: Int, date: StatedDate)?
    let outlets = lexicon.list(.outlet)
    // The day each article's dateline gives (某网9月16日讯), read only where 今天 needs it.
    var filed: [Int: StatedDate?] = [:]
    for sentence in sentences {
      var dates = dateMentions(sentence.scalars, published: published, dateline: datelineDay)
      // 某网9月16日讯 … 今天晚上，…: the day the story was filed, not the page's later stamp.
      if let published, dates.contains(where: { $0.today }) {
        if filed[sentence.article] == nil {
          filed[sentence.article] = .some(
            filedDay(article: sentence.article, upTo: sentence.start, before: published))
        }
        if case let .some(.some(day)) = filed[sentence.article] {
          for index in dates.indices where dates[index].today { dates[index].date = day }
        }
      }
      for index in dates.indices where dates[index].date == nil && dates[index].hasYear {
        // 当天, 同日: the article's last date (marked by `hasYear` with no date of its own).
        dates[index].date = lastDate[sentence.article]
        if dates[index].nextDay, let date = dates[index].date {
          dates[index].date = Self.dayAfter(date)
        }
        dates[index].hasYear = dates[index].date?.year != nil
      }
      // 某某日报2024年2月21日 (a page's date line run into the headline): the paper's day.
      dates.removeAll { mention in
        outlets.longest(in: sentence.scalars, endingAt: mention.start) != nil
      }
      // 会后 with no date before it says nothing of the day.
      dates.removeAll { mention in
        mention.date == nil
          && Self.sameDayAfter.contains { DocumentDates.matches(sentence.scalars, $0, at: mention.start) }
      }
      if sentence.article != article {
        article = sentence.article
        read = 0
      }
      read += 1
      // NB: a loop, not a closure over self (which copied the whole reading per sentence).
      var meetings: [(Mention, String)] = []
      // NB: by index: `for mention in` copied every mention of the sentence.
      let mentions = sentence.mentions
      for index in mentions.indices {
        guard let entity = mentions[index].resolved, entity.className == .meeting else { continue }
        meetings.append((mentions[index], entity.name))
      }
      if let pending = waiting, pending.article != sentence.article || pending.sentences >= 3 {
        waiting = nil
      }
      if let pending = waiting, let first = dates.first,
        // 传达学习了某会议精神 in that sentence: a meeting spoken of does not stand in the way.
        meetings.allSatisfy({
          pending.names.contains($0.1) || isSpokenOf($0.0, in: sentence.scalars, dates: dates)
        }),
        Self.heldWords.contains(where: { ExactText.holds(sentence.text, $0) })
          || tellsOfCeremony(sentence.text, named: pending.names)
          || refersBack(sentence.scalars, opening: first)
      {
        // 甲县人大常委会召开第三十六次会议 (headline) / 3月26日，甲县人大常委会召开…: the story's
        // first dated sentence tells of the meeting its headline names.
        for name in pending.names where !dated.contains(ExactText(name)) {
          dated.insert(ExactText(name))
          guard var date = first.date else { continue }
          if meetingDay[sentence.article] == nil { meetingDay[sentence.article] = date }
          if date.year == nil {
            date.year = year(for: date, meeting: name, published: published, stated: articleYears, present: presentYear)
          }
          collector.add(name, "held-on", .literal(date.iso), evidence(sentence, pattern))
        }
        waiting = nil
      }
      waiting?.sentences += 1
      for (mention, name) in meetings where !dated.contains(ExactText(name)) {
        // 某会议第二次全体会议: the session named inside its plenary takes not the plenary's day.
        if meetings.contains(where: { other, _ in
          other.start <= mention.start && other.end >= mention.end
            && other.end - other.start > mention.end - mention.start
        }) {
          continue
        }
        // 某会议在某地召开预备会: the day is the part's, named after its session.
        if meetings.contains(where: { other, otherName in
          other.start >= mention.end && otherName.count > name.count
            && ExactText.starts(otherName, with: name)
        }) {
          continue
        }
        // …全体会议后，第二小组召开讨论会: the date is the later meeting's.
        if mention.end < sentence.scalars.count, "后前".unicodeScalars.contains(sentence.scalars[mention.end])
        {
          continue
        }
        if isSpokenOf(mention, in: sentence.scalars, dates: dates) { continue }
        // 某节将于4月26日开幕，甲出席某发布会: a day set ahead is the day of what it was set for,
        // not of a meeting named after it (unless set for that one: 定于1月5日召开某会议).
        let before = dates.last {
          $0.end <= mention.start
            && (!Self.isSetAhead($0.start, in: sentence.scalars)
              || Self.isHeldRightAfter($0.end, mention.start, in: sentence.scalars))
        }
        let after = dates.first { $0.start >= mention.end }
        // 3月28日，某县12个项目集中开工。县领导甲、乙出席了某现场会。: the day the sentence
        // before opened with carries to the event the next one says was attended or held.
        if before == nil, after == nil, dates.isEmpty, let opening = openingBefore,
          opening.article == sentence.article, opening.sentence == read - 1,
          isAttendedOrHeld(mention, in: sentence.scalars),
          // 在过去的一年，我县成功举办某节: a sentence with a time of its own tells of another day.
          !Self.ownTimeWords.contains(where: { ExactText.holds(sentence.text, $0) })
        {
          dated.insert(ExactText(name))
          var date = opening.date
          if date.year == nil {
            date.year = year(for: date, meeting: name, published: published, stated: articleYears, present: presentYear)
          }
          collector.add(name, "held-on", .literal(date.iso), evidence(sentence, pattern))
          continue
        }
        // 活动还举行了某签约仪式, 授牌仪式后，还开展了某主题活动, 首先，举行了某挂牌仪式: a further
        // event the story says was held alongside its own meeting, in a sentence with no date or
        // time of its own and no other day written since that meeting's, was held on its day.
        if dates.isEmpty, let day = meetingDay[sentence.article], lastDate[sentence.article] == day,
          isHeldAlongside(mention, in: sentence.scalars),
          !Self.ownTimeWords.contains(where: { ExactText.holds(sentence.text, $0) })
        {
          dated.insert(ExactText(name))
          var date = day
          if date.year == nil {
            date.year = year(for: date, meeting: name, published: published, stated: articleYears, present: presentYear)
          }
          collector.add(name, "held-on", .literal(date.iso), evidence(sentence, pattern))
          continue
        }
        // 11月11日，…宣布某博览会将于11月18日至20日举办: the day set for it, not the day before
        // its name (when it was announced).
        let setForIt =
          after.map { Self.isSetRightAfter(mention.end, $0.start, in: sentence.scalars) } ?? false
        guard let spoken = setForIt ? after : before ?? after else {
          if dates.isEmpty, read <= 2 || waiting?.article == sentence.article {
            var pending = waiting ?? (sentence.article, [], 0)
            pending.names.append(name)
            waiting = pending
          }
          continue
        }
        dated.insert(ExactText(name))
        guard var date = spoken.date else { continue }
        // 将于2月4日开幕 on a page of 2月3日: a day ahead, not the year before's; nor the story's day.
        let ahead = Self.isSetAhead(spoken.start, in: sentence.scalars)
        if !ahead, meetingDay[sentence.article] == nil { meetingDay[sentence.article] = date }
        if date.year == nil {
          date.year =
            (ahead ? Self.aheadYear(for: date, published: published) : nil)
            ?? year(
              for: date, meeting: name, published: published, stated: articleYears,
              present: presentYear)
        }
        collector.add(name, "held-on", .literal(date.iso), evidence(sentence, pattern))
      }
      if let last = dates.last(where: { $0.date != nil })?.date {
        lastDate[sentence.article] = last
      }
      openingBefore = openingDate(dates, in: sentence.scalars).map {
        (sentence.article, read, $0)
      }
    }
    return collector.facts
  }

  /// 还举行了某仪式, 首先，举行了某仪式, 会上，还开展了某活动: the sentence says the meeting was
  /// held (举行, 开展, 举办 right before its name) as a further part of the story's event: 还 right
  /// before the verb, or the sentence opening with a word of sequence (首先, 随后, 会上, 活动中).
  func isHeldAlongside(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    var start = mention.start
    if start > 0, text[start - 1] == "“" { start -= 1 }
    guard
      let verb = Self.alongsideVerbs.first(where: { word in
        let count = word.unicodeScalars.count
        return start >= count && DocumentDates.matches(text, word, at: start - count)
      })
    else { return false }
    let verbStart = start - verb.unicodeScalars.count
    if verbStart > 0, text[verbStart - 1] == "还" { return true }
    return Self.sequenceOpeners.contains { DocumentDates.matches(text, $0, at: 0) }
  }

  /// Words that set a day ahead for a meeting (将于11月18日举办, 定于3月5日召开).
  static let setAheadWords = ["将于", "定于", "拟于", "计划于", "拟定于"]

  /// Whether one of `setAheadWords` ends right where the date at `start` begins.
  static func isSetAhead(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
    // Every word ends with 于: one comparison for most dates.
    guard start >= 2, text[start - 1] == "于" else { return false }
    return setAheadWords.contains { word in
      let count = word.unicodeScalars.count
      return start >= count && DocumentDates.matches(text, word, at: start - count)
    }
  }

  /// Whether only a closing quote and one of `setAheadWords` stand between a meeting's name
  /// (ending at `end`) and the date at `start` (某博览会将于11月18日, “某大会”定于3月5日).
  static func isSetRightAfter(_ end: Int, _ start: Int, in text: [Unicode.Scalar]) -> Bool {
    var position = end
    if position < text.count, text[position] == "”" || text[position] == "\"" { position += 1 }
    return setAheadWords.contains { word in
      position + word.unicodeScalars.count == start
        && DocumentDates.matches(text, word, at: position)
    }
  }

  /// Whether only a time of day and a verb of holding stand between a date (ending at `end`)
  /// and a meeting's name (at `start`): 定于1月5日上午召开某会议.
  static func isHeldRightAfter(_ end: Int, _ start: Int, in text: [Unicode.Scalar]) -> Bool {
    var position = startsTimeOfDay(text, at: end) ? end + 2 : end
    guard let verb = heldWords.first(where: { DocumentDates.matches(text, $0, at: position) })
    else { return false }
    position += verb.unicodeScalars.count
    if position < start, text[position] == "“" { position += 1 }
    return position == start
  }

  /// The year of a day set ahead (将于2月4日) on a page dated with its year: the page's year, or
  /// the next one when the day's month lies half a year or more before the page's (a December
  /// page setting a day in January). nil on a page with no year.
  static func aheadYear(for date: StatedDate, published: StatedDate?) -> Int? {
    guard let year = published?.year else { return nil }
    guard let month = date.month, let pageMonth = published?.month else { return year }
    return pageMonth - month >= 6 ? year + 1 : year
  }

  /// Verbs that say a further event was held (`isHeldAlongside`).
  static let alongsideVerbs = ["举行了", "开展了", "举办了", "举行", "开展", "举办"]
  /// Words a sentence opens with to tell the next part of the same event.
  static let sequenceOpeners = ["首先", "随后", "接着", "其间", "会上", "会后", "活动中", "活动上", "仪式上", "仪式后"]

  /// A meeting the sentence speaks of rather than holds on its day: its spirit studied, its
  /// preparation, its plan, its members, words said at it, its decisions (学习某大会精神,
  /// 某大会筹备工作, 决定召开某会议, 出席某会议的代表们, 落实某全会作出的部署).
  func isSpokenOf(_ mention: Mention, in text: [Unicode.Scalar], dates: [DateMention]) -> Bool {
    // 学习贯彻某大会精神: a meeting spoken of, not one held on the sentence's day.
    // 在某博览会期间: a day within a meeting of many days is not its date.
    // 研究某全会有关事宜, 某大会筹备工作: a meeting prepared for is not held that day.
    if Self.preparedFor.contains(where: { DocumentDates.matches(text, $0, at: mention.end) }) {
      return true
    }
    // 研究决定了召开某会议的有关具体事宜: a meeting the sentence decides to convene.
    if Self.isPlanned(mention, in: text) { return true }
    // 以优异成绩迎接某大会胜利召开: a meeting still to come.
    if Self.isGreeted(before: mention.start, in: text) { return true }
    // 出席某会议的代表们视察了…: the members' day, not the session's (SpokenOfMeetings).
    if Self.isNamedForItsMembers(mention, in: text) { return true }
    // 传达学习甲在某座谈会上的讲话: words said at a meeting of another day.
    if Self.isNamedForItsSpeech(mention, in: text) { return true }
    // 传达学习某全会、某座谈会精神: the list's first items are studied too.
    if Self.isListedForItsSpirit(mention, in: text) { return true }
    // 传达学习3月5日全县某会议精神: a day written right before the name is the meeting's own;
    // so is one before the body that convened it (6月6日某省委召开某座谈会精神).
    guard
      !dates.contains(where: {
        $0.date != nil && ($0.end == mention.start || Self.isConvenerBetween($0.end, mention.start, in: text))
      })
    else { return false }
    return DocumentDates.matches(text, "精神", at: mention.end)
      || DocumentDates.matches(text, "期间", at: mention.end)
      // 在某博览会活动期间: 活动 between the name and 期间 changes nothing.
      || DocumentDates.matches(text, "活动期间", at: mention.end)
      // 聚焦某党代会提出的目标, 落实某全会作出的部署: a meeting's decisions, spoken of later.
      || Self.decisionWords.contains(where: { DocumentDates.matches(text, $0, at: mention.end) })
      || Self.isSpiritOfWords(after: mention.end, in: text)
  }

  /// Whether the text between a date and a meeting's name is one item's convener and its verb
  /// (某省委召开, 某市政府举行): no list mark or clause between, a short body, the verb last.
  static func isConvenerBetween(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> Bool {
    guard end - start >= 3, end - start <= 14 else { return false }
    guard DocumentDates.matches(text, "召开", at: end - 2) || DocumentDates.matches(text, "举行", at: end - 2)
    else { return false }
    return !text[start..<(end - 2)].contains { "、，,；;。：:".unicodeScalars.contains($0) }
  }

  /// 某县2024年重大项目集中开工仪式 (headline) / 3月28日，…12个项目集中开工: the sentence does
  /// what the ceremony is named for (开工, 签约, 揭牌…), so it tells of the ceremony.
  func tellsOfCeremony(_ text: String, named names: [String]) -> Bool {
    Self.ceremonyDeeds.contains { deed in
      ExactText.holds(text, deed)
        && names.contains {
          ExactText.holds($0, deed + "仪式") || ExactText.holds($0, deed + "典礼")
        }
    }
  }

  static let ceremonyDeeds = ["开工", "签约", "揭牌", "开园", "启用", "竣工", "投产", "奠基", "开业", "落成"]

  /// 决定召开某会议, 关于召开某会议的…, 某会议的有关具体事宜: a meeting decided on or prepared
  /// for, not held on the sentence's day.
  static func isPlanned(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    if plannedBefore.contains(where: { word in
      let count = word.unicodeScalars.count
      return mention.start >= count && DocumentDates.matches(text, word, at: mention.start - count)
    }) {
      return true
    }
    // 的 + a few words + 事宜 / 事项 (的有关具体事宜, 的相关筹备事项).
    guard mention.end < text.count, text[mention.end] == "的" else { return false }
    var position = mention.end + 1
    while position < min(text.count, mention.end + 8), !ListReader.isClauseEnd(text[position]) {
      if DocumentDates.matches(text, "事宜", at: position)
        || DocumentDates.matches(text, "事项", at: position)
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// A meeting the sentence decides to convene, sets a date for or prepares (决定召开某会议,
  /// 某大会召开日期, 某大会筹备工作): spoken of before it sits.
  static func isScheduled(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    isPlanned(mention, in: text)
      || preparedFor.contains { DocumentDates.matches(text, $0, at: mention.end) }
  }

  /// Words before a meeting's name that say it is to be held (决定召开, 关于召开).
  static let plannedBefore = ["决定召开", "研究召开", "关于召开", "拟召开", "筹备召开"]

  /// What a meeting decided, spoken of after its name (某党代会提出的目标).
  static let decisionWords = ["提出的", "作出的", "做出的", "确定的"]

  /// 致某大会的贺信精神, 在某会议上的讲话精神, 在某次集体学习时的讲话精神: words said to or at a
  /// meeting, studied later.
  static func isSpiritOfWords(after end: Int, in text: [Unicode.Scalar]) -> Bool {
    var position = end
    if position < text.count, text[position] == "上" || text[position] == "时" { position += 1 }
    guard position < text.count, text[position] == "的" else { return false }
    while position < min(text.count, end + 12), !ListReader.isClauseEnd(text[position]) {
      if DocumentDates.matches(text, "精神", at: position) { return true }
      position += 1
    }
    return false
  }

  /// The day a sentence opens with: a date before its first comma (某网3月28日电 3月28日，…).
  func openingDate(_ dates: [DateMention], in text: [Unicode.Scalar]) -> StatedDate? {
    let comma = text.firstIndex { $0 == "，" || $0 == "," } ?? text.count
    guard let opening = dates.last(where: { $0.end <= comma && $0.date != nil }) else { return nil }
    // 2006年9月3日 02:33 …: a clock time after a date with its year marks the page's stamp, not
    // a day the story opens with.
    var after = opening.end
    while after < text.count, text[after] == " " || text[after] == "\u{3000}" { after += 1 }
    if opening.hasYear, after + 2 < text.count, DocumentDates.isDigit(text[after]),
      text[after + 1] == ":" || text[after + 2] == ":" || text[after + 1] == "：" || text[after + 2] == "："
    {
      return nil
    }
    // 2006年9月3日 02:33 …【本报讯】昨日上午，…: a page's stamp run into the sentence, which
    // opens with a day told from it that no page date placed; neither is the sentence's day.
    if (opening.end..<comma).contains(where: { index in
      Self.relativeDayWords.contains { DocumentDates.matches(text, $0, at: index) }
    }) {
      return nil
    }
    return opening.date
  }

  /// Days told from the page's or the story's day (昨天, 今日).
  static let relativeDayWords = ["昨天", "昨日", "今天", "今日"]

  /// 出席了某现场会, 某仪式随即举行: the sentence says the event took place or was attended.
  func isAttendedOrHeld(_ mention: Mention, in text: [Unicode.Scalar]) -> Bool {
    // 在某开工仪式上，…宣布: spoken of as the occasion of what the sentence tells.
    if mention.start > 0, text[mention.start - 1] == "在", mention.end < text.count,
      text[mention.end] == "上"
    {
      return true
    }
    let before = ["出席了", "出席", "参加了", "参加", "召开了", "召开", "举行了", "举行", "举办了", "举办"]
    if before.contains(where: { word in
      mention.start >= word.unicodeScalars.count
        && DocumentDates.matches(text, word, at: mention.start - word.unicodeScalars.count)
    }) {
      return true
    }
    if Self.heldWords.contains(where: { word in
      (mention.end...min(text.count, mention.end + 2)).contains {
        DocumentDates.matches(text, word, at: $0)
      }
    }) {
      return true
    }
    return isHeldThere(after: mention.end, in: text)
  }

  /// 某开幕式在这里隆重举行, “某纪念大会”在某酒店隆重举行, 某启动仪式，在这里隆重举行: the
  /// name stands as the subject of a 在 clause that ends with its being held.
  func isHeldThere(after end: Int, in text: [Unicode.Scalar]) -> Bool {
    var position = end
    if position < text.count, text[position] == "”" || text[position] == "\"" { position += 1 }
    if position < text.count, text[position] == "，" || text[position] == "," { position += 1 }
    guard position < text.count, text[position] == "在" else { return false }
    while position < min(text.count, end + 24), !ListReader.isClauseEnd(text[position]) {
      if Self.heldWords.contains(where: { DocumentDates.matches(text, $0, at: position) }) { return true }
      position += 1
    }
    return false
  }

  /// The year of a month and day the sentence wrote without one.
  func year(
    for date: StatedDate, meeting: String, published: StatedDate?, stated: Set<Int>,
    present: Set<Int>
  ) -> Int? {
    let name = Array(meeting.unicodeScalars)
    var nameYear: (year: Int, annual: Bool)?
    for i in name.indices where i + 4 < name.count && name[i + 4] == "年" {
      guard i == 0 || !DocumentDates.isDigit(name[i - 1]),
        let (year, end) = DocumentDates.number(name, at: i, digits: 4...4),
        (1949...2100).contains(year)
      else { continue }
      nameYear = (year, end + 1 < name.count && name[end + 1] == "度")
      break
    }
    // 2019中国某国际旅游节, 2023某数字经济论坛: a year opening the name with no 年.
    if nameYear == nil, name.count > 5, let (year, end) = DocumentDates.number(name, at: 0, digits: 4...4),
      (1949...2100).contains(year), end < name.count, SentenceReader.isIdeograph(name[end])
    {
      nameYear = (year, false)
    }
    if let nameYear, !nameYear.annual || published?.year == nil { return nameYear.year }
    if let published, let year = published.year {
      // Published 2024-01-03 about 12月30日: the year before.
      if let month = published.month, let m = date.month, case let d = date.day ?? 1,
        (m, d) > (month, published.day ?? 31)
      {
        return year - 1
      }
      return year
    }
    if stated.count == 1 { return stated.first }
    // 总结2022年…；2023年，是…之年: of several years, the one the article calls the present.
    return present.count == 1 ? present.first : nil
  }

  /// Years the article's sentences state on their own (2012年度工作安排), not as part of a date,
  /// nor put in the past (刚刚过去的2022年), at the start of a span up to now (从2010年至今,
  /// 自2006年成立, 成立于2006年) or as a target ahead (到2025年实现…): those are not the present
  /// year.
  func statedYears() -> Set<Int> {
    yearsWritten { text, end in
      // 2013年9月: a date of its own.
      if end + 1 < text.count, DocumentDates.isDigit(text[end + 1]) { return false }
      let start = end - 4
      if Self.startsTarget(text, before: start) { return false }
      return !(Self.pastWords + Self.sinceWords).contains { word in
        let count = word.unicodeScalars.count
        return start >= count && DocumentDates.matches(text, word, at: start - count)
      }
    }
  }

  /// Whether the article speaks of 今年 or names a meeting of one of `years` (某委员会2025年第三次会议).
  func isPresent(_ years: Set<Int>) -> Bool {
    let written = years.map { "\($0)年" }
    for sentence in sentences {
      if Self.thisYearWords.contains(where: { ExactText.holds(sentence.text, $0) }) { return true }
      let mentions = sentence.mentions
      for index in mentions.indices {
        guard let entity = mentions[index].resolved, entity.className == .meeting else { continue }
        if written.contains(where: { ExactText.holds(entity.name, $0) }) { return true }
      }
    }
    return false
  }

  /// Words for the present year: with them, the one year an undated article states is the
  /// meeting's.
  static let thisYearWords = ["今年", "本年"]

  /// Whether the year written at `start` is a target ahead: 到2025年, 力争到2025年, 至2035年
  /// (not 截至2023年底, which counts up to a day already come, nor the end of a span written
  /// in full, 2021年至2023年, whose years stay as they were).
  static func startsTarget(_ text: [Unicode.Scalar], before start: Int) -> Bool {
    guard start >= 1, text[start - 1] == "到" || text[start - 1] == "至" else { return false }
    return start < 2 || (text[start - 2] != "截" && text[start - 2] != "年")
  }

  /// Years the article says are the present one: 2023年，是…之年, 2023年是… (刚刚过去的2022年是…
  /// speaks of the year gone by).
  func presentYears() -> Set<Int> {
    yearsWritten { text, end in
      let start = end - 4
      if Self.pastWords.contains(where: { word in
        let count = word.unicodeScalars.count
        return start >= count && DocumentDates.matches(text, word, at: start - count)
      }) {
        return false
      }
      var after = end + 1
      if after < text.count, text[after] == "，" || text[after] == "," { after += 1 }
      return after < text.count && text[after] == "是"
    }
  }

  /// The four-digit years (1949–2100) written with 年 in the sentences, where `keep` accepts
  /// the text and the index of their 年.
  private func yearsWritten(where keep: ([Unicode.Scalar], Int) -> Bool) -> Set<Int> {
    var years: Set<Int> = []
    for sentence in sentences {
      let text = sentence.scalars
      var depth = 0
      for i in text.indices {
        // 《…2015年财政收支预算…》: a year inside a document's title is the document's subject.
        if text[i] == "《" { depth += 1 } else if text[i] == "》" { depth = max(0, depth - 1) }
        guard depth == 0, i + 4 < text.count, text[i + 4] == "年" else { continue }
        guard i == 0 || !DocumentDates.isDigit(text[i - 1]),
          let (year, end) = DocumentDates.number(text, at: i, digits: 4...4),
          (1949...2100).contains(year), keep(text, end)
        else { continue }
        years.insert(year)
      }
    }
    return years
  }

  /// Dates written in a sentence: 2023年6月20日, 6月20日, 20日 (with the month of a dated
  /// document), 当天/同日/今天 (to fill in) and 近日/日前 (no date).
  func dateMentions(
    _ text: [Unicode.Scalar], published: StatedDate?, dateline: StatedDate? = nil
  ) -> [DateMention] {
    var found: [DateMention] = []
    var i = 0
    // 下午，某某主持召开座谈会 (after a dated sentence): a time of day opening the sentence is
    // the article's last day; so is 随后.
    if let word = Self.openingSameDay.first(where: { DocumentDates.matches(text, $0, at: 0) }) {
      let end = word.unicodeScalars.count
      if end < text.count, text[end] == "，" || text[end] == "," {
        found.append(DateMention(start: 0, end: end, date: nil, hasYear: true))
        i = end
      }
    }
    while i < text.count {
      // Most characters start no date: one set lookup before the word tables.
      let startsWord = Self.dateStarts.contains(text[i])
      guard startsWord || DocumentDates.isDigit(text[i]) else {
        i += 1
        continue
      }
      // NB: every word below starts with one of `dateStarts`: a digit (most positions that get
      // here) goes straight to the written dates.
      if startsWord {
        // 开工仪式结束后，…参加某活动: the next event of the same day.
        if let word = Self.sameDayAfter.first(where: { DocumentDates.matches(text, $0, at: i) }) {
          let end = i + word.unicodeScalars.count
          found.append(DateMention(start: i, end: end, date: nil, hasYear: true))
          i = end
          continue
        }
        // 昨天: the day before a document dated to the day.
        if let word = Self.dayBeforeWords.first(where: { DocumentDates.matches(text, $0, at: i) }) {
          let end = i + word.unicodeScalars.count
          if let published, published.precision == .day {
            found.append(DateMention(start: i, end: end, date: Self.dayBefore(published), hasYear: true))
          } else if let dateline {
            // 某网3月7日讯 昨天上午，…: the day before the dateline's, its year found as for 3月6日.
            found.append(
              DateMention(start: i, end: end, date: Self.dayBefore(dateline), hasYear: false))
          }
          i = end
          continue
        }
        if let word = Self.nextDayWords.first(where: { DocumentDates.matches(text, $0, at: i) }) {
          let end = i + word.unicodeScalars.count
          var mention = DateMention(start: i, end: end, date: nil, hasYear: true)
          mention.nextDay = true
          found.append(mention)
          i = end
          continue
        }
        // 本月20日: a day of the month the document is dated in.
        if DocumentDates.matches(text, "本月", at: i),
          let (day, dayEnd) = DocumentDates.number(text, at: i + 2, digits: 1...2),
          dayEnd < text.count, text[dayEnd] == "日", (1...31).contains(day)
        {
          if let published, let month = published.month {
            found.append(
              DateMention(
                start: i, end: dayEnd + 1, date: StatedDate(year: published.year, month: month, day: day),
                hasYear: published.year != nil))
          }
          i = dayEnd + 1
          continue
        }
        if let word = Self.sameDayWords.first(where: { DocumentDates.matches(text, $0, at: i) }) {
          let end = i + word.unicodeScalars.count
          // 欢迎访问某县政府网站！今天是： a portal's clock in the page's furniture dates nothing.
          if Self.isPortalClock(text, after: end) {
            i = end
            continue
          }
          var mention = DateMention(start: i, end: end, date: nil, hasYear: true)
          if ExactText.starts(word, with: "今"), let published, published.precision == .day {
            mention.date = published
            mention.today = true
          } else if ExactText.starts(word, with: "今"), let dateline {
            // 某网3月7日讯 今天上午，…: the dateline's day, its year found as for 3月7日.
            mention.date = dateline
            mention.hasYear = false
          }
          found.append(mention)
          i = end
          continue
        }
        // 三月五日, 二〇二四年三月五日: a date in Chinese numerals, found at its 月.
        if text[i] == "月", let date = Self.chineseDate(text, month: i) {
          if let last = found.last, last.end > date.start { found.removeLast() }
          found.append(date)
          i = date.end
          continue
        }
        if let word = Self.vagueWords.first(where: { DocumentDates.matches(text, $0, at: i) }) {
          let end = i + word.unicodeScalars.count
          found.append(DateMention(start: i, end: end, date: nil, hasYear: false))
          i = end
          continue
        }
      }
      guard DocumentDates.isDigit(text[i]), i == 0 || !DocumentDates.isDigit(text[i - 1]) else {
        i += 1
        continue
      }
      if let (date, end) = DocumentDates.fullDate(text, at: i, padded: false),
        end <= text.count, text[end - 1] == "日" || text[end - 1] == "号"
      {
        // 2018年12月12日 08:39:48: a page's time stamp, joined to its headline, dates the page and
        // no meeting of the sentence (2018年12月12日9:30召开 still dates one).
        if Self.isClockTime(text, at: end) {
          i = end
          continue
        }
        let rangeEnd = Self.rangeEnd(text, after: end)
        found.append(DateMention(start: i, end: rangeEnd, date: date, hasYear: true))
        i = rangeEnd
        continue
      }
      // 去年12月28日: the year before the document's (no date when the document gives no year).
      if i >= 2, DocumentDates.matches(text, "去年", at: i - 2),
        let (month, monthEnd) = DocumentDates.number(text, at: i, digits: 1...2),
        monthEnd < text.count, text[monthEnd] == "月", (1...12).contains(month),
        let (day, dayEnd) = DocumentDates.number(text, at: monthEnd + 1, digits: 1...2),
        dayEnd < text.count, text[dayEnd] == "日" || text[dayEnd] == "号", (1...31).contains(day)
      {
        let rangeEnd = Self.rangeEnd(text, after: dayEnd + 1)
        let date = published?.year.map { StatedDate(year: $0 - 1, month: month, day: day) }
        found.append(DateMention(start: i - 2, end: rangeEnd, date: date, hasYear: date != nil))
        i = rangeEnd
        continue
      }
      if let (month, monthEnd) = DocumentDates.number(text, at: i, digits: 1...2),
        monthEnd < text.count, text[monthEnd] == "月", (1...12).contains(month),
        let (day, dayEnd) = DocumentDates.number(text, at: monthEnd + 1, digits: 1...2),
        dayEnd < text.count, (1...31).contains(day),
        text[dayEnd] == "日" || text[dayEnd] == "号" || Self.startsTimeOfDay(text, at: dayEnd),
        i == 0 || text[i - 1] != "年" || DocumentDates.matches(text, "今年", at: i - 2)
      {
        // 2月26上午: a day whose 日 was dropped before the time of day is still the day.
        let written = text[dayEnd] == "日" || text[dayEnd] == "号" ? dayEnd + 1 : dayEnd
        // 5月20日至22日: a meeting of several days is held on its first.
        let rangeEnd = Self.rangeEnd(text, after: written)
        // 今年6月20日: this year's, the year found as for a date written without one.
        let start = i >= 2 && text[i - 1] == "年" ? i - 2 : i
        found.append(
          DateMention(start: start, end: rangeEnd, date: StatedDate(month: month, day: day), hasYear: false))
        i = rangeEnd
        continue
      }
      // 3月5至7日: a range whose first day is written without 日.
      if let (month, monthEnd) = DocumentDates.number(text, at: i, digits: 1...2),
        monthEnd < text.count, text[monthEnd] == "月", (1...12).contains(month),
        let (day, dayEnd) = DocumentDates.number(text, at: monthEnd + 1, digits: 1...2),
        (1...31).contains(day), i == 0 || text[i - 1] != "年",
        dayEnd < text.count, "至到—－-~～".unicodeScalars.contains(text[dayEnd]),
        case let rangeEnd = Self.rangeEnd(text, after: dayEnd), rangeEnd > dayEnd
      {
        found.append(
          DateMention(start: i, end: rangeEnd, date: StatedDate(month: month, day: day), hasYear: false))
        i = rangeEnd
        continue
      }
      // 2023年6月，/ 今年6月中旬，: a month with no day, as the time a clause opens with.
      if let month = monthAlone(text, at: i, published: published) {
        found.append(month)
        i = month.end
        continue
      }
      // 827日上午, 1110日，(a page that lost the 月 of 8月27日, 11月10日): read as a month and a
      // day only when the month is the document's own (or the one before) and the day falls
      // within the month before the document's date.
      if let date = Self.monthLostDate(text, at: i, published: published) {
        found.append(DateMention(start: i, end: date.end, date: date.date, hasYear: true))
        i = date.end
        continue
      }
      // 17日，某某典礼举行: the day of the month the document was dated in.
      if let (day, dayEnd) = DocumentDates.number(text, at: i, digits: 1...2), dayEnd < text.count,
        text[dayEnd] == "日", (1...31).contains(day), i == 0 || !"月年".unicodeScalars.contains(text[i - 1]),
        dayEnd + 1 < text.count, "，,上下晚早凌".unicodeScalars.contains(text[dayEnd + 1]),
        let published, published.precision == .day, let year = published.year,
        var month = published.month
      {
        var dateYear = year
        if day > (published.day ?? 31) {
          month -= 1
          if month == 0 {
            month = 12
            dateYear -= 1
          }
        }
        found.append(
          DateMention(start: i, end: dayEnd + 1, date: StatedDate(year: dateYear, month: month, day: day), hasYear: true))
        i = dayEnd + 1
        continue
      }
      // 某县融媒体中心5月11日讯 …10日，某某主持召开…: with no year, the day is of the month the
      // dateline gives.
      if let (day, dayEnd) = DocumentDates.number(text, at: i, digits: 1...2), dayEnd < text.count,
        text[dayEnd] == "日", (1...31).contains(day), i == 0 || !"月年".unicodeScalars.contains(text[i - 1]),
        dayEnd + 1 < text.count, "，,上下晚早凌".unicodeScalars.contains(text[dayEnd + 1]),
        let dateline, var month = dateline.month, let lineDay = dateline.day
      {
        if day > lineDay { month = month == 1 ? 12 : month - 1 }
        found.append(
          DateMention(start: i, end: dayEnd + 1, date: StatedDate(month: month, day: day), hasYear: false))
        i = dayEnd + 1
        continue
      }
      i += 1
    }
    return found
  }

  /// Whether a time of day (上午, 下午, 晚上, 凌晨, 早上) starts at `index`.
  static func startsTimeOfDay(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    guard index + 1 < text.count else { return false }
    switch (text[index], text[index + 1]) {
    case ("上", "午"), ("下", "午"), ("晚", "上"), ("凌", "晨"), ("早", "上"): return true
    default: return false
    }
  }

  /// A date whose 月 the page lost (827日上午 for 8月27日上午, 1110日，for 11月10日，): three or
  /// four digits before 日 and a time of day or a comma, read as month and day when that date
  /// falls in the 31 days up to the document's date (given to the day, with its year).
  static func monthLostDate(
    _ text: [Unicode.Scalar], at i: Int, published: StatedDate?
  ) -> (date: StatedDate, end: Int)? {
    guard let published, published.precision == .day, let year = published.year,
      let month = published.month, let day = published.day,
      i == 0 || !"月年".unicodeScalars.contains(text[i - 1]),
      let (number, end) = DocumentDates.number(text, at: i, digits: 3...4),
      end + 1 < text.count, text[end] == "日", "，,上下晚早凌".unicodeScalars.contains(text[end + 1])
    else { return nil }
    let (statedMonth, statedDay) = (number / 100, number % 100)
    guard (1...12).contains(statedMonth), (1...31).contains(statedDay) else { return nil }
    let sameMonth = statedMonth == month && statedDay <= day
    let monthBefore = statedMonth == (month == 1 ? 12 : month - 1) && statedDay > day
    guard sameMonth || monthBefore else { return nil }
    let statedYear = monthBefore && month == 1 ? year - 1 : year
    return (StatedDate(year: statedYear, month: statedMonth, day: statedDay), end + 1)
  }

  /// The day an article's dateline gives the story it opens (某网9月16日讯, 某社1月22日电), in
  /// the year of the page's date `published` (the year before when the dateline's month falls
  /// after the page's), when it falls in the 40 days up to the page's day: a page is stamped
  /// when it was posted, the story's 今天 is the day it was filed. nil with no such dateline.
  /// The dateline stands on its own between the headline and the story (no sentence holds
  /// it): it is read in the original text, from the article's first sentence to `end`.
  func filedDay(article: Int, upTo end: Int, before published: StatedDate) -> StatedDate? {
    guard let year = published.year, let month = published.month, let day = published.day,
      let start = sentences.first(where: { $0.article == article })?.start
    else { return nil }
    let text = originalScalars(from: start, to: end)
    for i in text.indices where text[i] == "讯" || text[i] == "电" {
      guard i >= 4, text[i - 1] == "日" else { continue }
      var dayStart = i - 1
      while dayStart > 0, DocumentDates.isDigit(text[dayStart - 1]) { dayStart -= 1 }
      guard dayStart < i - 1, dayStart >= 2, text[dayStart - 1] == "月" else { continue }
      var monthStart = dayStart - 1
      while monthStart > 0, DocumentDates.isDigit(text[monthStart - 1]) { monthStart -= 1 }
      guard monthStart < dayStart - 1, monthStart == 0 || text[monthStart - 1] != "年",
        let (lineMonth, _) = DocumentDates.number(text, at: monthStart, digits: 1...2),
        let (lineDay, _) = DocumentDates.number(text, at: dayStart, digits: 1...2),
        (1...12).contains(lineMonth), (1...31).contains(lineDay)
      else { continue }
      let lineYear = lineMonth > month ? year - 1 : year
      let gap = ((year * 12 + month) * 31 + day) - ((lineYear * 12 + lineMonth) * 31 + lineDay)
      guard (0...40).contains(gap) else { return nil }
      return StatedDate(year: lineYear, month: lineMonth, day: lineDay)
    }
    return nil
  }

  /// 5月11日 (a document's date with no year): its month and day.
  static func monthAndDay(_ date: String) -> StatedDate? {
    let scalars = Array(date.unicodeScalars)
    guard let (month, monthEnd) = DocumentDates.number(scalars, at: 0, digits: 1...2),
      monthEnd < scalars.count, scalars[monthEnd] == "月", (1...12).contains(month),
      let (day, dayEnd) = DocumentDates.number(scalars, at: monthEnd + 1, digits: 1...2),
      dayEnd < scalars.count, scalars[dayEnd] == "日", (1...31).contains(day)
    else { return nil }
    return StatedDate(month: month, day: day)
  }

  /// A month written alone as the time a clause opens with (2023年6月，今年6月下旬，), read
  /// only with a year: its own, or 今年's (the document's). 计划6月完工 is no such time.
  func monthAlone(_ text: [Unicode.Scalar], at i: Int, published: StatedDate?) -> DateMention? {
    guard let (month, monthEnd) = DocumentDates.number(text, at: i, digits: 1...2),
      monthEnd < text.count, text[monthEnd] == "月", (1...12).contains(month)
    else { return nil }
    var end = monthEnd + 1
    for word in ["上旬", "中旬", "下旬", "初", "份", "底", "末"]
    where DocumentDates.matches(text, word, at: end) {
      end += word.unicodeScalars.count
      break
    }
    guard end < text.count, text[end] == "，" || text[end] == "," else { return nil }
    var start = i
    var year: Int?
    if i >= 5, text[i - 1] == "年", let (stated, _) = DocumentDates.number(text, at: i - 5, digits: 4...4),
      (1949...2100).contains(stated)
    {
      year = stated
      start = i - 5
    } else if i >= 2, DocumentDates.matches(text, "今年", at: i - 2) {
      year = published?.year
      start = i - 2
    }
    guard let year, start == 0 || ListReader.isClauseEnd(text[start - 1]) else { return nil }
    return DateMention(start: start, end: end, date: StatedDate(year: year, month: month), hasYear: true)
  }

  /// The date in Chinese numerals whose 月 is at `month`: 三月五日, 十二月三十一日, with
  /// 二〇二四年 before it when written.
  static func chineseDate(_ text: [Unicode.Scalar], month position: Int) -> DateMention? {
    var start = position
    while start > 0, position - start < 2, chineseDigits.contains(text[start - 1]) { start -= 1 }
    guard start < position, let month = DocumentDates.chineseNumber(text[start..<position]), (1...12).contains(month)
    else { return nil }
    var end = position + 1
    while end < text.count, end - position <= 3, chineseDigits.contains(text[end]) { end += 1 }
    guard end > position + 1, end < text.count, text[end] == "日" || text[end] == "号",
      let day = DocumentDates.chineseNumber(text[(position + 1)..<end]), (1...31).contains(day)
    else { return nil }
    var date = StatedDate(month: month, day: day)
    // 二〇二四年: four digits, each written alone.
    if start >= 5, text[start - 1] == "年",
      text[(start - 5)..<(start - 1)].allSatisfy({ yearDigits[$0] != nil })
    {
      let year = text[(start - 5)..<(start - 1)].reduce(0) { $0 * 10 + (yearDigits[$1] ?? 0) }
      if (1949...2100).contains(year) {
        date.year = year
        start -= 5
      }
    }
    return DateMention(start: start, end: end + 1, date: date, hasYear: date.year != nil)
  }

  static let yearDigits: [Unicode.Scalar: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  static let chineseDigits = ScalarChoice("一二三四五六七八九十".unicodeScalars)

  /// Words that take the date the article gave last (今天 the document's own when dated).
  static let sameDayWords = ["当天", "当日", "同日", "同天", "今天", "今日"]

  /// Whether a time stamp to the second (08:39:48), after spaces, begins at `position`: a page's
  /// clock, where a meeting's time (9:30召开) is given to the minute.
  static func isClockTime(_ text: [Unicode.Scalar], at position: Int) -> Bool {
    var start = position
    while start < text.count, text[start] == " " || text[start] == "\u{3000}" { start += 1 }
    var colon = start
    while colon < text.count, colon - start < 2, DocumentDates.isDigit(text[colon]) { colon += 1 }
    guard colon > start else { return false }
    func pair(at index: Int) -> Bool {
      index + 2 < text.count && (text[index] == ":" || text[index] == "：")
        && DocumentDates.isDigit(text[index + 1]) && DocumentDates.isDigit(text[index + 2])
    }
    return pair(at: colon) && pair(at: colon + 3)
  }

  /// Whether 是 and a colon, or 是 ending the sentence, follow a day word (今天是：, 今天是): the
  /// clock of a portal's header, not a day the text refers to (今天是新年的第一天 is one).
  static func isPortalClock(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    guard end < text.count, text[end] == "是" else { return false }
    return end + 1 == text.count || text[end + 1] == "：" || text[end + 1] == ":"
  }
  /// Where a range a date begins ends (5月20日|至22日, 至6月2日, —22日), else `end`.
  static func rangeEnd(_ text: [Unicode.Scalar], after end: Int) -> Int {
    // 9月27日下午至28日: the first day's time of day may stand before the span's mark.
    let mark = startsTimeOfDay(text, at: end) ? end + 2 : end
    guard mark + 1 < text.count, "至到—－-~～".unicodeScalars.contains(text[mark]) else { return end }
    var position = mark + 1
    if text[position] == "—" { position += 1 }
    var digits = position
    while digits < text.count, DocumentDates.isDigit(text[digits]) { digits += 1 }
    guard digits > position, digits < text.count else { return end }
    if text[digits] == "月" {
      position = digits + 1
      digits = position
      while digits < text.count, DocumentDates.isDigit(text[digits]) { digits += 1 }
      guard digits > position, digits < text.count else { return end }
    }
    return text[digits] == "日" || text[digits] == "号" ? digits + 1 : end
  }

  /// The day before a date given to the day.
  static func dayBefore(_ date: StatedDate) -> StatedDate {
    guard var month = date.month, let day = date.day else { return date }
    var year = date.year
    if day > 1 { return StatedDate(year: year, month: month, day: day - 1) }
    month -= 1
    if month == 0 {
      month = 12
      year = year.map { $0 - 1 }
    }
    // With no year known, February is taken to have 28 days.
    let leap = year.map { $0 % 4 == 0 && ($0 % 100 != 0 || $0 % 400 == 0) } ?? false
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return StatedDate(year: year, month: month, day: lengths[month - 1])
  }

  /// The day after a date given to the day (a month or year given alone stays as it is).
  static func dayAfter(_ date: StatedDate) -> StatedDate {
    guard let month = date.month, let day = date.day else { return date }
    let leap = date.year.map { $0 % 4 == 0 && ($0 % 100 != 0 || $0 % 400 == 0) } ?? false
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if day < lengths[month - 1] { return StatedDate(year: date.year, month: month, day: day + 1) }
    if month < 12 { return StatedDate(year: date.year, month: month + 1, day: 1) }
    return StatedDate(year: date.year.map { $0 + 1 }, month: 1, day: 1)
  }

  /// Words for the day after the article's last date.
  static let nextDayWords = ["次日", "翌日", "第二天"]
  /// Words that open a sentence told on the article's last date.
  static let openingSameDay = ["上午", "下午", "晚上", "中午", "当晚", "傍晚", "随后"]

  /// Words for the day before the document's date.
  static let dayBeforeWords = ["昨天", "昨日"]

  /// Words that say an event followed the one before on the same day.
  static let sameDayAfter = ["结束后", "会后"]
  /// The first characters of the words above.
  // NB: comparisons, not a Set (hashing every character cost more), behind a mask test.
  static let dateStarts: ScalarChoice = [
    "当", "同", "今", "近", "日", "连", "结", "会", "昨", "月", "次", "翌", "第", "本",
  ]
  /// Words after a meeting's name that say it is being prepared, not held.
  /// 研究召开某动员大会等有关事项: a meeting on an agenda's list of matters is planned, not held.
  static let preparedFor = [
    "有关事宜", "相关事宜", "有关事项", "筹备", "的筹备", "召开事宜", "等有关事项", "等相关事项", "等事项",
    "等有关事宜", "等事宜",
    // 决定某大会召开日期, 审议某大会议程(草案): its day and agenda set before it sits.
    "召开日期", "召开时间", "召开的日期", "召开的时间", "议程",
    // 某文化节即将开幕之际: about to open, not yet held.
    "即将",
  ]
  /// Words of a sentence that tells of a meeting taking place.
  /// (Closing on a day says the meeting sat that day: 某会议胜利闭幕.)
  static let heldWords = ["召开", "举行", "举办", "开幕", "召集", "闭幕"]
  /// Times a sentence may give itself with no date (过去的一年, 今年以来): a day carried from the
  /// sentence before is not its day.
  static let ownTimeWords = ["过去的一年", "过去一年", "去年", "以来", "此前"]
  /// Words before a year that put it in the past (刚刚过去的2022年, 回顾2022年).
  static let pastWords = ["过去的", "过去", "回顾"]
  /// Words before a year that open a span up to now or date a founding (从2010年至今,
  /// 自2006年成立以来, 始建于1998年; not 关于2023年…的报告).
  static let sinceWords = ["从", "自", "成立于", "建于", "始于", "创办于", "创立于"]
  /// Words of time that give no date.
  static let vagueWords = ["近日", "日前", "近期", "连日来"]
}
