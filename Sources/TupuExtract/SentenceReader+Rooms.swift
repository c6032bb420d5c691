extension SentenceReader {
  /// 某乡代表活动室, 某中心会议室, 某区便民服务大厅: a room or hall of a body's premises is no work,
  /// whatever a visit's words say of it (察看…活动室建设情况 is of its fitting out): a hall its
  /// suffix reads as a place stays one; a meeting or office room is no entity (as a meeting's
  /// room is none).
  mutating func dropRoomsAsWorks() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility != .dropped {
      let end = mentions[index].end
      // NB: every room and hall ends in 室 or 厅; the words are matched only after that test.
      guard end >= 1, end <= text.count, text[end - 1] == "室" || text[end - 1] == "厅" else {
        continue
      }
      if Self.officeRooms.contains(where: { ends($0, at: end) }) {
        mentions[index].visibility = .dropped
      } else if Self.halls.contains(where: { ends($0, at: end) }) {
        mentions[index].className = .place
      }
    }
  }

  static let officeRooms = ["会议室", "办公室", "接待室", "值班室"]
  static let halls = ["活动室", "服务大厅", "办事大厅", "阅览室", "调解室"]
}

extension SentenceReader {
  /// 内设甲园、多功能厅、乙室等多个厅室, 该馆分为少儿馆、丙区等10余个区域 (counted), 查看监控室、民警办公室、
  /// 办案区等部位: the items of a list that 等 closes with a word for the parts of a building are
  /// its rooms and areas, no body, work or place of their own. Divisions stay (甲镇、乙镇等区域).
  mutating func dropPartsOfBuildings() {
    for close in text.indices where text[close] == "等" {
      var position = close + 1
      while position < text.count, Self.partCountCharacters.contains(text[position]) {
        position += 1
      }
      // 等10余个区域 counts the parts; a bare 等区域 may close a list of sites (甲园、乙厂等区域).
      let counted = (close + 1..<position).contains { text[$0] == "个" }
      guard Self.buildingPartWords.contains(where: { starts($0, at: position) })
        || counted && starts("区域", at: position)
      else { continue }
      var clause = close
      while clause > 0, !Self.clauseMarks.contains(text[clause - 1]) { clause -= 1 }
      for index in mentions.indices
      where mentions[index].visibility == .entity
        && [.organization, .project, .place].contains(mentions[index].className)
      {
        let (start, end) = (mentions[index].start, mentions[index].end)
        guard start >= clause, end <= close, end == close || text[end] == "、" else { continue }
        let listed =
          start == clause || text[start - 1] == "、"
          || Self.partListCues.contains { ends($0, at: start) }
        if listed { mentions[index].visibility = .dropped }
      }
    }
  }

  static let buildingPartWords = ["部位", "厅室", "功能室", "功能区", "功能区域", "功能厅"]
  static let partCountCharacters = ScalarChoice("0123456789一二三四五六七八九十多余个间处".unicodeScalars)
  static let partListCues = ["内设", "设有", "分为", "包括", "设置", "建有", "查看", "察看", "参观"]
  static let clauseMarks = ScalarChoice(",，;；。:：!！?？".unicodeScalars)
}
