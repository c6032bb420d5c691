/// Decoded text → `ReadDocument`: lines, paragraphs, articles, sentences with offsets.
struct DocumentBuilder {
  var path: String
  var contentHash: String
  var encoding: String
  var format: String

  func build(text: String) -> ReadDocument {
    var builder = ParagraphBuilder(page: PageLines(text: text))
    builder.build()
    let paragraphs = builder.paragraphs
    let compact = builder.compact
    let scalars = builder.page.scalars
    var assembler = ArticleAssembler(paragraphs: paragraphs)
    let drafts = assembler.assemble()
    let splitter = SentenceSplitter(values: compact.values)

    var articles: [Article] = []
    for draft in drafts {
      var sentences: [Sentence] = []
      var start = Int.max
      var end = Int.min
      var headline: String?
      if let first = draft.headline.first, let last = draft.headline.last {
        let from = paragraphs[first].start
        let to = paragraphs[last].end
        // The block's paragraphs are consecutive in the repaired text; only two ASCII words
        // meeting across a line break would repair differently from the original span.
        let joined = paragraphs[first].compact.lowerBound..<paragraphs[last].compact.upperBound
        let text =
          draft.headline.count == 1 || !Self.hasWordBreak(draft.headline, paragraphs, compact)
          ? compact.string(joined) : LayoutText.compacted(scalars[from..<to])
        headline = text
        var sentence = Sentence(index: 0, text: text, start: from, end: to)
        sentence.isHeadline = true
        sentences.append(sentence)
        start = min(start, from)
        end = max(end, to)
      }
      for index in draft.body {
        let paragraph = paragraphs[index]
        start = min(start, paragraph.start)
        end = max(end, paragraph.end)
        for range in splitter.split(paragraph.content) {
          let span = compact.originalSpan(range)
          sentences.append(
            Sentence(
              index: sentences.count, text: compact.string(range), start: span.start, end: span.end)
          )
        }
      }
      for index in draft.extraParagraphs + (draft.section.map { [$0] } ?? []) {
        start = min(start, paragraphs[index].start)
        end = max(end, paragraphs[index].end)
      }
      if sentences.isEmpty { continue }
      let credits = draft.credits.filter { !$0.isEmpty }.map { range -> String in
        let span = compact.originalSpan(range)
        return Self.displayText(scalars[span.start..<span.end])
      }
      var article = Article(
        index: articles.count, kind: draft.kind, headline: headline,
        byline: credits.isEmpty ? nil : credits.joined(separator: "；"), start: start, end: end,
        sentences: sentences)
      if let label = draft.section { article.section = compact.string(paragraphs[label].compact) }
      articles.append(article)
    }
    var document = ReadDocument(
      path: path, contentHash: contentHash, originalText: text,
      title: articles.first(where: { $0.kind == .story && $0.headline != nil })?.headline,
      date: DateFinder.pageDate(paragraphs: paragraphs, compact: compact),
      articles: articles)
    // A page in traditional script states its date after the folded cues (發佈時間 → 发布时间).
    let datedText =
      builder.page.printedScalars == nil
      ? text : String(String.UnicodeScalarView(builder.page.scalars))
    document.published = DocumentDates.published(text: datedText, headline: document.title)
    document.encoding = encoding
    if let printed = builder.page.printedScalars {
      document.isTraditional = true
      for a in document.articles.indices {
        for s in document.articles[a].sentences.indices {
          let sentence = document.articles[a].sentences[s]
          document.articles[a].sentences[s].printed = LayoutText.compacted(
            printed[sentence.start..<sentence.end])
        }
      }
    }
    document.format = format
    document.boilerplate = paragraphs.filter { $0.kind == .boilerplate && !$0.isLink }.map {
      $0.start..<$0.end
    }
    return document
  }

  /// Whether two paragraphs of a block meet with ASCII letters or digits on both sides.
  static func hasWordBreak(_ block: [Int], _ paragraphs: [Paragraph], _ compact: CompactText)
    -> Bool
  {
    for (a, b) in zip(block, block.dropFirst()) {
      let left = compact.values[paragraphs[a].compact.upperBound - 1]
      let right = compact.values[paragraphs[b].compact.lowerBound]
      if left < 0x80 && right < 0x80 && LayoutText.isASCIIWord(Unicode.Scalar(UInt8(left)))
        && LayoutText.isASCIIWord(Unicode.Scalar(UInt8(right)))
      {
        return true
      }
    }
    return false
  }

  /// Text for display (bylines): line breaks dropped, runs of spaces as one space.
  static func displayText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    var pending = false
    var sawBreak = false
    for scalar in scalars {
      if LayoutText.isLayoutSpace(scalar) {
        pending = true
        if scalar.value == 0x0A || scalar.value == 0x0D { sawBreak = true }
        continue
      }
      if pending && !sawBreak && !result.isEmpty { result.append(" ") }
      pending = false
      sawBreak = false
      result.append(LayoutText.fold(scalar))
    }
    return String(result)
  }
}

/// The first date near the top of a page: `2022-04-14`, `2022年4月14日` (as `2022-04-14`), else
/// `4月1日`.
enum DateFinder {
  private static let todayIs: [UInt32] = "今天是".unicodeScalars.map(\.value)

  /// The first full date of the page's first paragraphs, else its first month and day. A
  /// weather line (℃) gives today's date, not the article's: it is skipped.
  static func pageDate(paragraphs: [Paragraph], compact: CompactText) -> String? {
    var monthDay: String?
    var scanned = 0
    for paragraph in paragraphs where scanned < 6000 {
      let text = compact.values[paragraph.compact]
      scanned += text.count
      // A weather line's day and a portal's clock (今天是：…) are the day the page was saved.
      if text.contains(0x2103) || Boilerplate.contains(text, todayIs) { continue }
      guard let date = firstDate(in: text) else { continue }
      if date.utf8.contains(UInt8(ascii: "-")) { return date }
      if monthDay == nil { monthDay = date }
    }
    return monthDay
  }

  static func firstDate(in slice: ArraySlice<UInt32>) -> String? {
    let values = Array(slice)
    var monthDay: String?
    var i = 0
    let count = values.count
    func number(at index: Int) -> (value: Int, end: Int)? {
      var k = index
      var value = 0
      while k < count, k - index < 4, values[k] >= 0x30, values[k] <= 0x39 {
        value = value * 10 + Int(values[k] - 0x30)
        k += 1
      }
      return k > index ? (value, k) : nil
    }
    while i < count {
      let v = values[i]
      if v >= 0x30 && v <= 0x39 && (i == 0 || !(values[i - 1] >= 0x30 && values[i - 1] <= 0x39)) {
        if let year = number(at: i), year.end - i == 4, year.value >= 1949, year.value <= 2100,
          year.end < count
        {
          let separator = values[year.end]
          if separator == 0x2D || separator == 0x2F || separator == 0x2E || separator == 0x5E74,
            let month = number(at: year.end + 1), month.end < count, (1...12).contains(month.value),
            values[month.end] == separator || (separator == 0x5E74 && values[month.end] == 0x6708),
            let day = number(at: month.end + 1), (1...31).contains(day.value)
          {
            return String(format: year.value, month.value, day.value)
          }
        }
        if monthDay == nil, let month = number(at: i), month.end < count,
          values[month.end] == 0x6708,
          (1...12).contains(month.value), let day = number(at: month.end + 1), day.end < count,
          values[day.end] == 0x65E5, (1...31).contains(day.value)
        {
          monthDay = "\(month.value)月\(day.value)日"
        }
      }
      i += 1
    }
    return monthDay
  }

  private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

extension String {
  fileprivate init(format year: Int, _ month: Int, _ day: Int) {
    self = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }
}
