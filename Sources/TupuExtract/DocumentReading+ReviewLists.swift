import TupuOntology

// The objects of a review frame are projects: 听取了A、B、C建设情况, 先后来到A、B、C, 审议A规划设计方案、
// B规划设计方案. A name in such a list needs no suffix of its own. (Relations' piece of
// recognition, kept apart from SentenceReader so the two can be merged independently.)
extension DocumentReading {
  /// Adds each item of a list after a review cue as a Project, where recognition read none.
  func addReviewedProjects(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    // A list needs a separator: most sentences are passed over at once.
    guard text.contains(where: { $0 == "、" || $0 == "和" || $0 == "及" || $0 == "与" }) else {
      return
    }
    let table = cues.table("agent-cue-projects")
    guard table.count > 0 else { return }
    let list = ReviewList(lexicon: lexicon, text: text, cues: table)
    var index = 0
    while index < text.count {
      guard let cue = table.longest(in: text, at: index) else {
        index += 1
        continue
      }
      var position = index + cue.word.count
      for word in ["了", "分别", "先后", "并原则通过", "并"] where list.starts(word, at: position) {
        position += word.unicodeScalars.count
      }
      // A visit's list names sites; an agenda's names projects only with what of them it hears
      // (建设情况, 规划设计方案): without it, its items are topics (防汛备汛、秋粮生产).
      let visit = lexicon.list(.visitCue).longest(in: text, at: index)?.word.count
        == cue.word.count
      let read = list.items(from: position, requireTail: !visit)
      for item in read.items { addProject(item, to: &mentions, text: text) }
      index = max(position, read.end)
    }
  }

  func addProject(_ item: Range<Int>, to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let inside = mentions.indices.filter {
      mentions[$0].visibility != .dropped && mentions[$0].start < item.upperBound
        && mentions[$0].end > item.lowerBound
    }
    // A list of bodies, people or places (听取了某局、某局…汇报) names no projects.
    let others: Set<String> = ["Organization", "Person", "Official", "Meeting", "City", "Road"]
    for index in inside {
      let mention = mentions[index]
      if others.contains(mention.className) { return }
      if mention.start < item.lowerBound || mention.end > item.upperBound { return }
      if mention.start == item.lowerBound && mention.end == item.upperBound { return }
    }
    // 某镇某村: a place, or a chain of places, is no project.
    if let last = inside.max(by: { mentions[$0].end < mentions[$1].end }),
      mentions[last].end == item.upperBound, mentions[last].isPlace
    {
      return
    }
    var container: Int?
    for index in inside {
      if mentions[index].isDivision, mentions[index].start == item.lowerBound,
        container.map({ mentions[$0].end < mentions[index].end }) ?? true
      {
        container = index
      } else if !mentions[index].isDivision {
        mentions[index].visibility = .dropped
      }
    }
    var name = ""
    name.unicodeScalars.append(contentsOf: text[item])
    mentions.append(
      Mention(
        start: item.lowerBound, end: item.upperBound, className: "Project", name: name,
        container: container, via: "review-list"))
  }
}

/// The enumeration after a review cue: items over 、, 和 and 及, up to 等, a clause's end or a
/// word that says what of them is reviewed (建设情况, 规划设计方案, 现场).
struct ReviewList: SentenceText {
  let lexicon: Lexicon
  let text: [Unicode.Scalar]
  let cues: WordTable<ExtractionPattern>

  static let marks: Set<Unicode.Scalar> = ["(", ")", "（", "）", "“", "”", "·", "-"]

  func isItemCharacter(_ index: Int) -> Bool {
    let scalar = text[index]
    return SentenceReader.isIdeograph(scalar) || SentenceReader.isDigit(scalar)
      || (scalar.isASCII && scalar.properties.isAlphabetic) || Self.marks.contains(scalar)
  }

  func items(from position: Int, requireTail: Bool) -> (items: [Range<Int>], end: Int) {
    let tails = lexicon.list(.reviewListTail)
    var items: [Range<Int>] = []
    var tailed = false
    var start = position
    var index = position
    var closed = false
    while index < text.count, !closed {
      if index - start > 30 { return ([], index) }
      if let tail = tails.longest(in: text, at: index), index - start >= 2 {
        items.append(start..<index)
        index += tail.word.count
        tailed = true
        guard index < text.count, "、和及与".unicodeScalars.contains(text[index]) else { break }
        index += 1
        start = index
        continue
      }
      let scalar = text[index]
      if scalar == "、" || "和及与".unicodeScalars.contains(scalar) && index - start >= 3 {
        items.append(start..<index)
        index += 1
        start = index
        continue
      }
      // 来到某社区调研…: another cue ends the list.
      if scalar == "等" || !isItemCharacter(index) || cues.longest(in: text, at: index) != nil {
        items.append(start..<index)
        closed = true
        continue
      }
      index += 1
    }
    if !closed, index >= text.count { items.append(start..<index) }
    // One item alone is no enumeration: the frame says less about it than its own words do.
    let named = items.filter { isName($0) }
    return (named.count >= 2 && (tailed || !requireTail) ? named : [], index)
  }

  func isName(_ item: Range<Int>) -> Bool {
    guard item.count >= 3, item.count <= 30 else { return false }
    let generic = lexicon.list(.projectGeneric)
    if generic.longest(in: text, at: item.lowerBound)?.word.count == item.count { return false }
    if lexicon.list(.stop).longest(in: text, at: item.lowerBound) != nil { return false }
    return !(item.contains { text[$0] == "的" })
  }
}
