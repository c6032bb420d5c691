import TupuOntology

extension SentenceRelations {
  /// Whether a clause frames a site the sentence's visit sees, besides 在…现场: a sentence that
  /// opens on the work's site without 在 (A项目现场，甲询问…; A工地，…).
  ///
  /// (A paragraph opening on the work alone, 在A，甲察看…, was tried as a frame too: on the blind
  /// part it gave one false review and no true one, so it is not read.)
  func isSiteFrame(_ clause: Range<Int>) -> Bool {
    guard clause.lowerBound == 0, clause.count >= 4, text[0] != "在",
      ["现场", "工地"].contains(where: { ends($0, at: clause.upperBound) })
    else { return false }
    return entities.contains { $0.className == .project && $0.mention.start == 0 }
  }
}

extension SentenceRelations {
  /// Whether the visit cue ending at `cueEnd` is named inside a speech's title (总书记考察某地
  /// 重要讲话精神): no visit of this story.
  func isVisitInSpeech(_ cueEnd: Int) -> Bool {
    let speech = lexicon.list(.visitInSpeech)
    let end = clauseEnd(after: cueEnd)
    return (cueEnd..<end).contains { speech.longestLength(in: text, at: $0) != nil }
  }

  /// Whether a remark or a demand stands between a visit's cue and a work: 察看…后强调，要加快A
  /// 项目建设; 调研…，要求加快推进A、B等项目 — the work is asked for, not seen.
  func isRemark(between cue: Int, and work: Int) -> Bool {
    if isDemand(before: work), clauseStart(before: work) > cue { return true }
    let remark = lexicon.list(.visitRemark)
    let speech = lexicon.list(.speech)
    return (cue..<work).contains { position in
      if remark.longestLength(in: text, at: position) != nil { return true }
      // 负责人乙介绍，B项目也将开工: what someone says of a work, no work seen.
      guard let word = speech.longest(in: text, at: position) else { return false }
      let end = position + word.word.count
      return end < work && "，,：:".unicodeScalars.contains(text[end])
    }
  }
}

extension SentenceRelations {
  /// Whether the work is written right after a word of reaching it (到, 到达, 前往), not one that
  /// ends another verb (做到, 达到).
  func isReachedSite(_ work: Mention) -> Bool {
    guard let cue = lexicon.list(.siteCue).longest(in: text, endingAt: work.start) else {
      return false
    }
    let start = work.start - cue.word.count
    if cue.word == Array("到".unicodeScalars), start > 0,
      "做达得受感看听收遇提想找办落直回".unicodeScalars.contains(text[start - 1])
    {
      return false
    }
    return true
  }
}

extension SentenceRelations {
  /// Whether a sentence opening on a work goes on with the reviewers before: an agenda's item
  /// (numbered, or after a meeting's), not a work a visit's story only describes (甲来到A项目…。
  /// B项目总投资3亿元…).
  func isAgendaGoingOn() -> Bool {
    ordinalEnd() > 1 || previousReviewers.contains { reading.classes[ExactText($0)] == .meeting }
  }
}

extension SentenceRelations {
  /// 甲、乙分别带队，深入A、B调研: each leader sees the work in the same place of its list. Keyed
  /// by where each work starts; empty unless 分别 stands before the cue and the lists are as long.
  func pairedReviewers(_ works: [Int], atCue: [(start: Int, agents: [String])]) -> [Int: String] {
    var paired: [Int: String] = [:]
    for (index, cue) in atCue.enumerated() where cue.agents.count > 1 {
      let from = index > 0 ? atCue[index - 1].start : 0
      guard (from..<cue.start).contains(where: { starts("分别", at: $0) }) else { continue }
      let next = index + 1 < atCue.count ? atCue[index + 1].start : text.count
      let seen = works.filter { $0 > cue.start && $0 < next }
      guard seen.count == cue.agents.count else { continue }
      for (work, agent) in zip(seen, cue.agents) { paired[work] = agent }
    }
    return paired
  }
}
