import Foundation

/// The values of a query string (`?q=…&depth=2`), decoded as a browser's form sends them:
/// `+` is a space, then percent-escapes are UTF-8 bytes.
struct FormValues: Sendable {
  private var values: [String: String] = [:]

  init(_ query: String?) {
    guard let query else { return }
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decoded(parts[0])
      // The first value of a repeated key wins, as with most servers.
      if values[key] == nil { values[key] = parts.count > 1 ? Self.decoded(parts[1]) : "" }
    }
  }

  subscript(key: String) -> String? { values[key] }

  /// An integer value within `range`, else `fallback`.
  func integer(_ key: String, in range: ClosedRange<Int>, fallback: Int) -> Int {
    guard let text = values[key], let value = Int(text) else { return fallback }
    return min(max(value, range.lowerBound), range.upperBound)
  }

  static func decoded(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
