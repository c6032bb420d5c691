import TupuOntology

/// 会议由甲主持, 由甲、乙分别主持: whoever 由 names before 主持 is a person, written with or
/// without a post (a chair named bare is a Person; one named elsewhere with a post is read there).
extension SentenceReader {
  mutating func readChairsNamedAfterBy() {
    var index = 0
    while index + 4 < text.count {
      defer { index += 1 }
      guard text[index] == "由",
        let cue = chairCue(after: index + 1) ?? presidingCue(after: index + 1)
      else { continue }
      // 执行主席由县政协主席甲担任: 由 is the frame's, never a surname read after the post 主席.
      taken[index] = true
      var names: [Range<Int>] = []
      var start = index + 1
      for position in (index + 1)...cue where position == cue || text[position] == "、" {
        let part = start..<position
        guard part.count >= 2, !part.contains(where: { taken[$0] }), !startsPost(at: start),
          nameLength(at: start) == part.count
        else {
          names = []
          break
        }
        names.append(part)
        start = position + 1
      }
      for name in names { _ = personMention(name, official: false, via: "chair-name") }
    }
  }

  /// 执行主席由甲、乙担任: where the names after 由 end, before 担任.
  private func presidingCue(after start: Int) -> Int? {
    guard SentenceRelations.presidingPosts.contains(where: { ends($0, at: start - 1) }) else {
      return nil
    }
    for end in (start + 2)...min(text.count - 2, start + 16) {
      guard Self.isIdeograph(text[end - 1]) || text[end - 1] == "、" else { return nil }
      if starts("担任", at: end) { return end }
    }
    return nil
  }

  /// Where the names after 由 end: before 主持 (or 分别主持, 共同主持), within a short list.
  private func chairCue(after start: Int) -> Int? {
    for end in (start + 2)...min(text.count - 2, start + 12) {
      guard Self.isIdeograph(text[end - 1]) || text[end - 1] == "、" else { return nil }
      for adverb in ["分别", "共同", ""] where starts(adverb + "主持", at: end) {
        return end
      }
    }
    return nil
  }
}
