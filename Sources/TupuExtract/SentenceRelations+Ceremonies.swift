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
