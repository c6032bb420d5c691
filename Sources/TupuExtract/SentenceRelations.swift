import TupuGraph
import TupuOntology

/// The relations one sentence states, read with the ontology's patterns.
struct SentenceRelations: SentenceText {
  struct Found {
    var subject: String
    var predicate: String
    var object: Term
    var pattern: String
  }

  let reading: DocumentReading
  let sentence: ReadSentence
  let text: [Unicode.Scalar]
  /// Visible mentions in reading order, with their canonical names.
  let entities: [(mention: Mention, name: String, className: String)]
  var found: [Found] = []
  /// Who reviewed the projects of the sentence before (a meeting's agenda runs on: 审查批准以下
  /// 项目。A工程、B工程…), and who reviews those of this one.
  var previousReviewers: [String] = []
  var reviewers: [String] = []
  let allCues: [(start: Int, end: Int, pattern: ExtractionPattern)]

  init(reading: DocumentReading, sentence: ReadSentence) {
    self.reading = reading
    self.sentence = sentence
    self.text = sentence.scalars
    self.allCues = Self.cues(in: sentence.scalars, table: reading.cues.all)
    self.entities = sentence.mentions.sorted { $0.start < $1.start }.compactMap { mention in
      reading.entity(mention).map { (mention, $0.name, $0.className) }
    }
  }

  var lexicon: Lexicon { reading.lexicon }

  mutating func add(_ subject: String, _ predicate: String, _ object: String, _ pattern: String) {
    found.append(
      Found(subject: subject, predicate: predicate, object: .entity(object), pattern: pattern))
  }

  mutating func readAll() {
    readPosts()
    readMeetingCues()
    readAttendance()
    readReviews()
    readSponsors()
    readNesting()
    readSituated()
    readJurisdiction()
    readStationed()
    readBuildAt()
  }

  // MARK: Helpers

  static let clauseEnds: Set<Unicode.Scalar> = ["，", ",", "；", ";", "。", "！", "？", "：", ":"]

  func clauseStart(before index: Int) -> Int {
    var position = index
    while position > 0, !Self.clauseEnds.contains(text[position - 1]) { position -= 1 }
    return position
  }

  func clauseEnd(after index: Int) -> Int {
    var position = index
    while position < text.count, !Self.clauseEnds.contains(text[position]) { position += 1 }
    return position
  }

  /// Every cue of `matcher` in the sentence, longest first at each position.
  func cueOccurrences(_ matcher: String) -> [(start: Int, end: Int, pattern: ExtractionPattern)] {
    allCues.filter { $0.pattern.matcher == matcher }
  }

  /// Every cue of every pattern in the sentence, found in one pass (longest first).
  static func cues(in text: [Unicode.Scalar], table: WordTable<ExtractionPattern>)
    -> [(start: Int, end: Int, pattern: ExtractionPattern)]
  {
    guard table.count > 0 else { return [] }
    var result: [(Int, Int, ExtractionPattern)] = []
    var index = 0
    while index < text.count {
      if let match = table.longest(in: text, at: index) {
        result.append((index, index + match.word.count, match.payload))
        index += match.word.count
      } else {
        index += 1
      }
    }
    return result
  }

  func isPerson(_ className: String) -> Bool { className == "Person" || className == "Official" }

  /// The article's meeting when a bare word (会议, 会上) or nothing stands at `index`.
  func bareMeeting(at index: Int) -> String? {
    var position = index
    if position < text.count, text[position] == "了" { position += 1 }
    if let meeting = entities.first(where: {
      $0.className == "Meeting" && $0.mention.start == position
    }) {
      return meeting.name
    }
    guard let meeting = sentence.context.meeting,
      let canonical = reading.canonical[DocumentReading.key("Meeting", meeting)]
    else { return nil }
    let bare = lexicon.list(.meetingBare).longest(in: text, at: position) != nil
    let study = position + 1 < text.count && text[position] == "学" && text[position + 1] == "习"
    return bare || study || isEventKind(at: position) ? canonical : nil
  }

  /// 出席开工仪式并…, 参加典礼, 主持活动: a short word ending in an event's kind, and nothing
  /// more in its clause, is the article's event again.
  func isEventKind(at position: Int) -> Bool {
    var end = position
    while end < text.count, end - position <= 12, SentenceReader.isIdeograph(text[end]),
      text[end] != "并"
    {
      end += 1
    }
    guard end == text.count || Self.clauseEnds.contains(text[end]) || text[end] == "并" else {
      return false
    }
    // 出席开工仪式, 主持项目开工奠基仪式: a few words of its kind before the kind word.
    return lexicon.list(.eventKind).longest(in: text, endingAt: end).map { kind in
      end - position - kind.word.count <= 6
    } ?? false
  }

  // MARK: Posts

  mutating func readPosts() {
    let titlePattern = reading.cues.titleID
    let unitPattern = reading.cues.unitID
    for post in sentence.posts {
      guard let person = reading.entity(sentence.mentions[post.person]) else { continue }
      if let title = post.title, let titlePattern, person.className == "Official" {
        found.append(
          Found(
            subject: person.name, predicate: "title", object: .literal(title), pattern: titlePattern
          ))
      }
      guard let unitPattern else { continue }
      for unit in post.units {
        switch unit {
        case .mention(let index):
          let mention = sentence.mentions[index]
          if let entity = reading.entity(mention) {
            add(person.name, "affiliated-with", entity.name, unitPattern)
          }
        case .named(let name, let className):
          if let canonical = reading.canonical[DocumentReading.key(className, name)] {
            add(person.name, "affiliated-with", canonical, unitPattern)
          }
        case .bareBody(let name, _):
          if let canonical = reading.canonical[DocumentReading.key("Organization", name)] {
            add(person.name, "affiliated-with", canonical, unitPattern)
          }
        }
      }
    }
  }

  // MARK: Meetings

  /// Where the last chair or convene cue of the sentence ended (attendees come after it).
  var chairCueEnds: [Int] = []

  mutating func readMeetingCues() {
    for cue in cueOccurrences("agent-cue-meeting") {
      let predicate = cue.pattern.predicate
      let after = cue.end < text.count && text[cue.end] == "了" ? cue.end + 1 : cue.end
      var meeting = entities.first(where: {
        $0.className == "Meeting" && $0.mention.start == after
      })?.name
      if meeting == nil && predicate == "chairs" {
        let after = cue.end
        // 典礼在某某的主持下开始: the article's event.
        let under = after < text.count && text[after] == "下" && cue.start > 0
          && text[cue.start - 1] == "的"
        let atClauseEnd =
          after >= text.count || Self.clauseEnds.contains(text[after]) || text[after] == "并"
          || under
        if atClauseEnd, let current = sentence.context.meeting {
          meeting = reading.canonical[DocumentReading.key("Meeting", current)]
        } else {
          meeting = bareMeeting(at: after)
        }
      }
      chairCueEnds.append(cue.end)
      guard let meeting else { continue }
      let start = clauseStart(before: cue.start)
      // The nearest before the cue: 某区政协 rather than the 某区 its name begins with.
      let agent = entities.filter { entity in
        entity.mention.end <= cue.start && entity.mention.start >= start
          && (isPerson(entity.className)
            || predicate == "convenes"
              && ["Organization", "District", "Street", "Community"].contains(entity.className))
      }.max { ($0.mention.end, $1.mention.start) < ($1.mention.end, $0.mention.start) }
      guard let agent else { continue }
      add(agent.name, predicate, meeting, cue.pattern.id)
      // 甲单位、乙单位联合召开: every body of the list convenes.
      if predicate == "convenes", !isPerson(agent.className) {
        for body in bodiesListed(before: agent.mention).names {
          add(body, predicate, meeting, cue.pattern.id)
        }
      }
    }
    readJointConveners()
  }

  static let conveningClasses: Set<String> = ["Organization", "District", "Street", "Community"]

  /// The bodies written before `last` in a list with it (甲、乙和|last), and where the list
  /// begins.
  func bodiesListed(before last: Mention) -> (names: [String], start: Int) {
    var names: [String] = []
    var start = last.start
    while start >= 2, "、和与及".unicodeScalars.contains(text[start - 1]),
      let body = entities.last(where: {
        $0.mention.end == start - 1 && Self.conveningClasses.contains($0.className)
      })
    {
      names.append(body.name)
      start = body.mention.start
    }
    return (names, start)
  }

  /// 由甲、乙（联合）组织的某会议: every body after 由 convenes the meeting.
  mutating func readJointConveners() {
    // The convene pattern of the ontology; the facts are its, though 由…组织的 needs no cue word.
    guard let patternID = reading.cues.patternID("agent-cue-meeting", "convenes") else { return }
    let verbs = ["组织召开", "组织", "主办", "举办", "召开", "承办"]
    for meeting in entities where meeting.className == "Meeting" {
      var position = meeting.mention.start
      guard position > 0, text[position - 1] == "的" else { continue }
      position -= 1
      guard let verb = verbs.first(where: { ends($0, at: position) }) else { continue }
      position -= verb.unicodeScalars.count
      for modifier in ["联合", "共同"] where ends(modifier, at: position) {
        position -= modifier.unicodeScalars.count
      }
      guard
        let last = entities.last(where: {
          $0.mention.end == position && Self.conveningClasses.contains($0.className)
        })
      else { continue }
      let listed = bodiesListed(before: last.mention)
      guard listed.start > 0, text[listed.start - 1] == "由" else { continue }
      for body in [last.name] + listed.names { add(body, "convenes", meeting.name, patternID) }
    }
  }

  mutating func readAttendance() {
    for cue in cueOccurrences("agents-cue-meeting") {
      // 出席会议, 参加学习, and 出席并讲话 (of the article's meeting).
      let closes =
        cue.end >= text.count || Self.clauseEnds.contains(text[cue.end]) || text[cue.end] == "并"
      let current = sentence.context.meeting.flatMap {
        reading.canonical[DocumentReading.key("Meeting", $0)]
      }
      guard let meeting = bareMeeting(at: cue.end) ?? (closes ? current : nil) else { continue }
      let lower = chairCueEnds.filter { $0 <= cue.start }.max() ?? 0
      for entity in entities
      where isPerson(entity.className) && entity.mention.end <= cue.start
        && entity.mention.start >= lower
      {
        add(entity.name, cue.pattern.predicate, meeting, cue.pattern.id)
      }
    }
  }

  // MARK: Reviews
}
