extension SentenceReader {
  /// (某县发改局 张三), (某建设公司 李四、王五): a credit in brackets that names the writers' unit
  /// before them. The unit is read already (a body or a firm); each name after it is a person of
  /// that unit. An outlet (融媒体中心, 报社) is furniture and no unit of anyone (the outlets ruling).
  mutating func readUnitCredits() {
    // A line that is the credit alone (the reader took its brackets off as furniture).
    readUnitCredit(open: -1, close: text.count)
    var index = 0
    while index < text.count {
      guard text[index] == "(" || text[index] == "（", index == 0 || !isName(index - 1),
        let close = (index + 1..<min(text.count, index + 32)).first(where: {
          text[$0] == ")" || text[$0] == "）"
        })
      else {
        index += 1
        continue
      }
      readUnitCredit(open: index, close: close)
      index = close + 1
    }
  }

  /// The credit between `open` and `close` (brackets, or the line's ends): a unit, then names.
  mutating func readUnitCredit(open: Int, close: Int) {
    // (某某建设公司 张三): a firm the line's scan left unread, written whole before the names.
    if open == -1, let space = (0..<close).first(where: { text[$0] == " " }), space >= 4,
      !mentions.contains(where: { $0.start == 0 && $0.className == .organization }),
      let kind = lexicon.suffixes.longest(in: text, endingAt: space),
      kind.payload.kind == .enterprise, kind.payload.className == .organization,
      space - kind.word.count >= 2, (0..<space).allSatisfy({ Self.isIdeograph(text[$0]) })
    {
      _ = addMention(
        Mention(start: 0, end: space, className: .organization, name: string(0..<space), via: "suffix"))
    }
    guard
      let unit = mentions.indices.filter({
        mentions[$0].start == open + 1 && mentions[$0].end < close
          && mentions[$0].className == .organization && mentions[$0].visibility == .entity
      }).max(by: { mentions[$0].end < mentions[$1].end })
    else { return }
    // The names after the unit, written apart by spaces or 、 and nothing else.
    var fields: [Range<Int>] = []
    var fieldStart = mentions[unit].end
    for position in mentions[unit].end...close {
      let scalar = position < close ? text[position] : " "
      if scalar == " " || scalar == "\u{3000}" || scalar == "、" {
        if position > fieldStart { fields.append(fieldStart..<position) }
        fieldStart = position + 1
      } else if !Self.isIdeograph(scalar) {
        return
      }
    }
    // 2–4 characters a name: one person a field, each starting with a surname.
    // (The byline reader may have read them already.)
    let names = fields.compactMap { field -> Range<Int>? in
      guard (2...4).contains(field.count) else { return nil }
      if mentions.contains(where: {
        $0.isPerson && $0.start == field.lowerBound && $0.end == field.upperBound
      }) {
        return field
      }
      guard let split = splitNames(field), split.count == 1 else { return nil }
      return split[0]
    }
    guard !fields.isEmpty, names.count == fields.count,
      lexicon.list(.outlet).longest(in: text, endingAt: mentions[unit].end) == nil,
      lexicon.list(.outletName).longest(in: text, endingAt: mentions[unit].end) == nil
    else { return }
    for name in names {
      let person = personMention(name, official: false, via: "byline")
      guard mentions[person].isPerson else { continue }
      posts.append(
        PostLink(
          person: person, title: nil, units: [.mention(unit)], official: false,
          start: name.lowerBound, end: name.upperBound))
    }
  }
}
