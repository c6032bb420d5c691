/// A date as a text states it, to the precision it states: a day (`2023-06-20`), a month
/// (`2023-06`), a year (`2023`), or a month and day with no year anywhere (`--06-20`).
///
/// Its ISO 8601 text is what the graph stores (`held-on` objects, a document's `published`);
/// ISO text sorts as dates do, which is what queries compare.
public struct StatedDate: Hashable, Sendable, Comparable, CustomStringConvertible {
  public enum Precision: String, Hashable, Sendable {
    case day, month, year
    /// A month and a day, the year not given anywhere (`--06-20`).
    case monthDay
  }

  public var year: Int?
  public var month: Int?
  public var day: Int?

  public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = day
  }

  public var precision: Precision {
    if year == nil { return .monthDay }
    if month == nil { return .year }
    return day == nil ? .month : .day
  }

  /// `2023-06-20`, `2023-06`, `2023`, `--06-20`.
  public var iso: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    guard let year else { return "--\(two(month ?? 1))-\(two(day ?? 1))" }
    var text = String(year)
    if let month {
      text += "-" + two(month)
      if let day { text += "-" + two(day) }
    }
    return text
  }

  public var description: String { iso }

  /// The XML Schema datatype of the ISO text: `date`, `gYearMonth`, `gYear` or `gMonthDay`.
  public var xsdType: String {
    switch precision {
    case .day: return "date"
    case .month: return "gYearMonth"
    case .year: return "gYear"
    case .monthDay: return "gMonthDay"
    }
  }

  /// Reads ISO text as written above; nil for anything else (a month 13, a day 32, `2023-6`).
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    func number(_ s: String, digits: Int, in range: ClosedRange<Int>) -> Int? {
      guard s.count == digits, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s),
        range.contains(n)
      else { return nil }
      return n
    }
    if text.hasPrefix("--") {
      guard parts.count == 4, let m = number(parts[2], digits: 2, in: 1...12),
        let d = number(parts[3], digits: 2, in: 1...31)
      else { return nil }
      self.init(month: m, day: d)
      return
    }
    guard (1...3).contains(parts.count), let y = number(parts[0], digits: 4, in: 1000...9999)
    else { return nil }
    var month: Int?
    var day: Int?
    if parts.count >= 2 {
      guard let m = number(parts[1], digits: 2, in: 1...12) else { return nil }
      month = m
    }
    if parts.count == 3 {
      guard let d = number(parts[2], digits: 2, in: 1...31) else { return nil }
      day = d
    }
    self.init(year: y, month: month, day: day)
  }

  /// The first day the date may stand for, as ISO text (`2023` → `2023`, which sorts before
  /// every day of 2023).
  public var earliest: String { iso }

  /// Text that sorts after every day the date may stand for (`2023-06` → `2023-06-99`).
  public var latest: String {
    switch precision {
    case .day, .monthDay: return iso
    case .month: return iso + "-99"
    case .year: return iso + "-99-99"
    }
  }

  public static func < (a: StatedDate, b: StatedDate) -> Bool { a.iso < b.iso }
}

/// A stretch of time a query keeps facts in: `during 2023`, `during 2022-01..2023-06`,
/// `since 2021-03`, `before 2020`. A fact's date is in it when every day the date may stand for
/// is (a fact dated `2023` is not `during 2023-06`); a date without a year is in none.
public struct DatePeriod: Hashable, Sendable, CustomStringConvertible {
  /// From this date on (inclusive); nil: no lower bound.
  public var from: StatedDate?
  /// Up to this date (inclusive); nil: no upper bound.
  public var through: StatedDate?
  /// Strictly before this date (`before DATE`); nil: none.
  public var before: StatedDate?

  public init(from: StatedDate? = nil, through: StatedDate? = nil, before: StatedDate? = nil) {
    self.from = from
    self.through = through
    self.before = before
  }

  /// Whether a stored ISO date text lies in the period.
  public func contains(_ text: String) -> Bool {
    guard let date = StatedDate(iso: text), date.year != nil else { return false }
    if let from, date.earliest < from.earliest { return false }
    if let through, date.latest > through.latest { return false }
    if let before, date.latest >= before.earliest { return false }
    return true
  }

  public var description: String {
    switch (from, through, before) {
    case (let f?, let t?, nil) where f == t: return "during \(f)"
    case (let f?, let t?, nil): return "during \(f)..\(t)"
    case (let f?, nil, nil): return "since \(f)"
    case (nil, nil, let b?): return "before \(b)"
    default:
      return [from.map { "since \($0)" }, through.map { "through \($0)" }, before.map { "before \($0)" }]
        .compactMap { $0 }.joined(separator: " ")
    }
  }
}
