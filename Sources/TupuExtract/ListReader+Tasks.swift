import TupuOntology

extension ListReader {
  /// 梳理A、B等领域的重大项目, 就A、B、C等工作进行安排部署: a list closed by 等 and a word for
  /// fields (领域, 方面) names none of the works; one closed by a word for tasks (工作, 任务)
  /// names works only where some item's name says it is one (A整治、B公园等工作).
  func listsTasks(_ items: [Range<Int>], closer: Range<Int>) -> Bool {
    guard let first = closer.first, text[first] == "等", first + 1 < text.count else {
      return false
    }
    // 研究A、B、C等有关工作, 部署A、B等各项工作: tasks the body is to see to; a work among them is
    // named as one (A项目, B工程).
    if let modifier = Self.taskModifiers.first(where: { starts($0, at: first + 1) }),
      lexicon.list(.listTopics).longest(in: text, at: first + 1 + modifier.unicodeScalars.count)
        != nil
    {
      return !items.contains { namesSite($0) }
    }
    guard lexicon.list(.listTopics).longestLength(in: text, at: first + 1) != nil else { return false }
    if ["领域", "方面"].contains(where: { starts($0, at: first + 1) }) { return true }
    // 研究某学校迁建、某市场改造等事项, 某河整治、某公园等工作: an item's name says it is a work.
    // Building, governing or developing a field (推进高效节水农业建设、基层社会治理等工作) is
    // work on the field, no work; a site's name still makes one (某新区建设).
    let work = lexicon.list(.workWord)
    return !items.contains { item in
      namesSite(item)
        || item.contains { position in
          guard let word = work.longest(in: text, at: position) else { return false }
          return !Self.fieldWorkWords.contains {
            word.word.count == $0.unicodeScalars.count && starts($0, at: position)
          }
        }
    }
  }

  static let fieldWorkWords = ["建设", "治理", "开发"]

  static let taskModifiers = ["有关", "相关", "各项", "各方面", "重点", "主要"]

  /// Whether the item names a work or the place it is done to: it ends in 项目 or 工程, or a
  /// place's, road's or work's suffix ends a name inside it (某公园改造, 某大桥建设; not a
  /// division's, whose level words stand in common words: 文明城市创建).
  func namesSite(_ item: Range<Int>) -> Bool {
    if ends("项目", at: item.upperBound) || ends("工程", at: item.upperBound) { return true }
    return ((item.lowerBound + 2)...item.upperBound).contains { end in
      guard let suffix = lexicon.suffixes.longest(in: text, endingAt: end) else { return false }
      return [.place, .road, .project].contains(suffix.payload.kind)
        && end - suffix.word.count >= item.lowerBound + 1
    }
  }
}
