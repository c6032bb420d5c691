import TupuOntology

/// Elections and appointments at a session: the post is written after the name.
///
///   大会选举甲某某为青山区区长、乙某为青山区监察委员会主任。
///   大会补选甲某某为青山区区长，乙某为青山区人民检察院检察长。
///   会议决定任命甲某某为区教育局局长。
///   甲某某当选为区人大常委会主任；乙某、丙某某当选为区人民政府副区长。
///
/// Each name takes the post as if the post stood before it (青山区区长甲某某): the post phrase
/// and the name are read again together, and what that reading finds is the name's.
extension SentenceReader {
  /// Words after which `名为职务` items follow (选举甲为…、乙为…).
  static let electionCues = ["选举产生", "选举出", "选举", "补选", "任命", "增补", "推选"]
  /// Words between a list of names and the post they were elected to.
  static let electedCues = ["全票当选为", "高票当选为", "全票当选", "当选为", "当选"]
  static let electionCueStarts = ScalarChoice(electionCues.compactMap(\.unicodeScalars.first))
  static let electedCueStarts = ScalarChoice(electedCues.compactMap(\.unicodeScalars.first))

  mutating func readElections(context: ArticleContext) {
    guard text.contains(where: { $0 == "选" || $0 == "任" || $0 == "推" || $0 == "增" }) else {
      return
    }
    readNamesElectedAs(context: context)
    readListsElected(context: context)
  }

  /// 选举甲为某职、乙为某职: after the cue, items of a name, 为 and a post, joined by 、，；.
  private mutating func readNamesElectedAs(context: ArticleContext) {
    for cueStart in text.indices {
      // NB: one comparison a character before the cues' words (选举, 补选, 任命, 增补, 推选).
      guard Self.electionCueStarts.contains(text[cueStart]),
        let cue = Self.electionCues.first(where: { starts($0, at: cueStart) })
      else { continue }
      var position = cueStart + cue.unicodeScalars.count
      while position < text.count {
        var names: [Range<Int>] = []
        var postStart = position
        if let name = nameBefore为(from: position) {
          names = [name]
          // 选举甲同志为…: 同志 between the name and 为.
          postStart = name.upperBound + (starts("同志为", at: name.upperBound) ? 3 : 1)
        } else if position > cueStart + cue.unicodeScalars.count || !cue.hasPrefix("选举"),
          let listed = namesListedBefore为(from: position)
        {
          // 选举甲为区长，乙、丙为副区长 (乙和丙为…, 乙、丙等2名同志为…): a later item may list
          // several names before 为; so may the first after 任命 (a list right after 选举 is
          // readElectedPosts').
          (names, postStart) = listed
        } else {
          break
        }
        let postEnd = postPhraseEnd(from: postStart)
        guard postEnd > postStart else { break }
        var attached = false
        for name in names where attachPost(postStart..<postEnd, to: name, context: context) {
          attached = true
        }
        guard attached else { break }
        // The next item: after 、，, or ；, a name and 为 again.
        guard postEnd < text.count, "、，,；;".unicodeScalars.contains(text[postEnd]) else { break }
        position = postEnd + 1
      }
    }
  }

  /// 甲、乙当选为某职: names listed right before the cue, each elected to the post after it.
  private mutating func readListsElected(context: ArticleContext) {
    for cueStart in text.indices where cueStart >= 2 {
      guard Self.electedCueStarts.contains(text[cueStart]),
        let cue = Self.electedCues.first(where: { starts($0, at: cueStart) })
      else { continue }
      let postStart = cueStart + cue.unicodeScalars.count
      let postEnd = postPhraseEnd(from: postStart)
      guard postEnd > postStart else { continue }
      // 甲同志当选为…: 同志 between the names and the cue.
      let namesEnd = ends("同志", at: cueStart) ? cueStart - 2 : cueStart
      var names: [Range<Int>] = []
      if let person = mentions.last(where: {
        $0.end == namesEnd && $0.isPerson && $0.visibility != .dropped
      }) {
        names = [person.start..<namesEnd]
      }
      var led = false
      // 甲、折某、乙当选为…: the cue vouches for a list holding a rare surname's name.
      if let listed = listedNames(endingAt: namesEnd, ledByLeaders: &led, rareSurnames: true),
        !listed.isEmpty
      {
        names = listed
      }
      for name in names { _ = attachPost(postStart..<postEnd, to: name, context: context) }
    }
  }

  /// Two or more names joined by 、和及 from `start` (or one with a count: 甲等2名同志), then 为:
  /// the names and where the post after 为 starts.
  private func namesListedBefore为(from start: Int) -> ([Range<Int>], Int)? {
    let names = electedNames(at: start)
    guard let last = names.last?.upperBound else { return nil }
    let position = afterCountOfElected(last)
    guard names.count > 1 || position > last + 2, position < text.count, text[position] == "为"
    else { return nil }
    return (names, position + 1)
  }

  /// A name of two to four characters starting at `start` and followed by 为.
  private func nameBefore为(from start: Int) -> Range<Int>? {
    if let person = mentions.first(where: {
      $0.start == start && $0.isPerson && $0.visibility != .dropped
    }), person.end < text.count, text[person.end] == "为" || starts("同志为", at: person.end) {
      return start..<person.end
    }
    for length in [3, 2, 4] where start + length < text.count {
      // 选举李某为镇长: the frame's 为 ends the name, though a name may end with 为 elsewhere.
      guard text[start + length] == "为" || starts("同志为", at: start + length),
        (start..<(start + length)).allSatisfy({ isName($0) }),
        let read = nameLength(at: start),
        read == length || read == length + 1 && text[start + length] == "为"
      else { continue }
      return start..<(start + length)
    }
    return nil
  }

  /// Where the post phrase starting at `start` ends: the next 、，；。 or 的 (at most 30
  /// characters on).
  private func postPhraseEnd(from start: Int) -> Int {
    var end = start
    while end < text.count, end - start < 30 {
      let scalar = text[end]
      if "、，,；;。．.！!？?（(的".unicodeScalars.contains(scalar) { break }
      end += 1
    }
    return end - start >= 2 ? end : start
  }

  /// Reads `post` again as written before `name`; when it gives the name official posts, the
  /// name is an Official holding them. Returns whether it did.
  private mutating func attachPost(
    _ post: Range<Int>, to name: Range<Int>, context: ArticleContext
  ) -> Bool {
    guard let (reader, found) = officialPosts(readingAgain: post, before: name, context: context)
    else { return false }
    // A meeting read across the name and the post (乙为某区第八届人民代表大会…) is no meeting.
    for index in mentions.indices
    where mentions[index].className == .meeting && mentions[index].start <= name.lowerBound
      && mentions[index].end > name.upperBound
    {
      mentions[index].visibility = .dropped
    }
    adopt(found, of: reader, post: post, name: name, via: "elected")
    return true
  }
}

// Lists of the elected before one post (甲、乙两位同志为…, 甲、乙等38人为…): the items above
// take one name each before 为, so a list with a count before 为 is read here.
extension SentenceReader {
  /// 选举甲某同志为县政协主席, 选举乙某、丙某等四人为…副主席: a session elects the named to the
  /// post written after 为. The elected are Officials (a congress or a CPPCC elects to its own
  /// seats) and hold that post, in the body written with it.
  mutating func readElectedPosts() {
    var cue = 0
    while let found = nextElection(from: cue) {
      cue = found + 2
      let names = electedNames(at: found + 2)
      guard var position = names.last?.upperBound else { continue }
      let nameEnd = position
      position = afterCountOfElected(position)
      guard position < text.count, text[position] == "为" else { continue }
      // One name with no count before 为 (选举甲同志为…) is an item readElections read already.
      let alone = position == nameEnd || position == nameEnd + 2 && starts("同志", at: nameEnd)
      if names.count == 1, alone { continue }
      let postStart = position + 1
      var clauseEnd = postStart
      while clauseEnd < text.count, clauseEnd - postStart < 24,
        !"，。；,;、（(".unicodeScalars.contains(text[clauseEnd])
      {
        clauseEnd += 1
      }
      let title =
        lexicon.leaderPosts.longest(in: text, endingAt: clauseEnd)?.payload.title
        ?? lexicon.roles.longest(in: text, endingAt: clauseEnd)?.payload.title
      guard var title else { continue }
      // 常务委员: the standing members' seat (no role of its own: 常务委员会 is a body).
      if title == "委员", ends("常务委员", at: clauseEnd) { title = "常务委员" }
      let unit = mentions.indices.last {
        mentions[$0].className == .organization && mentions[$0].visibility != .dropped
          && mentions[$0].start >= postStart && mentions[$0].end <= clauseEnd
      }
      for name in names {
        let person = personMention(name, official: true, via: "elected")
        posts.append(
          PostLink(
            person: person, title: title, units: unit.map { [.mention($0)] } ?? [],
            official: true, start: postStart, end: clauseEnd))
      }
    }
  }

  /// The names listed after 选举, read already (甲、乙四位同志 counted as persons) or not.
  private func electedNames(at start: Int) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var position = start
    while position < text.count {
      let read = mentions.first {
        $0.isPerson && $0.start == position && $0.visibility != .dropped
      }
      guard let end = read?.end ?? nameLength(at: position).map({ position + $0 }) else { break }
      names.append(position..<end)
      guard end < text.count, "、和及".unicodeScalars.contains(text[end]) else { break }
      position = end + 1
    }
    return names
  }

  private func nextElection(from start: Int) -> Int? {
    var index = start
    while index + 2 < text.count {
      if text[index] == "选", starts("选举", at: index) { return index }
      index += 1
    }
    return nil
  }

  /// 同志, 等四人, 四位同志, 等47人: what a list of the elected may end with before 为.
  private func afterCountOfElected(_ start: Int) -> Int {
    var position = start
    if starts("同志", at: position) { position += 2 }
    if position < text.count, text[position] == "等" { position += 1 }
    while position < text.count,
      Self.isDigit(text[position]) || "一二三四五六七八九十两".unicodeScalars.contains(text[position])
    {
      position += 1
    }
    for word in ["位同志", "名同志", "人", "位", "名"] where starts(word, at: position) {
      return position + word.unicodeScalars.count
    }
    return position
  }
}

// The elected named before 当选 (甲当选为某镇镇长; 甲、乙分别当选为某镇镇长和镇人大主席): the
// other way round from 选举甲为….
extension SentenceReader {
  /// 甲以全票当选为某镇人民政府镇长, 甲、乙两名同志分别当选为A和B: the named before 当选 are
  /// Officials holding the post after it; with 分别 and as many posts as names (joined by 和 or
  /// 、), each holds the post in its place.
  mutating func readPostsElectedBefore() {
    var cue = 0
    while let found = nextWord("当选", from: cue) {
      cue = found + 2
      var postStart = found + 2
      if postStart < text.count, text[postStart] == "为" { postStart += 1 }
      // What may stand between the names and 当选: 以全票, 以高票, 分别, 两名同志, 同志.
      var position = found
      var respectively = false
      var moved = true
      while moved {
        moved = false
        for word in ["以全票", "以高票", "全票", "高票", "分别", "均", "同志"] where ends(word, at: position) {
          if word == "分别" { respectively = true }
          position -= word.unicodeScalars.count
          moved = true
          break
        }
        // 甲等165人, 甲等12名同志: the named first, then 等 and a count of all the elected.
        if !moved, ends("人", at: position) || ends("名", at: position) || ends("位", at: position) {
          var start = position - 1
          while start > 0, Self.isDigit(text[start - 1]) { start -= 1 }
          if start < position - 1, start > 0, text[start - 1] == "等" {
            position = start - 1
            moved = true
          }
        }
        // 两名同志, 二人, 两位: a count of the named.
        for word in ["名", "位", "人"]
        where !moved && position >= 2 && ends(word, at: position)
          && "一二三四五六七八九十两".unicodeScalars.contains(text[position - 2])
        {
          position -= 2
          moved = true
          break
        }
      }
      var names = namesEnding(at: position)
      // 某集团董事长甲当选为商会会长: a name right after a post of its own, elected to a society's
      // head only (below).
      var afterPost = false
      if names.isEmpty {
        names = namesEnding(at: position, afterPost: true)
        afterPost = true
      }
      guard !names.isEmpty else { continue }
      var clauseEnd = postStart
      while clauseEnd < text.count, clauseEnd - postStart < 30,
        !"，。；,;（(".unicodeScalars.contains(text[clauseEnd])
      {
        clauseEnd += 1
      }
      // The posts, each ending at 和, 、 or the clause's end.
      var segments: [Range<Int>] = []
      var segmentStart = postStart
      for index in postStart...clauseEnd
      where index == clauseEnd || "和、".unicodeScalars.contains(text[index]) {
        if index > segmentStart { segments.append(segmentStart..<index) }
        segmentStart = index + 1
      }
      // (title, unit, whether the post makes its holder an Official)
      var held: [(String?, PostLink.Unit?, Bool)] = []
      for segment in segments {
        let unit = mentions.indices.last {
          mentions[$0].className == .organization && mentions[$0].visibility != .dropped
            && mentions[$0].start >= segment.lowerBound && mentions[$0].end <= segment.upperBound
        }
        if let leader = lexicon.leaderPosts.longest(in: text, endingAt: segment.upperBound) {
          // 某镇人民政府镇长: a leader's post is its place's (the ruling on the article's district).
          let place = unit.flatMap { mentions[$0].qualifier }.flatMap { qualifier in
            qualifier.unicodeScalars.last.flatMap { Self.className(ofLevel: String($0)) }.map {
              PostLink.Unit.named(qualifier, $0)
            }
          }
          held.append((leader.payload.title, place ?? unit.map { .mention($0) }, true))
        } else if unit == nil,
          let role = lexicon.roles.longest(in: text, endingAt: segment.upperBound),
          let kind = electingSocietyKind(
            segment.lowerBound..<(segment.upperBound - role.word.count), role: role.payload.title)
        {
          // 甲当选为第二届理事会会长, 乙当选为商会新一届会长: a society's head, its body not written —
          // the society the article reports on; a private society's head is a Person, untitled.
          held.append((nil, .electingSociety(kind: kind.isEmpty ? nil : kind), false))
        } else if let role = lexicon.roles.longest(in: text, endingAt: segment.upperBound),
          !role.payload.holderIsPerson
        {
          // 镇人大主席团主席: a unit between the body and the role (主席团) is a body of its own,
          // and the title is written from it.
          var title = role.payload.title
          var owner = unit.map { PostLink.Unit.mention($0) }
          let roleStart = segment.upperBound - role.word.count
          if title == "委员", ends("常务委员", at: segment.upperBound) {
            // 常务委员: the standing members' seat of the body before it (no 常务 body).
            title = "常务委员"
          } else if let unit, mentions[unit].end < roleStart, roleStart - mentions[unit].end <= 4,
            (mentions[unit].end..<roleStart).allSatisfy({ Self.isIdeograph(text[$0]) })
          {
            title = string(mentions[unit].end..<segment.upperBound)
            var sub = Mention(
              start: mentions[unit].start, end: roleStart, className: .organization,
              name: mentions[unit].name + string(mentions[unit].end..<roleStart), via: "post-body")
            sub.isBody = true
            sub.bareLevel = mentions[unit].bareLevel
            owner = .mention(addMention(sub))
          }
          held.append((title, owner, true))
        }
      }
      guard !held.isEmpty, held.count == segments.count else { continue }
      if afterPost, held.contains(where: { $0.2 }) { continue }
      let paired = respectively && held.count == names.count && names.count > 1
      guard paired || names.count == 1 || held.count == 1 else { continue }
      for (offset, name) in names.enumerated() {
        let own = paired ? [held[offset]] : held
        let official = own.contains { $0.2 }
        let person = personMention(name, official: official, via: "elected")
        if !official {
          // 甲当选为商会新一届会长 read already as a post of no body: this reading replaces it,
          // and a private society's head is no Official unless another post makes them one.
          posts.removeAll { post in
            post.person == person && post.units.isEmpty
              && post.title.map { $0.hasSuffix("会长") || $0.hasSuffix("理事长") } == true
          }
          if !posts.contains(where: { $0.person == person && $0.official }) {
            mentions[person].className = .person
          }
        }
        // 选举…当选 read already (readElections) keeps its posts; a society's head keeps the
        // posts written before the name (某集团董事长甲当选为会长).
        if posts.contains(where: {
          $0.person == person && (official || $0.start >= name.upperBound)
        }) {
          continue
        }
        for (title, unit, official) in own {
          posts.append(
            PostLink(
              person: person, title: title, units: unit.map { [$0] } ?? [],
              official: official, start: postStart, end: clauseEnd))
        }
      }
    }
  }

  /// The words an election writes between 当选(为) and a society's head (第二届理事会, 新一届,
  /// 首任, 商会新一届): `range` holds only those, and the role is a head's (会长, 理事长). Returns
  /// the society's kind word written there (商会), or "" when none is.
  func electingSocietyKind(_ range: Range<Int>, role: String?) -> String? {
    guard let role, role.hasSuffix("会长") || role.hasSuffix("理事长") else { return nil }
    var position = range.lowerBound
    var kind = ""
    if let written = Self.societyKinds.first(where: { starts($0, at: position) }) {
      kind = written
      position += written.unicodeScalars.count
    }
    while position < range.upperBound {
      if let word = Self.electionTermWords.first(where: { starts($0, at: position) }) {
        position += word.unicodeScalars.count
      } else if text[position] == "第" {
        // 第二届, 第10届
        var end = position + 1
        while end < range.upperBound,
          Self.isDigit(text[end]) || "一二三四五六七八九十".unicodeScalars.contains(text[end])
        {
          end += 1
        }
        guard end > position + 1, end < range.upperBound, text[end] == "届" || text[end] == "任"
        else { return nil }
        position = end + 1
      } else {
        return nil
      }
    }
    return position == range.upperBound ? kind : nil
  }

  /// A term's words before an elected head's post (首届, 新一届理事会).
  static let electionTermWords = ["新一届", "首届", "首任", "本届", "新任", "理事会", "新"]

  /// The names joined by 、 that end at `end`: read already as persons, or a name's length.
  private func namesEnding(at end: Int, afterPost: Bool = false) -> [Range<Int>] {
    var names: [Range<Int>] = []
    var position = end
    while position > 0 {
      // 甲、乙（女）、丙当选为…: a bracketed 女 after a name is no part of it.
      if ends("（女）", at: position) || ends("(女)", at: position) { position -= 3 }
      if let read = mentions.first(where: {
        $0.isPerson && $0.end == position && $0.visibility != .dropped
      }) {
        names.insert(read.start..<read.end, at: 0)
        position = read.start
      } else if position >= 2,
        let start = [position - 3, position - 2].first(where: { start in
          start >= 0 && nameLength(at: start).map { start + $0 == position } == true
        })
      {
        names.insert(start..<position, at: 0)
        position = start
      } else {
        break
      }
      guard position > 0, text[position - 1] == "、" else { break }
      position -= 1
    }
    // A name begins the clause or follows punctuation (the elected are the subject).
    guard let first = names.first?.lowerBound,
      first == 0 || !Self.isIdeograph(text[first - 1]) || names.count > 1 || taken[first - 1]
        || afterPost && posts.contains(where: { $0.end == first })
    else { return [] }
    return names
  }

  private func nextWord(_ word: String, from start: Int) -> Int? {
    // NB: the word's length counted once (counting its scalars at every position of every
    // sentence walked the string each time: 3.7% of the pipeline's instructions).
    let length = word.unicodeScalars.count
    // NB: the word's first scalar tested in place before a call to compare the rest.
    let first = word.unicodeScalars.first
    var index = start
    while index + length <= text.count {
      if first == nil || text[index] == first, starts(word, at: index) { return index }
      index += 1
    }
    return nil
  }
}
