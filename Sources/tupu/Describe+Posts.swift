import TupuGraph
import TupuStore

extension Describe {
  /// `posts over time:` each `title` of the entity with the first and last dates of the
  /// documents that state it, and how many documents do: `区委书记 2016-06 – 2021-03 (14
  /// documents)`; the dates are the documents' own (`published`), so undated pages only count.
  static func postsOverTime(name: String, facts: [StoredFact]) -> String {
    var documents: [String: Set<String>] = [:]
    var dates: [String: [String]] = [:]
    var order: [String] = []
    for stored in facts where stored.fact.subject == name && stored.fact.predicate == "title" {
      let title = stored.fact.object.text
      if documents[title] == nil { order.append(title) }
      documents[title, default: []].insert(stored.documentPath ?? "")
      if let published = stored.fact.evidence?.published, StatedDate(iso: published)?.year != nil {
        dates[title, default: []].append(published)
      }
    }
    guard !order.isEmpty else { return "" }
    var text = "\nposts over time:\n"
    for title in order {
      let count = documents[title]?.count ?? 0
      let counted = "(\(count) \(count == 1 ? "document" : "documents"))"
      guard let seen = dates[title], let first = seen.min(), let last = seen.max() else {
        text += "  \(title) undated \(counted)\n"
        continue
      }
      text += "  \(title) \(first == last ? first : "\(first) – \(last)") \(counted)\n"
    }
    return text
  }
}
