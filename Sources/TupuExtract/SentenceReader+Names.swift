import TupuOntology

extension SentenceReader {
  /// The length of the surname starting at `index` (2 for 欧阳), or nil.
  func surnameLength(at index: Int) -> Int? {
    guard isName(index) else { return nil }
    if index + 1 < text.count, lexicon.list(.doubleSurname).contains(text[index..<index + 2]) {
      return 2
    }
    // 主席和执行主席, 代表和人大常委会组成人员, 甲、和乙: 和 after a word or a list comma joins
    // two things; as a surname it would make names of the words after it.
    if text[index] == "和", index > 0, Self.isIdeograph(text[index - 1]) || text[index - 1] == "、" {
      return nil
    }
    return lexicon.list(.surname).contains(text[index..<index + 1]) ? 1 : nil
  }

  /// Whether a word that may follow a name starts at `index` (or the sentence ends there).
  func isNameEnd(_ index: Int) -> Bool {
    if index >= text.count { return true }
    if !Self.isIdeograph(text[index]) || taken[index] { return true }
    // 记者 甲某 乙某某: a space of the original parts the name from the next word.
    if spaceSeparates(at: index) { return true }
    // 某某带来分享, 作者某某某点击: a common verb or adverb of two characters (the leading-word
    // list, general word knowledge) begins after a name as the stop words do.
    for list in [Lexicon.ListName.stop, .speech, .afterNamePerson, .personRole, .meetingSuffix, .leadingWord]
    where lexicon.list(list).longestLength(in: text, at: index) != nil {
      return true
    }
    return lexicon.leaderPosts.longestLength(in: text, at: index) != nil
      || lexicon.roles.longestLength(in: text, at: index) != nil
      || lexicon.afterNamePosts.longestLength(in: text, at: index) != nil
      || lexicon.bodies.longestLength(in: text, at: index) != nil
      || lexicon.groups.longestLength(in: text, at: index) != nil
  }

  /// Whether a word of two or more characters from the stop list starts at `index`, or a
  /// one-character stop word that rarely ends a given name.
  func stopsName(at index: Int) -> Bool {
    if let stop = lexicon.list(.stop).longest(in: text, at: index), stop.word.count >= 2 {
      return true
    }
    return lexicon.list(.speech).longestLength(in: text, at: index) != nil
      || lexicon.list(.afterNamePerson).longestLength(in: text, at: index) != nil
  }

  /// The length of a personal name starting at `index`: surname + one or two characters,
  /// ending where a verb, a post, punctuation or another known word begins.
  func nameLength(at index: Int, strict: Bool = false) -> Int? {
    if let transliterated = transliteratedNameLength(at: index) { return transliterated }
    guard let surname = surnameLength(at: index), !startsCommonWord(at: index) else { return nil }
    if let stop = lexicon.list(.stop).longest(in: text, at: index), stop.word.count >= 2 {
      return nil
    }
    var usable = 0
    for offset in 0..<(surname + 2) {
      let position = index + offset
      guard isName(position) else { break }
      if offset >= surname && stopsName(at: position) { break }
      // 甲某 乙某某: no name runs on across a space once it has its given name.
      if offset > surname && spaceSeparates(at: position) { break }
      usable = offset + 1
    }
    guard usable >= surname + 1 else { return nil }
    // 李大爷, 王阿姨: a form of address, no name; nor 王主任, 李书记, 和常委 (a surname or 和 and
    // a role).
    if lexicon.list(.notNameEnd).longestLength(in: text, at: index + surname) != nil { return nil }
    if lexicon.roles.longestLength(in: text, at: index + surname) != nil { return nil }
    for length in stride(from: usable, through: surname + 1, by: -1) where isNameEnd(index + length) {
      // 某某副区长: a deputy's post begun at the third character (副 of 副区长) is the post's, not
      // the name's. (Only 副: a level word there, 某某县政协委员, is a place's name, no person's.)
      if length == surname + 2, text[index + surname + 1] == "副", startsPostWord(at: index + surname + 1) {
        continue
      }
      // 某某等陪同: a particle after a two-character name is no third character of it.
      // But a particle before a comma or 同志 begins nothing: the character is the name's
      // (局长某某让，; 书记某某让同志讲话).
      if length == surname + 2,
        lexicon.list(.nameParticle).contains(text[index + surname + 1..<index + length]),
        !particleEndsNothing(at: index + length)
      {
        return surname + 1
      }
      return length
    }
    if strict { return nil }
    // No clean end: a third character that is itself a surname more likely starts a new word.
    if usable == surname + 2, surnameLength(at: index + surname + 1) != nil { return surname + 1 }
    return usable
  }

  /// Whether a leader's post or a role of two characters or more (副区长, 主任) starts at `index`.
  func startsPostWord(at index: Int) -> Bool {
    if let post = lexicon.leaderPosts.longest(in: text, at: index), post.word.count >= 2 { return true }
    if let role = lexicon.roles.longest(in: text, at: index), role.word.count >= 2 { return true }
    return false
  }

  /// Whether the text at `index`, just after a one-character particle, leaves it no phrase to
  /// begin: punctuation, the sentence's end or 同志 (等 still ends a list there: 甲、乙等，).
  func particleEndsNothing(at index: Int) -> Bool {
    guard text[index - 1] != "等" else { return false }
    // 某某就《决议》作说明: a title or a quote opening after the particle is its object.
    if index < text.count, "《“‘「〈".unicodeScalars.contains(text[index]) { return false }
    if index >= text.count || !Self.isIdeograph(text[index]) { return true }
    return text[index] == "同" && index + 1 < text.count && text[index + 1] == "志"
  }

  static let nameDots: ScalarChoice = ["·", "•", "・", "‧"]
  /// Full stops some pages type for a name's middle dot (某某.某某某, 某某．某某).
  static let looseNameDots: ScalarChoice = [".", "．"]

  /// 艾尔肯·买买提, 古丽米拉·艾海提: a transliterated name, its parts joined by a middle dot.
  /// A full stop typed for the dot joins parts too, when the part before it holds no clean end
  /// of a name (…主持会议.会议…: a sentence's end, no name).
  func transliteratedNameLength(at index: Int) -> Int? {
    // NB: a choice made once; a Set made here cost an allocation at every name's start.
    let dots = Self.nameDots
    let looseDots = Self.looseNameDots
    var position = index
    var parts = 0
    while true {
      var run = 0
      while position + run < text.count, isName(position + run), run < 6 { run += 1 }
      guard run >= 2 else { return nil }
      parts += 1
      if position + run + 1 < text.count, isName(position + run + 1) {
        let dot = text[position + run]
        if dots.contains(dot)
          || (looseDots.contains(dot)
            && !(position + 1..<position + run).contains(where: { isNameEnd($0) }))
        {
          position += run + 1
          continue
        }
      }
      guard parts >= 2 else { return nil }
      // The last part ends at the first clean end (…·买买提|主持召开).
      let length = (2...run).first { isNameEnd(position + $0) } ?? min(run, 4)
      return position + length - index
    }
  }

  /// Whether a common word that only looks like a name starts at `index` (干部, 文明).
  func startsCommonWord(at index: Int) -> Bool {
    lexicon.list(.notAName).longestLength(in: text, at: index) != nil
  }

  /// Names listed from `index`: 甲某某、乙某某、丙某某 (also joined by 及, 和).
  func nameList(at index: Int) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var position = index
    var strict = false
    while let length =
      minorityNameLength(at: position)
      ?? (names.isEmpty ? longNameLength(at: position) : nil)
      ?? nameLength(at: position, strict: strict)
      ?? (names.isEmpty ? postedNameLength(at: position) : listItemLength(at: position))
    {
      // 区政协副主席甲、武装部、法院的主要领导: a body's word ends the list of names.
      if startsBodyWord(at: position) { break }
      names.append(position..<position + length)
      // 甲、乙（女）、丙（回族）: a note in brackets after a listed name is no part of it.
      let next = afterNameNote(position + length)
      guard next < text.count else { break }
      let separator = text[next]
      guard separator == "、" || separator == "及" || separator == "和" else { break }
      // A post after the comma starts a new item: 副区长甲、区政协副主席乙.
      let candidate = next + 1
      if startsPost(at: candidate) || lexicon.gazetteer.longestLength(in: text, at: candidate) != nil { break }
      position = candidate
      // Later items must end cleanly: 安徽省某某公司 after a list comma is no name.
      strict = true
    }
    return names
  }

  /// Where the text goes on after a short note in brackets right after a name (（女）, （回族）,
  /// （特邀）), or `end` when none stands there.
  func afterNameNote(_ end: Int) -> Int {
    guard end + 2 < text.count, text[end] == "(" || text[end] == "（" else { return end }
    var close = end + 1
    // （女，藏族）: notes joined by a comma.
    while close < text.count, close - end <= 8, text[close] == "," || text[close] == "，"
      || Self.isIdeograph(text[close])
    {
      close += 1
    }
    guard close < text.count, text[close] == ")" || text[close] == "）" else { return end }
    let notes = string((end + 1)..<close).split(whereSeparator: { $0 == "," || $0 == "，" })
    guard !notes.isEmpty, notes.allSatisfy({ note in
      Self.nameNotes.contains(String(note)) || (note.count >= 2 && note.hasSuffix("族"))
    }) else { return end }
    return close + 1
  }

  /// Notes written in brackets after a listed name: sex, a guest's or a stand-in's seat.
  static let nameNotes: Set<String> = ["女", "男", "特邀", "列席", "兼"]

  /// 县委书记次仁多吉率队, 州长格桑卓玛调研: a Tibetan name, one to three words of the
  /// minority-name list and no surname, where it ends cleanly; a known first word may be followed
  /// by one or two other name characters (扎西某某, 扎西某) that end cleanly.
  func minorityNameLength(at index: Int) -> Int? {
    // 古丽某某·某某: a name word that begins a name of dotted parts is that name's first part.
    if transliteratedNameLength(at: index) != nil { return nil }
    let words = lexicon.list(.minorityName)
    var position = index
    var parts = 0
    var length: Int?
    while parts < 3, position < text.count, let word = words.longest(in: text, at: position) {
      position += word.word.count
      parts += 1
      if isNameEnd(position) { length = position - index }
    }
    guard length == nil, parts >= 1, lexicon.list(.stop).longestLength(in: text, at: position) == nil
    else { return length }
    for more in [2, 1] where position + more <= text.count
      && (position..<position + more).allSatisfy({ isName($0) }) && isNameEnd(position + more)
    {
      return position + more - index
    }
    return nil
  }

  /// 县委常委、统战部长义某，: right after a post, a name whose surname the lexicon lacks, when
  /// two or three name characters fill the place up to a comma or 等. Three of them may also end
  /// at a leader's verb or 向 (常务副县长朗某某向调研组汇报, 主席钢某某出席): the post before them is
  /// the genre's strongest cue to a name. A Mongolian name's last 和 (某布和、) joins nothing
  /// before a comma.
  func postedNameLength(at index: Int) -> Int? {
    guard surnameLength(at: index) == nil, !startsCommonWord(at: index), !startsPost(at: index),
      lexicon.list(.stop).longestLength(in: text, at: index) == nil,
      // 市人大代表驻地，: a common word with no surname is no holder.
      lexicon.list(.commonWordNotName).longestLength(in: text, at: index) == nil,
      lexicon.gazetteer.longestLength(in: text, at: index) == nil
    else { return nil }
    for length in [2, 3] {
      let end = index + length
      guard end < text.count, (index..<end).allSatisfy({ isName($0) }) else { return nil }
      let commaAfter = "，、；,;".unicodeScalars.contains(text[end])
      // 人大常委会主任、: a post inside the run (会|主任) leaves no name.
      if (index + 1..<end).contains(where: {
        !(commaAfter && $0 == end - 1 && text[$0] == "和")
          && (stopsName(at: $0) || lexicon.suffixes.longestLength(in: text, at: $0) != nil
            || stopsInsideName(at: $0) || lexicon.roles.longestLength(in: text, at: $0) != nil
            || lexicon.list(.longNameEnd).longestLength(in: text, at: $0) != nil)
      }) {
        return nil
      }
      if commaAfter || text[end] == "等" { return length }
      if length == 3, text[end] == "向" || lexicon.list(.longNameEnd).longestLength(in: text, at: end) != nil {
        return length
      }
    }
    return nil
  }

  /// A stop word starting at `index` inside a name read after a post, but for the one-character
  /// ones such names hold (日 in 格日乐).
  func stopsInsideName(at index: Int) -> Bool {
    guard let stop = lexicon.list(.stop).longest(in: text, at: index) else { return false }
    return stop.word.count >= 2 || !lexicon.list(.nameInner).contains(stop.word[...])
  }

  /// 副主任某某某某带领, 关长某某某某某、: right after a post, a Mongolian, Tibetan or Yi name of four
  /// or five characters written without a middle dot, when no reading of two or three characters
  /// ends cleanly and the long one ends at punctuation, 等 及 和 与 or a leader's verb. After a
  /// surname only four characters: 某某某专程出席 is a name and a word.
  func longNameLength(at index: Int) -> Int? {
    guard isName(index), !startsCommonWord(at: index), !startsPost(at: index),
      lexicon.list(.stop).longestLength(in: text, at: index) == nil,
      lexicon.gazetteer.longestLength(in: text, at: index) == nil,
      lexicon.suffixes.longestLength(in: text, at: index) == nil,
      nameLength(at: index, strict: true) == nil, postedNameLength(at: index) == nil
    else { return nil }
    let longest = surnameLength(at: index) == nil ? 5 : 4
    for length in 4...longest {
      let end = index + length
      guard end <= text.count, (index..<end).allSatisfy({ isName($0) }) else { return nil }
      // 人大常委会主任, 某某镇: no word of a post, body or place inside.
      if (index + 1..<end).contains(where: {
        stopsName(at: $0) || stopsInsideName(at: $0) || startsPost(at: $0)
          || startsCommonWord(at: $0) || lexicon.suffixes.longestLength(in: text, at: $0) != nil
          || lexicon.roles.longestLength(in: text, at: $0) != nil
          || lexicon.bodies.longestLength(in: text, at: $0) != nil
          || lexicon.list(.personRole).longestLength(in: text, at: $0) != nil
          || lexicon.list(.notNameEnd).longestLength(in: text, at: $0) != nil
      }) {
        return nil
      }
      guard endsLongName(at: end) else { continue }
      // 医师某某某, 助理某某某和: a word of two characters or more, then a name of the usual kind
      // ending there (a surname may stand inside a transliterated name: 新巴图尔).
      if (index + 2..<end - 1).contains(where: {
        surnameLength(at: $0) != nil && nameLength(at: $0, strict: true) == end - $0
      }) {
        return nil
      }
      return length
    }
    return nil
  }

  /// Whether a long name may end before `index`: a list comma, 等 及 和 与, a word of the
  /// long-name-end list, a speech verb or 的, or a comma before the next post (某某某某，副县长某某); a phrase after a
  /// member's word (委员满怀豪情，) ends at a comma or a full stop too.
  func endsLongName(at index: Int) -> Bool {
    guard index < text.count else { return false }
    if "、等及和与".unicodeScalars.contains(text[index]) { return true }
    if "，,；;".unicodeScalars.contains(text[index]) { return startsPost(at: index + 1) }
    // 嘎查达某某某某说, 某某某某的: a speech verb or 的 after the name ends it as a leader's verb does.
    if text[index] == "的" { return true }
    return lexicon.list(.longNameEnd).longestLength(in: text, at: index) != nil
      || lexicon.list(.speech).longestLength(in: text, at: index) != nil
  }

  /// 甲、乙、丙某某: an item between list commas whose surname the lexicon lacks is still a
  /// name when it is two or three name characters ending cleanly, so one rare surname does
  /// not end the whole list.
  func listItemLength(at index: Int) -> Int? {
    guard index > 0, text[index - 1] == "、", !startsCommonWord(at: index),
      !startsPost(at: index), lexicon.gazetteer.longestLength(in: text, at: index) == nil
    else { return nil }
    for length in [3, 2] {
      let end = index + length
      guard end <= text.count, (index..<end).allSatisfy({ isName($0) }) else { continue }
      // 张建国，: an item that fills the list up to punctuation may have a word-like given name.
      let closed = end < text.count && "，、。；,;".unicodeScalars.contains(text[end])
      if !closed, (index + 1..<end).contains(where: { stopsName(at: $0) }) { continue }
      // 镇长甲某、表决通过的…: a common word with no surname that runs on is no item (an item
      // closed by punctuation, 、山水明、, may still be a name).
      if !closed, lexicon.list(.commonWordNotName).longestLength(in: text, at: index) != nil { return nil }
      // 东湖村村委会主任: a place or body name, not a person's.
      if (index + 1..<end).contains(where: { lexicon.suffixes.longestLength(in: text, at: $0) != nil }) {
        return nil
      }
      if lexicon.list(.stop).longestLength(in: text, at: index) != nil { return nil }
      // 镇长甲某、人大主席乙某, 副书记甲某、政府副区长乙某: a body's word (人大, 政府) right before a
      // post begins the next item's post; no name without a surname.
      if end < text.count, startsPost(at: end) { continue }
      if end == text.count || text[end] == "、" || isNameEnd(end) { return length }
    }
    return nil
  }

  /// Whether a body's own word (武装部, 法院, 县政府) starts at `index`: no person's name.
  func startsBodyWord(at index: Int) -> Bool {
    if lexicon.bodies.longestLength(in: text, at: index) != nil { return true }
    guard let suffix = lexicon.suffixes.longest(in: text, at: index) else { return false }
    return suffix.payload.kind == .body && suffix.word.count >= 2
  }

  func startsPost(at index: Int) -> Bool {
    lexicon.leaderPosts.longestLength(in: text, at: index) != nil
      || lexicon.bodies.longestLength(in: text, at: index) != nil
      || lexicon.roles.longestLength(in: text, at: index) != nil
      || lexicon.groups.longestLength(in: text, at: index) != nil
      || suffixRunStarts(at: index)
  }

  /// Whether a place or body name (characters then a suffix) followed by a role starts at
  /// `index` before any name could end: 某集产业集聚区党工委书记, 管委会主任.
  func suffixRunStarts(at index: Int) -> Bool {
    var position = index
    while position < text.count, position < index + 20, isName(position) {
      if position > index, lexicon.list(.enterpriseBoundary).longestLength(in: text, at: position) != nil {
        return false
      }
      if let suffix = lexicon.suffixes.longest(in: text, at: position),
        suffix.payload.kind == .body || suffix.payload.kind == .enterprise
          || suffix.payload.kind == .place,
        lexicon.roles.longestLength(in: text, at: position + suffix.word.count) != nil
          || contractedRole(afterSuffixEndingAt: position + suffix.word.count) != nil
      {
        return true
      }
      if position > index, let role = lexicon.roles.longest(in: text, at: position) {
        return role.payload.impliedBody != nil
      }
      position += 1
    }
    return false
  }

  /// 统战部长, 民政局长: a role sharing its first character with the suffix before it.
  func contractedRole(afterSuffixEndingAt end: Int) -> Lexicon.Role? {
    guard end >= 1, let role = lexicon.roles.longest(in: text, at: end - 1), role.word.count == 2
    else { return nil }
    return role.payload
  }

  /// 退役军人事务局: a body's kind word (局, 委员会, 中心 of the lexicon) begins within three
  /// characters of `position`, written straight on: the words before it name the body's field.
  func runsIntoBodyKind(at position: Int) -> Bool {
    var index = position
    while index < min(position + 3, text.count), Self.isIdeograph(text[index]) {
      if let suffix = lexicon.suffixes.longest(in: text, at: index), suffix.payload.kind == .body {
        return true
      }
      index += 1
    }
    return false
  }

  /// The length of the name after a credit's role, cut where the next role or 报道 begins
  /// (记者刘某通讯员袁某报道 once the page's spaces are gone: 刘某, not 刘某通).
  func creditedNameLength(at position: Int) -> Int? {
    guard let length = nameLength(at: position) else { return nil }
    // 编辑:某县融媒体中心: a division's level word names an outlet, no person.
    if (position + 1..<position + length).contains(where: {
      "县区市镇乡".unicodeScalars.contains(text[$0])
    }) {
      return nil
    }
    for cut in 2..<max(2, length) {
      if lexicon.list(.personRole).longestLength(in: text, at: position + cut) != nil
        || starts("报道", at: position + cut)
      {
        return cut
      }
    }
    // 编辑:某某网编辑: an outlet's word ending the run before the next role's word (网, 报, 新闻)
    // says the run names the outlet, no person.
    if lexicon.list(.personRole).longestLength(in: text, at: position + length) != nil,
      Self.outletWords.contains(where: { ends($0, at: position + length) })
    {
      return nil
    }
    return length
  }

  /// A person mention for `range` (or the existing one there).
  mutating func personMention(_ range: Range<Int>, official: Bool, via: String) -> Int {
    if let existing = mentions.indices.first(where: {
      mentions[$0].start == range.lowerBound && mentions[$0].end == range.upperBound
    }) {
      if official { mentions[existing].className = .official }
      return existing
    }
    var mention = Mention(
      start: range.lowerBound, end: range.upperBound, className: official ? .official : .person,
      name: string(range), via: via)
    mention.guessedEnd = !isNameEnd(range.upperBound)
    for index in range { taken[index] = true }
    return addMention(mention)
  }

  /// A byline as the text reader gives it: `记者 某某 通讯员 某某`, `某某 摄`, `周某某 魏某`.
  mutating func readBylineFields() {
    var start = 0
    while start < text.count {
      while start < text.count, !isName(start) { start += 1 }
      var end = start
      var beforeRole = false
      while end < text.count, isName(end) {
        // 记者甲某通讯员乙某, 河北日报记者甲某: a credit's role word written inside the run begins
        // a field of its own (its names after it).
        if end > start, let role = lexicon.list(.personRole).longest(in: text, at: end),
          role.word.count >= 2, isName(end + role.word.count)
        {
          beforeRole = true
          break
        }
        end += 1
      }
      guard end > start else { break }
      // 程 某: a two-character name letter-spaced (its surname, a space, one more character
      // standing alone) is one name, written without the space.
      if end - start == 1, surnameLength(at: start) == 1, end + 1 < text.count, text[end] == " ",
        isName(end + 1), end + 2 == text.count || !isName(end + 2)
      {
        let mention = personMention(start..<end + 2, official: false, via: "byline")
        mentions[mention].name = string(start..<end) + string((end + 1)..<(end + 2))
        start = end + 2
        continue
      }
      var field = start..<end
      while let role = lexicon.list(.personRole).longest(in: text, at: field.lowerBound),
        role.word.count < field.count
      {
        field = (field.lowerBound + role.word.count)..<field.upperBound
      }
      if let credit = lexicon.list(.afterNamePerson).longest(in: text, endingAt: field.upperBound),
        credit.word.count < field.count
      {
        field = field.lowerBound..<(field.upperBound - credit.word.count)
      }
      // 某某新闻记者, 某某网编辑责任编辑: role words closing the field say that what stands before
      // them is the writer's outlet or unit, or one name; an outlet's word ending it names no one.
      var closedByRole = false
      while let role = lexicon.list(.personRole).longest(in: text, endingAt: field.upperBound),
        role.word.count >= 2, role.word.count < field.count
      {
        field = field.lowerBound..<(field.upperBound - role.word.count)
        closedByRole = true
      }
      // 通讯员某某某报道: the credit's 报道 (reports) after the name is no character of it.
      if field.count > 3, ends("报道", at: field.upperBound) {
        field = field.lowerBound..<(field.upperBound - 2)
        closedByRole = true
      }
      if closedByRole, Self.outletWords.contains(where: { ends($0, at: field.upperBound) }) {
        start = end
        continue
      }
      // What stands before such a role word is one name by its surname, or no one's (河北日报, 实习).
      if beforeRole || closedByRole, nameLength(at: field.lowerBound) != field.count {
        start = end
        continue
      }
      let penName = lexicon.list(.penNameEnd).contains(text[(field.upperBound - 1)..<field.upperBound])
      // (白石县): a credit that names a county or town is the story's source, no person.
      let division = field.count >= 3 && "县区市镇乡旗".unicodeScalars.contains(text[field.upperBound - 1])
        || startsWithKnownDivision(field)
      if !penName, !division, lexicon.list(.personRole).longestLength(in: text, at: field.lowerBound) == nil,
        let names = minorityCreditName(field) ?? splitNames(field).map({ names in
          splitNames(field, shortFirst: true).flatMap { preferredSplit(names, $0) } ?? names
        }) ?? creditedName(field)
      {
        for name in names { _ = personMention(name, official: false, via: "byline") }
      }
      start = end
    }
  }

  /// Whether `field` begins with a district, county or city of the country's lists written in
  /// full, and goes on after it (某某区新闻中心, not 某某区 alone).
  func startsWithKnownDivision(_ field: Range<Int>) -> Bool {
    // NB: a credit's field is short and rare; the lists are asked only where a level word
    // stands within the field's first five characters.
    guard field.count >= 5,
      (field.lowerBound + 1..<min(field.lowerBound + 5, field.upperBound - 1)).contains(where: {
        "区县市旗州盟".unicodeScalars.contains(text[$0])
      })
    else { return false }
    for list in [Lexicon.ListName.county, .countyCity, .prefecture] {
      if let known = lexicon.list(list).longest(in: text, at: field.lowerBound),
        known.word.count < field.count
      {
        return true
      }
    }
    return false
  }

  /// Bylines in brackets: (王某) (周某某 魏某) — names only; a department's pen name (某宣) is
  /// no person.
  mutating func readBylines() {
    var index = 0
    while index < text.count {
      let open = text[index]
      // 郑州北站(某区段): brackets right after a name are part of it, no byline; a news lead's
      // 讯 or 电 is no name (某报讯(某某)).
      guard open == "(" || open == "（",
        index == 0 || !isName(index - 1) || "讯电".unicodeScalars.contains(text[index - 1])
      else {
        index += 1
        continue
      }
      var close = index + 1
      while close < text.count, isName(close) || ": ：".unicodeScalars.contains(text[close]),
        close - index <= 20
      {
        close += 1
      }
      guard close < text.count, text[close] == ")" || text[close] == "）", close - index >= 3 else {
        index += 1
        continue
      }
      // (某某融媒:某某), (记者某某 通讯员某某): the names after a source and between roles.
      var start = index + 1
      if let colon = (start..<close).last(where: { ":：".unicodeScalars.contains(text[$0]) }) {
        start = colon + 1
      }
      let roles = lexicon.list(.personRole)
      var fields: [Range<Int>] = []
      var fieldStart = start
      var position = start
      while position < close {
        if text[position] == " " {
          if position > fieldStart { fields.append(fieldStart..<position) }
          position += 1
          fieldStart = position
        } else if let role = roles.longest(in: text, at: position) {
          if position > fieldStart { fields.append(fieldStart..<position) }
          position += role.word.count
          fieldStart = position
        } else {
          position += 1
        }
      }
      if close > fieldStart { fields.append(fieldStart..<close) }
      // (记者某某 通讯员某某某报道): the credit's 报道 (reports) after the last name is no
      // character of it; (某某新闻记者 某某): a field an outlet's word ends is the outlet.
      fields = fields.map { field in
        field.count > 3 && ends("报道", at: field.upperBound)
          ? field.lowerBound..<(field.upperBound - 2) : field
      }
      fields.removeAll { field in
        Self.outletWords.contains { field.count > $0.unicodeScalars.count && ends($0, at: field.upperBound) }
      }
      // (某某区新闻中心), (某某县教体局 甲某 乙某): a field that begins with a district, county
      // or city the country's lists know, written in full and followed by more, is the unit that
      // sends the story, whatever kind word ends it; no names are cut from it.
      fields.removeAll { startsWithKnownDivision($0) }
      // 蒋某李某某 reads as 蒋某|李某某 or 蒋某李|某某: a field split two ways names nobody,
      // unless one way starts more of its names with a common surname (李 over 文).
      var split = fields.map { field in
        minorityCreditName(field) ?? splitNames(field).flatMap { names in
          splitNames(field, shortFirst: true).map { other in
            other == names ? names : preferredSplit(names, other)
          } ?? names
        }
      }
      // 某报讯(蒿某某): one name alone after a news lead, whatever its surname.
      if index > 0, "讯电".unicodeScalars.contains(text[index - 1]), fields.count == 1,
        split[0] == nil, (2...3).contains(fields[0].count),
        fields[0].allSatisfy({ isName($0) && lexicon.list(.stop).longestLength(in: text, at: $0) == nil })
      {
        split[0] = [fields[0]]
      }
      if !fields.isEmpty, split.allSatisfy({ $0 != nil }) {
        let names = split.compactMap { $0 }.flatMap { $0 }
        // (区委办 某某): the department's pen name before the writer is none.
        let penNames = names.filter { inList(.penNameEnd, ($0.upperBound - 1)..<$0.upperBound) }
        if let last = names.last, !penNames.contains(last) {
          for name in names where !penNames.contains(name) {
            _ = personMention(name, official: false, via: "byline")
          }
        }
      }
      index = close + 1
    }
  }

  /// 甲、乙两位英烈: the names listed before a count of people.
  mutating func readCountedNames() {
    let counts = lexicon.list(.countedPerson)
    for index in text.indices {
      guard counts.longestLength(in: text, at: index) != nil else { continue }
      var end = index
      var names: [Range<Int>] = []
      while end > 0 {
        var start = end
        while start > 0, isName(start - 1), end - start < 3 { start -= 1 }
        guard end - start >= 2, let split = splitNames(start..<end) ?? splitNames((start + 1)..<end)
        else { break }
        names = split + names
        guard let first = split.first, first.lowerBound > 0, text[first.lowerBound - 1] == "、"
        else { break }
        end = first.lowerBound - 1
      }
      for name in names { _ = personMention(name, official: false, via: "counted") }
    }
  }

  /// 记者 某某 达某哈斯, 作者:公保某某 黄某: in a credit, four name characters standing alone (a
  /// space of the original, punctuation, the end or the next credit label after them) that a word
  /// of the minority-name list begins or ends are one Tibetan or Mongolian name, not two names
  /// of two characters (no surname starts such a name; 公 and 安 only look like ones).
  func creditedMinorityNameLength(at position: Int) -> Int? {
    let end = position + 4
    guard end <= text.count, (position..<end).allSatisfy({ isName($0) }),
      end == text.count || !Self.isIdeograph(text[end]) || spaceSeparates(at: end)
        || lexicon.list(.personRole).longestLength(in: text, at: end) != nil,
      !(position + 1..<end).contains(where: {
        spaceSeparates(at: $0) || lexicon.list(.stop).longestLength(in: text, at: $0) != nil
      }),
      !startsCommonWord(at: position)
    else { return nil }
    let words = lexicon.list(.minorityName)
    guard words.longestLength(in: text, at: position) != nil || words.longest(in: text, endingAt: end) != nil
    else { return nil }
    return 4
  }

  /// A whole credit field read by `creditedMinorityNameLength`.
  func minorityCreditName(_ field: Range<Int>) -> [Range<Int>]? {
    guard field.count == 4, creditedMinorityNameLength(at: field.lowerBound) == 4 else { return nil }
    return [field]
  }

  /// A credit's field of two or three name characters is a name, though its surname is rare
  /// (某报讯(蒿某某)).
  func creditedName(_ field: Range<Int>) -> [Range<Int>]? {
    guard (2...3).contains(field.count), !startsCommonWord(at: field.lowerBound),
      !field.contains(where: { !isName($0) || lexicon.list(.stop).longestLength(in: text, at: $0) != nil })
    else { return nil }
    return [field]
  }

  /// Of two readings of a run of names, the one starting more names with a common surname.
  func preferredSplit(_ one: [Range<Int>], _ other: [Range<Int>]) -> [Range<Int>]? {
    let common = lexicon.list(.commonSurname)
    func score(_ names: [Range<Int>]) -> Int {
      names.filter { common.contains(text[$0.lowerBound..<($0.lowerBound + 1)]) }.count
    }
    let (a, b) = (score(one), score(other))
    return a == b ? nil : (a > b ? one : other)
  }

  /// Splits a run made only of names (周某某魏某) into them; nil when it is not one.
  func splitNames(_ range: Range<Int>, shortFirst: Bool = false) -> [Range<Int>]? {
    if range.isEmpty { return [] }
    guard let surname = surnameLength(at: range.lowerBound), !startsCommonWord(at: range.lowerBound)
    else { return nil }
    let lengths = shortFirst ? [surname + 1, surname + 2] : [surname + 2, surname + 1]
    for length in lengths where range.lowerBound + length <= range.upperBound {
      let name = range.lowerBound..<range.lowerBound + length
      if let rest = splitNames(name.upperBound..<range.upperBound, shortFirst: shortFirst) {
        return [name] + rest
      }
    }
    return nil
  }

  /// The name written just before `end` (张某某说): two or three characters after a boundary.
  func nameBefore(_ end: Int, from pending: Int) -> Range<Int>? {
    let length = end - pending
    guard length >= 2 && length <= 4, !startsCommonWord(at: pending),
      lexicon.list(.notNameEnd).longest(in: text, endingAt: end) == nil
    else { return nil }
    guard let surname = surnameLength(at: pending), length <= surname + 2 else { return nil }
    for index in pending..<end where !isName(index) { return nil }
    // 武装部部长, 统计局局长: a body whose last character starts its head's post again.
    if end < text.count, text[end - 1] == text[end], lexicon.roles.longestLength(in: text, at: end) != nil {
      return nil
    }
    // 区管委常务副主任, 某某办主任: a body's last character before its head's post ends no
    // given name.
    if end < text.count, "委局办部处科所站队".unicodeScalars.contains(text[end - 1]),
      lexicon.roles.longestLength(in: text, at: end) != nil
    {
      return nil
    }
    return pending..<end
  }
}
