extension SentenceReader {
  /// 某区某街道社区服务中心综合楼工程开工仪式, …动员会暨某县某产业园标准化厂房建设项目开工仪式:
  /// the work a groundbreaking or an opening is named after is a Project of its own, written in
  /// full from the ceremony name's start (or from 暨) to the ceremony's word, with the places it
  /// begins with holding it. Not a batch (某地重大项目集中开工仪式, A、B等十个项目开工仪式) and
  /// not where a reading found the work already.
  mutating func readWorksNamingCeremonies() {
    for meeting in mentions.indices
    where mentions[meeting].className == .meeting && mentions[meeting].visibility == .entity {
      let range = mentions[meeting].start..<mentions[meeting].end
      guard range.upperBound <= text.count,
        let kind = Self.workCeremonies.first(where: { ends($0, at: range.upperBound) })
      else { continue }
      let wordStart = range.upperBound - kind.unicodeScalars.count
      var start = range.lowerBound
      if let joiner = (range.lowerBound..<wordStart).last(where: { text[$0] == "暨" }) {
        start = joiner + 1
      }
      let work = start..<wordStart
      guard work.count >= 6, work.count <= 32,
        ends("项目", at: wordStart) || ends("工程", at: wordStart),
        work.allSatisfy({
          Self.isIdeograph(text[$0]) || Self.isDigit(text[$0]) || Self.isLatinLetter(text[$0])
            || "()（）“”·".unicodeScalars.contains(text[$0])
        }),
        !["集中", "一批", "个项目", "项项目", "重点项目", "重大项目"].contains(where: { word in
          work.contains { starts(word, at: $0) }
        }),
        !isGenericProject(work),
        !mentions.contains(where: {
          $0.className == .project && $0.visibility != .dropped && $0.end == wordStart
        })
      else { continue }
      // The places the work's name begins with (某区某街道…): the innermost holds it.
      var container: Int?
      var position = start
      while let next = mentions.indices.last(where: {
        mentions[$0].start == position && mentions[$0].end < wordStart
          && mentions[$0].isDivision && mentions[$0].visibility != .dropped
      }) {
        container = next
        position = mentions[next].end
      }
      _ = addMention(
        Mention(
          start: start, end: wordStart, className: .project, name: string(work),
          container: container, via: "ceremony-work"))
    }
  }

  /// The ceremonies that start, open or complete a work.
  static let workCeremonies = [
    "开工奠基仪式", "开工建设仪式", "竣工投产仪式", "开工仪式", "奠基仪式", "竣工仪式", "落成仪式",
    "开业仪式", "投产仪式", "开工典礼", "奠基典礼", "竣工典礼", "落成典礼",
  ]
}
