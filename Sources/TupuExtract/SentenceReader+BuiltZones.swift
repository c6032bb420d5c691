import TupuOntology

extension SentenceReader {
  /// 融入某某自贸区建设, 就某某安置楼建设、…, “某某新城建设”, 关于某湖湿地建设与保护工作情况的报告,
  /// 、某某高速建设及通车准备情况: a zone, new town, wetland, expressway or estate named as what is
  /// being built is a work (the zones ruling), though its name ends in no work's suffix. The name
  /// stands right before 建设 and begins after a list comma, an opening quote mark or a word
  /// that opens it (就, 关于, 融入, 推进); it has a name of its own before its kind word
  /// (新城建设, 全市高速建设 name no work) and 建设 ends it (某新城建设指挥部 is a body's name).
  mutating func readZonesNamedAsBuilt() {
    let kinds = lexicon.list(.builtWorkKind)
    var position = 2
    while position + 1 < text.count {
      defer { position += 1 }
      // NB: one scalar compared at each position; 建 is rare.
      guard text[position] == "建", text[position + 1] == "设",
        let kind = kinds.longest(in: text, endingAt: position),
        endsBuiltWork(after: position + 2), !insideName(position),
        !insideName(position + 1)
      else { continue }
      let kindStart = position - kind.word.count
      guard let start = builtWorkStart(before: kindStart) else { continue }
      let work = start..<position
      guard kindStart - ownNameStart(work) >= 2, !isGenericItem(work),
        mention(exactly: work) == nil,
        !mentions.contains(where: {
          $0.visibility != .dropped
            && ($0.start < work.lowerBound && $0.end > work.lowerBound
              || $0.start < work.upperBound && $0.end > work.upperBound
              || $0.start >= work.lowerBound && $0.end <= work.upperBound && !$0.isDivision)
        })
      else { continue }
      addListedItem(work, className: .project)
    }
  }

  /// Where the name of a work whose kind word begins at `kindStart` begins: after the nearest
  /// list comma, opening quote mark or opening word, two to eight characters back.
  func builtWorkStart(before kindStart: Int) -> Int? {
    let openers = lexicon.list(.builtWorkOpener)
    var start = kindStart - 2
    while start >= 0, kindStart - start <= 8 {
      guard start > 0 else { return nil }
      // After a clause's own start the name may hold the clause's verb (稳妥解决某新城建设中的
      // 问题): only a list comma, a quote mark or an opening word begins it.
      if Self.builtWorkOpenings.contains(text[start - 1]) { return start }
      if openers.longest(in: text, endingAt: start) != nil { return start }
      // Punctuation inside the span: no name runs through it.
      if Self.builtWorkEdges.contains(text[start]) || ListReader.isClauseEnd(text[start]) {
        return nil
      }
      start -= 1
    }
    return nil
  }

  /// Whether what follows 建设 at `position` ends the work's name: the clause or list goes on
  /// (、, ”, 及, 与), or what of the building is said (情况, 工作, 进程, 管理, 中).
  func endsBuiltWork(after position: Int) -> Bool {
    guard position < text.count else { return true }
    let next = text[position]
    if ListReader.isClauseEnd(next) || Self.builtWorkEdges.contains(next) { return true }
    return Self.builtWorkTails.contains { starts($0, at: position) }
  }

  static let builtWorkEdges = ScalarChoice("、“”‘’《》（）()「」。；".unicodeScalars)
  static let builtWorkOpenings = ScalarChoice("、“‘《（(「".unicodeScalars)
  static let builtWorkTails = [
    "及", "与", "和", "情况", "工作", "进程", "进度", "管理", "有关", "相关", "中", "的", "等", "以来", "步伐",
  ]
}
