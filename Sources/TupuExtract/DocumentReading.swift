import TupuGraph
import TupuOntology
import TupuText

/// One sentence after recognition, with the article's context as it stood after it.
// NB: a class, so that a pass over the document's sentences takes each by one retain: as a
// struct, every `for sentence in sentences` copied its nine fields (a retain and a release of
// each of its five references, per sentence and pass). Only the mentions, posts and context
// change after a sentence is read, always in place.
final class ReadSentence: @unchecked Sendable {
  let article: Int
  let index: Int
  let start: Int
  let end: Int
  let text: String
  let scalars: [Unicode.Scalar]
  /// The sentence as printed, where it differs in script (`Sentence.printed`).
  var printed: String?
  @exclusivity(unchecked) var mentions: [Mention]
  @exclusivity(unchecked) var posts: [PostLink]
  @exclusivity(unchecked) var context: ArticleContext

  init(
    article: Int, index: Int, start: Int, end: Int, text: String, scalars: [Unicode.Scalar],
    mentions: [Mention], posts: [PostLink], context: ArticleContext
  ) {
    self.article = article
    self.index = index
    self.start = start
    self.end = end
    self.text = text
    self.scalars = scalars
    self.mentions = mentions
    self.posts = posts
    self.context = context
  }
}

/// The extraction of one document: sentences read, names resolved, facts made.
struct DocumentReading {
  let lexicon: Lexicon
  let cues: CueTables
  var sentences: [ReadSentence] = []
  var documentDistrict: String?
  /// The district the page furniture names (来源：某区人民政府办公室), for articles that never
  /// name theirs.
  var furnitureDistrict: String?
  /// The district a page calls by its bare name only (推动朝天各项事业 … 区委书记).
  var bareDistrict: String?
  /// The places delegations come from (某县代表团来我县考察): never the article's.
  var visitorPlaces: Set<String> = []
  /// Canonical name of every raw name, per class (`resolve`).
  var canonical: [NameKey: String] = [:]
  /// The class each canonical name ends up with (Official wins over Person).
  var classes: [ExactText: EntityClass] = [:]
  /// The document's original text as scalars, made once for the furniture's readers and for
  /// the sentences that lost a space to the repair (`spaces(of:)`).
  private var originalTextScalars: [Unicode.Scalar]?
  /// The document's original text (`noteOriginal(_:)`), made scalars only when needed.
  private var originalText: String?
  /// Where `originalTextScalars` start in the file's text (`noteOriginal(_:)`).
  private var originalBase = 0
  /// The body's sentences as scalars, in reading order, as far as `readBareDistrict` made them
  /// (it may stop early), with their texts: `read(_ article:)` takes them instead of making them
  /// again.
  private var bodyScalars: [(text: String, scalars: [Unicode.Scalar])] = []
  private var bodyScalarsRead = 0
  /// The furniture's lines, compacted, made once for its two readers.
  private var furnitureLines: [(number: Int, range: Range<Int>, line: String)]?

  init(lexicon: Lexicon, cues: CueTables) {
    self.lexicon = lexicon
    self.cues = cues
  }

  struct Item {
    var index: Int
    var text: String
    var start: Int
    var end: Int
    var isByline = false
    /// A section label or headline above the body.
    var isHeading = false
    /// The text's scalars, made once for every reader of the item.
    let scalars: [Unicode.Scalar]
    var printed: String?

    init(
      index: Int, text: String, start: Int, end: Int, isByline: Bool = false,
      isHeading: Bool = false, scalars: [Unicode.Scalar]? = nil
    ) {
      self.index = index
      self.text = text
      self.start = start
      self.end = end
      self.isByline = isByline
      self.isHeading = isHeading
      self.scalars = scalars ?? ScalarString.scalars(text)
    }
  }

  mutating func read(_ article: Article) {
    var items: [Item] = []
    // The section label above a headline (青山区东湖街道) names the article's place.
    if let section = article.section, !section.isEmpty {
      items.append(
        Item(index: 0, text: section, start: article.start, end: article.start, isHeading: true))
    }
    if let headline = article.headline, !headline.isEmpty,
      article.sentences.first.map({ !ExactText.starts($0.text, with: headline) }) ?? true
    {
      items.append(
        Item(index: 0, text: headline, start: article.start, end: article.start, isHeading: true))
    }
    for sentence in article.sentences {
      var item = Item(
        index: sentence.index, text: sentence.text, start: sentence.start, end: sentence.end,
        scalars: madeScalars(sentence.text))
      item.printed = sentence.printed
      items.append(item)
    }
    if let byline = article.byline, !byline.isEmpty {
      items.append(
        Item(
          index: article.sentences.count, text: byline, start: article.end, end: article.end,
          isByline: true))
    }
    read(items, article: article.index, principal: principalMeeting(in: items))
  }

  /// The scalars of the next body sentence, when `readBareDistrict` made them for that text.
  private mutating func madeScalars(_ text: String) -> [Unicode.Scalar]? {
    guard bodyScalarsRead < bodyScalars.count else { return nil }
    defer {
      bodyScalarsRead += 1
      if bodyScalarsRead == bodyScalars.count { bodyScalars = [] }
    }
    let made = bodyScalars[bodyScalarsRead]
    return ExactText.same(made.text, text) ? made.scalars : nil
  }

  /// Page furniture the text reader kept out of the articles: sources, editors, addresses and
  /// contacts name entities too (来源:某区融媒体中心, 联系人:某某).
  mutating func readBoilerplate(_ document: ReadDocument) {
    guard !document.boilerplate.isEmpty else { return }
    var items: [Item] = []
    for (number, range, line) in compactedFurniture(document) {
      items.append(Item(index: number, text: line, start: range.lowerBound, end: range.upperBound))
    }
    read(items, article: document.boilerplateArticleIndex)
  }

  /// A page of a district's own paper may call it by its bare name only (朝天, 莲湖) and its
  /// officials 区委书记: that district, when one bare name of the national list is written
  /// twice or more without a suffix and the page speaks of its level (区委, 县长, 全区…).
  mutating func readBareDistrict(_ document: ReadDocument) {
    let names = lexicon.bareCounties
    guard names.count > 0 else { return }
    var counts: [String: Int] = [:]
    var framed: Set<String> = []
    var standalone: Set<String> = []
    var towns: Set<String> = []
    let townSuffixes = Self.townSuffixes
    var levels: Set<Unicode.Scalar> = []
    let suffixes = Self.bareNameSuffixes
    let counties = lexicon.list(.county)
    // A page that names a district in full is read by its names.
    // NB: a pass for that first, which most pages end early; the bare names only after it.
    // The sentences' scalars are kept for the articles' reading (`madeScalars`).
    defer { bodyScalarsRead = 0 }
    for sentence in document.articles.lazy.flatMap(\.sentences) {
      let text = ScalarString.scalars(sentence.text)
      bodyScalars.append((sentence.text, text))
      for index in text.indices {
        // (老城区 of 老城区改造 is a common word, though a district has that name too.)
        if let county = counties.longest(in: text, at: index),
          lexicon.list(.notASuffix).longestLength(in: text, at: index) != county.word.count
        {
          return
        }
      }
    }
    for (_, text) in bodyScalars {
      for index in text.indices {
        if index + 1 < text.count, text[index] == "区" || text[index] == "县",
          "委长政".unicodeScalars.contains(text[index + 1])
            || (index > 0 && text[index - 1] == "全")
        {
          levels.insert(text[index])
        }
        guard let match = names.longest(in: text, at: index) else { continue }
        let end = index + match.word.count
        // 沈建华, 韩卫东: after a surname it is a given name (建华区 and 卫东区 exist too).
        if index > 0, lexicon.list(.surname).contains(text[(index - 1)..<index]) { continue }
        // 朝天区, 新城社区, 长安路: a name with its suffix is read as such elsewhere.
        if end < text.count,
          suffixes.contains(text[end]) || lexicon.suffixes.longestLength(in: text, at: end) != nil
        {
          // 石龙镇 … 推动石龙发展: the bare name is that town's or village's short form.
          if townSuffixes.contains(text[end]) { towns.insert(match.payload) }
          continue
        }
        // 新华社: a news agency's name (某某社) is an outlet's, no place (社区 was read above).
        if end < text.count, text[end] == "社" { continue }
        // “公园某某、…”, 《某某新闻》: a short form inside a slogan or a title names no district;
        // one at the head of a longer name (某某产业园, 国土某某分局) counts only beside a
        // standalone one (落户某某) (Rulings: places inside names).
        if Self.isQuoted(text, at: index) { continue }
        if !headsLongerName(text, start: index, end: end) { standalone.insert(match.payload) }
        counts[match.payload, default: 0] += 1
        if Self.isFramedBareName(text, start: index, end: end) { framed.insert(match.payload) }
      }
    }
    let candidates = counts.filter {
      ($0.value >= 2 || framed.contains($0.key)) && levels.contains($0.key.unicodeScalars.last!)
        && !towns.contains($0.key) && standalone.contains($0.key)
    }
    let framedOnes = candidates.filter { framed.contains($0.key) }
    if candidates.count == 1 {
      bareDistrict = candidates.first?.key
    } else if framedOnes.count == 1 {
      bareDistrict = framedOnes.first?.key
    }
  }

  static let townSuffixes: Set<Unicode.Scalar> = ["镇", "乡", "街", "村", "社"]
  static let bareNameSuffixes: Set<Unicode.Scalar> = [
    "区", "县", "市", "镇", "乡", "街", "村", "旗", "州", "路",
  ]

  /// Reads the page furniture for the district of the site that published the page.
  mutating func readFurnitureDistrict(_ document: ReadDocument) {
    guard !document.boilerplate.isEmpty else { return }
    for (_, _, line) in compactedFurniture(document) {
      if Self.startsWithLinkLabel(line) { continue }
      var reader = SentenceReader(lexicon: lexicon, text: Array(line.unicodeScalars))
      var context = ArticleContext()
      reader.read(context: &context)
      // 首 页 区县招商: a district of the furniture is one the country has, or one the page
      // names again.
      if let district = reader.mentions.first(where: {
        $0.visibility == .entity && $0.className == .district
      }), lexicon.list(.county).contains(district.name)
        || document.articles.contains(where: { article in
          article.sentences.contains { $0.text.contains(district.name) }
        })
      {
        furnitureDistrict = district.name
        return
      }
      if let district = furnitureDistrictOfBody(reader.mentions) {
        furnitureDistrict = district
        return
      }
    }
  }

  /// The furniture's lines within the original text, compacted, with their numbers and ranges.
  mutating func compactedFurniture(_ document: ReadDocument)
    -> [(number: Int, range: Range<Int>, line: String)]
  {
    if let lines = furnitureLines { return lines }
    let scalars = originalScalars(document)
    let base = document.originalTextStart
    var lines: [(number: Int, range: Range<Int>, line: String)] = []
    for (number, range) in document.boilerplate.enumerated()
    where range.lowerBound >= base && range.upperBound <= base + scalars.count {
      let line = Self.furnitureLine(scalars[(range.lowerBound - base)..<(range.upperBound - base)])
      // A page in traditional script: its furniture reads folded, as its sentences do.
      lines.append(
        (number, range, document.isTraditional ? TraditionalScript.simplified(line) : line))
    }
    furnitureLines = lines
    return lines
  }

  /// The scalars of the document's original text (the furniture's lines are ranges of them).
  mutating func originalScalars(_ document: ReadDocument) -> [Unicode.Scalar] {
    if let scalars = originalTextScalars { return scalars }
    let scalars = ScalarString.scalars(document.originalText)
    originalTextScalars = scalars
    return scalars
  }

  /// Keeps the document's original text at hand, for the spaces the repair removed from its
  /// sentences (`spaces(of:)`).
  mutating func noteOriginal(_ document: ReadDocument) {
    originalText = document.originalText
    originalBase = document.originalTextStart
  }

  /// The original text's scalars between two offsets of the file (a dateline no sentence holds),
  /// made afresh for the rare reader that asks (`filedDay`).
  func originalScalars(from start: Int, to end: Int) -> [Unicode.Scalar] {
    let scalars = originalTextScalars ?? originalText.map { ScalarString.scalars($0) } ?? []
    let lower = start - originalBase
    let upper = end - originalBase
    guard lower >= 0, upper <= scalars.count, lower < upper else { return [] }
    return Array(scalars[lower..<upper])
  }

  /// For each scalar of the item's text, whether a space stood before it in the original text;
  /// empty when not known (a headline, a byline, furniture written otherwise).
  mutating func spaces(of item: Item) -> [Bool] {
    // NB: the repair drops layout whitespace and keeps one space only between two ASCII letters
    // or digits, each other scalar one for one. A sentence as long as its original range lost
    // nothing: a space before an ideograph would have been dropped. Its table could mark only
    // letters and digits, which part no words (`spaceSeparates` asks for ideographs), so it
    // gets none, and the document's scalars are made only when a sentence lost something.
    guard item.end > item.start, item.end - item.start != item.scalars.count,
      item.start >= originalBase
    else { return [] }
    if originalTextScalars == nil, let text = originalText {
      originalTextScalars = ScalarString.scalars(text)
    }
    guard let scalars = originalTextScalars, item.end - originalBase <= scalars.count
    else { return [] }
    return SentenceReader.spaces(
      in: scalars[(item.start - originalBase)..<(item.end - originalBase)],
      count: item.scalars.count)
  }

  static let linkLabels = ["上一篇", "下一篇", "上一条", "下一条", "相关阅读", "相关新闻", "推荐阅读"]

  mutating func read(_ items: [Item], article: Int, principal: PrincipalMeeting? = nil) {
    var context = ArticleContext()
    context.district = documentDistrict ?? furnitureDistrict ?? bareDistrict
    var districtFromArticle = false
    let firstSentence = sentences.count
    defer { settleHostPlaces(from: firstSentence) }
    for (number, item) in items.enumerated() {
      // 上一篇:某区召开某会议: a link to another article states nothing about this one.
      if Self.startsWithLinkLabel(item.text) { continue }
      let scalars = item.scalars
      var reader = SentenceReader(lexicon: lexicon, text: scalars)
      reader.spaces = spaces(of: item)
      if item.isByline {
        reader.readByline()
      } else if !item.isHeading, let names = reader.nameLine() {
        // A line of names alone (甲某 乙某某 closing the story): its writers.
        reader.readNameLine(names)
      } else {
        reader.read(context: &context)
        if let district = bareDistrict { reader.readBareDistrict(district) }
        if let principal, principal.item == number {
          addPrincipalMeeting(principal, to: &reader.mentions, context: &context)
        }
        noteHeldMeetings(reader.mentions, text: scalars, context: &context)
        if !districtFromArticle { addDistrictOfBody(to: &reader.mentions, text: scalars) }
        addPlacesOfBodies(to: &reader.mentions, text: scalars)
        addCountiesInsideWorks(to: &reader.mentions, text: scalars)
        addZonesOfBodies(to: &reader.mentions, text: scalars)
      }
      // 某县代表团来我县考察: the visitors' places are not the article's (+Visitors).
      for place in Self.visitorPlaces(in: reader.mentions, text: scalars, lexicon: lexicon) {
        visitorPlaces.insert(place)
        if context.district == place { (context.district, districtFromArticle) = (nil, false) }
        if context.city == place { context.city = nil }
        if context.districtHint == place { context.districtHint = nil }
      }
      // Only a party or government body carries over to a role alone in the next sentence
      // (副主席某某 after 区政协…), not a firm or a bare kind word (驻村第一书记 after a firm), nor
      // an institution (纪委书记某某 after 某评价中心副主任).
      if let body = reader.lastBaseBody, reader.mentions[body].visibility != .dropped,
        reader.mentions[body].isBody, !ExactText.ends(reader.mentions[body].name, with: "中心")
      {
        context.lastBody = reader.mentions[body].name
      }
      // NB: the empty set tested first (a String's hash normalizes it; most pages have no
      // visitors).
      for mention in reader.mentions
      where mention.visibility == .entity
        && (visitorPlaces.isEmpty || !visitorPlaces.contains(mention.name))
      {
        if let qualifier = mention.qualifier, context.districtHint == nil,
          !visitorPlaces.contains(qualifier)
        {
          context.districtHint = qualifier
        }
        switch mention.className {
        case .district:
          if !districtFromArticle {
            context.district = mention.name
            districtFromArticle = true
          }
          if documentDistrict == nil { documentDistrict = mention.name }
        case .city: context.city = mention.name
        case .street: context.street = mention.name
        case .community: context.community = mention.name
        default: break
        }
      }
      // Posts read before a later place of the sentence still see the article's places.
      let readSentence = ReadSentence(
        article: article, index: item.index, start: item.start, end: item.end,
        text: item.text, scalars: scalars, mentions: reader.mentions, posts: reader.posts,
        context: context)
      readSentence.printed = item.printed
      sentences.append(readSentence)
    }
  }
}
