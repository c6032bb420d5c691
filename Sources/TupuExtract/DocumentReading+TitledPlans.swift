import TupuGraph
import TupuOntology

extension DocumentReading {
  /// The kinds of plan a meeting's agenda names in title marks (《某大道快速化改造方案》).
  static let planKinds: [String] = ["实施方案", "设计方案", "方案"]

  /// 审议了《某大道快速化改造方案》…。会议指出，某大道快速化改造是…: a work an agenda names only
  /// inside the title of its plan, and a later sentence of the article names bare, is a work the
  /// meeting reviews (a name inside 《》 alone names nothing).
  func addWorksOfTitledPlans(_ collector: inout FactCollector) {
    guard let pattern = cues.patternID("agent-cue-projects", "reviews") else { return }
    let agenda = lexicon.list(.listAgenda)
    let workWords = lexicon.list(.workWord)
    for (number, sentence) in sentences.enumerated() {
      // NB: most sentences hold no title mark: one cheap pass before any look-up.
      guard sentence.scalars.contains("《"), let meetingName = sentence.context.meeting,
        let meeting = canonical[Self.key("Meeting", meetingName)]
      else { continue }
      let text = sentence.scalars
      for open in text.indices where text[open] == "《" {
        guard let close = text[open...].firstIndex(of: "》"), close - open > 7 else { continue }
        // The title is an agenda's item: an agenda's cue in its clause, before it.
        var clause = open
        while clause > 0, !ListReader.isClauseEnd(text[clause - 1]), text[clause - 1] != "。" {
          clause -= 1
        }
        guard (clause..<open).contains(where: { agenda.longest(in: text, at: $0) != nil }),
          let kind = Self.planKinds.first(where: { Self.ends(text, $0, at: close) })
        else { continue }
        let core = Array(text[(open + 1)..<(close - kind.unicodeScalars.count)])
        guard core.count >= 6,
          let work = laterBareName(ending: core, after: number, article: sentence.article,
            workWords: workWords)
        else { continue }
        collector.add(
          work.name, typePredicate, .classRef("Project"), evidence(work.sentence, cues.typeID))
        collector.add(meeting, "reviews", .entity(work.name), evidence(sentence, pattern))
      }
    }
  }

  /// The longest ending of `core` (six characters or more, ending in a work's word: 改造, 工程)
  /// that a later sentence of the article writes outside title marks, right after a comma or at
  /// its start.
  private func laterBareName(
    ending core: [Unicode.Scalar], after number: Int, article: Int, workWords: WordTable<Int>
  ) -> (name: String, sentence: ReadSentence)? {
    guard workWords.longest(in: core, endingAt: core.count) != nil else { return nil }
    for later in sentences[(number + 1)...] {
      guard later.article == article else { break }
      let text = later.scalars
      for length in stride(from: core.count, through: 6, by: -1) {
        let name = core[(core.count - length)...]
        var position = 0
        var depth = 0
        while position + length <= text.count {
          if text[position] == "《" { depth += 1 }
          if text[position] == "》" { depth = max(0, depth - 1) }
          if depth == 0, position == 0 || "，,、：:".unicodeScalars.contains(text[position - 1]),
            text[position..<(position + length)].elementsEqual(name)
          {
            var string = ""
            string.unicodeScalars.append(contentsOf: name)
            return (string, later)
          }
          position += 1
        }
      }
    }
    return nil
  }

  static func ends(_ text: [Unicode.Scalar], _ word: String, at end: Int) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard end >= scalars.count else { return false }
    return text[(end - scalars.count)..<end].elementsEqual(scalars)
  }
}
