/// "Did you mean …": the nearest candidates by edit distance, counted in characters.
public enum Suggestions {
  /// Candidates within a distance that grows with the word's length, nearest first.
  public static func nearest(
    to word: String, in candidates: some Sequence<String>, limit: Int = 3
  ) -> [String] {
    let target = Array(word.lowercased())
    let allowed = max(1, min(3, target.count / 3 + 1))
    var scored: [(String, Int)] = []
    for candidate in candidates {
      let chars = Array(candidate.lowercased())
      let distance = editDistance(target, chars)
      let prefixMatch = !target.isEmpty && chars.starts(with: target)
      if distance <= allowed || prefixMatch {
        scored.append((candidate, prefixMatch ? min(distance, 1) : distance))
      }
    }
    scored.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var seen = Set<String>()
    return scored.map(\.0).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  /// Levenshtein distance over characters.
  public static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// "did you mean a, b or c?" or nil when there is nothing near.
  public static func hint(for word: String, in candidates: some Sequence<String>) -> String? {
    let found = nearest(to: word, in: candidates)
    guard !found.isEmpty else { return nil }
    if found.count == 1 { return "did you mean \(found[0])?" }
    return "did you mean \(found.dropLast().joined(separator: ", ")) or \(found[found.count - 1])?"
  }
}
