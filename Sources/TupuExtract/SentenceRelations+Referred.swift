import TupuOntology

extension SentenceRelations {
  /// 向该镇中心卫生院捐赠: a reference to a place (该镇, 本村) that runs on into more name
  /// characters names what those characters are (the town's 中心卫生院), not the place. Returns
  /// nil when no reference stands at `index`, or the reference ends right at `end`; otherwise the
  /// article's earlier school, hospital or body whose name ends with the characters after the
  /// reference (and begins with the place, when the place is known), or "" when none is named.
  func recipientNamedAfterReference(at index: Int, before end: Int) -> String? {
    let words = [lexicon.list(.hereStreet), lexicon.list(.hereCommunity)]
    guard let word = words.compactMap({ $0.longest(in: text, at: index) }).max(by: {
      $0.word.count < $1.word.count
    }), text[index] == "该" || text[index] == "本" || text[index] == "我"
    else { return nil }
    let rest = index + word.word.count
    guard rest + 2 <= end, (rest..<end).allSatisfy({ SentenceReader.isIdeograph(text[$0]) })
    else { return nil }
    let tail = String(String.UnicodeScalarView(text[rest..<end]))
    let place = hereRecipient(at: index) ?? referent(at: index)?.name
    func fits(_ entity: (name: String, className: EntityClass)) -> Bool {
      entity.className == .organization && ExactText.ends(entity.name, with: tail)
        && entity.name.count > tail.count
        && place.map { ExactText.starts(entity.name, with: $0) } ?? true
    }
    if let here = entities.last(where: {
      $0.mention.end <= index && fits(($0.name, $0.className))
    }) {
      return here.name
    }
    for read in reading.sentences
    where read.article == sentence.article && (read.index < sentence.index) {
      for mention in read.mentions {
        if let entity = reading.entity(mention), fits(entity) { return entity.name }
      }
    }
    return ""
  }

  /// 捐献给某县卫健局下属单位…: a place that only begins a body's name (某县 of 某县卫健局)
  /// receives nothing itself.
  func headsBody(_ place: SentenceEntity) -> Bool {
    entities.contains {
      $0.className == .organization && $0.mention.isBody
        && $0.mention.start == place.mention.start && $0.mention.end > place.mention.end
    }
  }

  /// 给某县新建某幼儿园: past the places after `start` and a verb of building, the work or
  /// school being built; nil when no verb of building follows the places.
  func builtAfterPlaces(from start: Int) -> String? {
    var position = start
    while let place = firstEntity(where: {
      $0.mention.start == position && $0.mention.isDivision
    }) {
      position = place.mention.end
    }
    guard position > start,
      let verb = Self.builtVerbs.first(where: { starts($0, at: position) })
    else { return nil }
    position += verb.unicodeScalars.count
    let built = firstEntity(where: {
      $0.mention.start == position && Self.recipientClasses.contains($0.className)
        && !$0.mention.isBody
    })
    return built.map { (innermost($0) ?? $0).name }
  }

  /// 由某公司, 由乡贤某某: the giver stands after 由, or after 由 and the words that say who
  /// the giver is (乡贤, 爱心企业), with no other name between.
  func isAfterBy(_ start: Int) -> Bool {
    var position = start - 1
    while position >= 0, start - position <= 5, SentenceReader.isIdeograph(text[position]) {
      if text[position] == "由" {
        // 由于 (because) is no 由.
        if position + 1 < start, text[position + 1] == "于" { return false }
        return !entities.contains { $0.mention.start > position && $0.mention.end <= start }
      }
      position -= 1
    }
    return false
  }

  /// 他捐资…, 她出资…: a clause whose subject is 他 or 她 (the pronoun, then only the time or
  /// amount words before the cue) gives through the person named last, in this sentence or the
  /// article's sentences before it.
  func pronounGiver(clauseStart: Int, before cueStart: Int) -> String? {
    guard
      let pronoun = (clauseStart..<cueStart).first(where: {
        "他她".unicodeScalars.contains(text[$0])
      }),
      !entities.contains(where: { $0.mention.start >= clauseStart && $0.mention.end <= cueStart }),
      pronoun + 1 < text.count, text[pronoun + 1] != "们"
    else { return nil }
    if let person = entities.last(where: { isPerson($0.className) && $0.mention.end <= pronoun }) {
      return person.name
    }
    for read in reading.sentences.reversed()
    where read.article == sentence.article && read.index < sentence.index {
      if let person = read.mentions.compactMap({ reading.entity($0) }).last(where: {
        isPerson($0.className)
      }) {
        return person.name
      }
    }
    return nil
  }

  /// 甲村至乙村段, 甲镇到乙镇: the place a route from `place` runs to, of the same class.
  func routeEnd(after place: SentenceEntity)
    -> SentenceEntity?
  {
    let end = place.mention.end
    guard end + 1 < text.count, "至到—".unicodeScalars.contains(text[end]) else { return nil }
    return firstEntity(where: { $0.mention.start == end + 1 && $0.className == place.className })
  }

  /// 投资开发的, 投资建设的: the cue, a verb of making, then 的.
  func isAttributive(afterCue end: Int) -> Bool {
    var position = end
    for word in ["开发", "建设", "兴建", "建成"] where starts(word, at: position) {
      position += word.unicodeScalars.count
      break
    }
    return position < text.count && text[position] == "的"
  }
}
