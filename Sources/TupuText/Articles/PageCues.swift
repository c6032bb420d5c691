/// The genre's cues on repaired text: datelines, bylines, sign-offs, photo credits, headlines,
/// section labels. General patterns of Chinese news pages, no names.
enum PageCues {
  // MARK: Datelines: 本报讯（记者 … 通讯员 …）, 本网讯(某某), 某州融媒讯, 今日某山网消息, …日电

  struct Dateline {
    /// Where the dateline ends in the paragraph (the text after it is the article's).
    var end: Int
    /// The reporters in its brackets, as a range of the repaired text.
    var names: Range<Int>?
  }

  /// `bracketMayContinue`: the text may stop inside the dateline's brackets (one line of a
  /// paragraph).
  static func dateline(_ p: ArraySlice<UInt32>, origins: [Int32], bracketMayContinue: Bool = false)
    -> Dateline?
  {
    let start = p.startIndex
    let limit = min(p.endIndex, start + 16)
    var i = start
    while i < limit {
      let v = p[i]
      var markerEnd: Int?
      if v == 0x8BAF, i > start, i + 1 >= p.endIndex || p[i + 1] != 0x5458 {  // 讯, not 通讯员
        markerEnd = i + 1
      } else if v == 0x6D88, i > start + 1, i + 1 < p.endIndex, p[i + 1] == 0x606F {  // 消息
        markerEnd = i + 2
      } else if v == 0x7535, i > start + 2, p[i - 1] == 0x65E5 {  // …日电
        markerEnd = i + 1
      }
      if let end = markerEnd {
        return datelineTail(
          p, markerEnd: end, prefixLength: i - start, origins: origins,
          bracketMayContinue: bracketMayContinue)
      }
      if !(ScalarClass.isHan(v) || (v >= 0x30 && v <= 0x39)) { return nil }
      i += 1
    }
    return nil
  }

  private static func datelineTail(
    _ p: ArraySlice<UInt32>, markerEnd: Int, prefixLength: Int, origins: [Int32],
    bracketMayContinue: Bool
  ) -> Dateline? {
    if markerEnd >= p.endIndex { return Dateline(end: markerEnd, names: nil) }
    let next = p[markerEnd]
    if next == 0xFF08 || next == 0x28 {  // （ or (
      var k = markerEnd + 1
      while k < min(p.endIndex, markerEnd + 48) {
        if p[k] == 0xFF09 || p[k] == 0x29 {
          var end = k + 1
          if end < p.endIndex, p[end] == 0xFF1A || p[end] == 0x3A { end += 1 }
          return Dateline(end: end, names: (markerEnd + 1)..<k)
        }
        if ScalarClass.isTerminal(p[k]) { return nil }
        k += 1
      }
      return bracketMayContinue && k == p.endIndex ? Dateline(end: k, names: nil) : nil
    }
    let spaced = origins[markerEnd] - origins[markerEnd - 1] > 1
    if next == 0xFF1A || next == 0x3A { return Dateline(end: markerEnd + 1, names: nil) }
    if spaced || (next >= 0x30 && next <= 0x39) || prefixLength <= 2 {
      return Dateline(end: markerEnd, names: nil)
    }
    return nil
  }

  // MARK: Bylines: 本报记者 王某 / 记者 张某 通讯员 李某 (a line of their own)

  private static let bylineCues: [[UInt32]] = [
    "本报记者", "本报通讯员", "本报见习记者", "本报特约记者", "融媒体记者", "特约记者", "见习记者", "记者",
    "通讯员", "文/图", "图/文", "文图", "撰稿", "摄影", "文/", "图/", "文", "图",
  ].map { $0.unicodeScalars.map(\.value) }

  /// Whether a line (original scalars) is a byline: cue words and short names only.
  static func isBylineLine(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Bool {
    if end - start > 28 || end - start < 3 { return false }
    switch scalars[start].value {
    case 0x672C, 0x8BB0, 0x901A, 0x6587, 0x56FE, 0x64B0, 0x6444, 0x878D, 0x7279, 0x89C1: break
    default: return false  // 本 记 通 文 图 撰 摄 融 特 见
    }
    var tokens: [[UInt32]] = []
    var token: [UInt32] = []
    for k in start..<end {
      let scalar = scalars[k]
      if LayoutText.isLayoutSpace(scalar) || scalar.value == 0x3001 {
        if !token.isEmpty { tokens.append(token) }
        token = []
      } else {
        token.append(scalar.value)
      }
    }
    if !token.isEmpty { tokens.append(token) }
    // The line opens with a cue: a whole token (文 张三), or two or more characters glued to
    // a name (本报记者王某) — never a one-character cue glued to a word (文艺汇演).
    guard let first = tokens.first,
      bylineCues.contains(where: { first == $0 || ($0.count > 1 && first.starts(with: $0)) })
    else { return false }
    var names = 0
    for var word in tokens {
      if bylineCues.contains(word) { continue }
      if let cue = bylineCues.first(where: { word.starts(with: $0) && $0.count > 1 }) {
        word.removeFirst(cue.count)
      }
      guard (2...4).contains(word.count), word.allSatisfy(ScalarClass.isHan) else { return false }
      names += 1
    }
    return names >= 1
  }

  // MARK: Sign-offs: …落到实处。（魏宣） / (甲某某 乙某)

  /// The start of a closing bracketed name group, when the paragraph ends with one.
  static func signOff(_ p: ArraySlice<UInt32>) -> Int? {
    guard let last = p.last, last == 0xFF09 || last == 0x29 else { return nil }
    let close = p.endIndex - 1
    var k = close - 1
    while k >= max(p.startIndex, close - 24) {
      let v = p[k]
      if v == 0xFF08 || v == 0x28 {
        let inner = (k + 1)..<close
        // （完） ends a story too.
        guard (2...20).contains(inner.count) || (inner.count == 1 && p[k + 1] == 0x5B8C) else {
          return nil
        }
        for index in inner {
          let w = p[index]
          if !(ScalarClass.isHan(w) || w == 0x20 || w == 0x3001 || w == 0x00B7 || w == 0x2F) {
            return nil
          }
        }
        if k == p.startIndex { return k }
        let before = p[k - 1]
        if ScalarClass.isTerminal(before) || ScalarClass.isCloser(before) || before == 0x2026 {
          return k
        }
        return nil
      }
      k -= 1
    }
    return nil
  }

  // MARK: Photo captions: … 丙某某 摄 / … 资料图片 / 图为…

  struct Caption {
    /// Where the credit starts (the paragraph's end when there is none).
    var creditStart: Int
  }

  private static let creditEndings: [[UInt32]] = ["资料图片", "资料图", "供图", "图片来源", "翻拍"].map {
    $0.unicodeScalars.map(\.value)
  }
  private static let captionOpenings: [[UInt32]] = ["图为", "上图", "下图", "左图", "右图", "图片"].map {
    $0.unicodeScalars.map(\.value)
  }

  static func caption(_ p: ArraySlice<UInt32>) -> Caption? {
    guard let last = p.last, let first = p.first else { return nil }
    // Quick rejection: credits end in 摄 片 图 拍 (or a bracket), captions open with 图 上 下 左 右.
    switch last {
    case 0x6444, 0x7247, 0x56FE, 0x62CD, 0xFF09, 0x29: break
    default:
      switch first {
      case 0x56FE, 0x4E0A, 0x4E0B, 0x5DE6, 0x53F3: break
      default: return nil
      }
    }
    var body = p
    if last == 0xFF09 || last == 0x29 { body = body.dropLast() }
    let endsWithCredit =
      body.last == 0x6444  // 摄
      || creditEndings.contains { body.count > $0.count && body.suffix($0.count).elementsEqual($0) }
    if endsWithCredit {
      var k = body.endIndex - 1
      while k > p.startIndex && !ScalarClass.isTerminal(p[k - 1]) && !ScalarClass.isCloser(p[k - 1])
      { k -= 1 }
      let credit = k..<p.endIndex
      if credit.count <= 18 { return Caption(creditStart: k) }
      return nil
    }
    if p.count <= 200, captionOpenings.contains(where: { p.starts(with: $0) }) {
      return Caption(creditStart: p.endIndex)
    }
    return nil
  }

  // MARK: Headlines and section labels

  /// Short text without sentence punctuation and with balanced quotes: a headline, a
  /// subheading, a section label or an unmarked caption, by its place on the page.
  static func isHeadlineLike(_ p: ArraySlice<UInt32>, lineEnds: [UInt32]) -> Bool {
    if p.isEmpty || p.count > 40 { return false }
    var depth = 0
    var han = 0
    for v in p {
      if ScalarClass.isTerminal(v) || v == 0xFF1B || v == 0x3B { return false }
      if ScalarClass.isOpener(v) { depth += 1 }
      if ScalarClass.isCloser(v) {
        depth -= 1
        if depth < 0 { return false }
      }
      if ScalarClass.isHan(v) { han += 1 }
    }
    if depth != 0 || han < 2 { return false }
    for v in lineEnds where ScalarClass.isContinuing(v) && !ScalarClass.isOpener(v) { return false }
    if let last = p.last, ScalarClass.isContinuing(last) { return false }
    return true
  }

  /// 一、 二是 （三） (4) 5. 6、 第七， — a list marker at the start.
  static func startsWithEnumerator(_ p: ArraySlice<UInt32>) -> Bool {
    func isNumeral(_ v: UInt32) -> Bool {
      switch v {
      case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341:
        return true
      default: return v >= 0x30 && v <= 0x39
      }
    }
    var i = p.startIndex
    if i < p.endIndex, p[i] == 0x7B2C { i += 1 }  // 第
    var bracketed = false
    if i < p.endIndex, p[i] == 0xFF08 || p[i] == 0x28 {
      bracketed = true
      i += 1
    }
    let digits = i
    while i < p.endIndex, isNumeral(p[i]), i - digits < 3 { i += 1 }
    guard i > digits, i < p.endIndex else { return false }
    let mark = p[i]
    if bracketed { return mark == 0xFF09 || mark == 0x29 }
    return mark == 0x3001 || mark == 0x2E || mark == 0xFF0E || mark == 0xFF0C || mark == 0x662F
  }

  private static let placeSuffixes: [[UInt32]] = [
    "区", "县", "市", "镇", "乡", "街道", "社区", "村", "州", "旗", "盟",
  ].map { $0.unicodeScalars.map(\.value) }

  /// A page's section label (`魏都区`, `魏都区颍昌街道`) printed above a headline.
  static func isSectionLabel(_ p: ArraySlice<UInt32>) -> Bool {
    guard (2...9).contains(p.count), p.allSatisfy(ScalarClass.isHan) else { return false }
    return placeSuffixes.contains { p.count > $0.count && p.suffix($0.count).elementsEqual($0) }
  }

  /// A breadcrumb (首页 > 政府 > 政府会议, 某镇>正文) or a newspaper page's label (第01版:头版,
  /// 第A03版：要闻) printed on its own line above a headline.
  static func isPageFurniture(_ p: ArraySlice<UInt32>) -> Bool {
    // > ＞ › »: the separators of a breadcrumb.
    if p.contains(where: { $0 == 0x3E || $0 == 0xFF1E || $0 == 0x203A || $0 == 0xBB }) { return true }
    // 第 + a page's number (digits, perhaps after a letter) + 版.
    var i = p.startIndex
    guard i < p.endIndex, p[i] == 0x7B2C else { return false }
    i += 1
    if i < p.endIndex, (0x41...0x5A).contains(p[i]) { i += 1 }
    let digits = i
    while i < p.endIndex, (0x30...0x39).contains(p[i]), i - digits < 3 { i += 1 }
    return i > digits && i < p.endIndex && p[i] == 0x7248
  }
}
