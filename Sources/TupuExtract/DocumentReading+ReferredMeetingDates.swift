import TupuOntology
import TupuText

/// 县人大常委会第十次会议召开 (headline) / 6月5日，会议听取了…: the story's first dated sentence
/// speaks of the headline's meeting as 会议 (会上, 大会, 本次会议) right after its opening day.
extension DocumentReading {
  /// Whether `date` opens the sentence (before its first comma) and the clause after it begins
  /// with a word that refers back to the article's meeting.
  func refersBack(_ text: [Unicode.Scalar], opening date: DateMention) -> Bool {
    guard date.date != nil,
      let comma = text.firstIndex(where: { $0 == "，" || $0 == "," }), date.end <= comma
    else { return false }
    return Self.referringWords.contains { DocumentDates.matches(text, $0, at: comma + 1) }
  }

  static let referringWords = ["会议", "会上", "大会", "本次会议", "此次会议", "全会"]
}
