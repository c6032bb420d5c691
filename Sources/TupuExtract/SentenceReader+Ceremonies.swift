/// Ceremonies of investment and works in the forms local news writes them: where they are held.
extension SentenceReader {
  /// 某签约仪式在某国际会展中心举行: a signing is held at a standing hall or park, so the venue
  /// its suffix read as a work (中心, 产业园) is a place. Not a groundbreaking's or an opening's
  /// venue: that ceremony is held at the works it starts (某项目开工仪式在某公园举行).
  mutating func readSigningVenues() {
    guard mentions.contains(where: {
      $0.className == .meeting && $0.visibility == .entity && ExactText.holds($0.name, "签约")
    }) else { return }
    let works = ["项目", "工程", "现场", "工地"]
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].via == "suffix"
      && mentions[index].visibility == .entity && mentions[index].start > 0
      && text[mentions[index].start - 1] == "在"
      && !works.contains(where: { ExactText.ends(mentions[index].name, with: $0) })
    {
      var position = mentions[index].end
      if let manner = ["隆重", "正式", "成功"].first(where: { starts($0, at: position) }) {
        position += manner.unicodeScalars.count
      }
      guard ["举行", "举办", "召开"].contains(where: { starts($0, at: position) }) else { continue }
      mentions[index].className = .place
    }
  }
}
