extension SentenceReader {
  /// 走访了甲机械、乙环保以及丙门窗等企业, 前往甲电缆、乙仪表等5家重点企业: firms listed by
  /// their short names before 等 (or a count of 家) and what they are are Organizations, though
  /// no suffix says so. An item already read keeps its class.
  mutating func readFirmsBeforeKind() {
    let kind = lexicon.list(.firmKind)
    var index = 0
    while index < text.count {
      defer { index += 1 }
      guard let word = kind.longest(in: text, at: index) else { continue }
      let after = index + word.word.count
      // 企业家, 企业负责人 still name the firms; 企业家 are people.
      if after < text.count, text[after] == "家" { continue }
      // 甲鞋业、乙实业三家企业技改项目: the firms' works are what is heard or seen (Projects).
      if namesWorksAfter(after) { continue }
      var listEnd = index
      var counted = false
      if listEnd > 0, text[listEnd - 1] == "家" {
        var digits = listEnd - 1
        while digits > 0, Self.isDigit(text[digits - 1]) || Self.countDigits.contains(text[digits - 1]) {
          digits -= 1
        }
        if digits < listEnd - 1 {
          listEnd = digits
          counted = true
        }
      }
      if listEnd > 0, text[listEnd - 1] == "等" {
        listEnd -= 1
        counted = true
      }
      guard counted, let items = firmItems(endingAt: listEnd), items.count >= 2 else { continue }
      // 听取了负责人关于技术创新、生产工艺等企业整体情况的介绍: a list 关于 opens names what a report
      // is about, topics, no firms.
      if let first = items.last, ends("关于", at: first.lowerBound) { continue }
      for item in items where !mentions.contains(where: {
        $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound
      }) {
        for position in item { taken[position] = true }
        _ = addMention(
          Mention(
            start: item.lowerBound, end: item.upperBound, className: .organization,
            name: string(item), via: "firm-list"))
      }
      index = after
    }
  }

  /// Whether a work (项目, 工程) is named in the few characters after the kind word.
  private func namesWorksAfter(_ start: Int) -> Bool {
    var position = start
    while position < text.count, position < start + 8, Self.isIdeograph(text[position]) {
      if starts("项目", at: position) || starts("工程", at: position) { return true }
      position += 1
    }
    return false
  }

  static let countDigits = ScalarChoice("一二三四五六七八九十两多几".unicodeScalars)

  /// The items of a list ending at `end`, joined by 、, 和, 及, 与 or 以及, the first opened by a
  /// verb (走访了, 前往) or punctuation. Nil when an item is too short or too long for a firm.
  private func firmItems(endingAt end: Int) -> [Range<Int>]? {
    var items: [Range<Int>] = []
    var itemEnd = end
    while true {
      var start = itemEnd
      while start > 0, itemEnd - start < 16, isFirmCharacter(text[start - 1]) {
        if let stop = lexicon.list(.stop).longest(in: text, endingAt: start), stop.word.count >= 2,
          itemEnd - start >= 2
        {
          break
        }
        if Self.firmItemOpeners.contains(text[start - 1]), itemEnd - start >= 2 { break }
        start -= 1
      }
      guard itemEnd - start >= 2, itemEnd - start <= 15 else { return nil }
      items.append(start..<itemEnd)
      guard start > 0 else { break }
      if ends("以及", at: start) {
        itemEnd = start - 2
      } else if "、和及与".unicodeScalars.contains(text[start - 1]) {
        itemEnd = start - 1
      } else {
        break
      }
    }
    return items
  }

  /// One-character words that open a list of firms: 了 (走访了), 到, 赴, 和, 及, 与, 在, 对.
  static let firmItemOpeners = ScalarChoice("了到赴和及与在对、".unicodeScalars)

  private func isFirmCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "、" && (Self.isIdeograph(scalar) || Self.isDigit(scalar)
      || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
      || "()（）".unicodeScalars.contains(scalar))
  }
}
