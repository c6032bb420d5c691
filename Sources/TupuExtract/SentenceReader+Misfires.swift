extension SentenceReader {
  /// 省内外高端医院, 各级党委, 是所山区学校: a name whose every character but the first says only
  /// what kind it is (高端, 山区) names none; the first is a leftover of the word the left edge
  /// cut (省内、外, 各级), not a name of its own.
  func isFragmentBeforeKindWords(_ range: Range<Int>) -> Bool {
    guard range.count >= 3 else { return false }
    return isGeneric((range.lowerBound + 1)..<range.upperBound)
  }
}

extension SentenceReader {
  /// Where the next name may begin after a stop word at `start..<end`: not inside a word the
  /// lexicon knows that the stop word's characters begin — 各级 (各 + 级党委), 了解决 (为了|解决
  /// + 贫困…医院) — but after it; a name begun there would start with a leftover.
  func endOfWordCut(byStopAt start: Int, end: Int) -> Int {
    let stops = lexicon.list(.stop)
    let generic = lexicon.list(.genericName)
    var next = end
    // 各级: a kind word the stop word begins.
    // NB: lengths only (`longestLength`): a scanner asks after every stop word.
    if let length = generic.longestLength(in: text, at: start), start + length > next,
      lexicon.list(.notAStop).longestLength(in: text, at: start) == nil
    {
      next = start + length
    }
    // 了解|解决: a stop word that begins on the stop word's last character.
    if end - start >= 2, let length = stops.longestLength(in: text, at: end - 1), length >= 2,
      end - 1 + length > next,
      lexicon.list(.notAStop).longestLength(in: text, at: end - 1) == nil
    {
      next = end - 1 + length
    }
    return next
  }
}

extension SentenceReader {
  /// 区政府各委办局, 县人大常委会各工作委员会: after 各 (each) the words say which kind of body or
  /// place is meant, every one of them, not one by its name. (各位, 各个: a measure word follows
  /// 各, and the reading is left to the words after it.)
  func followsEach(_ own: Range<Int>) -> Bool {
    !own.isEmpty && own.lowerBound > 0 && text[own.lowerBound - 1] == "各"
      && !Self.measuresAfterEach.contains(text[own.lowerBound])
  }

  static let measuresAfterEach = ScalarChoice("位个项类级种条次家所处名".unicodeScalars)
  /// Characters that make a word with the 生 of 先生 (生平, 生产, 生活, 生态, 生命, 生日, 生动).
  static let wordsAfterSheng = ScalarChoice("平产活态命日动".unicodeScalars)
}

extension SentenceReader {
  /// 组织30多家协会, 拥有三间教师办公室, 两地工商联, 捐资5万元修缮小学设施: a count (a numeral and its
  /// classifier) or a sum of money inside the words before a body's or a firm's kind word says
  /// how many of that kind, or what was paid for; it names no body.
  func holdsCountOrSum(_ range: Range<Int>) -> Bool {
    for position in range where position > range.lowerBound {
      let before = text[position - 1]
      let numeral = Self.countNumerals.contains(before) || Self.isDigit(before)
      if numeral, Self.bodyCountClassifiers.contains(text[position]) { return true }
      if endsSum(at: position) { return true }
    }
    return false
  }

  /// Whether the 元 at `position` ends a sum of money (5万元, 3000元, 三千元): it follows a digit
  /// or a multiplier.
  func endsSum(at position: Int) -> Bool {
    guard position > 0, text[position] == "元" else { return false }
    let before = text[position - 1]
    return Self.isDigit(before) || Self.sumMultipliers.contains(before)
  }

  static let sumMultipliers = ScalarChoice("万亿千百".unicodeScalars)

  static let bodyCountClassifiers = ScalarChoice("家间个名位批所支座处地".unicodeScalars)
  /// The level words of divisions, from a province down to a village.
  static let levelScalars = ScalarChoice("省市州盟县区旗乡镇村".unicodeScalars)
}

extension SentenceReader {
  /// 湖南和畅资产管理有限公司: 和 right after a province's or city's short name (no level word)
  /// begins the firm's own name; a bare place is no partner a firm is joined to by 和. Returns
  /// where the firm's name starts (the place's start, or `start` itself).
  func firmStartAfterPlaceAndHe(_ start: Int) -> Int {
    guard start >= 2, text[start - 1] == "和" else { return start }
    // 山东青和房地产开发有限公司: one name character between a place (or a city's short name) and
    // 和 is no firm of its own, so 和 is inside the name.
    if start >= 3, Self.isIdeograph(text[start - 2]), !Self.levelScalars.contains(text[start - 2]) {
      if let place = mentions.lastIndex(where: {
        $0.end == start - 2 && ExactText.same($0.via, "gazetteer") && $0.visibility != .dropped
      }) {
        return mentions[place].start
      }
      if let city = cityShortName(endingAt: start - 2) { return city }
    }
    // 青州和顺钛业有限公司: the same after a city's short name (青州 of 青州市), unless a place
    // the gazetteer knows begins inside it (山东青州和 is 山东 + 青州和…).
    if let city = cityShortName(endingAt: start - 1),
      !mentions.contains(where: { $0.via == "gazetteer" && $0.start < city && $0.end > city })
    {
      return city
    }
    guard
      let place = mentions.lastIndex(where: {
        $0.end == start - 1 && ExactText.same($0.via, "gazetteer") && $0.visibility == .entity
      }),
      let last = mentions[place].name.unicodeScalars.last,
      !"省市县区州盟旗".unicodeScalars.contains(last)
    else { return start }
    return mentions[place].start
  }

  /// 青州 written before a firm, whose full name 青州市 the country's lists know (a prefecture or a
  /// county-level city): where that short name starts, when one of two or three characters ends
  /// at `end`.
  func cityShortName(endingAt end: Int) -> Int? {
    for length in [3, 2] where end - length >= 0 {
      let short = string((end - length)..<end) + "市"
      if lexicon.list(.prefecture).contains(short) || lexicon.list(.countyCity).contains(short) {
        return end - length
      }
    }
    return nil
  }

  /// 太原某集团: whether `range` (a boundary word such as 原) lies inside the short name of a city
  /// the lists know, written without its 市, after the name's first character.
  func isInsideCityShortName(_ range: Range<Int>) -> Bool {
    for length in 2...3 where range.count < length {
      // 和龙虎山某公司: a short name that begins with the boundary word (和龙) is no evidence.
      for begin in max(0, range.upperBound - length)..<range.lowerBound
      where begin + length <= text.count {
        if cityShortName(endingAt: begin + length) == begin { return true }
      }
    }
    return false
  }
}

extension SentenceReader {
  /// 与某某(某省)建材股份有限公司签订, 爱心企业某某(某省)文化科技有限公司, 某县委中心组召开
  /// (扩大)学习会议: a name whose first characters close a bracket they never opened began inside
  /// the bracket — the reader could not read the words before it — and is a piece of another
  /// name, not a name. It is dropped (the whole name, where the text has one, is still missed).
  mutating func dropNamesOpenedInsideBrackets() {
    // NB: most sentences hold no closing bracket; one pass finds whether this one does.
    let closes = positions(of: ")", or: "）")
    guard !closes.isEmpty else { return }
    for index in mentions.indices
    where !mentions[index].isPerson && mentions[index].visibility != .dropped {
      let (start, end) = (mentions[index].start, mentions[index].end)
      guard closes.contains(where: { $0 >= start && $0 < end }) else { continue }
      var depth = 0
      for position in mentions[index].start..<mentions[index].end {
        let scalar = text[position]
        if scalar == "(" || scalar == "（" { depth += 1 }
        if scalar == ")" || scalar == "）" {
          if depth == 0 {
            mentions[index].visibility = .dropped
            break
          }
          depth -= 1
        }
      }
    }
  }
}

extension SentenceReader {
  /// 村(社区), 乡(镇), 村(居): a level word with another level in brackets right after it is the
  /// writer's way of saying every village and community, every township and town (做好村(社区)
  /// “两委”换届, 划分乡(镇)办、村(社区)三级网格, 深入了解某镇各村(社区)); the characters read
  /// before it with it (配优配强村, 划分乡, 某镇名+村) name no division.
  mutating func dropDivisionsOfEveryKind() {
    for index in mentions.indices
    where mentions[index].className == .community || mentions[index].className == .street {
      let end = mentions[index].end
      guard mentions[index].visibility != .dropped, end + 2 < text.count,
        text[end] == "(" || text[end] == "（"
      else { continue }
      for level in Self.bracketedLevels where starts(level, at: end + 1) {
        let close = end + 1 + level.unicodeScalars.count
        if close < text.count, text[close] == ")" || text[close] == "）" {
          mentions[index].visibility = .dropped
          break
        }
      }
    }
  }

  /// The levels written in brackets after another level word (村(社区), 乡(镇), 镇(街道), 村(居)).
  static let bracketedLevels = ["社区", "居委会", "居", "镇", "街道", "乡", "村"]
}
