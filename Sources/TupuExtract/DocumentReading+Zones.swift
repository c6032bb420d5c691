extension DocumentReading {
  /// 某产业园区党工委书记, 某经济开发区管委会主任: the zone written in full at the head of its
  /// own body's name is a place of the article too (the ruling on places inside names; zones
  /// are places), though only the body is named on its own.
  func addZonesOfBodies(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let zones = SentenceReader.bodyZoneWords
    for body in mentions.indices
    where mentions[body].className == .organization && mentions[body].visibility == .entity {
      let name = mentions[body].name
      // NB: every body suffix below ends in 委 or 会; most bodies end otherwise and cost no search.
      guard let last = name.unicodeScalars.last, last == "委" || last == "会" else { continue }
      // NB: the zone sought among the name's scalars (a String search goes through Foundation).
      let scalars = Array(name.unicodeScalars)
      guard let (zone, zoneStart) = Self.firstZone(zones, in: scalars), zoneStart > 0,
        ["党工委", "管委会", "管理委员会", "工委"].contains(
          ScalarString.make(scalars[(zoneStart + zone.unicodeScalars.count)...]))
      else { continue }
      let zoneName = ScalarString.make(scalars[..<(zoneStart + zone.unicodeScalars.count)])
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
        Mention(start: start, end: end, className: .place, name: zoneName, via: "body-zone"))
    }
  }

  /// The first of `zones` (in their order) written in `name`, and where it first starts.
  static func firstZone(_ zones: [String], in name: [Unicode.Scalar]) -> (String, Int)? {
    for zone in zones {
      let wanted = Array(zone.unicodeScalars)
      guard name.count >= wanted.count else { continue }
      for start in 0...(name.count - wanted.count)
      where name[start..<(start + wanted.count)].elementsEqual(wanted) {
        return (zone, start)
      }
    }
    return nil
  }
}

extension SentenceReader {
  /// The kinds of zone that have a party working committee (党工委, 工委) and a managing committee
  /// of their own, longest first.
  static let bodyZoneWords = [
    "经济技术开发区", "经济开发区", "开发区", "产业园区", "工业园区", "产业园", "工业园", "高新区", "经开区",
  ]

  /// 某经济开发区党工委委员某某, 某某服务业产业园工委书记某某: a party post of a zone written
  /// right after the zone (read as a place, or as a work when it ends in 产业园) names the zone's
  /// committee, a body of its own; the zone stays a place of the article (addZonesOfBodies).
  mutating func zoneBodyOfPost(_ title: String, at index: Int) -> Int? {
    guard let implied = ["党工委", "工委"].first(where: { ExactText.starts(title, with: $0) }),
      let previous = visibleMention(endingAt: index),
      mentions[previous].className == .place || mentions[previous].className == .project,
      Self.bodyZoneWords.contains(where: { ExactText.ends(mentions[previous].name, with: $0) })
    else { return nil }
    let zone = mentions[previous]
    if zone.className == .project {
      mentions[previous].visibility = .dropped
    } else if !staysVisibleInsideBody(zone) {
      mentions[previous].visibility = .hidden
    }
    var body = Mention(
      start: zone.start, end: index, className: .organization, name: zone.name + implied,
      via: "post-body")
    body.isBody = true
    return addMention(body)
  }
}
