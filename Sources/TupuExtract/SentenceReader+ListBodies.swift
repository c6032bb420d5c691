import TupuOntology

extension SentenceReader {
  /// Bodies a list names once for all its items: 某县委、人大、政府、政协 (the bare bodies after
  /// the first are the same place's), 甲镇、乙镇、丙镇人大主席 (each town has the last one's body).
  mutating func shareBodies(_ enumeration: Enumeration) {
    guard enumeration.items.count >= 2 else { return }
    shareBodyPlace(enumeration)
    shareBodyOfLast(enumeration)
  }

  /// 某县委、人大、政府、政协: an item that is a body of the first item's level when that level
  /// is written before it (县 + 人大) is that body of the first item's place.
  mutating func shareBodyPlace(_ enumeration: Enumeration) {
    guard let first = enumeration.items.first,
      mentions.contains(where: {
        $0.visibility != .dropped && $0.isBody && $0.start == first.lowerBound
          && $0.end == first.upperBound
      }),
      let body = lexicon.bodies.longest(in: text, endingAt: first.upperBound),
      body.payload.level != "nation", let level = body.word.first
    else { return }
    let place = string(first.lowerBound..<(first.upperBound - body.word.count))
    for item in enumeration.items.dropFirst() where isFree(item) {
      let bare = [level] + Array(text[item])
      guard lexicon.bodies.contains(ArraySlice(bare)) else { continue }
      let word = ScalarString.make(bare[...])
      var mention = Mention(
        start: item.lowerBound, end: item.upperBound, className: "Organization",
        name: place + word, via: "list-body")
      if place.isEmpty {
        mention.bareLevel = body.payload.level
      } else {
        mention.qualifier = place + String(level)
      }
      mention.isBody = true
      _ = addMention(mention)
    }
  }

  /// 甲镇、乙镇、丙镇人大主席: the earlier items are divisions of the kind the last item begins
  /// with, and each has the body the last item names after it.
  mutating func shareBodyOfLast(_ enumeration: Enumeration) {
    // The last item may run on into the post of its body (丙镇人大主席).
    guard let item = enumeration.items.last,
      let named = mentions.last(where: {
        $0.visibility != .dropped && $0.isBody && $0.start == item.lowerBound
          && $0.end <= item.upperBound
      })
    else { return }
    let last = named.start..<named.end
    let earlier = enumeration.items.dropLast()
    guard let kind = earlier.first.flatMap({ $0.last.map { text[$0] } }),
      earlier.allSatisfy({ item in
        item.last.map { text[$0] } == kind
          && mentions.contains {
            $0.visibility == .entity && $0.isDivision && $0.start == item.lowerBound
              && $0.end == item.upperBound
          }
      }),
      let split = (last.lowerBound + 2..<last.upperBound).first(where: { text[$0 - 1] == kind })
    else { return }
    let bodyWord = string(split..<last.upperBound)
    guard
      lexicon.bodies.contains(String(kind) + bodyWord)
        || lexicon.suffixes.longest(in: text, endingAt: last.upperBound).map({
          $0.payload.kind == .body && $0.word.count == last.upperBound - split
        }) ?? false
    else { return }
    for item in earlier {
      var mention = Mention(
        start: item.lowerBound, end: item.upperBound, className: "Organization",
        name: string(item) + bodyWord, via: "list-body")
      mention.qualifier = string(item)
      mention.isBody = true
      _ = addMention(mention)
    }
  }

  /// Whether no visible mention or masked character lies in `item`.
  func isFree(_ item: Range<Int>) -> Bool {
    item.allSatisfy { Self.isIdeograph(text[$0]) && !taken[$0] }
      && !mentions.contains {
        $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound
      }
  }
}
