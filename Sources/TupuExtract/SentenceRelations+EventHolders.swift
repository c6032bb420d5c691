import TupuGraph
import TupuOntology

extension SentenceRelations {
  /// A donation's event, named after the verb that holds it (举行捐赠仪式, 开展爱心捐赠活动).
  static let donationEvents = [
    "捐赠仪式", "捐赠活动", "捐款活动", "捐款仪式", "捐助仪式", "捐助活动", "捐资仪式", "捐赠会",
  ]
  static let holdingVerbs = ["举行了", "举行", "开展了", "开展", "举办了", "举办"]

  /// 某村举行了一场捐赠仪式，甲将现金交到…; 某村开展爱心捐赠活动，甲带头捐款: the place (or school,
  /// hospital; not a body) that holds a donation's event before `end`, right before the verb
  /// that holds it; it receives the gifts of the sentence that name no recipient. Nil when no
  /// such event is held there.
  func donationEventHolder(before end: Int) -> String? {
    var position = 0
    while position < end {
      defer { position += 1 }
      guard text[position] == "捐", Self.donationEvents.contains(where: { starts($0, at: position) })
      else { continue }
      // The verb stands in the event's clause, a few words before it (举行了一场小规模捐赠仪式).
      let clause = clauseStart(before: position)
      for verbAt in stride(from: position - 2, through: max(clause, position - 24), by: -1) {
        guard let verb = Self.holdingVerbs.first(where: { starts($0, at: verbAt) }),
          verbAt + verb.unicodeScalars.count <= position
        else { continue }
        let holder = entities.last(where: {
          $0.mention.end == verbAt && !$0.mention.isBody
            && ["Community", "Street", "District", "Place", "Organization"].contains($0.className)
        })
        return holder.flatMap { innermost($0)?.name ?? $0.name }
      }
    }
    return nil
  }
}
