import TupuGraph
import TupuOntology
import TupuText

extension Extractor {
  /// How one sentence is read: every mention with its class and how it was recognized, and
  /// every post with its unit. For tuning an ontology (`tupu eval --explain 句子`).
  public func explain(_ sentence: String) -> [String] {
    var context = ArticleContext()
    var reader = SentenceReader(lexicon: ontology.lexicon, text: Array(sentence.unicodeScalars))
    reader.read(context: &context)
    var lines: [String] = []
    for mention in reader.mentions.sorted(by: { $0.start < $1.start }) {
      let visibility: String
      switch mention.visibility {
      case .entity: visibility = ""
      case .hidden: visibility = " (inside another name)"
      case .dropped: visibility = " (superseded)"
      }
      let container = mention.container.map { " in \(reader.mentions[$0].name)" } ?? ""
      lines.append(
        "\(mention.start)..<\(mention.end) \(mention.name) : \(mention.className)\(container)"
          + " [\(mention.via)]\(visibility)")
    }
    for post in reader.posts {
      let person = reader.mentions[post.person].name
      let units = post.units.map { unit -> String in
        switch unit {
        case .mention(let index): return reader.mentions[index].name
        case .named(let name, _): return name
        case .bareBody(let name, _): return name + "?"
        case .electingSociety(let kind): return (kind ?? "会") + "?!"
        }
      }
      lines.append("post \(person): \(post.title ?? "-") of \(units.joined(separator: ", "))")
    }
    return lines
  }
}
