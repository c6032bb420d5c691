extension SentenceReader {
  /// 某乡代表活动室, 某中心会议室, 某区便民服务大厅: a room or hall of a body's premises is no work,
  /// whatever a visit's words say of it (察看…活动室建设情况 is of its fitting out): a hall its
  /// suffix reads as a place stays one; a meeting or office room is no entity (as a meeting's
  /// room is none).
  mutating func dropRoomsAsWorks() {
    for index in mentions.indices
    where mentions[index].className == "Project" && mentions[index].visibility != .dropped {
      let end = mentions[index].end
      // NB: every room and hall ends in 室 or 厅; the words are matched only after that test.
      guard end >= 1, end <= text.count, text[end - 1] == "室" || text[end - 1] == "厅" else {
        continue
      }
      if Self.officeRooms.contains(where: { ends($0, at: end) }) {
        mentions[index].visibility = .dropped
      } else if Self.halls.contains(where: { ends($0, at: end) }) {
        mentions[index].className = "Place"
      }
    }
  }

  static let officeRooms = ["会议室", "办公室", "接待室", "值班室"]
  static let halls = ["活动室", "服务大厅", "办事大厅", "阅览室", "调解室"]
}
