import TupuOntology

extension SentenceReader {
  /// Named meetings: a run of name characters (digits and brackets allowed) ending in a meeting
  /// word, from a cue (召开, 主持…) or the start of the clause: 十五届区委常委会第27次会议.
  mutating func readMeetings(context: inout ArticleContext) {
    let suffixes = lexicon.list(.meetingSuffix)
    var index = 0
    var claimedUntil = 0
    while index < text.count {
      guard !taken[index], let suffix = suffixes.longest(in: text, at: index) else {
        index += 1
        continue
      }
      var end = index + suffix.word.count
      // 专题会 + 议, 座谈会 + 议: the longer ending wins over the shorter one inside it.
      if end < text.count, text[end] == "议", text[end - 1] == "会" { end += 1 }
      if end < text.count, lexicon.list(.notMeetingAfter).longest(in: text, at: end) != nil {
        index = end
        continue
      }
      // Extend over what the same name goes on with: 常委会 + 第27次会议, (扩大)会议暨…会议.
      var probe = end
      while probe < text.count, isMeetingCharacter(probe), probe - end < 30 {
        if lexicon.list(.meetingBoundary).longest(in: text, at: probe) != nil { break }
        if let next = suffixes.longest(in: text, at: probe) {
          probe += next.word.count
          if probe < text.count, text[probe] == "议", text[probe - 1] == "会" { probe += 1 }
          end = probe
          continue
        }
        probe += 1
      }
      var start = index
      while start > claimedUntil, start - 1 >= 0, isMeetingCharacter(start - 1), end - start < 40 {
        // 稳就业工作推进会: 就 ends names, 就业 does not.
        if let boundary = lexicon.list(.meetingBoundary).longest(in: text, endingAt: start),
          lexicon.list(.notAStop).longest(in: text, at: start - boundary.word.count) == nil
        {
          break
        }
        start -= 1
      }
      // 召开辖区企业座谈会: 辖区 ends other names (新市辖区…成员单位) but right after a cue it
      // begins the meeting's.
      if start >= 2, text[start - 2] == "辖", text[start - 1] == "区",
        lexicon.list(.meetingCue).longest(in: text, endingAt: start - 2) != nil
      {
        start -= 2
      }
      let cued = start > 0 && lexicon.list(.meetingCue).longest(in: text, endingAt: start) != nil
      let marked = (start..<end).contains {
        lexicon.list(.meetingMarker).longest(in: text, at: $0) != nil
      }
      let cueBefore = cued || marked && (start == 0 || !isMeetingCharacter(start - 1))
      var nameStart = start
      while nameStart < index, text[nameStart] == "(" || text[nameStart] == "（" { nameStart += 1 }
      let own = nameStart..<index
      let generic =
        own.isEmpty || own.count < 2 || lexicon.list(.meetingGeneric).contains(text[own])
        || lexicon.list(.meetingGeneric).longest(in: text, at: nameStart).map {
          $0.word.count == own.count
        } ?? false
      // 区人大常委会主任: a body in a post, not a meeting.
      // 某区人大常委会召开…: a body that convenes, not a meeting.
      let heldPost =
        lexicon.roles.longest(in: text, at: end) != nil
        || lexicon.leaderPosts.longest(in: text, at: end) != nil
        || ends("常委会", at: end) && (starts("召开", at: end) || starts("举行", at: end))
      if cueBefore && !generic && !heldPost {
        let name = string(nameStart..<end)
        _ = addMention(
          Mention(start: nameStart, end: end, className: "Meeting", name: name, via: "meeting-name"))
        for position in nameStart..<end { taken[position] = true }
        let convened = ["召开", "举行"].contains { ends($0, at: nameStart) }
        if convened {
          context.meeting = name
          context.meetingIntroduced = true
        } else if context.meeting == nil {
          context.meeting = name
        }
        claimedUntil = end
      }
      index = end
    }
  }

  func isMeetingCharacter(_ index: Int) -> Bool {
    guard index >= 0, index < text.count, !taken[index] else { return false }
    let scalar = text[index]
    return Self.isIdeograph(scalar) || Self.isDigit(scalar) || "()（）".unicodeScalars.contains(scalar)
  }
}
