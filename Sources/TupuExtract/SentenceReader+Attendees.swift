import TupuOntology

extension SentenceReader {
  /// 甲某某、乙某、丙某某等出席会议: names listed with no post before 等 and a verb are persons
  /// (Person, the text stating no post; Official before 等区领导), when every item of the list
  /// reads as a name.
  mutating func readNamesBeforeEtc() {
    readRostrumLists()
    readColonNameLists()
    readRetiredNames()
    readNameOnRostrum()
    for etc in text.indices where !taken[etc] {
      guard text[etc] == "等" else {
        // NB: its verb's first character tested here, not by a call at every position.
        if text[etc] == "出" || text[etc] == "参" || text[etc] == "列" {
          readNamesBeforeAttending(at: etc)
        }
        continue
      }
      var after = etc + 1
      var led = false
      // 等区领导参加 (officials, though 区领导 is no post), 等同志出席.
      var official = false
      // 等在家的县四套班子领导: those of the leaders who are at hand.
      let present = ["在家的", "在场的"].contains(where: { starts($0, at: after) }) ? after + 3 : after
      if let end = leadersGroupEnd(after: present) {
        after = end
        official = true
      } else if starts("同志", at: after) {
        // 甲某、乙某等同志到会指导: comrades, the genre's word for cadres, need no verb after.
        after += 2
        official = true
      } else {
        for word in ["领导", "同志", "人"] where starts(word, at: after) {
          after += word.unicodeScalars.count
          break
        }
      }
      // 甲某、乙某等企业家代表: the role after 等 says who they are; no verb is needed.
      let role = !official && lexicon.list(.personRole).longestLength(in: text, at: after) != nil
      // 等区领导和大会主席团成员在主席台就座: a group of leaders needs no verb right after.
      guard official || role
        || (lexicon.list(.stop).longestLength(in: text, at: after) ?? 0) >= 2,
        let items = listedNames(endingAt: etc, ledByLeaders: &led, rareSurnames: official, notes: true),
        items.count >= 2
      else { continue }
      let retired = isRetiredList(items)
      for item in items {
        _ = personMention(item, official: (official || led) && !retired, via: "etc-list")
      }
    }
  }

  /// 某某在主席台前排就座: a name alone opening its clause, seated on the rostrum, is a person.
  private mutating func readNameOnRostrum() {
    for seat in text.indices where text[seat] == "在" && seat >= 2 && starts("在主席台", at: seat) {
      for length in [3, 2] where seat - length >= 0 {
        let start = seat - length
        guard start == 0 || !Self.isIdeograph(text[start - 1]), nameLength(at: start) == length,
          (start..<seat).allSatisfy({ isName($0) })
        else { continue }
        _ = personMention(start..<seat, official: false, via: "rostrum")
        break
      }
    }
  }

  /// 甲某某、乙某、丙某某出席会议: names alone listed right before 出席, 参加 or 列席 (no 等) are
  /// persons too, when every item reads as a name and at least two are listed: the text states
  /// no post for them (the Official or Person ruling), whichever the verb. A list led by leaders
  /// (县领导甲、乙出席) is of officials; a name given a post elsewhere is an Official there.
  private mutating func readNamesBeforeAttending(at verb: Int) {
    var led = false
    guard verb >= 2, text[verb] == "出" || text[verb] == "参" || text[verb] == "列", isName(verb - 1),
      ["出席", "参加", "列席"].contains(where: { starts($0, at: verb) }),
      let items = listedNames(endingAt: verb, ledByLeaders: &led, notes: true), items.count >= 2,
      items.contains(where: { item in
        !mentions.contains { $0.start == item.lowerBound && $0.end == item.upperBound }
      })
    else { return }
    // A name already read (居民某某) keeps its class.
    let official = led && !isRetiredList(items)
    for item in items {
      let read = mentions.contains { $0.start == item.lowerBound && $0.end == item.upperBound }
      _ = personMention(item, official: official && !read, via: "etc-list")
    }
  }

  /// The names of a list joined by 、 that ends at `end`, last first; nil when an item reads as
  /// no name.
  ///
  /// With `rareSurnames` (a list a group word closes, 等县领导), an item of three characters
  /// between list commas is a name even when its surname is not in the lexicon (畅某某), as long
  /// as two items of the list read as names by their surnames.
  ///
  /// With `notes`, a note in brackets after a name (（女）) is passed over (an election's list
  /// keeps to the reading its own rules give it).
  func listedNames(
    endingAt listEnd: Int, ledByLeaders: inout Bool, rareSurnames: Bool = false, notes: Bool = false
  ) -> [Range<Int>]? {
    var rare = 0
    var items: [Range<Int>] = []
    var end = listEnd
    var valid = true
    // The item now read was reached over a comma (甲某,乙某,丙某等领导): words that name no
    // one before such a comma end the list rather than spoil it.
    var overComma = false
    ledByLeaders = false
    while true {
      // 甲、乙（女）等: a note in brackets after a name is no part of it.
      if notes, end >= 3, text[end - 1] == ")" || text[end - 1] == "）",
        let open = (max(0, end - 10)..<(end - 1)).last(where: { text[$0] == "(" || text[$0] == "（" }),
        open > 0, afterNameNote(open) == end
      {
        end = open
      }
      if let person = mentions.last(where: {
        $0.end == end && $0.isPerson && $0.visibility != .dropped
      }) {
        items.append(person.start..<end)
        end = person.start
      } else if items.isEmpty, let last = nameAfterJoiner(endingAt: end) {
        // 甲某某、乙某和丙某某参加会议: the list's last name joined by 和 or 及.
        items.append(last)
        end = last.lowerBound - 1
        continue
      } else {
        var start = end
        while start > 0, isName(start - 1), end - start <= 4 { start -= 1 }
        let bounded = start == 0 || !isName(start - 1)
        let length = end - start
        // 甲某、折某、乙某某: a rare surname's name of two or three characters between list commas.
        let between = rareSurnames && (length == 3 || length == 2) && start > 0
          && (text[start - 1] == "、" || overComma && Self.isComma(text[start - 1]))
          && end < text.count
          && (text[end] == "、" || text[end] == "等" || overComma || Self.isComma(text[end]))
          && (start..<end).allSatisfy { lexicon.list(.stop).longestLength(in: text, at: $0) == nil }
        if between, nameLength(at: start) != length { rare += 1 }
        // 甲某、额尔登图、乙某: a Mongolian, Tibetan or Yi name of the minority-name words, with no
        // surname, is an item of the list as a surname's name is.
        let minority = bounded && minorityNameLength(at: start) == length
        guard bounded, length >= 2, length <= 4, nameLength(at: start) == length || between || minority,
          !mentions.contains(where: {
            $0.visibility != .dropped && $0.start < end && $0.end > start
          })
        else {
          if overComma {
            if items.count < 3 { valid = false }
            break
          }
          // 街道主要领导甲某、乙某某等参加: the list's first name right after 领导 or 负责人.
          if let first = nameAfterLeaders(endingAt: end) {
            items.append(first)
            ledByLeaders = true
          } else if let first = nameAfterLeaders(endingAt: end, words: Self.retiredWords) {
            // 正县级老同志甲某、乙某某出席: the list's first name right after 老同志 (retirees,
            // who hold no post: isRetiredList).
            items.append(first)
          } else if let first = nameAfterLeaders(endingAt: end, words: ["以及"]) {
            // 甲某某，以及乙某、丙某某等在家的县领导: the list's first name right after 以及.
            items.append(first)
          } else if rareSurnames, items.count >= 2, let first = nameGluedToWord(endingAt: end) {
            // 县工作专班甲某某、乙某、丙某等同志: a group's word written right before the list's
            // first name; the names after it vouch for the list.
            items.append(first)
          } else {
            valid = false
          }
          break
        }
        items.append(start..<end)
        end = start
      }
      guard end >= 2 else { break }
      if text[end - 1] == "、" {
        overComma = false
      } else if rareSurnames, Self.isComma(text[end - 1]), items.count >= 1,
        overComma || items.count == 1
      {
        // 甲某,乙某,丙某等领导出席: a list of leaders written with commas throughout.
        overComma = true
      } else {
        break
      }
      end -= 1
    }
    return valid && (rare == 0 || items.count - rare >= 2) ? items : nil
  }

  /// 正县级老同志甲某某及…在主席台就座: a name right after a word for retired cadres is a
  /// person's, who holds no post.
  private mutating func readRetiredNames() {
    // NB: most sentences hold no 老: the words' lengths are counted only where one stands.
    guard text.contains("老") else { return }
    for word in Self.retiredWords {
      let count = word.unicodeScalars.count
      for index in text.indices where text[index] == "老" && starts(word, at: index) {
        let start = index + count
        guard let length = nameLength(at: start, strict: true), length >= 2,
          !mentions.contains(where: {
            $0.visibility != .dropped && $0.start < start + length && $0.end > start
          })
        else { continue }
        _ = personMention(start..<start + length, official: false, via: "retired")
      }
    }
  }

  /// Words for retired cadres written right before their names (老同志甲某): they hold no post.
  static let retiredWords = ["老同志", "老干部"]

  /// Whether the list (last name first, as `listedNames` gives it) opens right after a word for
  /// retired cadres: Persons, whatever the verb.
  func isRetiredList(_ items: [Range<Int>]) -> Bool {
    guard let first = items.last?.lowerBound else { return false }
    return Self.retiredWords.contains { word in
      let count = word.unicodeScalars.count
      return first >= count && starts(word, at: first - count)
    }
  }

  static func isComma(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "，" }

  /// A name of two or three characters ending at `end` whose first character follows other
  /// characters of a word (工作专班 + 甲某某): the name by its surname, the word left before it.
  private func nameGluedToWord(endingAt end: Int) -> Range<Int>? {
    for length in [3, 2] where end - length >= 1 {
      let start = end - length
      guard Self.isIdeograph(text[start - 1]), nameLength(at: start) == length,
        lexicon.list(.stop).longest(in: text, endingAt: start) == nil,
        !mentions.contains(where: { $0.visibility != .dropped && $0.start < end && $0.end > start })
      else { continue }
      return start..<end
    }
    return nil
  }

  /// A name of two or three characters ending at `end` right after 和 or 及 that joins it to
  /// a name before (乙某和丙某某): the last item of a list.
  private func nameAfterJoiner(endingAt end: Int) -> Range<Int>? {
    for length in [3, 2] where end - length >= 3 {
      let start = end - length
      guard "和及".unicodeScalars.contains(text[start - 1]), isName(start - 2),
        nameLength(at: start) == length,
        !mentions.contains(where: { $0.visibility != .dropped && $0.start < end && $0.end > start })
      else { continue }
      return start..<end
    }
    return nil
  }

  /// A name of two or three characters ending at `end` right after 领导, 负责人 or 成员 (a body's
  /// members: 主席会议成员甲、乙), or right after one of `words`.
  private func nameAfterLeaders(
    endingAt end: Int, words: [String] = ["领导", "负责人", "成员"]
  ) -> Range<Int>? {
    for length in [3, 2] where end - length >= 2 {
      let start = end - length
      guard nameLength(at: start) == length,
        words.contains(where: { word in
          let count = word.unicodeScalars.count
          return start >= count && starts(word, at: start - count)
        }),
        !mentions.contains(where: { $0.visibility != .dropped && $0.start < end && $0.end > start })
      else { continue }
      return start..<end
    }
    return nil
  }
}
