import TupuOntology

extension SentenceRelations {
  /// Who reviews the projects a sentence names: the meeting that hears, studies, deliberates or
  /// decides on them (会议听取了…, 会上…作了汇报, 审议…), or the leader who visits them (调研,
  /// 来到, 察看…; with those named before 带领). An agenda may run on into the next sentence.
  mutating func readReviews() {
    let projects = entities.filter { $0.className == "Project" }
    let cues = cueOccurrences("agent-cue-projects").filter { cue in
      // 听取 reviews only with a report (汇报, 情况) later in the sentence.
      guard cue.end - cue.start == 2, text[cue.start] == "听" else { return true }
      return hasReport(from: cue.end)
    }
    guard !projects.isEmpty || !cues.isEmpty else { return }
    let meetingOpens = openingMeeting()
    var agents: [String] = []
    var pattern = reading.cues.patternID("agent-cue-projects", "reviews")
    if let first = cues.first {
      pattern = first.pattern.id
      agents = reviewers(before: first.start, meetingOpens: meetingOpens)
    } else if let meetingOpens, hasReport(from: 0) {
      // 会上，A、B等项目负责人作了汇报: the meeting hears them.
      agents = [meetingOpens]
    } else if !previousReviewers.isEmpty, let first = entities.first,
      first.className == "Project", first.mention.start <= 1
    {
      // The agenda's list goes on in a sentence of its own.
      agents = previousReviewers
    }
    guard let pattern, !agents.isEmpty else { return }
    // A meeting's agenda without projects of its own may list them in the next sentence.
    let byMeeting = agents.count == 1 && reading.classes[ExactText(agents[0])] == "Meeting"
    reviewers = byMeeting || !projects.isEmpty ? agents : []
    guard !projects.isEmpty else { return }
    for agent in agents {
      for project in projects { add(agent, "reviews", project.name, pattern) }
    }
  }

  /// 会议, 会上: the article's meeting; 会后 and 会前 are times, not the meeting.
  func isBareMeeting(at position: Int) -> Bool {
    guard let word = lexicon.list(.meetingBare).longest(in: text, at: position) else {
      return false
    }
    let end = position + word.word.count
    return !(word.word.count == 1 && end < text.count && "后前见".unicodeScalars.contains(text[end]))
  }

  /// Whether a report (汇报, 情况, 介绍) is written at or after `from`.
  func hasReport(from: Int) -> Bool {
    let reportWords = lexicon.list(.reportWord)
    return (from..<text.count).contains { reportWords.longest(in: text, at: $0) != nil }
  }

  /// The article's meeting when the sentence opens with it (会议听取了…, 会上，…).
  func openingMeeting() -> String? {
    var position = 0
    // 7月20日，会议… : past a date clause.
    if let comma = text.prefix(12).firstIndex(where: { $0 == "，" || $0 == "," }),
      text[..<comma].contains("日")
    {
      position = comma + 1
    }
    guard isBareMeeting(at: position), let meeting = sentence.context.meeting
    else { return nil }
    return reading.canonical[DocumentReading.key("Meeting", meeting)]
  }

  /// The meeting or the leaders that review at a cue: a meeting named before it, the article's
  /// meeting when a bare word stands for it, else the sentence's first person and those named
  /// with them before 带领.
  func reviewers(before cue: Int, meetingOpens: String?) -> [String] {
    let start = clauseStart(before: cue)
    let bareMeetingBefore = (max(0, start)..<cue).contains { isBareMeeting(at: $0) }
    if let meeting = entities.last(where: {
      $0.className == "Meeting" && $0.mention.end <= cue
    }) {
      return [meeting.name]
    }
    if bareMeetingBefore, let current = sentence.context.meeting,
      let meeting = reading.canonical[DocumentReading.key("Meeting", current)]
    {
      return [meeting]
    }
    if let meetingOpens { return [meetingOpens] }
    guard let person = entities.first(where: { isPerson($0.className) && $0.mention.end <= cue })
    else { return [] }
    var agents = [person.name]
    // 区委书记甲，区长乙带领…观摩了: every leader named before 带领 leads the visit.
    if let lead = ["带领", "率领", "带队"].compactMap({ word in
      (0..<cue).first { starts(word, at: $0) }
    }).min() {
      for person in entities
      where isPerson(person.className) && person.mention.end <= lead
        && !agents.contains(person.name)
      {
        agents.append(person.name)
      }
    }
    return agents
  }
}
