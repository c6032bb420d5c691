extension DocumentReading {
  /// 某产业园区党工委书记, 某经济开发区管委会主任: the zone written in full at the head of its
  /// own body's name is a place of the article too (the ruling on places inside names; zones
  /// are places), though only the body is named on its own.
  func addZonesOfBodies(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let zones = ["经济技术开发区", "经济开发区", "开发区", "产业园区", "工业园区", "高新区", "经开区"]
    for body in mentions.indices
    where mentions[body].className == "Organization" && mentions[body].visibility == .entity {
      let name = mentions[body].name
      // NB: every body suffix below ends in 委 or 会; most bodies end otherwise and cost no search.
      guard let last = name.unicodeScalars.last, last == "委" || last == "会",
        let zone = zones.first(where: { name.contains($0) }),
        let range = name.range(of: zone), range.lowerBound != name.startIndex,
        ["党工委", "管委会", "管理委员会", "工委"].contains(String(name[range.upperBound...]))
      else { continue }
      let zoneName = String(name[..<range.upperBound])
      let start = mentions[body].start
      let end = start + zoneName.unicodeScalars.count
      // The body's mention may end where the zone does (某园区|党工委书记: 党工委 is the post's).
      guard zoneName.count >= zone.count + 2, end <= mentions[body].end, end <= text.count,
        text[start..<end].elementsEqual(zoneName.unicodeScalars),
        !mentions.contains(where: {
          $0.start == start && $0.end == end && $0.visibility != .dropped && $0.isPlace
        })
      else { continue }
      mentions.append(
        Mention(start: start, end: end, className: "Place", name: zoneName, via: "body-zone"))
    }
  }
}
