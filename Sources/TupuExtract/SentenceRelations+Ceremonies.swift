import TupuOntology

/// Ceremonies of investment and works (签约仪式, 开工仪式, 竣工投产活动) in the forms local news
/// writes them.
extension SentenceRelations {
  /// 举行该县第二批重点项目集中开工仪式: where a name begins once the pointer back to the
  /// article's own division (该县, 本区), no part of the name, is passed.
  func pastOwnDivisionPointer(_ index: Int) -> Int {
    let pointers = ["该县", "该区", "该市", "该镇", "该乡", "本县", "本区", "本市", "本镇", "本乡"]
    guard let pointer = pointers.first(where: { starts($0, at: index) }) else { return index }
    return index + pointer.unicodeScalars.count
  }
}

extension SentenceRelations {
  /// 某县春季项目签约暨招商大会召开…甲、乙参加签约大会: a short word at a clause's end, made of
  /// a few words the meeting's name holds and the kind word it ends with, is that meeting again.
  func isContractedName(at position: Int, of meeting: String) -> Bool {
    var end = position
    while end < text.count, end - position <= 8, SentenceReader.isIdeograph(text[end]),
      text[end] != "并"
    {
      end += 1
    }
    guard end == text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并" else {
      return false
    }
    let kinds = [Lexicon.ListName.meetingSuffix, .eventKind].compactMap {
      lexicon.list($0).longest(in: text, endingAt: end)?.word.count
    }
    guard let kind = kinds.max(), end - kind - position >= 2 else { return false }
    let word = ScalarString.make(text[position..<end])
    let head = ScalarString.make(text[position..<(end - kind)])
    let ending = String(word.unicodeScalars.suffix(kind))
    guard ExactText.ends(meeting, with: ending), meeting != word else { return false }
    let body = String(meeting.unicodeScalars.dropLast(kind))
    return body.contains(head)
  }
}

extension SentenceRelations {
  /// 县委常委甲介绍全县项目情况，县人大常委会主任乙，副县长丙等出席开工仪式: one whose own clause
  /// goes on with what that one does, and closes before the attending cue, is no attendee the
  /// cue lists.
  func actsInOwnClause(_ mention: Mention, before cue: Int) -> Bool {
    let clauseClose: ScalarChoice = ["，", ",", "；", ";"]
    guard let close = (mention.end..<cue).first(where: { clauseClose.contains(text[$0]) }),
      close > mention.end, SentenceReader.isIdeograph(text[mention.end])
    else { return false }
    let joins = ["等", "同志", "和", "及", "与", "一行", "率", "带"]
    if joins.contains(where: { starts($0, at: mention.end) }) { return false }
    // Another person in the stretch: a list of names, read as written.
    return !entities.contains {
      isPerson($0.className) && $0.mention.start >= mention.end && $0.mention.end <= close
    }
  }
}
