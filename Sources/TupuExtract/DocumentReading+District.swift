import TupuOntology

extension DocumentReading {
  /// 某县政府召开…, 某县政协: an article that names its district only at the head of a body's
  /// name still names it; the district is an entity and the article's from here on.
  func addDistrictOfBody(to mentions: inout [Mention], text: [Unicode.Scalar]) {
    let levels: Set<Unicode.Scalar> = ["区", "县", "旗"]
    guard
      let body = mentions.first(where: { mention in
        mention.visibility == .entity && mention.className == "Organization" && mention.isBody
          && mention.qualifier.map { $0.count >= 2 && levels.contains($0.unicodeScalars.last!) }
            ?? false
      }), let qualifier = body.qualifier
    else { return }
    let end = body.start + qualifier.unicodeScalars.count
    guard end <= text.count, text[body.start..<end].elementsEqual(qualifier.unicodeScalars),
      !mentions.contains(where: {
        $0.className == "District" && $0.start == body.start && $0.visibility != .dropped
      })
    else { return }
    mentions.append(
      Mention(
        start: body.start, end: end, className: "District", name: qualifier, via: "body-place"))
  }
}
