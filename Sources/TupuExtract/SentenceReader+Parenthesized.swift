import TupuOntology

extension SentenceReader {
  /// 甲某某（某县副县长）: a post written in brackets right after a name is that name's, read
  /// as if it stood before the name (某县副县长甲某某).
  mutating func readParenthesizedPosts(context: ArticleContext) {
    // NB: comparisons, not a Set: this runs on every sentence, and hashing showed in profiles.
    for open in positions(of: "（", or: "(") where open >= 2 {
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
      let post = (open + 1)..<close
      guard let (reader, found) = officialPosts(readingAgain: post, before: name, context: context)
      else { continue }
      adopt(found, of: reader, post: post, name: name, via: "post-in-brackets")
      for position in (open + 1)..<close { taken[position] = true }
    }
  }

  /// Reads `post`, a phrase of this sentence, again as if written right before `name`
  /// (某县副县长甲某某). Gives the posts that reading finds for the name when there are some and
  /// all are official, with the reader that found them.
  func officialPosts(
    readingAgain post: Range<Int>, before name: Range<Int>, context: ArticleContext
  ) -> (reader: SentenceReader, posts: [PostLink])? {
    let inner = Array(text[post])
    var reader = SentenceReader(lexicon: lexicon, text: inner + Array(text[name]))
    reader.scan(context: context)
    let person = inner.count
    let found = reader.posts.filter { reader.mentions[$0.person].start == person }
    guard !found.isEmpty, found.allSatisfy({ $0.official }) else { return nil }
    return (reader, found)
  }

  /// Makes `name` an Official holding `found`, the posts `reader` read from `post` written before
  /// it: the units it named inside the post phrase become this sentence's mentions (the same
  /// mention where this sentence read that name there already).
  mutating func adopt(
    _ found: [PostLink], of reader: SentenceReader, post: Range<Int>, name: Range<Int>,
    via pattern: String
  ) {
    let person = post.count
    let holder = personMention(name, official: true, via: pattern)
    var moved: [Int: Int] = [:]  // the inner reader's mention → this sentence's
    for link in found {
      var units: [PostLink.Unit] = []
      for unit in link.units {
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
        let start = mention.start + post.lowerBound
        let end = mention.end + post.lowerBound
        if let existing = mentions.indices.first(where: {
          mentions[$0].start == start && mentions[$0].end == end
            && mentions[$0].className == mention.className && mentions[$0].visibility != .dropped
        }) {
          moved[index] = existing
          units.append(.mention(existing))
          continue
        }
        var copy = mention
        copy.start = start
        copy.end = end
        copy.container = nil
        let made = addMention(copy)
        moved[index] = made
        units.append(.mention(made))
      }
      posts.append(
        PostLink(
          person: holder, title: link.title, units: units, official: true,
          start: link.start + post.lowerBound, end: link.end + post.lowerBound))
    }
  }
}
