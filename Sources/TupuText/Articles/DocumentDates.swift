import TupuGraph

/// The date a text states for itself, to the precision it states it, never guessed.
///
/// In order of trust: a stamp after a cue (发布时间：2023-06-20, 【发布日期:…】, 编稿时间, 信息时间,
/// 日期, 时间); a full date standing on a short line of the page's top furniture (梧州日报
/// 2018-05-03 17:33, 2012年08月20日09:20 红网, a newspaper page's 2022年4月14日 星期四); else a
/// year in the headline (召开2017年第二次常务会议 → `2017`). A dateline's month and day (本报讯
/// 6月14日) give nothing without a year; neither do the file's name or time.
public enum DocumentDates {
  /// Cue words a stamp follows, longest first.
  static let cues = [
    "发布时间", "发布日期", "编稿时间", "信息时间", "更新时间", "发表时间", "发文日期", "稿件日期",
    // 内容时间:2016-03-14: a repost's stamp of its content.
    "内容时间",
    // 发表于 2021-9-7 07:32:08: a forum's post of the story.
    "发表于", "日期", "时间", "publishdate", "pubdate",
    // 發表時間:11/20/2021: a stamp's cue left in traditional script on a page otherwise simplified
    // (a whole traditional page is folded before it is read).
    "發表時間", "發佈時間", "發布時間", "更新時間",
  ]
  /// The cues as scalars, and the scalars a cue can start with (most positions start none).
  static let cueScalars = cues.map { Array($0.unicodeScalars) }
  // NB: an array of eight, searched without hashing: it is asked at every scalar of a dated line.
  static let cueStarts = cueScalars.compactMap(\.first)
  /// Bit `value % 64` of each of `cueStarts`.
  static let cueStartMask = cueStarts.reduce(UInt64(0)) { $0 | UInt64(1) << UInt64($1.value & 63) }
  static let mood: [Unicode.Scalar] = Array("心情".unicodeScalars)
  static let todayIs: [Unicode.Scalar] = Array("今天是".unicodeScalars)
  /// Words of a line of page furniture: a bare date on such a line is the page's own.
  static let furnitureWords = [
    "来源", "作者", "编辑", "浏览", "阅读", "点击", "字号", "责任编辑", "日报", "网",
    // A newspaper page's header: 2024年3月6日 星期三 第1版 要闻.
    "版",
  ]
  /// Lines of a page's top scanned for a bare date, before the first long paragraph.
  static let topLineLength = 60

  /// The document's date from its decoded text and headline.
  public static func published(text: String, headline: String?) -> StatedDate? {
    var bare: StatedDate?
    var inTop = true
    var stamp: StatedDate?
    // Whether `bare` was read off a line holding only a date and its weekday (a portal's clock).
    var bareIsClock = false
    // NB: the top of the page only; a part of a huge file is never split whole into lines.
    forEachTopLine(of: text, limit: 20_000) { rawLine in
      // NB: every date this reads is written with digits (full-width ones fold to ASCII); most
      // lines have none, and only their length in CJK characters matters (where the top ends).
      guard rawLine.hasDigit else {
        // 二〇二四年三月五日 星期二: a newspaper page's date line in Chinese numerals.
        if inTop, bare == nil, rawLine.count <= 24, rawLine.hasYear,
          let date = chineseFullDate(rawLine.compacted)
        {
          bare = date
        }
        if rawLine.cjk > topLineLength { inTop = false }
        return true
      }
      let line = rawLine.compacted
      if line.isEmpty { return true }
      // A weather line gives today's date, a forum's signature the poster's mood of a day.
      // 今天是: 2018年9月10日 星期一: a portal's clock, the day the page was saved, not written.
      if line.contains("℃") || contains(line, mood) || contains(line, todayIs) { return true }
      if let found = cueStamp(line) {
        stamp = found
        return false
      }
      if inTop, let date = bareDate(line) {
        if bare == nil {
          bare = date
          bareIsClock = isWeekdayClock(line)
        } else if bareIsClock, hasTimeOfDay(line) {
          // 2025年06月16日 星期一 above the menu, 2024-01-13 09:33:32 under the headline: the
          // portal's clock gives the day the page was saved; the stamp with its time, the story's.
          bare = date
          bareIsClock = false
        }
      }
      // Below the top only a cue's stamp counts: the line's length no longer matters.
      if inTop, cjkCount(line) > topLineLength { inTop = false }
      return true
    }
    if let stamp { return stamp }
    if let bare { return bare }
    if let headline, let year = headlineYear(Array(LayoutText.compacted(headline).unicodeScalars)) {
      return StatedDate(year: year)
    }
    return nil
  }

  /// `2025年06月16日 星期一`: a line of nothing but a date and its weekday, as a portal prints
  /// today's date above its menu (a newspaper page's date line names its page or paper too).
  static func isWeekdayClock(_ line: [Unicode.Scalar]) -> Bool {
    let weekday = line.indices.dropLast().contains { at in
      (line[at] == "周" || at > 0 && matches(line, weekdayWord, at: at - 1))
        && "一二三四五六日天".unicodeScalars.contains(line[at + 1])
    }
    // The date's 年, 月, 日 and the weekday's two or three characters, nothing else.
    return weekday && !hasTimeOfDay(line) && cjkCount(line) <= 6
  }
  static let weekdayWord: [Unicode.Scalar] = Array("星期".unicodeScalars)

  /// Whether a time of day (`09:33`, `9:27:28`) stands on the line.
  static func hasTimeOfDay(_ line: [Unicode.Scalar]) -> Bool {
    line.indices.dropFirst().contains { at in
      (line[at] == ":" || line[at] == "：") && isDigit(line[at - 1]) && at + 2 < line.count
        && isDigit(line[at + 1]) && isDigit(line[at + 2])
    }
  }

  /// `发布时间：2023-06-20 10:22`: the date right after a cue and its colon or bracket.
  static func cueStamp(_ line: [Unicode.Scalar]) -> StatedDate? {
    let mask = cueStartMask
    let starts = cueStarts
    // NB: one mask test a scalar before the walk of `cueStarts`.
    for start in line.indices
    where mask & (UInt64(1) << UInt64(line[start].value & 63)) != 0
      && starts.contains(line[start])
    {
      for cue in cueScalars where matches(line, cue, at: start) {
        var i = start + cue.count
        var skipped = 0
        while i < line.count, skipped < 3, ":：】]】 ".unicodeScalars.contains(line[i]) {
          i += 1
          skipped += 1
        }
        // 时间 inside another word (活动时间, 开放时间) is not the page's stamp; but on a line of
        // furniture fields (来源:县融媒体中心 日期:2019/1/22, its spaces compacted away) the
        // character before it ends the field before.
        if cue.count == 2, start > 0, isCJK(line[start - 1]),
          !"【[".unicodeScalars.contains(line[start - 1]), !followsFurnitureField(line, before: start)
        {
          continue
        }
        guard skipped > 0 || cue.count > 2 else { continue }
        if let (date, _) = fullDate(line, at: i, padded: false) ?? shortYearDate(line, at: i)
          ?? monthDayYear(line, at: i)
        {
          return date
        }
      }
    }
    return nil
  }

  /// Whether a field of page furniture (来源:, 作者:, 编辑:) opens the line before `index`, so
  /// that a cue right after a character ends that field's value rather than a word.
  static func followsFurnitureField(_ line: [Unicode.Scalar], before index: Int) -> Bool {
    let head = Array(line[..<index])
    guard head.contains(":") || head.contains("：") else { return false }
    return fieldWords.contains { word in
      let scalars = Array(word.unicodeScalars)
      guard scalars.count + 1 <= head.count else { return false }
      return (0...(head.count - scalars.count - 1)).contains { at in
        matches(head, scalars, at: at) && ":：".unicodeScalars.contains(head[at + scalars.count])
      }
    }
  }
  /// Labels of the fields a page's stamp line holds besides its date.
  static let fieldWords = ["来源", "作者", "编辑", "撰稿", "供稿", "通讯员", "记者"]

  /// A full date on a short furniture line: the line holds little but the date, a time and a
  /// source's name. Hyphenated dates must be written with two-digit months and days, as the
  /// publishing systems stamp them.
  static func bareDate(_ line: [Unicode.Scalar]) -> StatedDate? {
    for i in line.indices where isDigit(line[i]) && (i == 0 || !isDigit(line[i - 1])) {
      let short = fullDate(line, at: i, padded: true) == nil ? shortYearDate(line, at: i) : nil
      guard
        let (date, end) = fullDate(line, at: i, padded: true) ?? dayMonthYear(line, at: i)
          ?? unmarkedDayStamp(line, at: i) ?? short
      else { continue }
      let rest = Array(line[..<i]) + Array(line[end...])
      let words = cjkCount(rest)
      // 会泽县融媒体中心 2019-09-18 19:32:48: a stamp with its time of day.
      let timed = end + 3 < line.count && line[end] == " " && isDigit(line[end + 1])
        && (line[end + 2] == ":" || line[end + 3] == ":")
      // 22-10-07 19:53 来源：某报: a two-digit year counts on a furniture line only with its time.
      if short != nil, !timed { return nil }
      if words <= 6 || (words <= 30 && (timed || furnitureWords.contains { contains(rest, $0) })) {
        return date
      }
      return nil
    }
    // A newspaper page's month line: 2023年6月 alone.
    if line.count <= 12, let (year, end) = number(line, at: 0, digits: 4...4), end < line.count,
      line[end] == "年", let (month, monthEnd) = number(line, at: end + 1, digits: 1...2),
      monthEnd < line.count, line[monthEnd] == "月", monthEnd + 1 == line.count,
      (1949...2100).contains(year), (1...12).contains(month)
    {
      return StatedDate(year: year, month: month)
    }
    return nil
  }

  /// `2023-06-20`, `2023/06/20`, `2023.06.20`, `2023年6月20日` at `i`, with where it ends.
  public static func fullDate(_ line: [Unicode.Scalar], at i: Int, padded: Bool) -> (StatedDate, Int)? {
    guard let (year, yearEnd) = number(line, at: i, digits: 4...4), (1949...2100).contains(year),
      yearEnd < line.count
    else { return nil }
    let separator = line[yearEnd]
    guard "-/.年".unicodeScalars.contains(separator) else { return nil }
    let chinese = separator == "年"
    let width = padded && !chinese ? 2...2 : 1...2
    guard let (month, monthEnd) = number(line, at: yearEnd + 1, digits: width),
      (1...12).contains(month), monthEnd < line.count,
      line[monthEnd] == (chinese ? "月" : separator),
      let (day, dayEnd) = number(line, at: monthEnd + 1, digits: width), (1...31).contains(day)
    else { return nil }
    var end = dayEnd
    if chinese {
      guard end < line.count, line[end] == "日" || line[end] == "号" else { return nil }
      end += 1
    }
    if !chinese, end < line.count, isDigit(line[end]) { return nil }
    return (StatedDate(year: year, month: month, day: day), end)
  }

  /// `2013年06月09 15:50:29`: a publishing system's stamp written with 年 and 月 but no 日,
  /// and a time of day after it (which says the last number is the day).
  static func unmarkedDayStamp(_ line: [Unicode.Scalar], at i: Int) -> (StatedDate, Int)? {
    guard let (year, yearEnd) = number(line, at: i, digits: 4...4), (1949...2100).contains(year),
      yearEnd < line.count, line[yearEnd] == "年",
      let (month, monthEnd) = number(line, at: yearEnd + 1, digits: 2...2), (1...12).contains(month),
      monthEnd < line.count, line[monthEnd] == "月",
      let (day, dayEnd) = number(line, at: monthEnd + 1, digits: 2...2), (1...31).contains(day),
      dayEnd + 3 < line.count, line[dayEnd] == " ", isDigit(line[dayEnd + 1]),
      line[dayEnd + 2] == ":" || line[dayEnd + 3] == ":"
    else { return nil }
    return (StatedDate(year: year, month: month, day: day), dayEnd)
  }

  /// `18-01-12`: a publishing system's stamp with a two-digit year (2018-01-12), every part
  /// written with two digits and hyphens, no digit on either side.
  static func shortYearDate(_ line: [Unicode.Scalar], at i: Int) -> (StatedDate, Int)? {
    guard i == 0 || !isDigit(line[i - 1]) && line[i - 1] != "-",
      let (year, month, day, end) = numbers(
        line, at: i, parted: "-", digits: (2...2, 2...2, 2...2)),
      end == line.count || !isDigit(line[end]) && line[end] != "-",
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (StatedDate(year: year < 50 ? 2000 + year : 1900 + year, month: month, day: day), end)
  }

  /// `11/20/2021`: month, day and year after a stamp's cue, as sites in English order print them;
  /// read only when the order is certain (the day above 12).
  static func monthDayYear(_ line: [Unicode.Scalar], at i: Int) -> (StatedDate, Int)? {
    guard
      let (month, day, year, end) = numbers(
        line, at: i, parted: "/", digits: (1...2, 1...2, 4...4)),
      (1949...2100).contains(year), (1...12).contains(month), (13...31).contains(day)
    else { return nil }
    return (StatedDate(year: year, month: month, day: day), end)
  }

  /// `28.09.2015`: day, month and year, as some sites print them.
  static func dayMonthYear(_ line: [Unicode.Scalar], at i: Int) -> (StatedDate, Int)? {
    guard
      let (day, month, year, end) = numbers(
        line, at: i, parted: ".", digits: (2...2, 2...2, 4...4)),
      (1949...2100).contains(year), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    return (StatedDate(year: year, month: month, day: day), end)
  }

  /// Three numbers parted by one mark (`18-01-12`, `11/20/2021`, `28.09.2015`), each of so many
  /// digits, and where the third ends; the stamps' readers above say which is the year.
  static func numbers(
    _ line: [Unicode.Scalar], at i: Int, parted mark: Unicode.Scalar,
    digits: (ClosedRange<Int>, ClosedRange<Int>, ClosedRange<Int>)
  ) -> (Int, Int, Int, Int)? {
    guard let (first, firstEnd) = number(line, at: i, digits: digits.0), firstEnd < line.count,
      line[firstEnd] == mark,
      let (second, secondEnd) = number(line, at: firstEnd + 1, digits: digits.1),
      secondEnd < line.count, line[secondEnd] == mark,
      let (third, thirdEnd) = number(line, at: secondEnd + 1, digits: digits.2)
    else { return nil }
    return (first, second, third, thirdEnd)
  }

  /// `2017年` or `二〇二一年` in a headline (not 2017年度 of a plan's name alone: that counts too).
  static func headlineYear(_ line: [Unicode.Scalar]) -> Int? {
    for i in line.indices {
      if isDigit(line[i]), i == 0 || !isDigit(line[i - 1]),
        let (year, end) = number(line, at: i, digits: 4...4), end < line.count, line[end] == "年",
        (1949...2100).contains(year)
      {
        return year
      }
      if let year = chineseYear(line, at: i) { return year.value }
    }
    return nil
  }

  /// `二〇二四年三月五日` at the start of a short line (a newspaper page's date).
  static func chineseFullDate(_ line: [Unicode.Scalar]) -> StatedDate? {
    guard let (year, yearEnd) = chineseYear(line, at: 0),
      let month = line[yearEnd...].firstIndex(of: "月"),
      let monthValue = chineseNumber(line[yearEnd..<month]), (1...12).contains(monthValue),
      let day = line[(month + 1)...].firstIndex(where: { $0 == "日" || $0 == "号" }),
      let dayValue = chineseNumber(line[(month + 1)..<day]), (1...31).contains(dayValue)
    else { return nil }
    return StatedDate(year: year, month: monthValue, day: dayValue)
  }

  /// 五 → 5, 十二 → 12, 二十一 → 21, 三十 → 30 (a month or a day in Chinese numerals).
  public static func chineseNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
    /// 一 → 1 … 九 → 9 (no zero).
    func unit(_ scalar: Unicode.Scalar) -> Int? {
      chineseDigit(scalar).flatMap { $0 > 0 ? $0 : nil }
    }
    let digits = Array(scalars)
    switch digits.count {
    case 1: return digits[0] == "十" ? 10 : unit(digits[0])
    case 2:
      if digits[0] == "十" { return unit(digits[1]).map { 10 + $0 } }
      if digits[1] == "十" { return unit(digits[0]).map { $0 * 10 } }
      return nil
    case 3:
      guard digits[1] == "十", let tens = unit(digits[0]), let ones = unit(digits[2]) else {
        return nil
      }
      return tens * 10 + ones
    default: return nil
    }
  }

  /// `二〇二一年` (or `二零二一年`) at `i`.
  static func chineseYear(_ line: [Unicode.Scalar], at i: Int) -> (value: Int, end: Int)? {
    guard i + 4 < line.count, line[i + 4] == "年" else { return nil }
    var value = 0
    for k in i..<(i + 4) {
      guard let digit = chineseDigit(line[k]) else { return nil }
      value = value * 10 + digit
    }
    return (1949...2100).contains(value) ? (value, i + 5) : nil
  }

  /// 〇, 零, ○ → 0; 一 → 1 … 九 → 9.
  // NB: a switch, not a dictionary literal: the literal was built (twelve inserts, each hashed)
  // at every call, and a headline's year is asked for at each of its positions.
  static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar {
    case "〇", "零", "○": 0
    case "一": 1
    case "二": 2
    case "三": 3
    case "四": 4
    case "五": 5
    case "六": 6
    case "七": 7
    case "八": 8
    case "九": 9
    default: nil
    }
  }

  public static func number(_ line: [Unicode.Scalar], at i: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
    var k = i
    var value = 0
    while k < line.count, isDigit(line[k]), k - i < digits.upperBound + 1 {
      value = value * 10 + Int(line[k].value - 0x30)
      k += 1
    }
    return digits.contains(k - i) ? (value, k) : nil
  }

  public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
  static func isCJK(_ s: Unicode.Scalar) -> Bool { s.value >= 0x4E00 && s.value <= 0x9FFF }
  static func cjkCount<C: Collection>(_ line: C) -> Int where C.Element == Unicode.Scalar {
    line.reduce(0) { $0 + (isCJK($1) ? 1 : 0) }
  }

  // NB: inlinable: the extractor's date scan calls it at most positions of every sentence, and
  // a call across the module retained the line and the word each time.
  @inlinable
  public static func matches(_ line: [Unicode.Scalar], _ word: String, at i: Int) -> Bool {
    if let matched = word.utf8.withContiguousStorageIfAvailable({
      UTF8Scalars.matches($0, in: line, at: i)
    }) {
      return matched
    }
    var k = i
    for scalar in word.unicodeScalars {
      guard k < line.count, line[k] == scalar else { return false }
      k += 1
    }
    return true
  }

  static func contains(_ line: [Unicode.Scalar], _ word: String) -> Bool {
    contains(line, Array(word.unicodeScalars))
  }

  static func matches(_ line: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + word.count <= line.count else { return false }
    for k in word.indices where line[i + k] != word[k] { return false }
    return true
  }

  static func contains(_ line: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
    guard let first = word.first else { return true }
    return line.indices.contains { line[$0] == first && matches(line, word, at: $0) }
  }
}
