extension SentenceReader {
  /// 某县图书馆新馆开馆, 某区博物馆某街总馆: a hall-keeping institution (its name ends in 馆)
  /// written right before 新馆 (or a short site name and 总馆 or 分馆) names one of its buildings,
  /// a Place standing in the place its name begins with (Rulings: places inside names, zones and
  /// facilities), named from that place on (某市某县图书馆新馆 is 某县图书馆新馆). The institution
  /// is read inside the building's name, no node of its own there; written alone elsewhere it
  /// stays an Organization.
  mutating func readInstitutionsNewBuildings() {
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].visibility == .entity {
      let body = mentions[index]
      guard body.end - body.start >= 4, body.end <= text.count, text[body.end - 1] == "馆",
        let end = buildingEnd(after: body.end)
      else { continue }
      // 某县图书馆: only an institution named with its place (a bare 图书馆新馆 is the kind's); the
      // innermost place its name holds.
      guard
        let container = mentions.indices.filter({
          mentions[$0].isDivision && mentions[$0].visibility != .dropped
            && mentions[$0].start >= body.start && mentions[$0].end < body.end
        }).max(by: { mentions[$0].end < mentions[$1].end }),
        !mentions.contains(where: {
          $0.visibility == .entity && $0.start <= body.start && $0.end >= end
            && !($0.start == body.start && $0.end == body.end)
        })
      else { continue }
      // 某省某市某县图书馆某街总馆: the building is named from the place that holds it.
      let range = mentions[container].start..<end
      mentions[index].visibility = .hidden
      for position in range { taken[position] = true }
      _ = addMention(
        Mention(
          start: range.lowerBound, end: range.upperBound, className: .place,
          name: string(range), container: container, via: "new-building"))
    }
  }

  /// Where the building's word after an institution's name at `end` ends: 新馆 right after it,
  /// or 总馆 or 分馆 after at most four characters of a site's name (某街总馆).
  func buildingEnd(after end: Int) -> Int? {
    if starts("新馆", at: end) { return end + 2 }
    var position = end
    while position < min(text.count, end + 5) {
      // 图书馆总分馆制: the system of a main hall and its branches, no building.
      if starts("总分馆", at: position) { return nil }
      if starts("总馆", at: position) || starts("分馆", at: position) { return position + 2 }
      guard Self.isIdeograph(text[position]), !Self.buildingJoiners.contains(text[position]) else {
        return nil
      }
      position += 1
    }
    return nil
  }

  /// Words that join or relate, so no site's name (图书馆和总馆, 文化馆的分馆).
  static let buildingJoiners = ScalarChoice("的和与及在为是".unicodeScalars)
}
