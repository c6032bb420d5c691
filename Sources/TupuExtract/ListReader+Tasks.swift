import TupuOntology

extension ListReader {
  /// 梳理A、B等领域的重大项目, 就A、B、C等工作进行安排部署: a list closed by 等 and a word for
  /// fields (领域, 方面) names none of the works; one closed by a word for tasks (工作, 任务)
  /// names works only where some item's name says it is one (A整治、B公园等工作).
  func listsTasks(_ items: [Range<Int>], closer: Range<Int>) -> Bool {
    guard let first = closer.first, text[first] == "等", first + 1 < text.count,
      lexicon.list(.listTopics).longest(in: text, at: first + 1) != nil
    else { return false }
    if ["领域", "方面"].contains(where: { starts($0, at: first + 1) }) { return true }
    let work = lexicon.list(.workWord)
    return !items.contains { item in item.contains { work.longest(in: text, at: $0) != nil } }
  }
}
