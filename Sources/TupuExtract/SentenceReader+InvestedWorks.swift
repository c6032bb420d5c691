import TupuOntology

extension SentenceReader {
  /// 总投资5.8亿元的某某科技电子产品生产项目, 投资5000万元的某公司面点加工项目: the sum a work costs,
  /// then 的, then its whole name up to its 项目 — the firm, the place and the product it is named
  /// with, list commas of its products included (高频、高速覆铜板项目). A short form of a province
  /// inside the name is no place of its own (the ruling on places inside names); a company or a
  /// division written in full keeps its mention.
  mutating func readWorksAfterInvestment() {
    var index = 0
    while index + 4 < text.count {
      guard text[index] == "投", starts("投资", at: index) else {
        index += 1
        continue
      }
      var position = index + 2
      var digits = 0
      while position < text.count, Self.isDigit(text[position]) || ". ,".unicodeScalars.contains(text[position]) {
        if Self.isDigit(text[position]) { digits += 1 }
        position += 1
      }
      guard digits > 0, let unit = Self.investmentUnits.first(where: { starts($0, at: position) })
      else {
        index += 1
        continue
      }
      position += unit.unicodeScalars.count
      position = afterAmountTail(position, unit: unit)
      guard position < text.count, text[position] == "的" else {
        index = position
        continue
      }
      let start = position + 1
      // 总投资558亿元的重点项目: words that only say what kind of work, no name.
      guard let end = investedWorkEnd(from: start), !isGenericItem(start..<end) else {
        index = start
        continue
      }
      for other in mentions.indices
      where mentions[other].visibility != .dropped && mentions[other].start >= start
        && mentions[other].end <= end
        && !(mentions[other].className == .organization && mentions[other].via == "suffix")
        && !(mentions[other].isDivision && mentions[other].via != "gazetteer")
      {
        mentions[other].visibility = .dropped
      }
      for position in start..<end { taken[position] = true }
      _ = addMention(
        Mention(
          start: start, end: end, className: .project,
          name: string(start..<end).filter { $0 != " " }, via: "investment"))
      index = end
    }
  }

  static let investmentUnits = ["亿元", "万元", "亿美元", "万美元", "亿", "元"]

  /// Where the work named from `start` ends: right after its 项目, within 40 characters, before
  /// any clause ends, another 的 or a count (两个项目 counts works, it names none).
  func investedWorkEnd(from start: Int) -> Int? {
    // 总投资4.8亿元的六个项目: a count of works, no name.
    if start < text.count, Self.isDigit(text[start]) || "一二三四五六七八九十两几多数".unicodeScalars.contains(text[start]),
      (start + 1..<min(text.count, start + 4)).contains(where: { "个项批".unicodeScalars.contains(text[$0]) })
    {
      return nil
    }
    var position = start
    while position + 1 < text.count, position - start <= 40 {
      let scalar = text[position]
      if "，。；：！？,;:!?的".unicodeScalars.contains(scalar) || taken[position] { return nil }
      if scalar == "项", starts("项目", at: position), !starts("项目部", at: position) {
        // 项目 alone or after a count (个项目) names no work.
        guard position - start >= 2, !"个两些批".unicodeScalars.contains(text[position - 1])
        else { return nil }
        // 总投资10亿元的A、B、C等续建项目: 等 and the kind of work close a list of works, no
        // one name (the list's items are read as such).
        if let etc = (start..<position).last(where: { text[$0] == "等" }),
          isGenericItem((etc + 1)..<(position + 2))
        {
          return nil
        }
        return position + 2
      }
      position += 1
    }
    return nil
  }
}

extension SentenceRelations {
  /// 分别是投资3.6亿元的某项目、投资5000万元的某项目: 投资 + an amount + 的 with no giver written
  /// right before it says what a work costs, not who gives (the item before is another work).
  func describesCost(start: Int, end: Int) -> Bool {
    var position = end
    var digits = 0
    while position < text.count,
      ("0"..."9").contains(text[position]) || ".．,".unicodeScalars.contains(text[position])
    {
      if ("0"..."9").contains(text[position]) { digits += 1 }
      position += 1
    }
    guard digits > 0,
      let unit = SentenceReader.investmentUnits.first(where: { starts($0, at: position) }),
      position + unit.unicodeScalars.count < text.count,
      text[position + unit.unicodeScalars.count] == "的"
    else { return false }
    return !entities.contains { $0.mention.end == start }
  }
}
