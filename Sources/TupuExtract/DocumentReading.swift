import TupuGraph
import TupuOntology
import TupuText

/// One sentence after recognition, with the article's context as it stood after it.
struct ReadSentence: Sendable {
  var article: Int
  var index: Int
  var start: Int
  var end: Int
  var text: String
  var scalars: [Unicode.Scalar]
  var mentions: [Mention]
  var posts: [PostLink]
  var context: ArticleContext
}

/// The extraction of one document: sentences read, names resolved, facts made.
struct DocumentReading {
  let lexicon: Lexicon
  let cues: CueTables
  var sentences: [ReadSentence] = []
  var documentDistrict: String?
  /// Canonical name of every raw name, per class (`resolve`).
  var canonical: [String: String] = [:]
  /// The class each canonical name ends up with (Official wins over Person).
  var classes: [String: String] = [:]

  init(lexicon: Lexicon, cues: CueTables) {
    self.lexicon = lexicon
    self.cues = cues
  }

  mutating func read(_ article: Article) {
    var context = ArticleContext()
    context.district = documentDistrict
    var districtFromArticle = false
    var items: [(index: Int, text: String, start: Int, end: Int)] = []
    if let headline = article.headline, !headline.isEmpty,
      article.sentences.first.map({ !$0.text.hasPrefix(headline) }) ?? true
    {
      items.append((-1, headline, article.start, article.start))
    }
    for sentence in article.sentences {
      items.append((sentence.index, sentence.text, sentence.start, sentence.end))
    }
    if let byline = article.byline, !byline.isEmpty {
      items.append((article.sentences.count, byline, article.end, article.end))
    }
    for item in items {
      let scalars = Array(item.text.unicodeScalars)
      var reader = SentenceReader(lexicon: lexicon, text: scalars)
      reader.read(context: &context)
      for mention in reader.mentions where mention.visibility == .entity {
        switch mention.className {
        case "District":
          if !districtFromArticle {
            context.district = mention.name
            districtFromArticle = true
          }
          if documentDistrict == nil { documentDistrict = mention.name }
        case "City": context.city = mention.name
        case "Street": context.street = mention.name
        case "Community": context.community = mention.name
        default: break
        }
      }
      // Posts read before a later place of the sentence still see the article's places.
      sentences.append(
        ReadSentence(
          article: article.index, index: max(0, item.index), start: item.start, end: item.end,
          text: item.text, scalars: scalars, mentions: reader.mentions, posts: reader.posts,
          context: context))
    }
  }
}
