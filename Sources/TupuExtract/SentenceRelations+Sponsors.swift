import TupuGraph
import TupuOntology

extension SentenceRelations {
  // MARK: Sponsors

  /// Kind words a donation cue may qualify: 捐赠仪式, 捐赠活动, 捐赠证书, 投资协议.
  static let cueQualified = [
    "仪式", "活动", "证书", "牌", "协议", "签约", "现场", "环节", "典礼", "大会", "人数", "单位",
    "额", "总额", "规模", "环境", "者", "主体", "方", "力度", "热情", "意向", "需求", "领域", "项目",
  ]
  /// 计划投资, 拟投资, 还出资: a clause that begins so goes on with the giver before it.
  static let clauseOpeners = ["计划", "拟", "将", "还", "又", "再", "共", "先后", "累计", "另"]
  /// 总投资, 累计投资, 完成投资: an amount, no one's act of giving.
  static let amountWords = ["总", "累计", "完成", "实际", "计划总", "固定资产"]

  /// 收到, 得到, 受到, 拿到, 接到: 到 after these ends a verb of receiving.
  static let receivingBeforeTo = ScalarChoice("收得受拿接达遇看感".unicodeScalars)

  static let recipientClasses: EntityClassSet = [
    .community, .street, .district, .project, .meeting, .organization, .place,
  ]

  func isGiver(_ className: EntityClass) -> Bool { isPerson(className) || className == .organization }

  /// 社区, 该社区, 我们街道: the article's community or street.
  func hereRecipient(at index: Int) -> String? {
    if let match = lexicon.list(.hereCommunity).longest(in: text, at: index),
      index + match.word.count <= text.count, let community = sentence.context.community
    {
      return reading.canonical[DocumentReading.key(.community, community)]
    }
    if lexicon.list(.hereStreet).longestLength(in: text, at: index) != nil,
      let street = sentence.context.street
    {
      return reading.canonical[DocumentReading.key(.street, street)]
    }
    return nil
  }

  mutating func readSponsors() {
    let toward = lexicon.list(.toward)
    // Who received the gifts this sentence has read so far (甲公司向乙小学捐赠10万元，丙公司捐赠5万元).
    var received: [(name: String, at: Int)] = []
    for cue in cueOccurrences("giver-cue-recipient") + cueOccurrences("giver-gift-recipient") {
      // 向某社区送来口罩等物资: a verb of bringing gives only when goods or money follow it in
      // its clause and the recipient stands after 向/为/给 (为企业提供服务 gives nothing).
      let bringing = cue.pattern.matcher == "giver-gift-recipient"
      if bringing, !isGiftFollowing(cue.end) { continue }
      if isGiftNoun(cue) { continue }
      // 某县招商投资局, 某某助学捐赠仪式: a cue word inside a name gives nothing; nor does one
      // that only qualifies a kind word (出席捐赠仪式, 颁发捐赠证书). A ceremony's name may state
      // a gift whole (某基金捐资建设某学校新教学楼签约仪式): its giver and school are read.
      if entities.contains(where: {
        $0.mention.start < cue.end && $0.mention.end > cue.start && $0.className != .meeting
      })
        || Self.cueQualified.contains(where: { starts($0, at: cue.end) })
        || namesBody(afterCue: cue.end)
        || starts("投资", at: cue.start) && Self.amountWords.contains(where: { ends($0, at: cue.start) })
          && !isGivenBy(amountBefore: cue.start)
        || starts("投资", at: cue.start) && describesCost(start: cue.start, end: cue.end)
      {
        continue
      }
      // 某某代表某街道接受捐赠: those before 接受 receive; the giver is not named here.
      if lexicon.list(.receive).longest(in: text, endingAt: cue.start) != nil { continue }
      let start = clauseStart(before: cue.start)
      // 发出关于为某村捐建机井的倡议书: a gift a document is about is not made here.
      if (start..<cue.start).contains(where: { starts("关于", at: $0) }) { continue }
      var towardAt: Int?
      // The recipient stands right before the cue: 向某街道捐赠, 向社区“某超市”捐赠.
      for position in stride(from: cue.start - 1, through: max(start, cue.start - 12), by: -1)
      where toward.longestLength(in: text, at: position) != nil
        && !entities.contains(where: { $0.mention.start <= position && $0.mention.end > position })
      {
        towardAt = position
        break
      }
      // 向某街道办事处某社区送来: a long chain of places, read back from the cue.
      if towardAt == nil { towardAt = towardBeforePlaces(endingAt: cue.start, clauseStart: start) }
      // 向革命老区某乡某小学捐款: a recipient too long for the window, right before the cue.
      var farRecipient: SentenceEntity?
      if towardAt == nil, let far = towardBeforeRecipient(endingAt: cue.start, clauseStart: start) {
        towardAt = far.at
        farRecipient = far.recipient
      }
      var recipient: String?
      var moreRecipients: [String] = []
      var givers: [String] = []
      var toPupils = false
      if bringing, towardAt == nil {
        // 某社区收到…——甲赠予的…: the one case a verb of giving needs no 向 before it.
        if let received = receivedEarlier(beforeGiftAt: cue),
          let giver = entities.last(where: { isGiver($0.className) && $0.mention.end == cue.start }),
          giver.name != received
        {
          add(giver.name, cue.pattern.predicate, received, cue.pattern.id)
        }
        continue
      }
      if let towardAt {
        // 向昌吉州阜康市某社区: the chain may begin with a city, which never receives.
        var head = firstEntity(where: {
          Self.recipientClasses.contains($0.className) && $0.mention.start == towardAt + 1
        })
        if head == nil,
          var city = firstEntity(where: {
            $0.className == .city && $0.mention.start == towardAt + 1
          })
        {
          while let next = firstEntity(where: {
            $0.mention.start == city.mention.end && $0.className == .city
          }) {
            city = next
          }
          head = firstEntity(where: {
            Self.recipientClasses.contains($0.className) && $0.mention.start == city.mention.end
          })
        }
        if head == nil,
          let named = recipientNamedAfterReference(at: towardAt + 1, before: cue.start)
        {
          // 向该镇中心卫生院捐赠: the town's hospital, not the town (nothing when not named).
          recipient = named.isEmpty ? nil : named
        } else {
          // 向村委会捐资: the article's village, its committee written bare.
          recipient =
            innermost(head)?.name ?? hereRecipient(at: towardAt + 1)
            ?? referent(at: towardAt + 1)?.name ?? villageReferred(at: towardAt + 1)
        }
        if let farRecipient { recipient = farRecipient.name }
        // 为困难学生送上…, 为这里的师生们送上…: pupils are no entity; the gift goes on to the
        // recipient the article carries (the school its ceremony is held in).
        if recipient == nil, towardAt + 1 < cue.start, onlyPupils(towardAt + 1..<cue.start) {
          toPupils = true
        }
        // 向甲社区、乙社区各捐赠: every recipient of the list.
        if let head = innermost(head) { moreRecipients = listed(after: head) }
        for segment in segments(start..<towardAt) {
          let inside = entities.filter {
            $0.mention.start >= segment.lowerBound && $0.mention.end <= segment.upperBound
              && !isIntermediary($0.mention)
          }
          if let body = inside.last(where: { $0.className == .organization }),
            body.mention.end == segment.upperBound, ends("代表", at: body.mention.start)
          {
            // 某某代表某商会向…捐款: the body spoken for gives.
            givers.append(body.name)
          } else if let person = inside.last(where: { isPerson($0.className) }) {
            givers.append(person.name)
          } else if let body = inside.last(where: { $0.className == .organization }) {
            givers.append(body.name)
          } else if let division = divisionGiver(in: inside, before: towardAt) {
            givers.append(division)
          }
        }
        // 甲公司、乙公司，分别向某村捐赠: a clause with only adverbs before 向 goes on with every
        // giver the clause before lists.
        if givers.isEmpty, start > 0, onlyAdverbs(start..<towardAt) {
          givers = listedGivers(in: clauseStart(before: start - 1)..<(start - 1))
        }
        // 甲公司向某村捐赠…；乙药房向丙社区捐赠: a giver not read is no earlier item's giver.
        let item = listItemStart(before: towardAt)
        if givers.isEmpty, let referred = referredCompany(before: towardAt, from: item) {
          givers = [referred]
        }
        // 某银行带着…，为这里的师生们送上…: a clause that begins with 为 goes on with the giver
        // the sentence named before.
        if givers.isEmpty, toPupils, start == towardAt, start > 0,
          let previous = entities.last(where: {
            isGiver($0.className) && $0.mention.end <= start && !isIntermediary($0.mention)
          })
        {
          givers = [previous.name]
        }
        // 两家爱心企业共向社区捐赠, 3家爱心企业代表分别向某村捐赠: the firms the article listed
        // before, as many as the clause counts.
        if givers.isEmpty, let count = countedFirms(in: start..<towardAt) {
          givers = countedGivers(count, before: towardAt)
        }
        // 某某响应某工商联倡议，个人向…捐赠: the person, not the body named after them.
        let personally = ["个人", "本人"].contains { starts($0, at: start) && start + 2 == towardAt }
        if givers.isEmpty, !bringing, !endsWithUnreadFirm(before: towardAt, from: start),
          let nearest = entities.last(where: {
            isGiver($0.className) && $0.mention.end <= towardAt && $0.mention.start >= item
              && !isIntermediary($0.mention) && (!personally || isPerson($0.className))
              // …向甲小学捐资8万，向乙学校捐资7万: a recipient before is no giver.
              && lexicon.list(.toward).longest(in: text, endingAt: $0.mention.start) == nil
          })
        {
          // 甲、乙、丙等企业负责人齐聚一堂，…，向某小学捐赠: a giver carried from an earlier
          // clause brings the list it ends.
          givers = nearest.mention.end <= start ? carriedGivers(nearest) : [nearest.name]
        }
      } else if let givenAt = givenAt(afterCue: cue.end),
        let given = firstEntity(where: {
          Self.recipientClasses.contains($0.className) && $0.mention.start == givenAt
        })
      {
        // 捐赠给某村小学, 捐资6000元给某村: the recipient right after 给.
        recipient = innermost(given)?.name
        // 捐赠给某县新建某幼儿园: what is being built in the places after 给 receives.
        if let built = builtAfterPlaces(from: givenAt) { recipient = built }
        // (通过某红十字会捐赠给…: the body that passes the gift on gives nothing.)
        if let nearest = entities.last(where: {
          isGiver($0.className) && $0.mention.end <= cue.start && $0.mention.start >= start
            && !isIntermediary($0.mention)
        }) {
          givers = [nearest.name]
        } else if continuesGiver(from: start, to: cue.start),
          let previous = entities.last(where: {
            isGiver($0.className) && $0.mention.end <= cue.start && !isIntermediary($0.mention)
          })
        {
          // 某公司拿出120万元，捐赠给…: the giver of the clause before goes on (甲、乙等企业，
          // 通过某红十字会捐赠给…: with the list it ends).
          givers = carriedGivers(previous)
        }
      } else {
        let end = clauseEnd(after: cue.end)
        // 投资建设某项目: an investment sponsors the named work it runs into, not the place where
        // it is made (投资10亿元在某镇建设…) nor a body (Rulings: sponsors).
        let invests = starts("投资", at: cue.start)
        let reach = giftReach(from: end)
        // 资助某街道某村修缮…: the innermost place of a nested chain receives.
        // 在某开发区建设…, 与某镇合作…, …，位于某开发区: where it is made and with whom, not
        // what receives.
        let place = firstEntity(where: {
          Self.recipientClasses.contains($0.className) && $0.className != .organization
            && $0.mention.start >= cue.end
            && (!invests || [.project, .place].contains($0.className))
            && !isNotReceiving(at: $0.mention.start, invests: invests) && !headsBody($0)
            && !beginsUnreadInstitution($0)
            // 赞助某论坛: a meeting receives only right after the cue (出资捐助建成的某小学挂牌
            // 仪式 names a ceremony, not what was given).
            && ($0.className != .meeting || $0.mention.start == cue.end)
            // 援建…仪式在某市举行，…对某县教育…: a gift reaches no place past its clause, unless
            // the next clause says what it is for (捐资10万元，用于某村修路).
            && (invests || $0.mention.start < reach)
            // 甲公司投资建设某项目；乙公司投资建设丙项目: an investment never reaches past its
            // own item of a list (its work may be one not read).
            && (!invests || !crossesListItem(from: cue.end, to: $0.mention.start))
            // …投资开发的房地产项目，拟建设某小区: an investment written as what it made (投资
            // 开发的) reaches no work past its clause.
            && (!invests || !isAttributive(afterCue: cue.end) || $0.mention.start < end)
            // 开展爱心捐赠，并举行某签约仪式: a ceremony held in a later clause is no gift's.
            && ($0.className != .meeting || $0.mention.start < end)
            && !isInsideMeetingName($0.mention)
        })
        // 捐助某镇中心小学: the school or company whose name begins with the place receives.
        let named = place.flatMap { place in
          entities.last(where: {
            $0.className == .organization && !$0.mention.isBody && !invests
              && $0.mention.start == place.mention.start && $0.mention.end > place.mention.end
          })
        }
        // 援建某小学, 资助某学校20万元: a school, hospital or firm right after a gift's cue
        // receives it (an investment's firm is a partner, not a recipient).
        var objectAt = cue.end
        if objectAt < text.count, text[objectAt] == "了" { objectAt += 1 }
        // 捐资建设某小学: the school built with the gift receives it.
        if let verb = Self.builtVerbs.first(where: { starts($0, at: objectAt) }) {
          objectAt += verb.unicodeScalars.count
        }
        let direct =
          invests
          ? nil
          : firstEntity(where: {
            $0.mention.start == objectAt && $0.className == .organization && !$0.mention.isBody
          })
        recipient = direct?.name ?? named?.name ?? innermost(place)?.name
        // 某企业家捐建的某小学, 某公司出资修建的某村文化广场: what was built after 的 receives,
        // a school or company too; a place that only begins a name not read gives nothing
        // (出资修建的某村便民桥 is no gift to the village).
        if let attributive = attributiveEnd(afterCue: cue.end) {
          // 出资建成的“某小学”挂牌仪式: a ceremony named after what was given is not given
          // anything itself (赞助的某论坛 is a meeting sponsored).
          let built = firstEntity(where: {
            $0.mention.start == attributive && Self.recipientClasses.contains($0.className)
              && !$0.mention.isBody && !(invests && $0.className == .organization)
              && !($0.className == .meeting
                && (ExactText.ends($0.name, with: "仪式") || ExactText.ends($0.name, with: "典礼")))
          })
          recipient = built.flatMap { built in
            // 的某镇某村文化广场: the longest name that begins with the chain's last place.
            let chain = innermost(built) ?? built
            let inner =
              firstEntity(where: {
                $0.mention.start == chain.mention.start && !$0.mention.isBody
                  && Self.recipientClasses.contains($0.className)
              }) ?? chain
            let end = inner.mention.end
            let divisions: EntityClassSet = [.district, .street, .community]
            if divisions.contains(inner.className), end < text.count,
              SentenceReader.isIdeograph(text[end])
            {
              return nil
            }
            return inner.name
          }
        }
        // 某企业家捐建的新文化活动中心, 由乡贤某某捐助的教学楼: a work not named, after 的, was
        // given to the place or school the sentence names last before its giver.
        var attributedGiver: String?
        if recipient == nil, !invests, let unnamed = unnamedWorkGift(cue: cue) {
          recipient = unnamed.recipient
          attributedGiver = unnamed.giver
        }
        if recipient == nil, !invests {
          // 资助社区开展…: the article's community, named right after the cue.
          recipient = hereRecipient(at: cue.end)
          for position in cue.end..<end where recipient == nil {
            recipient = hereRecipientAfterWe(position)
          }
          // 捐资30万元用于该村道路硬化, 捐赠一批路灯…，为村里增添…: the article's village, referred
          // to in the gift's clause or in the clauses that say what it is for.
          for position in cue.end..<reach where recipient == nil {
            recipient = villageReferred(at: position)
          }
        }
        // 某工商联组织爱心企业到某村幼儿园开展捐赠: the place gone to is where, not who gives.
        // (收到, 得到, 受到: 到 of a verb of receiving is no going.)
        let goneTo = (start..<cue.start).last { position in
          (text[position] == "赴"
            || text[position] == "进" && position > 0 && text[position - 1] == "走"
            || text[position] == "到"
              && (position == 0 || !Self.receivingBeforeTo.contains(text[position - 1])))
            && !entities.contains { $0.mention.start <= position && position < $0.mention.end }
        }
        // 赴某县捐赠10万元: with nothing after the cue to receive it, the place gone to, right
        // before the cue, receives.
        if recipient == nil, !invests, let goneTo,
          let place = goneToRecipient(after: goneTo, before: cue.start)
        {
          recipient = place
        }
        if let nearest = entities.last(where: {
          isGiver($0.className) && $0.mention.end <= (goneTo ?? cue.start)
            && $0.mention.start >= start && !isIntermediary($0.mention)
        }) {
          givers = [nearest.name]
        } else if let referred = referredCompany(before: cue.start),
          (start..<cue.start).contains(where: { starts("该", at: $0) })
        {
          // 该公司还出资…: the company the article named last.
          givers = [referred]
        } else if let person = pronounGiver(clauseStart: start, before: cue.start) {
          // 某某…，他捐资15万元…: he is the person named last.
          givers = [person]
        } else if continuesGiver(from: start, to: cue.start) || goneTo == start
          || goneTo == start + 1 && text[start] == "来",
          let previous = entities.last(where: {
            isGiver($0.className) && $0.mention.end <= cue.start && !isIntermediary($0.mention)
          })
        {
          // 某银行出资2万元，资助社区开展…: a clause that begins with the cue goes on with the
          // giver of the clause before; so does one that begins with where they went (某某一行，
          // 赴某县捐赠…).
          givers = [previous.name]
        } else if Self.clauseOpeners.contains(where: { starts($0, at: start) }),
          cue.start - start <= 3,
          let subject = entities.first(where: { isGiver($0.className) }),
          subject.mention.end <= start
        {
          // 某集团与某区政府签订协议，计划投资…: the sentence's subject goes on.
          givers = [subject.name]
        }
        if let attributedGiver { givers = [attributedGiver] }
        // 北京援建的某工程, 某区捐建的某学校: the place right before an attributive cue built it;
        // no one further back gives (a district, street or community acting as a body does).
        if attributiveEnd(afterCue: cue.end) != nil,
          let place = entities.last(where: {
            $0.mention.end == cue.start
              && [.city, .district, .street, .community].contains($0.className)
          }),
          // 在某区投资建设的: where it was made, not who made it.
          !isWhere(place)
        {
          givers = place.className == .city ? [] : [place.name]
        }
        // 甲公司、乙公司分别捐款…: every giver the clause lists right before the cue.
        if givers.count == 1, attributedGiver == nil,
          let last = entities.last(where: { $0.name == givers[0] && $0.mention.end <= cue.start }),
          onlyAdverbs(last.mention.end..<cue.start) || closesGiverList(last.mention.end..<cue.start)
        {
          let listed = listedGivers(in: start..<cue.start)
          if listed.last == givers[0] { givers = listed }
        }
        // 由某公司投资建设: the giver follows 由, and what it built is written before 由 (某产业园
        // （位于…，）由…投资建设) or after 的 (由…出资建设的某饭堂). This reading wins over a
        // place named later in the sentence.
        // 由某集团独家全额捐赠: words of manner may stand between the giver and the cue.
        // 由甲、乙共同投资兴建, 某项目是甲投资建设: every giver of a list that follows 由, or
        // follows 是 right after the project (是由 too).
        if let giver = entities.last(where: {
          isGiver($0.className) && $0.mention.end <= cue.start
            && ($0.mention.end + 2 >= cue.start || onlyManner($0.mention.end..<cue.start))
        }), case let listed = byList(endingWith: giver),
          case let subject = isAfterBy(listed[0].mention.start)
            ? nil : subjectBeforeIs(listed[0].mention.start),
          subject != nil || isAfterBy(listed[0].mention.start)
        {
          var built = cue.end
          for word in ["建设", "建成", "兴建", "开发", "建"] where starts(word, at: built) {
            built += word.unicodeScalars.count
            break
          }
          let builtClasses: EntityClassSet = [.project, .place, .community]
          // After 的 the built thing may come inside its places (…的白水街道某社区文化广场).
          let attributive = built < text.count && text[built] == "的"
          let clause = (built + 1)..<max(built + 1, clauseEnd(after: built))
          let named = attributive ? entities.filter { clause.contains($0.mention.start) } : []
          let after =
            named.first(where: { [.project, .place].contains($0.className) })
            ?? named.first(where: { builtClasses.contains($0.className) })
          // 某小学由某公司援建: a gift may build a school or hospital too (not an investment).
          // 某基金会…，由某集团全额捐赠: a foundation, though written as a body, receives.
          let before = firstEntity(where: {
            ($0.className == .project || $0.className == .place
              || !invests && $0.className == .organization
                && (!$0.mention.isBody || ExactText.ends($0.name, with: "基金会")))
              && $0.mention.end < giver.mention.start
          })
          if let project = after ?? subject ?? before {
            recipient = project.name
            givers = listed.map(\.name)
          } else if let referred = referent(
            in: 0..<giver.mention.start, clauseStart: 0), referred.className == .project
          {
            // 该项目总投资…，由某公司投资建设: the project the article named before.
            recipient = referred.name
            givers = listed.map(\.name)
          }
        }
        // 某社区收到某公司捐赠的…: the recipient stands before 收到 (某区已收到, 某村先后收到:
        // adverbs may stand between).
        if recipient == nil {
          let receive = lexicon.list(.receive)
          for position in start..<cue.start where receive.longestLength(in: text, at: position) != nil {
            recipient =
              entities.last(where: {
                Self.recipientClasses.contains($0.className) && $0.mention.end <= position
                  && onlyAdverbs($0.mention.end..<position)
              })?.name
            if recipient != nil { break }
          }
        }
        // 某社区收到几份捐助——甲捐赠的…、乙捐赠的…: a gift named by its giver, listed after
        // what the recipient received earlier in the sentence.
        if recipient == nil, let received = receivedEarlier(beforeGiftAt: cue) {
          recipient = received
        }
      }
      // 某公司捐赠的物资送达某社区: what was given reaches the recipient named after.
      if recipient == nil, let delivered = deliveredRecipient(after: cue.end) {
        recipient = delivered
        if givers.isEmpty,
          let nearest = entities.last(where: {
            isGiver($0.className) && $0.mention.end <= cue.start
              && $0.mention.start >= clauseStart(before: cue.start)
          })
        {
          givers = [nearest.name]
        }
      }
      // 甲公司定点帮扶乙县以来，累计投入帮扶资金…; 甲商会与乙村、丙村签订结对帮扶协议，分别捐赠…:
      // a gift whose clause names no recipient goes to the places its giver is paired with earlier
      // in the sentence (an investment never: it sponsors a work).
      if recipient == nil, towardAt == nil, !starts("投资", at: cue.start),
        let paired = pairedRecipients(before: cue.start, givers: givers)
      {
        givers = [paired.giver]
        recipient = paired.places[0]
        moreRecipients = Array(paired.places.dropFirst())
      }
      // 甲公司向乙小学捐赠…。丙公司捐款5万元: a gift whose clause names no one to receive it goes
      // to the one recipient the article named before.
      let item = received.filter { $0.at >= listItemStart(before: cue.start) }
      var carriedIn = false
      // (甲为某小学捐赠…；乙为困难学生送上…: a gift to pupils goes to the school an earlier item
      // gave to.)
      let pupilsFrom = toPupils && item.isEmpty ? received : item
      if recipient == nil, towardAt == nil || toPupils, !givers.isEmpty,
        received.isEmpty || !pupilsFrom.isEmpty,
        let carried = carriedRecipient(
          cue: cue,
          // 甲…；乙捐赠口罩投入一线: a list item's gift is its own.
          inSentence: pupilsFrom.map(\.name))
      {
        recipient = carried
        carriedIn = received.isEmpty
      }
      guard let recipient else { continue }
      // 社会各界向某慈善总会捐款捐物。当日甲公司捐赠…；乙公司捐赠…: a recipient whose givers go
      // unnamed receives the article's later gifts that name none.
      // (向甲、乙捐款 names two: a later gift's recipient stays unknown.)
      if givers.isEmpty, towardAt != nil {
        for one in [recipient] + moreRecipients where !unnamedGiversRecipients.contains(one) {
          unnamedGiversRecipients.append(one)
        }
      }
      // A recipient carried from the sentences before stays every list item's (甲捐赠…；乙捐赠…).
      if carriedIn {
        for giver in givers where giver != recipient {
          add(giver, cue.pattern.predicate, recipient, cue.pattern.id)
        }
        continue
      }
      for giver in givers where giver != recipient {
        for one in [recipient] + moreRecipients where one != giver {
          add(giver, cue.pattern.predicate, one, cue.pattern.id)
          if !received.contains(where: { $0.name == one }) { received.append((one, cue.start)) }
        }
      }
    }
    readCeremonyGoers()
    readGiftsFrom()
    readHandedGifts()
    readDonationAgreements()
  }

  /// What a gift is, written between where it came from and where it went (物资, 善款).
  static let giftWords = ["物资", "善款", "捐款", "物品", "款物", "礼包", "慰问品", "图书", "爱心"]

  /// 来自某公司的100箱食品物资送达某街道: a gift written as where it came from, and the place
  /// a delivering verb brings it to later in the sentence.
  mutating func readGiftsFrom() {
    for cue in cueOccurrences("gift-from-delivered") {
      guard
        let giver = firstEntity(where: {
          $0.mention.start == cue.end && isGiver($0.className)
        }),
        giver.mention.end < text.count, text[giver.mention.end] == "的"
      else { continue }
      var position = giver.mention.end + 1
      var gift = false
      while position < text.count, text[position] != "。" {
        if Self.giftWords.contains(where: { starts($0, at: position) }) { gift = true }
        if gift, let word = Self.deliveryWords.first(where: { starts($0, at: position) }) {
          let at = position + word.unicodeScalars.count
          if let recipient = innermost(
            firstEntity(where: {
              $0.mention.start == at && Self.recipientClasses.contains($0.className)
                && !$0.mention.isBody
            }))
          {
            add(giver.name, cue.pattern.predicate, recipient.name, cue.pattern.id)
          }
          break
        }
        position += 1
      }
    }
  }

  /// Where the list item holding `index` begins: after the last ； before it, or 0.
  func listItemStart(before index: Int) -> Int {
    var position = index
    while position > 0, !"；;".unicodeScalars.contains(text[position - 1]) { position -= 1 }
    return position
  }

  /// Whether a list item's end (；) stands between `start` and `end`.
  func crossesListItem(from start: Int, to end: Int) -> Bool {
    start < end && text[start..<end].contains { "；;".unicodeScalars.contains($0) }
  }

  /// How a giver gave, between 由某集团 and the cue (独家全额捐赠, 全部出资).
  static let mannerWords = ["独家", "全额", "全部", "共同", "独资", "无偿"]

  /// Whether `range` holds only words of manner (独家全额), at least one.
  func onlyManner(_ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound {
      guard let word = Self.mannerWords.first(where: { starts($0, at: position) }) else {
        return false
      }
      position += word.unicodeScalars.count
    }
    return position == range.upperBound && !range.isEmpty
  }

  /// 由某公司总投资3亿元建设: after 由 and a giver, 总投资 is that giver's act, not a bare amount.
  func isGivenBy(amountBefore cueStart: Int) -> Bool {
    guard let word = Self.amountWords.first(where: { ends($0, at: cueStart) }),
      let giver = entities.last(where: {
        isGiver($0.className) && $0.mention.end == cueStart - word.unicodeScalars.count
      })
    else { return false }
    return giver.mention.start > 0 && text[giver.mention.start - 1] == "由"
  }

  /// 该行, 该公司, 该集团 before `position`: the last bank, company or group the article named.
  func referredCompany(before position: Int, from lower: Int = 0) -> String? {
    let references: [(word: String, endings: [String])] = [
      ("该行", ["银行", "支行", "分行", "信用社"]), ("该公司", ["公司"]), ("该集团", ["集团", "集团有限公司"]),
      ("该企业", ["公司", "集团", "厂"]),
    ]
    guard
      let reference = references.first(where: { reference in
        // NB: the word tried only where its first scalar stands.
        let first = reference.word.unicodeScalars.first
        return (lower..<max(lower, position)).contains {
          $0 < text.count && text[$0] == first && starts(reference.word, at: $0)
        }
      })
    else { return nil }
    let earlier = reading.sentences.filter {
      $0.article == sentence.article && $0.index <= sentence.index
    }
    for read in earlier.reversed() {
      for mention in read.mentions.reversed()
      where mention.visibility == .entity && mention.className == .organization && !mention.isBody
      {
        guard let entity = reading.entity(mention),
          reference.endings.contains(where: { ExactText.ends(entity.name, with: $0) })
        else { continue }
        if read.index == sentence.index, mention.start >= position { continue }
        return entity.name
      }
    }
    return nil
  }

  /// 向某乡某村捐赠: the most specific place of a nested name is the recipient.
  func innermost(
    _ entity: SentenceEntity?,
    among classes: EntityClassSet = recipientClasses
  ) -> SentenceEntity? {
    guard var current = entity else { return nil }
    while let inner = firstEntity(where: {
      $0.mention.start == current.mention.end && classes.contains($0.className)
        && $0.mention.container != nil
    }) {
      current = inner
    }
    return current
  }

  /// Words that refer back to the article's village (该村, 村里, 俺村, and its committee: 村委会).
  static let villageReferences = ["该村", "本村", "村里", "我村", "俺村", "村委会", "村委", "村两委"]

  /// 用于该村…, 为村里…: the article's village, when a word at `index` refers back to it and the
  /// community the article named last is a village.
  func villageReferred(at index: Int) -> String? {
    guard Self.villageReferences.contains(where: { starts($0, at: index) }),
      !entities.contains(where: { $0.mention.start <= index && index < $0.mention.end }),
      let community = sentence.context.community, ExactText.ends(community, with: "村")
    else { return nil }
    return reading.canonical[DocumentReading.key(.community, community)]
  }

  func hereRecipientAfterWe(_ index: Int) -> String? {
    guard index + 1 < text.count, text[index] == "我", text[index + 1] == "们" else { return nil }
    return hereRecipient(at: index + 2)
  }

  /// Splits `range` at list commas and 及/和 (givers 甲、乙公司、丙).
  func segments(_ range: Range<Int>) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = range.lowerBound
    for position in range where text[position] == "、" {
      result.append(start..<position)
      start = position + 1
    }
    result.append(start..<range.upperBound)
    return result
  }
}

extension SentenceRelations {
  /// The first entity in reading order that `matches`, the longest of those that begin together:
  /// 某县第二医院 rather than the 某县 its name begins with.
  func firstEntity(
    where matches: (SentenceEntity) -> Bool
  ) -> SentenceEntity? {
    var best: SentenceEntity?
    for entity in entities where matches(entity) {
      guard let found = best else {
        best = entity
        continue
      }
      if entity.mention.start > found.mention.start { break }
      if entity.mention.end > found.mention.end { best = entity }
    }
    return best
  }
}

extension SentenceRelations {
  /// Words before a place that say with whom a gift is made, or where an investment goes on
  /// (栽种在某社区 still gives to the community).
  static let partnerWords = ["与", "同"]
  static let investedAtWords = ["在", "位于", "坐落于", "坐落在", "地处", "落户", "选址于"]

  func isNotReceiving(at position: Int, invests: Bool) -> Bool {
    let words = invests ? Self.partnerWords + Self.investedAtWords : Self.partnerWords
    return words.contains { ends($0, at: position) }
  }

  /// Where the recipient starts after 给, right after the cue or after the amount given
  /// (捐赠给, 捐资6000元给); nil when no 给 follows.
  func givenAt(afterCue end: Int) -> Int? {
    var position = end
    while position < text.count,
      SentenceReader.isDigit(text[position]) || "0123456789.万亿千百余多元".unicodeScalars.contains(text[position])
    {
      position += 1
    }
    if position > end, text[position - 1] != "元" { return nil }
    // 捐赠至某社区 as 捐赠给 (捐赠至今 is since).
    guard position + 1 < text.count,
      text[position] == "给" || text[position] == "至" && text[position + 1] != "今"
    else { return nil }
    return position + 1
  }

  /// Verbs of building between a giving cue and 的 (出资修建的, 投资建设的).
  static let builtVerbs = ["修建", "建设", "兴建", "建成", "新建", "捐建", "援建", "建造", "打造", "建"]

  /// Where the name after 的 begins when the cue, or the cue and a verb of building, stands
  /// before 的 (捐建的某小学, 出资修建的某广场); nil otherwise.
  func attributiveEnd(afterCue end: Int) -> Int? {
    var position = end
    // 投资20亿元建设的: the amount given stands before the verb.
    var amount = position
    while amount < text.count,
      SentenceReader.isDigit(text[amount]) || "0123456789.万亿千百元美".unicodeScalars.contains(text[amount])
    {
      amount += 1
    }
    if amount > position, text[amount - 1] == "元" { position = amount }
    if let verb = Self.builtVerbs.first(where: { starts($0, at: position) }) {
      position += verb.unicodeScalars.count
    }
    guard position + 1 < text.count, text[position] == "的" else { return nil }
    return position + 1
  }

}

extension SentenceRelations {
  /// Verbs that bring what was given to its recipient (送达, 发放给).
  static let deliveryWords = [
    "送达", "送到", "送往", "交到", "交给", "转交给", "发放给", "发放到", "分发给", "发往", "运抵",
  ]

  /// 某公司捐赠的物资送达某社区: the recipient right after a delivering verb later in the sentence,
  /// when the cue is written as what was given (捐赠的).
  func deliveredRecipient(after cueEnd: Int) -> String? {
    guard cueEnd < text.count, text[cueEnd] == "的" || text[cueEnd] == "了" else { return nil }
    var position = cueEnd
    while position < text.count, text[position] != "。" {
      if let word = Self.deliveryWords.first(where: { starts($0, at: position) }) {
        let at = position + word.unicodeScalars.count
        return innermost(
          firstEntity(where: {
            $0.mention.start == at && Self.recipientClasses.contains($0.className)
              && !$0.mention.isBody
          }))?.name
      }
      position += 1
    }
    return nil
  }

  /// The places listed after `head` with 、和及 (甲社区、乙社区): the same class as it.
  func listed(after head: SentenceEntity) -> [String] {
    var names: [String] = []
    var end = head.mention.end
    while end + 1 < text.count, "、和及".unicodeScalars.contains(text[end]),
      let next = firstEntity(where: {
        $0.mention.start == end + 1 && $0.className == head.className
      })
    {
      names.append(next.name)
      end = next.mention.end
    }
    return names
  }
}

extension SentenceRelations {
  /// Words before a fund or body that only passes a gift on (Rulings: sponsors).
  static let intermediaryWords = ["通过", "经由", "经", "委托", "借助", "依托"]

  /// 通过某慈善总会, 经某红十字会: the body passes the gift on and sponsors nothing.
  func isIntermediary(_ mention: Mention) -> Bool {
    Self.intermediaryWords.contains { ends($0, at: mention.start) }
  }
}

extension SentenceRelations {
  /// Words that open a clause saying what a gift is for, what it bought and built or with whom
  /// (…，用于某村修路; …，购买了树木，栽种在某社区; …，与某镇合作建设某园).
  static let purposeOpeners = [
    "用于", "帮助", "支持", "助力", "资助", "为", "给", "向", "购买", "采购", "购置", "栽种", "种植",
    "安装", "修建", "新建", "建设", "兴建", "修缮", "改造", "硬化", "铺设", "捐赠", "送到", "送往",
    "与", "同", "联合",
  ]

  /// Where the places a gift may go to end: its clause's end, or a later one's while each
  /// clause after it says what the gift is for or bought (at most two).
  func giftReach(from clauseEnd: Int) -> Int {
    var end = clauseEnd
    for _ in 0..<2 {
      guard end < text.count, text[end] != "。" else { return end }
      let next = end + 1
      var opener = next
      for word in ["并", "将", "全部", "主要", "专门", "专项", "共", "还"] where starts(word, at: opener) {
        opener += word.unicodeScalars.count
      }
      guard Self.purposeOpeners.contains(where: { starts($0, at: opener) }) else { return end }
      end = self.clauseEnd(after: next)
    }
    return end
  }
}

extension SentenceRelations {
  /// 援建某县实验小学新教学楼签字仪式: a division that only begins a school's or hospital's name
  /// the reading did not take receives nothing itself.
  func beginsUnreadInstitution(_ place: SentenceEntity) -> Bool {
    guard [.district, .street, .community].contains(place.className) else { return false }
    var position = place.mention.end
    while position < text.count, position - place.mention.end < 8,
      SentenceReader.isIdeograph(text[position]), !"的和与及".unicodeScalars.contains(text[position])
    {
      if position > place.mention.end,
        SentenceReader.institutionSuffixes.words.contains(where: { starts($0, at: position) })
      {
        return !entities.contains(where: {
          $0.mention.start == place.mention.start && $0.mention.end > place.mention.end
        })
      }
      position += 1
    }
    return false
  }
}

extension SentenceRelations {
  /// Words that may stand between a giver and 向 (某区共向某县捐赠).
  static let giverAdverbs = ["分别", "先后", "累计", "主动", "积极", "共", "还", "也", "各", "再", "又", "已"]

  /// 某区向某县捐赠, 某社区还向某村捐赠: a district, street or community acting as a body gives
  /// when it stands right before 向 (only adverbs between) and is not where something is done
  /// (在某社区向…).
  func divisionGiver(in inside: [SentenceEntity], before towardAt: Int) -> String? {
    let divisions: EntityClassSet = [.district, .street, .community]
    guard let division = inside.last(where: { divisions.contains($0.className) }) else {
      return nil
    }
    var position = division.mention.end
    while position < towardAt {
      guard let word = Self.giverAdverbs.first(where: { starts($0, at: position) }) else {
        return nil
      }
      position += word.unicodeScalars.count
    }
    guard position == towardAt else { return nil }
    if isWhere(division) { return nil }
    return division.name
  }

  /// 在某市某区, 到某镇: a place (or the chain of places it ends) after a word of where or with
  /// whom.
  func isWhere(_ place: SentenceEntity) -> Bool {
    var head = place.mention.start
    while let outer = entities.first(where: {
      $0.mention.end == head && [.city, .district, .street].contains($0.className)
    }) {
      head = outer.mention.start
    }
    return head > 0 && "在到赴于从与和同对为".unicodeScalars.contains(text[head - 1])
  }

  /// Fillers between the place gone to and a giving cue (到某村小学开展捐赠).
  static let goneToFillers = ["开展爱心", "进行爱心", "开展", "进行", "爱心", ""]

  /// 赴某省某县捐赠, 到某村小学开展捐赠: the innermost place or school named right after 赴 or
  /// 到 at `goneTo`, when only a filler stands between it and the cue.
  func goneToRecipient(after goneTo: Int, before cueStart: Int) -> String? {
    var position = goneTo + 1
    while let city = firstEntity(where: {
      $0.mention.start == position && $0.className == .city
    }) {
      position = city.mention.end
    }
    guard
      let place = innermost(
        firstEntity(where: {
          $0.mention.start == position && Self.recipientClasses.contains($0.className)
            && $0.className != .meeting && !$0.mention.isBody
        }))
    else { return nil }
    let end = place.mention.end
    guard end <= cueStart,
      Self.goneToFillers.contains(where: {
        end + $0.unicodeScalars.count == cueStart && starts($0, at: end)
      })
    else { return nil }
    return place.name
  }
}

extension SentenceRelations {
  /// Kind words that end a firm's or body's name (某某饭店, 某某药房).
  static let firmEndings = [
    "公司", "集团", "饭店", "酒店", "药房", "药店", "超市", "商行", "银行", "医院", "厂", "店", "商会", "协会",
    "先生", "女士",
  ]

  /// 苏湘阁饭店为某社区捐赠: a clause whose subject is a firm the reading did not take names its
  /// own giver, not an earlier clause's.
  func endsWithUnreadFirm(before index: Int, from clauseStart: Int) -> Bool {
    var end = index
    var moved = true
    while moved {
      moved = false
      for word in Self.giverAdverbs where end - word.unicodeScalars.count >= clauseStart {
        if ends(word, at: end) {
          end -= word.unicodeScalars.count
          moved = true
          break
        }
      }
    }
    guard end > clauseStart, Self.firmEndings.contains(where: { ends($0, at: end) }) else {
      return false
    }
    return !entities.contains { $0.mention.end == end }
  }
}

extension SentenceRelations {
  /// Words that may stand between a recipient and its cue (向某村无偿捐赠).
  static let recipientFillers = ["无偿", "分别", "定向", "再次", "现场", "共", "各"]

  /// 向革命老区某乡某小学捐款: the school, place or body that ends right before the cue (fillers
  /// between) and the 向, 为 or 给 a few unread characters before it; nil when none.
  func towardBeforeRecipient(endingAt cueStart: Int, clauseStart: Int)
    -> (at: Int, recipient: SentenceEntity)?
  {
    var end = cueStart
    var moved = true
    while moved {
      moved = false
      for word in Self.recipientFillers where end - word.unicodeScalars.count > clauseStart {
        if ends(word, at: end) {
          end -= word.unicodeScalars.count
          moved = true
          break
        }
      }
    }
    // A body (某镇派出所, 某村老年协会) may end the list only when a list leads back to 向.
    guard
      let recipient = entities.filter({
        $0.mention.end == end && $0.mention.start < end && $0.mention.start > clauseStart
          && Self.recipientClasses.contains($0.className) && $0.className != .meeting
      }).min(by: { $0.mention.start < $1.mention.start })
    else { return nil }
    let toward = lexicon.list(.toward)
    var first = recipient
    var position = recipient.mention.start - 1
    while position >= max(clauseStart, first.mention.start - 8) {
      // 分别向甲幼儿园、乙派出所、丙协会捐资: a list of recipients, read back item by item to
      // the 向 before its first.
      if text[position] == "、",
        let previous = entities.filter({
          $0.mention.end == position && $0.mention.start > clauseStart
            && Self.recipientClasses.contains($0.className) && $0.className != .meeting
        }).min(by: { $0.mention.start < $1.mention.start })
      {
        first = previous
        position = previous.mention.start - 1
        continue
      }
      if !SentenceReader.isIdeograph(text[position]) { return nil }
      if toward.longestLength(in: text, at: position) != nil,
        !entities.contains(where: { $0.mention.start <= position && $0.mention.end > position })
      {
        // (A body alone before the cue is no recipient read this far back.)
        if first === recipient, recipient.mention.isBody { return nil }
        return (position, first)
      }
      position -= 1
    }
    return nil
  }

  /// The adverbs a giver may leave before 向 or the cue, the longest first (共同 before 共).
  static let listAdverbs = (giverAdverbs + ["共同", "一起", "联合", "均", "都", "定向"]).sorted {
    $0.unicodeScalars.count > $1.unicodeScalars.count
  }

  /// Whether `range` holds only adverbs a giver may leave before 向 (分别, 共同).
  func onlyAdverbs(_ range: Range<Int>) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound {
      guard
        let word = Self.listAdverbs.first(where: {
          starts($0, at: position) && position + $0.unicodeScalars.count <= range.upperBound
        })
      else { return false }
      position += word.unicodeScalars.count
    }
    return true
  }

  /// Kind words that close a list of givers after 等 (等爱心企业, 等7家单位).
  static let listedGiverKinds = ["企业", "公司", "单位", "商会"]

  /// 等爱心企业共同, 等7家企业, 等单位分别: `range` closes a list of firms or bodies with 等, a
  /// count, 爱心 and their kind word, then only adverbs.
  func closesGiverList(_ range: Range<Int>) -> Bool {
    guard range.count >= 3, text[range.lowerBound] == "等" else { return false }
    var position = range.lowerBound + 1
    let numerals = "0123456789两二三四五六七八九十".unicodeScalars
    var counted = position
    while counted < range.upperBound, numerals.contains(text[counted]) { counted += 1 }
    if counted > position, counted < range.upperBound, text[counted] == "家" { position = counted + 1 }
    if starts("爱心", at: position) { position += 2 }
    guard let kind = Self.listedGiverKinds.first(where: { starts($0, at: position) }) else {
      return false
    }
    position += kind.unicodeScalars.count
    return position == range.upperBound
      || position < range.upperBound && onlyAdverbs(position..<range.upperBound)
  }

  /// The giver of each list segment of `range` (甲公司、乙集团旗下丙公司): its last person, or else
  /// its last organization, passing over bodies that only hand money on; empty unless two or
  /// more are listed.
  func listedGivers(in range: Range<Int>) -> [String] {
    guard range.lowerBound < range.upperBound else { return [] }
    var result: [String] = []
    for segment in segments(range) {
      let inside = entities.filter {
        $0.mention.start >= segment.lowerBound && $0.mention.end <= segment.upperBound
          && !isIntermediary($0.mention)
      }
      if let giver = inside.last(where: { isPerson($0.className) })
        ?? inside.last(where: { $0.className == .organization })
      {
        result.append(giver.name)
      }
    }
    return result.count >= 2 ? result : []
  }
}

extension SentenceRelations {
  /// Works a gift builds that articles leave unnamed after 的 (捐建的教学楼, 捐建的新文化活动中心).
  static let unnamedWorks = [
    "文化活动中心", "活动中心", "教学楼", "综合楼", "宿舍楼", "办公楼", "校舍", "食堂", "图书室", "卫生室",
    "文化广场", "广场", "村道", "道路", "水泥路", "桥",
  ]
  /// Words a giver's name may be followed by before the cue (乡贤某某先生捐助的).
  static let honorifics = ["先生", "女士", ""]

  /// 某企业家某某捐建的新文化活动中心: the giver right before the cue (an honorific between), and
  /// the innermost place or school named last before the giver in the sentence, when a work
  /// no name was read for follows 的.
  func unnamedWorkGift(cue: (start: Int, end: Int, pattern: ExtractionPattern))
    -> (giver: String, recipient: String)?
  {
    guard let attributive = attributiveEnd(afterCue: cue.end),
      !entities.contains(where: { $0.mention.start == attributive })
    else { return nil }
    var work = attributive
    if work < text.count, text[work] == "新" { work += 1 }
    guard Self.unnamedWorks.contains(where: { starts($0, at: work) }),
      let giver = entities.last(where: { giver in
        isGiver(giver.className)
          && Self.honorifics.contains(where: {
            giver.mention.end + $0.unicodeScalars.count == cue.start
              && starts($0, at: giver.mention.end)
          })
      }),
      let place = entities.last(where: {
        Self.recipientClasses.contains($0.className) && $0.className != .meeting
          && !$0.mention.isBody && $0.mention.end <= giver.mention.start
      })
    else { return nil }
    return (giver.name, (innermost(place) ?? place).name)
  }
}

extension SentenceRelations {
  /// The one recipient of the sentence's earlier gifts (else of the article's earlier sentences'),
  /// for a gift of money or goods whose clause, or the clauses saying what it is for, names
  /// nothing that could receive it after the cue; nil when none or several were named, or for an
  /// investment.
  func carriedRecipient(
    cue: (start: Int, end: Int, pattern: ExtractionPattern), inSentence received: [String]
  ) -> String? {
    var carried = received.isEmpty ? previousRecipients : received
    var atCeremony = false
    if carried.isEmpty, let named = ceremonyRecipient() {
      carried = [named]
      atCeremony = true
    }
    let end = clauseEnd(after: cue.end)
    let reach = giftReach(from: end)
    guard carried.count == 1, !starts("投资", at: cue.start),
      !entities.contains(where: {
        $0.mention.start >= cue.end && $0.mention.start < reach
          && Self.recipientClasses.contains($0.className)
      })
    else { return nil }
    // 某村开展爱心捐赠活动，甲带头捐款: at a gift's ceremony, giving money needs no amount.
    let money = atCeremony && ["捐款", "捐资"].contains { starts($0, at: cue.start) }
    guard money || isGift(in: cue.end..<end) || (cue.end..<end).contains(where: { text[$0] == "元" })
    else {
      return nil
    }
    return carried[0]
  }
}

extension SentenceRelations {
  /// 资助中心主任, 援建办公室: a cue that begins a body's name (not 捐赠中心小学, where 中心小学
  /// is the school given to).
  func namesBody(afterCue end: Int) -> Bool {
    if starts("办公室", at: end) { return true }
    // 某县国有资产投资经营有限公司, 某某投资集团: a firm's name the reading did not take.
    var position = end
    while ends("投资", at: end), position < text.count, position - end <= 4,
      SentenceReader.isIdeograph(text[position]),
      !"的和与及在向为给".unicodeScalars.contains(text[position])
    {
      if ["有限公司", "公司", "集团", "促进局"].contains(where: { starts($0, at: position) }) {
        return true
      }
      position += 1
    }
    guard starts("中心", at: end) else { return false }
    return !["中心小学", "中心学校", "中心校", "中心幼儿园", "中心卫生院", "中心医院"].contains {
      starts($0, at: end)
    }
  }
}

extension SentenceRelations {
  /// Verbs of getting what is then given (购买一批测温仪捐赠给…).
  static let gettingVerbs = ["购买", "采购", "购置", "拿出", "筹集", "募集", "筹措"]

  /// How the names of firms end (某某有限公司, 某某集团, 某某厂, 某某银行).
  static let countedFirmEndings = ["公司", "集团", "厂", "银行"]

  /// 两家爱心企业, 3家企业代表: the count of firms `range` refers to without naming them, when
  /// it names nothing itself.
  func countedFirms(in range: Range<Int>) -> Int? {
    guard !entities.contains(where: { range.contains($0.mention.start) }) else { return nil }
    for position in range where text[position] == "家" && position > range.lowerBound {
      // 两家, 3家: one numeral or digit of two to nine.
      guard let count = ListReader.smallCount(in: text, at: position - 1), count.end == position,
        (2...9).contains(count.value)
      else { continue }
      // 十二家, 12家: a longer number counts no list a sentence names.
      if position - 2 >= range.lowerBound,
        ListReader.smallCount(in: text, at: position - 2) != nil
          || "百余几".unicodeScalars.contains(text[position - 2])
      {
        continue
      }
      var after = position + 1
      if starts("爱心", at: after) { after += 2 }
      if starts("企业", at: after) || starts("公司", at: after) { return count.value }
    }
    return nil
  }

  /// The last `count` firms one earlier sentence of the article (or this one, before `position`)
  /// names; empty unless it names that many.
  func countedGivers(_ count: Int, before position: Int) -> [String] {
    let earlier = reading.sentences.filter {
      $0.article == sentence.article && $0.index <= sentence.index
    }
    for read in earlier.reversed() {
      var firms: [String] = []
      for mention in read.mentions
      where mention.visibility == .entity && mention.className == .organization && !mention.isBody
        && (read.index < sentence.index || mention.end <= position)
      {
        guard let entity = reading.entity(mention),
          Self.countedFirmEndings.contains(where: { ExactText.ends(entity.name, with: $0) })
        else { continue }
        firms.removeAll { $0 == entity.name }
        firms.append(entity.name)
      }
      if firms.count >= count { return Array(firms.suffix(count)) }
    }
    return []
  }

  /// The givers a gift's clause goes on with when its giver stands in an earlier clause: every
  /// giver of the list that giver ends there (甲、乙、丙等企业负责人齐聚一堂，…，向某小学捐赠),
  /// else the giver alone.
  func carriedGivers(_ giver: SentenceEntity) -> [String] {
    let clause = clauseStart(before: giver.mention.start)..<clauseEnd(after: giver.mention.end)
    let listed = listedGivers(in: clause)
    return listed.last == giver.name ? listed : [giver.name]
  }

  /// Whether the clause from `start` to a cue at `cueStart` has no subject of its own, so goes
  /// on with the giver of the clause before: it begins with the cue, or with adverbs only
  /// (统一捐赠至…), or with a verb of getting the gift and no name (购买一批测温仪捐赠给…).
  func continuesGiver(from start: Int, to cueStart: Int) -> Bool {
    var position = start
    if let lead = ["统一", "全部", "随后", "并"].first(where: { starts($0, at: start) }) {
      position += lead.unicodeScalars.count
    }
    // 通过某红十字会定向捐赠给…: a body that only passes the gift on is no subject of its own.
    if let passer = entities.first(where: { passer in
      isIntermediary(passer.mention) && passer.mention.end <= cueStart
        && Self.intermediaryWords.contains { word in
          starts(word, at: position) && position + word.unicodeScalars.count == passer.mention.start
        }
    }) {
      position = passer.mention.end
    }
    if position <= cueStart, onlyAdverbs(position..<cueStart) { return true }
    return Self.gettingVerbs.contains(where: { starts($0, at: start) })
      && !entities.contains(where: { $0.mention.start >= start && $0.mention.end <= cueStart })
  }
}

extension SentenceRelations {
  /// Giving verbs a ceremony's name may put right after its giver (甲公司捐资助学仪式, 某商会捐赠仪式).
  /// 组织 follows the body that organizes a ceremony (某工商联组织民营企业爱心捐赠活动): no recipient
  /// either.
  static let ceremonyGivingStarts = ["捐", "援助", "援建", "资助", "赞助", "出资", "献", "组织"]

  /// 某小学爱心图书捐赠仪式: the school or village a gift ceremony of the article (up to this
  /// sentence) is named after, when there is one such. A body the name puts right before a giving
  /// verb (甲公司捐资助学仪式) is the giver, never the recipient.
  /// The school, village or street a gift ceremony is held in counts too (giftCeremonyVenues).
  func ceremonyRecipient() -> String? {
    var found: [String] = []
    for read in reading.sentences
    where read.article == sentence.article && read.index <= sentence.index {
      let named = read.mentions.compactMap { mention in
        reading.entity(mention).map { (mention: mention, entity: $0) }
      }
      for ceremony in named
      where ceremony.entity.className == .meeting && ceremony.entity.name.contains("捐")
        && (ceremony.entity.name.hasSuffix("仪式") || ceremony.entity.name.hasSuffix("活动"))
      {
        guard
          let head = named.filter({ candidate in
            candidate.mention.start >= ceremony.mention.start
              && candidate.mention.end < ceremony.mention.end
              && [.organization, .community].contains(candidate.entity.className)
              && !candidate.mention.isBody
              && !Self.ceremonyGivingStarts.contains(where: { verb in
                candidate.mention.end < read.scalars.count
                  && read.scalars[candidate.mention.end...].starts(with: verb.unicodeScalars)
              })
          }).max(by: { $0.mention.end < $1.mention.end })
        else { continue }
        if !found.contains(head.entity.name) { found.append(head.entity.name) }
      }
      for venue in Self.giftCeremonyVenues(read.scalars, named) where !found.contains(venue) {
        found.append(venue)
      }
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Words that may qualify a gift ceremony between the verb holding it and its cue (举行帮扶捐赠仪式).
  static let ceremonyFillers = ["爱心助学", "帮扶", "爱心", "助学", "扶贫", ""]

  /// 某工商联组织甲商会、乙商会以及丙公司到某村举行帮扶捐赠仪式: the bodies and people who go to a
  /// village, street or school to hold a gift ceremony give to it — those listed after 组织 (the
  /// body that organizes gives nothing), else those before 到 or 赴.
  mutating func readCeremonyGoers() {
    for cue in cueOccurrences("giver-cue-recipient")
    where starts("仪式", at: cue.end) || starts("活动", at: cue.end) {
      let start = clauseStart(before: cue.start)
      var held: Int?
      for verb in Self.heldVerbs {
        for filler in Self.ceremonyFillers where held == nil {
          let at = cue.start - filler.unicodeScalars.count - verb.unicodeScalars.count
          if at > start, starts(verb, at: at), starts(filler, at: at + verb.unicodeScalars.count) {
            held = at
          }
        }
      }
      guard let held,
        let goer = (start..<held).last(where: { position in
          (text[position] == "到" || text[position] == "赴")
            && !entities.contains { $0.mention.start <= position && position < $0.mention.end }
        }),
        let place = innermost(
          firstEntity(where: {
            $0.mention.start == goer + 1 && Self.recipientClasses.contains($0.className)
              && $0.className != .meeting && !$0.mention.isBody
          })),
        place.mention.end == held
      else { continue }
      let organizes = (start..<goer).last { starts("组织", at: $0) }
      let from = organizes.map { $0 + 2 } ?? start
      // 甲商会、乙商会以及丙公司: each item's person, else its body (以及, 及, 和 split too).
      var givers: [String] = []
      var itemStart = from
      for position in from...goer {
        let joins = ["以及", "及", "和", "、"].first { position < goer && starts($0, at: position) }
        guard position == goer || joins != nil,
          !entities.contains(where: { $0.mention.start < position && position < $0.mention.end })
        else { continue }
        let inside = entities.filter {
          $0.mention.start >= itemStart && $0.mention.end <= position && !isIntermediary($0.mention)
        }
        if let giver = inside.last(where: { isPerson($0.className) })
          ?? inside.last(where: { $0.className == .organization }),
          !givers.contains(giver.name)
        {
          givers.append(giver.name)
        }
        itemStart = position + (joins?.unicodeScalars.count ?? 0)
      }
      if givers.isEmpty,
        let one = entities.last(where: {
          isGiver($0.className) && $0.mention.start >= from && $0.mention.end <= goer
            && !isIntermediary($0.mention)
        })
      {
        givers = [one.name]
      }
      for giver in givers where giver != place.name {
        add(giver, cue.pattern.predicate, place.name, cue.pattern.id)
      }
    }
  }

  /// Words for the pupils and teachers a gift is made for (困难学生, 师生们).
  static let pupilWords = ["学生", "师生", "孩子", "学子", "儿童", "少年"]

  /// 为困难学生, 为这里的师生们, 为75名在校学生: whether `range` (right after 为, 向 or 给, up to
  /// the cue) names only pupils or teachers — no entity, at most 12 characters, no clause end.
  func onlyPupils(_ range: Range<Int>) -> Bool {
    guard range.count <= 12,
      !range.contains(where: { Self.clauseEnds.contains(text[$0]) }),
      !entities.contains(where: { range.contains($0.mention.start) })
    else { return false }
    var end = range.upperBound
    if ends("们", at: end) { end -= 1 }
    return Self.pupilWords.contains { ends($0, at: end) }
  }

  /// Verbs that hold a ceremony or an event (举行, 开展).
  static let heldVerbs = ["举行", "开展", "举办"]
  /// Endings of the institutions a gift ceremony held in them gives to (a bureau's meeting room
  /// is only where: 捐赠仪式在某县教育局会议室举行).
  static let venueInstitutionEndings = builtInstitutionEndings + ["一高", "二高", "一中", "二中"]

  /// 某某爱心捐赠仪式在甲县乙小学操场举行, 到甲村举行帮扶捐赠仪式, 在甲小学开展捐赠活动: the
  /// schools, hospitals, villages and streets a gift ceremony (捐…仪式, 捐…活动) of a sentence is
  /// held in — the last such place between 在, 到 or 赴 and 举行 or 开展, in the ceremony's clause.
  static func giftCeremonyVenues(
    _ scalars: [Unicode.Scalar],
    _ named: [(mention: Mention, entity: (name: String, className: EntityClass))]
  ) -> [String] {
    func starts(_ word: String, at index: Int) -> Bool {
      index >= 0 && index < scalars.count && scalars[index...].starts(with: word.unicodeScalars)
    }
    func isVenue(_ one: (mention: Mention, entity: (name: String, className: EntityClass))) -> Bool {
      switch one.entity.className {
      case .community, .street: return true
      case .organization:
        return !one.mention.isBody
          && venueInstitutionEndings.contains { ExactText.ends(one.entity.name, with: $0) }
      default: return false
      }
    }
    // The span from 在, 到 or 赴 to the verb that holds the ceremony, with no clause end inside.
    func venue(from lead: Int, to held: Int) -> String? {
      guard lead < held, held - lead <= 30,
        !(lead..<held).contains(where: { clauseEnds.contains(scalars[$0]) })
      else { return nil }
      return named.filter { $0.mention.start > lead && $0.mention.end <= held && isVenue($0) }
        .max(by: {
          ($0.mention.end, $0.mention.end - $0.mention.start)
            < ($1.mention.end, $1.mention.end - $1.mention.start)
        })?
        .entity.name
    }
    func insideName(_ index: Int) -> Bool {
      named.contains { $0.mention.start <= index && index < $0.mention.end }
    }
    // The subject of the clause that holds the ceremony whose kind word stands at `index`
    // (某村举行“甲，乙”捐赠仪式: a quoted name's commas end no clause).
    func subjectVenue(holding index: Int) -> String? {
      var lead = index
      var quoted = 0
      while lead > 0, index - lead < 60 {
        let before = scalars[lead - 1]
        if before == "”" { quoted += 1 } else if before == "“" { quoted -= 1 }
        if quoted <= 0, clauseEnds.contains(before) { break }
        lead -= 1
      }
      guard
        let held = (lead..<index).first(where: { position in
          heldVerbs.contains { starts($0, at: position) }
        })
      else { return nil }
      // 隆重举行, 正式举行: a word of manner may stand between.
      var subjectEnd = held
      for manner in ["隆重", "正式"] where subjectEnd - 2 >= lead && starts(manner, at: subjectEnd - 2) {
        subjectEnd -= 2
      }
      guard
        let subject = named.filter({ $0.mention.end == subjectEnd && $0.mention.start >= lead })
          .max(by: { $0.mention.end - $0.mention.start < $1.mention.end - $1.mention.start }),
        isVenue(subject),
        (lead..<subject.mention.start).allSatisfy(insideName)
      else { return nil }
      return subject.entity.name
    }
    var venues: [String] = []
    for kind in ["仪式", "活动"] {
      var index = 0
      while index < scalars.count {
        defer { index += 1 }
        guard starts(kind, at: index) else { continue }
        // A gift's ceremony: 捐 a few characters before its kind word, in its clause.
        var opening = index
        while opening > 0, index - opening < 20, !clauseEnds.contains(scalars[opening - 1]) {
          opening -= 1
        }
        guard (opening..<index).contains(where: { scalars[$0] == "捐" }) else { continue }
        var found: String?
        // 仪式在某小学举行 (a closing quote may stand between).
        var after = index + kind.unicodeScalars.count
        while after < scalars.count, "”」》\"".unicodeScalars.contains(scalars[after]) { after += 1 }
        if starts("在", at: after), !insideName(after) {
          var held = after + 1
          while held < scalars.count, held - after <= 30, !starts("举行", at: held),
            !clauseEnds.contains(scalars[held])
          {
            held += 1
          }
          if starts("举行", at: held) { found = venue(from: after, to: held) }
        }
        // 到某村举行捐赠仪式, 在某小学开展捐赠活动: the place before the verb that holds it.
        if found == nil {
          var lead = opening
          while lead > 0, opening - lead < 30, !clauseEnds.contains(scalars[lead - 1]) { lead -= 1 }
          let held = (lead..<index).last { position in
            heldVerbs.contains { starts($0, at: position) }
          }
          let goer = held.flatMap { held in
            (lead..<held).last { "在到赴".unicodeScalars.contains(scalars[$0]) && !insideName($0) }
          }
          if let held, let goer { found = venue(from: goer, to: held) }
        }
        // 某村举行捐赠仪式, 某镇某小学隆重举行…捐赠仪式: the place that holds it as its clause's
        // subject, nothing but places before it.
        if found == nil { found = subjectVenue(holding: index) }
        if let found, !venues.contains(found) { venues.append(found) }
      }
    }
    return venues
  }
}

extension SentenceRelations {
  /// Divisions a giver may be paired with (定点帮扶某县, 与某村签订结对帮扶协议).
  static let pairedClasses: EntityClassSet = [.district, .street, .community]

  /// 甲公司定点帮扶乙县以来，累计投入帮扶资金…; 甲商会与乙村、丙村签订了结对帮扶协议，分别捐赠…:
  /// the places a giver is paired with before the cue at `cueStart` — right after 帮扶, or after
  /// 与 in a clause that signs a 帮扶 or 结对 agreement — with the giver: the one read already, or,
  /// when the cue's clause has no subject (分别捐赠, 累计投入帮扶资金), a division signing right
  /// before 与, else the person or body last named before the pairing. Nil when the sentence pairs
  /// no one.
  func pairedRecipients(before cueStart: Int, givers: [String]) -> (giver: String, places: [String])? {
    guard givers.count <= 1 else { return nil }
    let clause = clauseStart(before: cueStart)
    var verbStart = cueStart
    if ends("投入", at: cueStart) { verbStart -= 2 }
    let subjectless = clause >= verbStart || onlyAdverbs(clause..<verbStart)
    if givers.isEmpty, !subjectless { return nil }
    for position in 0..<cueStart {
      let pairing: Int? =
        starts("帮扶", at: position) ? position + 2 : text[position] == "与" ? position + 1 : nil
      guard let at = pairing,
        let head = firstEntity(where: {
          $0.mention.start == at && Self.pairedClasses.contains($0.className)
        }),
        let first = innermost(head, among: Self.pairedClasses), first.mention.end <= cueStart
      else { continue }
      if text[position] == "与" {
        // 与某村签订结对帮扶协议: only an agreement of helping pairs (与某县合作 does not).
        let signing = first.mention.end..<min(clauseEnd(after: first.mention.end), cueStart)
        guard signing.contains(where: { starts("签订", at: $0) || starts("签署", at: $0) }),
          signing.contains(where: { starts("协议", at: $0) }),
          signing.contains(where: { starts("帮扶", at: $0) || starts("结对", at: $0) })
        else { continue }
      }
      // 某区还与某村签订帮扶协议，捐赠…: a division right before 与 (only adverbs between) signs
      // and gives as a body.
      let signer =
        text[position] == "与"
        ? divisionGiver(
          in: entities.filter {
            $0.mention.end <= position && $0.mention.start >= clauseStart(before: position)
          }, before: position) : nil
      let giver =
        givers.first.flatMap { name in
          entities.last(where: { $0.name == name && $0.mention.end <= position })?.name
        }
        ?? (givers.isEmpty
          ? signer
            ?? entities.last(where: {
              isGiver($0.className) && $0.mention.end <= position && !isIntermediary($0.mention)
            })?.name : nil)
      guard let giver else { return nil }
      // 与甲村、乙镇丙村签订…: every place of the list, each the innermost of its chain.
      var places = [first.name]
      var end = first.mention.end
      while end + 1 < text.count, "、和及".unicodeScalars.contains(text[end]),
        let next = firstEntity(where: {
          $0.mention.start == end + 1 && Self.pairedClasses.contains($0.className)
        }),
        let last = innermost(next, among: Self.pairedClasses), last.className == first.className
      {
        places.append(last.name)
        end = last.mention.end
      }
      return places.contains(giver) ? nil : (giver, places)
    }
    return nil
  }
}

extension SentenceRelations {
  /// 由甲、乙和丙共同投资: the givers of the list that ends with `last`, read back over 、, 和
  /// and 及 while a giver ends right before each (the longest name there); `last` alone when
  /// none does.
  func byList(endingWith last: SentenceEntity) -> [SentenceEntity] {
    var items = [last]
    var first = last.mention.start
    // NB: walks back only where a joining scalar stands before the item.
    while first > 0, "、和及".unicodeScalars.contains(text[first - 1]),
      let previous = entities.filter({
        isGiver($0.className) && $0.mention.end == first - 1 && !isIntermediary($0.mention)
      }).min(by: { $0.mention.start < $1.mention.start })
    {
      items.insert(previous, at: 0)
      first = previous.mention.start
    }
    return items
  }

  /// 某项目是某公司投资建设: the project or place that ends right before the 是 (是由) in front
  /// of a giver at `start`; nil when none does.
  func subjectBeforeIs(_ start: Int) -> SentenceEntity? {
    var position = start
    if position > 0, text[position - 1] == "由" { position -= 1 }
    guard position > 1, text[position - 1] == "是" else { return nil }
    return entities.filter({
      $0.mention.end == position - 1 && [.project, .place].contains($0.className)
    }).min(by: { $0.mention.start < $1.mention.start })
  }
}
