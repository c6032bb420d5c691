extension SentenceReader {
  /// 在区政府常务会议室主持召开, 在县委三楼会议室, 在县委党校一楼报告厅, 在某中学六楼会议室: a body,
  /// school or firm named only as the owner of the room a meeting is held in is no mention of it
  /// (a room is no entity either); named elsewhere in the article, it still is one.
  mutating func hideBodiesOwningRooms() {
    for index in mentions.indices
    where mentions[index].className == .organization && mentions[index].visibility == .entity {
      var position = mentions[index].end
      let limit = min(text.count, position + Self.longestRoomQualifier)
      while position < limit, !startsMeetingRoom(at: position) {
        guard Self.isIdeograph(text[position]) || Self.isDigit(text[position]),
          Self.roomQualifierCharacters.contains(text[position])
        else { break }
        position += 1
      }
      guard startsMeetingRoom(at: position) else { continue }
      mentions[index].visibility = .hidden
    }
  }

  /// The rooms meetings are held in.
  static let meetingRooms = ["会议室", "报告厅", "会议厅"]
  /// The first scalars of `meetingRooms`.
  static let meetingRoomStarts = Array(Set(meetingRooms.compactMap(\.unicodeScalars.first)))

  /// Whether one of `meetingRooms` starts at `position`; the words tried only where one of
  /// their first scalars stands.
  func startsMeetingRoom(at position: Int) -> Bool {
    position < text.count && Self.meetingRoomStarts.contains(text[position])
      && Self.meetingRooms.contains(where: { starts($0, at: position) })
  }

  /// What stands between a body and its meeting room: floors, numbers, sizes (区政府六楼会议室,
  /// 县委第一会议室, 区政府常务会议室, 市委大会议室).
  static let roomQualifierCharacters = ScalarChoice(
    "一二三四五六七八九十零0123456789楼层第号大小中常务多功能综合".unicodeScalars)
  static let longestRoomQualifier = 6
}
