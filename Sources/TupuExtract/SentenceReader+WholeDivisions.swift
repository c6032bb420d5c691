import TupuOntology

extension SentenceReader {
  /// 让胡路区, 下花园区, 长白朝鲜族自治县, 沙县区: a county-level division or prefecture the
  /// country's lists name in full is that division, though a shorter reading inside it fired
  /// first (a road's 路, a garden's 花园, the country 朝鲜 of 朝鲜族, the old county 沙县). Only
  /// where a name may begin (after a mark, a place, a lead or function character), so that a
  /// county's characters inside a phrase (县南部县城) stay the phrase's; compounds the genre
  /// writes as common words (老城区, 新城区: not-a-suffix) are left alone.
  mutating func readWholeKnownDivisions() {
    var start = 0
    // NB: where a name may begin is asked first: most positions follow a character inside a
    // phrase, and three list lookups at every position of every sentence cost the pipeline ~8%.
    // NB: and before it, whether a name of the three lists may start there at all (a bitmap test
    // of each list's first characters and of what its names go on with, no lookup).
    let county = lexicon.list(.county)
    let countyCity = lexicon.list(.countyCity)
    let prefecture = lexicon.list(.prefecture)
    while start < text.count - 2 {
      guard
        county.mayStart(in: text, at: start) || countyCity.mayStart(in: text, at: start)
          || prefecture.mayStart(in: text, at: start),
        mayBeginDivision(at: start), let (end, className) = wholeKnownDivision(at: start)
      else {
        start += 1
        continue
      }
      defer { start = end }
      guard !(start..<end).contains(where: { taken[$0] }),
        !lexicon.list(.notASuffix).contains(text[start..<end]),
        !(start..<end).contains(where: { position in
          lexicon.list(.notASuffix).containsWord(in: text, at: position) { position + $0 > end }
        })
      else { continue }
      let overlapping = mentions.indices.filter {
        mentions[$0].visibility != .dropped && mentions[$0].start < end && mentions[$0].end > start
      }
      // Read already (a county-level city as a City, which readCountyCities settles), or part
      // of a longer name (某县委, 某市某局): nothing to mend. Read whole as another kind (下花园区
      // as a garden's Place, the prefecture-level 喀什地区 as a District) is mended.
      guard
        !overlapping.contains(where: {
          mentions[$0].start < start || mentions[$0].end > end
            || (mentions[$0].start == start && mentions[$0].end == end
              && [className, .city].contains(mentions[$0].className))
        })
      else { continue }
      for index in overlapping { mentions[index].visibility = .dropped }
      let container = visibleMention(endingAt: start).flatMap { mentions[$0].isPlace ? $0 : nil }
      _ = addMention(
        Mention(
          start: start, end: end, className: className, name: string(start..<end),
          container: container, via: "suffix"))
    }
  }

  /// The longest full name of the country's lists starting at `start`, three characters or more.
  // NB: the three lists asked by three calls, not over an array of (list, class) pairs: the
  // array literal was built and destroyed at every position that may begin a name (2/3 of this
  // function's cost), and a static one still cost a retain of each pair's String per position.
  private func wholeKnownDivision(at start: Int) -> (end: Int, className: EntityClass)? {
    var best: (end: Int, className: EntityClass)?
    func consider(_ list: Lexicon.ListName, _ className: EntityClass) {
      guard let word = lexicon.list(list).longest(in: text, at: start), word.word.count >= 3,
        start + word.word.count > (best?.end ?? 0)
      else { return }
      best = (start + word.word.count, className)
    }
    consider(.county, .district)
    consider(.countyCity, .district)
    consider(.prefecture, .city)
    return best
  }

  private func mayBeginDivision(at start: Int) -> Bool {
    guard start > 0 else { return true }
    let previous = text[start - 1]
    return !Self.isIdeograph(previous) || Self.leadsBeforeDivision.contains(previous)
      || Self.functionCharacters.contains(previous) || isNameLead(at: start - 1)
      || visibleMention(endingAt: start).map { mentions[$0].isPlace } == true
  }
}
