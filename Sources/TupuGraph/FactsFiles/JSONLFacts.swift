/// Extracted facts as JSON Lines (`.jsonl`), what `tupu extract` writes and `tupu ingest` reads
/// back: per document a header line with its key (the content hash), then a line per fact with
/// its evidence.
///
///     {"document":"text:9f86d0…","path":"news/a.txt","title":"区长主持召开例会","facts":2}
///     {"s":"王建国","p":"type","o":"Official","kind":"class","article":0,"sentence":1,…}
///     {"s":"王建国","p":"chairs","o":"例会","kind":"entity","article":0,"sentence":1,"start":0,
///      "end":12,"text":"王建国主持召开例会。","pattern":"agent-cue-meeting"}
///
/// `facts` counts the lines that follow, so a part cut short is an error, not a smaller graph.
/// A document is stored under its own key and path, as a direct ingest of the file stores it.
public enum JSONLFacts {
  /// The lines of one document, each ending in a newline.
  public static func lines(of graph: DocumentGraph) -> String {
    let document = graph.document
    var out = "{\"document\":" + quoted(document.contentHash) + ",\"path\":" + quoted(document.path)
    if let title = document.title { out += ",\"title\":" + quoted(title) }
    if let date = document.date { out += ",\"date\":" + quoted(date) }
    if let published = document.published { out += ",\"published\":" + quoted(published.iso) }
    out += ",\"facts\":\(graph.facts.count)}\n"
    for fact in graph.facts {
      out += "{\"s\":" + quoted(fact.subject) + ",\"p\":" + quoted(fact.predicate) + ",\"o\":"
        + quoted(fact.object.text) + ",\"kind\":\"" + kindName(fact.object) + "\""
      if let evidence = fact.evidence {
        out += ",\"article\":\(evidence.article),\"sentence\":\(evidence.sentence)"
        out += ",\"start\":\(evidence.start),\"end\":\(evidence.end),\"text\":"
        out += quoted(evidence.text) + ",\"pattern\":" + quoted(evidence.pattern)
      }
      if let rule = fact.derivedBy { out += ",\"rule\":" + quoted(rule) }
      out += "}\n"
    }
    return out
  }

  static func kindName(_ term: Term) -> String {
    switch term {
    case .entity: return "entity"
    case .literal: return "literal"
    case .classRef: return "class"
    }
  }

  static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
