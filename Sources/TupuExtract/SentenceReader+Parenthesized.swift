import TupuOntology

extension SentenceReader {
  /// 甲某某（某县副县长）: a post written in brackets right after a name is that name's, read
  /// as if it stood before the name (某县副县长甲某某).
  mutating func readParenthesizedPosts(context: ArticleContext) {
    // NB: comparisons, not a Set: this runs on every sentence, and hashing showed in profiles.
    for open in text.indices where open >= 2 && (text[open] == "（" || text[open] == "(") {
      guard
        let close = text[(open + 1)...].prefix(24).firstIndex(where: { $0 == "）" || $0 == ")" }),
        close > open + 2
      else { continue }
      // The name before the bracket: one read already, or a name that ends there.
      var name: Range<Int>?
      if let person = mentions.last(where: {
        $0.end == open && $0.isPerson && $0.visibility != .dropped
      }) {
        name = person.start..<open
      } else {
        for length in [3, 2, 4] where open - length >= 0 {
          let start = open - length
          guard (start..<open).allSatisfy({ isName($0) }),
            start == 0 || !isName(start - 1), nameLength(at: start) == length
          else { continue }
          name = start..<open
          break
        }
      }
      guard let name else { continue }
      let inner = Array(text[(open + 1)..<close])
      var reader = SentenceReader(lexicon: lexicon, text: inner + Array(text[name]))
      reader.scan(context: context)
      let person = inner.count
      let found = reader.posts.filter { reader.mentions[$0.person].start == person }
      guard !found.isEmpty, found.allSatisfy({ $0.official }) else { continue }
      let holder = personMention(name, official: true, via: "post-in-brackets")
      var moved: [Int: Int] = [:]  // the inner reader's mention → this sentence's
      for post in found {
        var units: [PostLink.Unit] = []
        for unit in post.units {
          guard case .mention(let index) = unit else {
            units.append(unit)
            continue
          }
          let mention = reader.mentions[index]
          guard mention.end <= person else { continue }
          if let done = moved[index] {
            units.append(.mention(done))
            continue
          }
          var copy = mention
          copy.start += open + 1
          copy.end += open + 1
          copy.container = nil
          let made = addMention(copy)
          moved[index] = made
          units.append(.mention(made))
        }
        self.posts.append(
          PostLink(
            person: holder, title: post.title, units: units, official: true,
            start: post.start + open + 1, end: post.end + open + 1))
      }
      for position in (open + 1)..<close { taken[position] = true }
    }
  }
}
