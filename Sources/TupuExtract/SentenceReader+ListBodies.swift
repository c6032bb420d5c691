import TupuOntology

extension SentenceReader {
  /// Bodies a list names once for all its items: 某县委、人大、政府、政协 (the bare bodies after
  /// the first are the same place's), 甲镇、乙镇、丙镇人大主席 (each town has the last one's body).
  mutating func shareBodies(_ enumeration: Enumeration) {
    guard enumeration.items.count >= 2 else { return }
    shareBodyPlace(enumeration)
    shareBodyOfLast(enumeration)
    readUnknownListedBodies(enumeration)
  }

  /// 县发改委、教育局、水利局、某开办的负责同志; 区发改委、市某某院、区住建局等单位: an item of a
  /// list of bodies whose kind word we do not know is a body when it is written as one — an
  /// optional place or level word, two characters or more of its own, and an organ's final word
  /// (办, 委, 局, 院, 中心, or a body's kind word read too short or too bare elsewhere). The list
  /// must name two bodies or more of its own (firms, schools and hospitals do not count) and no
  /// person, and be no list of a visit's sites. Items that say "each, related,
  /// directly under" (各, 相关, 有关, 其他, 直属, 区直) or hold a function word name no body.
  mutating func readUnknownListedBodies(_ enumeration: Enumeration) {
    // 先后来到A、B、某某中心: a visit's sites are places and works, not units.
    guard enumeration.items.count >= 3, enumeration.frame != .sites, enumeration.frame != .visit
    else { return }
    var bodies = 0
    for item in enumeration.items {
      guard let same = mention(exactly: item) else { continue }
      if mentions[same].isPerson { return }
      // Bodies, not firms, schools or hospitals (某医院、某幼儿园、文体中心等工作: works).
      if mentions[same].className == .organization, mentions[same].isBody,
        mentions[same].visibility == .entity
      {
        bodies += 1
      }
    }
    guard bodies >= 2 else { return }
    for item in enumeration.items where mention(exactly: item) == nil {
      // The places the item's name begins with (某区某某中心): the body is named with them.
      let (place, own) = leadingPlaces(from: item.lowerBound, before: item.upperBound)
      let ownRange = own..<item.upperBound
      guard ownRange.count >= 3, ownRange.count <= 12, isFree(ownRange),
        let finalLength = organFinalLength(endingAt: ownRange.upperBound)
      else { continue }
      var core = ownRange.lowerBound..<(ownRange.upperBound - finalLength)
      var bareLevel: String?
      if place == nil, let first = core.first, Self.listedBodyLevels.contains(text[first]) {
        bareLevel = String(text[first])
        core = (first + 1)..<core.upperBound
      }
      if place == nil, levelsWrittenTogether(at: ownRange.lowerBound) { continue }
      // 区某某办 written with its level alone: left unread (measured: one false body on the blind
      // set against three right ones on read sets); an office named bare (某开办) or with its
      // place is read.
      if place == nil, bareLevel != nil, text[ownRange.upperBound - 1] == "办" { continue }
      guard core.count >= 2, !isNoListedBodyName(core) else { continue }
      addUnknownBody(item, place: place, bareLevel: bareLevel, via: "list-unknown-body")
    }
  }

  /// 某区某某办副主任, 省某某厅副厅长, 某市某某服务中心主任: the words right before a post (`own`)
  /// name a body whose kind word we do not know when they are written as one — a place read
  /// right before them (a city, district or street) or a level word after a boundary, two
  /// characters of their own or more, and an organ's final word (办, 委, 局, 院, 中心, a body's
  /// kind word; also 厅 with a province's level). No function word, verb or 各/直/两/有关 inside;
  /// an office written with its level alone (区某某办) stays unread, as in lists (measured).
  mutating func readUnknownBodyBeforePost(_ own: Range<Int>) -> Int? {
    // 某区某某办: the places the words begin with, else a place read right before them.
    let (leading, ownStart) = leadingPlaces(from: own.lowerBound, before: own.upperBound)
    let place =
      leading
      ?? visibleMention(endingAt: own.lowerBound).flatMap {
        Self.bodyPlaceClasses.contains(mentions[$0].className) ? $0 : nil
      }
    let own = ownStart..<own.upperBound
    guard own.count >= 3, own.count <= 12, isFree(own) else { return nil }
    var bareLevel: String?
    var core = own
    if place == nil {
      // A level word after a boundary: nothing read or written right before it.
      guard let first = own.first, Self.listedBodyLevels.contains(text[first]),
        first == 0 || !Self.isIdeograph(text[first - 1]) || taken[first - 1],
        !levelsWrittenTogether(at: first)
      else { return nil }
      bareLevel = String(text[first])
      core = (first + 1)..<own.upperBound
    }
    let last = text[own.upperBound - 1]
    let finalLength: Int
    if let organ = organFinalLength(endingAt: own.upperBound) {
      finalLength = organ
    } else if last == "厅", bareLevel == "省" || place.map({ ExactText.ends(mentions[$0].name, with: "省") }) == true {
      finalLength = 1
    } else {
      return nil
    }
    if bareLevel != nil, last == "办" { return nil }
    core = core.lowerBound..<(own.upperBound - finalLength)
    guard core.count >= 2, !isNoListedBodyName(core),
      !core.contains(where: { lexicon.list(.stop).longestLength(in: text, at: $0) != nil })
    else { return nil }
    let start = place.map { mentions[$0].start } ?? own.lowerBound
    return addUnknownBody(
      start..<own.upperBound, place: place, bareLevel: bareLevel, via: "post-unknown-body")
  }

  /// The places (a city, district or street) that words from `start` begin with, as the scan
  /// read them (某区某镇某某办): the last of them, and where the words of the body's own begin.
  func leadingPlaces(from start: Int, before end: Int) -> (place: Int?, ownStart: Int) {
    var place: Int?
    var ownStart = start
    while let next = mentions.indices.last(where: {
      mentions[$0].start == ownStart && mentions[$0].end < end
        && mentions[$0].visibility != .dropped
        && Self.bodyPlaceClasses.contains(mentions[$0].className)
    }) {
      place = next
      ownStart = mentions[next].end
    }
    return (place, ownStart)
  }

  /// 乡镇纪委, 镇村两委: levels written together at `first` name every place's body, no one body.
  func levelsWrittenTogether(at first: Int) -> Bool {
    Self.listedBodyLevels.contains(text[first])
      && (Self.listedBodyLevels.contains(text[first + 1]) || text[first + 1] == "村")
  }

  /// A body whose kind word we do not know, named over `range` (with `place` the place it is
  /// written with, which it then holds inside its name).
  @discardableResult
  mutating func addUnknownBody(
    _ range: Range<Int>, place: Int?, bareLevel: String?, via: String
  ) -> Int {
    var body = Mention(
      start: range.lowerBound, end: range.upperBound, className: .organization,
      name: string(range), via: via)
    body.bareLevel = bareLevel
    if let place {
      body.qualifier = mentions[place].name
      if !staysVisibleInsideBody(mentions[place]) { mentions[place].visibility = .hidden }
    }
    body.isBody = true
    return addMention(body)
  }

  static let listedBodyLevels: ScalarChoice = ["区", "县", "市", "省", "镇", "乡"]
  static let bodyPlaceClasses: EntityClassSet = [.city, .district, .street]
  static let organFinals: ScalarChoice = ["办", "委", "局", "院"]
  /// Characters no body's own name holds in a list (each, related, function words).
  static let noListedBodyCharacters: ScalarChoice = [
    "各", "的", "等", "了", "在", "与", "及", "或", "并", "这", "该", "其", "直", "些", "两",
  ]
  static let noListedBodyStarts: WordSet = ["相关", "有关", "其他", "其它", "所属", "下属"]

  /// How many characters of an organ's final word end at `end`: 办, 委, 局, 院, 中心, or else a
  /// body's kind word of the suffix table (管委会).
  func organFinalLength(endingAt end: Int) -> Int? {
    guard end >= 2 else { return nil }
    if Self.organFinals.contains(text[end - 1]) { return 1 }
    if text[end - 2] == "中", text[end - 1] == "心" { return 2 }
    if let suffix = lexicon.suffixes.longest(in: text, endingAt: end),
      suffix.payload.className == .organization, suffix.payload.kind == .body
    {
      return suffix.word.count
    }
    return nil
  }

  /// Whether a listed item's own characters (after its level) say it is no one body: a function
  /// word or 各/直/两 inside (区直, 村两委), a 和 at either end, or a "related / other" opening.
  func isNoListedBodyName(_ core: Range<Int>) -> Bool {
    if core.contains(where: { Self.noListedBodyCharacters.contains(text[$0]) }) { return true }
    if let first = core.first, text[first] == "和" || text[core.upperBound - 1] == "和" {
      return true
    }
    return core.count >= 2
      && Self.noListedBodyStarts.contains(string(core.lowerBound..<(core.lowerBound + 2)))
  }

  /// 某县委、人大、政府、政协: an item that is a body of the first item's level when that level
  /// is written before it (县 + 人大) is that body of the first item's place.
  mutating func shareBodyPlace(_ enumeration: Enumeration) {
    guard let first = enumeration.items.first,
      mentions.contains(where: {
        $0.visibility != .dropped && $0.isBody && $0.start == first.lowerBound
          && $0.end == first.upperBound
      }),
      let body = lexicon.bodies.longest(in: text, endingAt: first.upperBound),
      body.payload.level != "nation", let level = body.word.first
    else { return }
    let place = string(first.lowerBound..<(first.upperBound - body.word.count))
    for item in enumeration.items.dropFirst() where isFree(item) {
      let bare = [level] + Array(text[item])
      guard lexicon.bodies.contains(ArraySlice(bare)) else { continue }
      let word = ScalarString.make(bare[...])
      var mention = Mention(
        start: item.lowerBound, end: item.upperBound, className: .organization,
        name: place + word, via: "list-body")
      if place.isEmpty {
        mention.bareLevel = body.payload.level
      } else {
        mention.qualifier = place + String(level)
      }
      mention.isBody = true
      _ = addMention(mention)
    }
  }

  /// 甲镇、乙镇、丙镇人大主席: the earlier items are divisions of the kind the last item begins
  /// with, and each has the body the last item names after it.
  mutating func shareBodyOfLast(_ enumeration: Enumeration) {
    // The last item may run on into the post of its body (丙镇人大主席).
    guard let item = enumeration.items.last,
      let named = mentions.last(where: {
        $0.visibility != .dropped && $0.isBody && $0.start == item.lowerBound
          && $0.end <= item.upperBound
      })
    else { return }
    let last = named.start..<named.end
    let earlier = enumeration.items.dropLast()
    guard let kind = earlier.first.flatMap({ $0.last.map { text[$0] } }),
      earlier.allSatisfy({ item in
        item.last.map { text[$0] } == kind
          && mentions.contains {
            $0.visibility == .entity && $0.isDivision && $0.start == item.lowerBound
              && $0.end == item.upperBound
          }
      }),
      let split = (last.lowerBound + 2..<last.upperBound).first(where: { text[$0 - 1] == kind })
    else { return }
    let bodyWord = string(split..<last.upperBound)
    guard
      lexicon.bodies.contains(String(kind) + bodyWord)
        || lexicon.suffixes.longest(in: text, endingAt: last.upperBound).map({
          $0.payload.kind == .body && $0.word.count == last.upperBound - split
        }) ?? false
    else { return }
    for item in earlier {
      var mention = Mention(
        start: item.lowerBound, end: item.upperBound, className: .organization,
        name: string(item) + bodyWord, via: "list-body")
      mention.qualifier = string(item)
      mention.isBody = true
      _ = addMention(mention)
    }
  }

  /// Whether no visible mention or masked character lies in `item`.
  func isFree(_ item: Range<Int>) -> Bool {
    item.allSatisfy { Self.isIdeograph(text[$0]) && !taken[$0] }
      && !mentions.contains {
        $0.visibility != .dropped && $0.start < item.upperBound && $0.end > item.lowerBound
      }
  }
}
