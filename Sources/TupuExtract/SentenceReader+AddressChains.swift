import TupuOntology

extension SentenceReader {
  /// 某中心位于甲半岛乙花园, 某馆位于甲邻里街乙路22号: after a locating verb, two names written back
  /// to back — an area the lexicon has no suffix for, then a place or road it knows — run too
  /// long for the known suffix's name, so neither is read. The known one's own name is its last
  /// two characters; what stands between the verb and it (two to six characters, no function
  /// word) is a Place too. A place of the lexicon's kind lies in the area (甲半岛乙花园, an estate
  /// on the peninsula); a road gives no containment (an address names both, which holds which
  /// it does not say). No common word may span the cut between the two.
  mutating func readAddressChains() {
    // NB: only where a locating verb's first character stands.
    for index in positions(of: "位", or: "坐") {
      guard let verb = Self.locatingVerbs.first(where: { starts($0, at: index) }) else { continue }
      let start = index + verb.unicodeScalars.count
      var position = start + 4
      var found: (end: Int, suffix: Lexicon.Suffix)?
      while position < text.count, position - start <= 12, Self.isIdeograph(text[position]) {
        if let suffix = lexicon.suffixes.longest(in: text, at: position),
          suffix.payload.kind == .place || suffix.payload.kind == .road
        {
          found = (position + suffix.word.count, suffix.payload)
          break
        }
        position += 1
      }
      guard let hit = found else { continue }
      let (end, suffix) = (hit.end, hit.suffix)
      let own = position - 2
      // The known suffix's reading failed only because the run is longer than its names.
      guard position - start > suffix.maximum, own - start >= 2, own - start <= 6,
        (start..<end).allSatisfy({ Self.isIdeograph(text[$0]) && !taken[$0] }),
        !(start..<position).contains(where: { lexicon.list(.stop).longestLength(in: text, at: $0) != nil }),
        lexicon.suffixes.longestLength(in: text, at: own) == nil,
        // The cut falls between words: no common word spans it (某高新技术产|业开发区).
        !lexicon.list(.commonWordNotName).contains(text[(own - 1)..<(own + 1)]),
        !mentions.contains(where: { $0.visibility != .dropped && $0.start < end && $0.end > start })
      else { continue }
      let area = addMention(
        Mention(
          start: start, end: own, className: .place, name: string(start..<own),
          via: "address-chain"))
      _ = addMention(
        Mention(
          start: own, end: end, className: suffix.className, name: string(own..<end),
          container: suffix.kind == .place ? area : nil, via: "address-chain"))
    }
  }

  static let locatingVerbs = ["位于", "坐落于", "坐落在"]
}
