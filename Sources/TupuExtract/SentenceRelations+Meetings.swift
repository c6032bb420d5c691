import TupuOntology

extension SentenceRelations {
  /// 主持召开重点项目调度会。…参加调度会: the kind word the article's meeting is named with,
  /// written alone at a clause's end, is that meeting again.
  func isOwnKind(at position: Int, of meeting: String) -> Bool {
    guard let kind = lexicon.list(.meetingSuffix).longest(in: text, at: position) else {
      return false
    }
    var word = ""
    word.unicodeScalars.append(contentsOf: text[position..<(position + kind.word.count)])
    let end = position + kind.word.count
    guard end == text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并" else {
      return false
    }
    return meeting.hasSuffix(word) && meeting.count > word.count
  }
}
