import TupuOntology

extension SentenceReader {
  /// 甲某某、乙某、丙某某等出席会议: names listed with no post before 等 and a verb are persons
  /// (Person, the text stating no post; Official before 等区领导), when every item of the list
  /// reads as a name.
  mutating func readNamesBeforeEtc() {
    for etc in text.indices where text[etc] == "等" && !taken[etc] {
      var after = etc + 1
      // 等区领导参加 (officials, though 区领导 is no post), 等同志出席.
      var official = false
      if let group = lexicon.groups.longest(in: text, at: after) {
        after += group.word.count
        official = true
      } else {
        for word in ["领导", "同志", "人"] where starts(word, at: after) {
          after += word.unicodeScalars.count
          break
        }
      }
      guard let verb = lexicon.list(.stop).longest(in: text, at: after), verb.word.count >= 2
      else { continue }
      var items: [Range<Int>] = []
      var end = etc
      var valid = true
      while true {
        if let person = mentions.last(where: {
          $0.end == end && $0.isPerson && $0.visibility != .dropped
        }) {
          items.append(person.start..<end)
          end = person.start
        } else {
          var start = end
          while start > 0, isName(start - 1), end - start <= 4 { start -= 1 }
          let bounded = start == 0 || !isName(start - 1)
          let length = end - start
          guard bounded, length >= 2, length <= 4, nameLength(at: start) == length,
            !mentions.contains(where: {
              $0.visibility != .dropped && $0.start < end && $0.end > start
            })
          else {
            valid = false
            break
          }
          items.append(start..<end)
          end = start
        }
        guard end >= 2, text[end - 1] == "、" else { break }
        end -= 1
      }
      guard valid, items.count >= 2 else { continue }
      for item in items { _ = personMention(item, official: official, via: "etc-list") }
    }
  }
}
