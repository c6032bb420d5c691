import TupuOntology

extension SentenceReader {
  /// 某某深加工(某酱)项目, 某某开发(EOD)项目, 喷水(气)织布项目: a short note in brackets inside a
  /// work's name, before its 项目; the name runs back from the bracket to a verb, a function word
  /// or punctuation (建设某(某)项目, 实施某(某)项目).
  mutating func readWorksWithBracketedNote() {
    var index = 2
    while index + 1 < text.count {
      defer { index += 1 }
      guard text[index] == "项", starts("项目", at: index), !taken[index] else { continue }
      var close = index
      // (What follows the bracket belongs to the name: no 和 joins another work there.)
      while close > 0, Self.isIdeograph(text[close - 1]), index - close < 8, !taken[close - 1],
        !"和与及".unicodeScalars.contains(text[close - 1])
      {
        close -= 1
      }
      guard close > 0, text[close - 1] == ")" || text[close - 1] == "）" else { continue }
      let inner = close - 1
      guard let open = stride(from: inner - 1, through: max(0, inner - 8), by: -1).first(where: {
        text[$0] == "(" || text[$0] == "（"
      }), inner - open >= 2,
        ((open + 1)..<inner).allSatisfy({ Self.isIdeograph(text[$0]) || isLatinLetter(text[$0]) })
      else { continue }
      var start = open
      let stop = lexicon.list(.stop)
      while start > 0, open - start < 16, Self.isIdeograph(text[start - 1]) || Self.isDigit(text[start - 1]),
        !taken[start - 1]
      {
        if let word = stop.longest(in: text, endingAt: start), word.word.count >= 2 { break }
        if Self.projectLeads.contains(where: { ends($0, at: start) }) { break }
        if "的了在对是为".unicodeScalars.contains(text[start - 1]) { break }
        start -= 1
      }
      // 某县产业集聚区某某专业园(二期)项目: a name that ran past the length limit inside a place's
      // name begins where the place does, and lies in the zone it begins with.
      var zone: Int?
      if let place = mentions.first(where: {
        $0.isPlace && $0.visibility != .dropped && $0.start < start && $0.end > start
      }) {
        start = place.start
        zone = mentions.indices.last {
          mentions[$0].className == .place && mentions[$0].visibility == .entity
            && mentions[$0].start == start && mentions[$0].end < open
        }
      }
      let end = index + 2
      // Only where works are announced (建设, 实施, a list, 开工 after it).
      guard open - start >= 2, !isGenericProject(start..<open),
        isProjectListContext(start: start, end: end)
      else { continue }
      // A work already read whole stays as it is.
      if mentions.contains(where: {
        $0.className == .project && $0.visibility != .dropped && $0.start <= start && $0.end >= end
      }) {
        continue
      }
      addWork(start..<end, name: string(start..<end), via: "bracketed-note")
      if let zone, let work = mentions.indices.last {
        mentions[zone].visibility = .entity
        mentions[work].container = zone
      }
    }
  }

  func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }
}
