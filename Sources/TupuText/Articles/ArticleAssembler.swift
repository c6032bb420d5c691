/// Groups a page's paragraphs into articles.
///
/// Newspaper pages put a headline before its story (closed by a sign-off such as （魏宣）) or
/// after it (a headline, then a byline 本报记者 …, or a section label 魏都区 above the headline);
/// a dateline 本报讯（…）starts a story; photo captions are articles of their own. A headline-like
/// line in the middle of a story whose headline comes later is a subheading.
struct ArticleAssembler {
  struct Draft {
    var kind: Article.Kind = .story
    var headline: [Int] = []
    var section: Int?
    var body: [Int] = []
    var credits: [Range<Int>] = []
    var extraParagraphs: [Int] = []
    var startedWithDateline = false
    var closed = false

    var takesTrailingHeadline: Bool { !closed && !body.isEmpty && headline.isEmpty }
  }

  let paragraphs: [Paragraph]
  private(set) var drafts: [Draft] = []
  private var current: Int?
  /// Indices of the paragraphs that are not boilerplate.
  private let items: [Int]

  /// Text where each line is a paragraph (copied from a web page), not a column dump: a
  /// headline-like line inside a story there is a subheading, not a new story.
  private let linePerParagraph: Bool

  init(paragraphs: [Paragraph]) {
    self.paragraphs = paragraphs
    self.items = paragraphs.indices.filter { paragraphs[$0].kind != .boilerplate }
    let bodies = paragraphs.filter { $0.kind == .body }
    linePerParagraph =
      !bodies.isEmpty && bodies.filter { $0.lineCount == 1 }.count * 2 >= bodies.count
  }

  mutating func assemble() -> [Draft] {
    var i = 0
    while i < items.count {
      let index = items[i]
      let paragraph = paragraphs[index]
      switch paragraph.kind {
      case .headlineLike:
        // 首页>要闻 or 第01版:头版 over a headline: the page's furniture stands apart (read as a
        // caption of its own), no line of the headline.
        if paragraph.isPageFurniture, i + 1 < items.count, items[i + 1] == index + 1,
          paragraphs[index + 1].kind == .headlineLike,
          paragraph.lastLine + 5 >= paragraphs[index + 1].firstLine
        {
          drafts.append(Draft(kind: .caption, body: [index], closed: true))
          i += 1
          continue
        }
        let (block, label, next) = headBlock(at: i)
        i = place(block: block, label: label, nextItem: next)
      case .byline:
        if let c = current, !drafts[c].closed {
          drafts[c].credits.append(paragraph.compact)
          drafts[c].extraParagraphs.append(index)
        } else {
          open(Draft(credits: [paragraph.compact], extraParagraphs: [index]))
        }
        i += 1
      case .caption:
        var caption = Draft(kind: .caption, body: [index], closed: true)
        if let credit = paragraph.credit { caption.credits.append(credit) }
        drafts.append(caption)
        i += 1
      case .body:
        addBody(index)
        i += 1
      case .boilerplate:
        i += 1
      }
    }
    return drafts
  }

  private mutating func open(_ draft: Draft) {
    if let c = current { drafts[c].closed = true }
    drafts.append(draft)
    current = drafts.count - 1
  }

  private mutating func addBody(_ index: Int) {
    let paragraph = paragraphs[index]
    if paragraph.hasDateline {
      if let c = current, !drafts[c].closed, !drafts[c].headline.isEmpty, drafts[c].body.isEmpty {
        drafts[c].startedWithDateline = true
      } else {
        open(Draft(startedWithDateline: true))
      }
    } else if current == nil || drafts[current ?? 0].closed {
      open(Draft())
    }
    guard let c = current else { return }
    drafts[c].body.append(index)
    if let credit = paragraph.credit { drafts[c].credits.append(credit) }
    if paragraph.hasSignOff { drafts[c].closed = true }
  }

  /// Consecutive headline-like paragraphs (a headline over several lines, a section label
  /// above it); returns the block, its label and the item after it.
  private func headBlock(at i: Int) -> (block: [Int], label: Int?, next: Int) {
    var block = [items[i]]
    var j = i + 1
    while j < items.count {
      let candidate = items[j]
      let previous = block[block.count - 1]
      guard candidate == previous + 1, paragraphs[candidate].kind == .headlineLike,
        paragraphs[previous].lastLine + 5 >= paragraphs[candidate].firstLine,
        !paragraphs[previous].startsWithBullet, !paragraphs[candidate].startsWithBullet
      else { break }
      block.append(candidate)
      j += 1
    }
    var label: Int?
    if block.count > 1 && paragraphs[block[0]].isSectionLabel { label = block.removeFirst() }
    return (block, label, j)
  }

  private mutating func place(block: [Int], label: Int?, nextItem: Int) -> Int {
    let next = nextItem < items.count ? paragraphs[items[nextItem]] : nil
    let trailing = current.map { drafts[$0].takesTrailingHeadline } ?? false
    if let next, next.kind == .byline {
      if trailing, let c = current {
        attach(block, label: label, to: c)
        drafts[c].credits.append(next.compact)
        drafts[c].extraParagraphs.append(items[nextItem])
        drafts[c].closed = true
      } else {
        open(
          Draft(
            headline: block, section: label, credits: [next.compact],
            extraParagraphs: [items[nextItem]]))
      }
      return nextItem + 1
    }
    if label != nil && trailing, let c = current {
      attach(block, label: label, to: c)
      drafts[c].closed = true
      return nextItem
    }
    guard let next, next.kind == .body else {
      if trailing, let c = current, drafts[c].startedWithDateline {
        attach(block, label: label, to: c)
        drafts[c].closed = true
      } else {
        // Nothing follows: unmarked photo captions (or a page's last headline without text).
        for index in (label.map { [$0] } ?? []) + block {
          drafts.append(Draft(kind: .caption, body: [index], closed: true))
        }
      }
      return nextItem
    }
    if !next.hasDateline, let c = current, !drafts[c].closed, !drafts[c].body.isEmpty,
      label == nil, linePerParagraph || block.allSatisfy({ paragraphs[$0].startsWithEnumerator })
    {
      drafts[c].body.append(contentsOf: block)
      return nextItem
    }
    if !next.hasDateline && trailing, let c = current {
      if trailingHeadlineAhead(from: nextItem) {
        drafts[c].body.append(contentsOf: (label.map { [$0] } ?? []) + block)
        return nextItem
      }
      if drafts[c].startedWithDateline {
        attach(block, label: label, to: c)
        drafts[c].closed = true
        return nextItem
      }
    }
    open(Draft(headline: block, section: label))
    return nextItem
  }

  private mutating func attach(_ block: [Int], label: Int?, to draft: Int) {
    drafts[draft].headline = block
    drafts[draft].section = label
  }

  /// Whether the story goes on to a headline printed after it (followed by a byline, or under
  /// a section label) before anything else closes it.
  private func trailingHeadlineAhead(from start: Int) -> Bool {
    var i = start
    var seen = 0
    while i < items.count && seen < 80 {
      let paragraph = paragraphs[items[i]]
      seen += 1
      switch paragraph.kind {
      case .body:
        if paragraph.hasDateline || paragraph.hasSignOff { return false }
        i += 1
      case .caption: return false
      case .byline: return true
      case .boilerplate: i += 1
      case .headlineLike:
        let (_, label, next) = headBlock(at: i)
        if label != nil { return true }
        if next < items.count && paragraphs[items[next]].kind == .byline { return true }
        i = next
      }
    }
    return false
  }
}
