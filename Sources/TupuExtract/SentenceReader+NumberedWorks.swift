extension SentenceReader {
  /// 500兆瓦光伏项目, 220千伏输变电工程: a work named by its size, the digits at the head of its
  /// name, where the digits begin a list's item or follow a cue (听取了500兆瓦…, 、220千伏…). Its
  /// suffix reads only from the measure word on.
  mutating func readSizedWorks() {
    for index in mentions.indices
    where mentions[index].className == "Project" && mentions[index].visibility != .dropped {
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
