import TupuGraph

/// A file as Tupu read it: the decoded original text, and its articles and sentences, each
/// mapped back to character offsets in that text.
///
/// Offsets are 0-based Unicode-scalar offsets into the file's decoded text (end exclusive);
/// `originalText` holds that text from `originalTextStart` on (all of it unless this is one
/// part of a big file), so that for every sentence `s`, with `base = originalTextStart`:
/// `LayoutText.compacted(originalText.unicodeScalars[(s.start - base)..<(s.end - base)])
/// == s.text` (see `LayoutText` for the repair rule); on a page in traditional script
/// (`isTraditional`) that repair is `s.printed`, and `s.text` is it folded to simplified
/// script (`TraditionalScript`), scalar for scalar.
///
/// For a `.txt` file `originalText` is the file decoded (a byte-order mark dropped); for an
/// `.html` page it is the page's visible text (tags dropped, entities decoded, block elements as
/// line breaks); for a `.pdf` it is what `pdftotext` extracted.
public struct ReadDocument: Sendable {
  public var path: String
  /// Hex SHA-256 of the file's bytes.
  public var contentHash: String
  /// The file decoded to Unicode, before any repair.
  public var originalText: String
  /// The page's or first article's headline, when there is one.
  public var title: String?
  /// A date the text gives for itself (`2022-04-14`, `4月1日`), when found.
  public var date: String?
  /// The date the text states for the document, to its precision (`DocumentDates`); nil when
  /// it states none with a year.
  public var published: StatedDate?
  public var articles: [Article]
  /// How the bytes were decoded: `UTF-8` or `GB18030`.
  public var encoding: String = "UTF-8"
  /// What the file was: `text`, `html` or `pdf`.
  public var format: String = "text"
  /// Lines recognized as page furniture (navigation, metadata, footers) and kept out of
  /// articles, as offset ranges into `originalText`.
  public var boilerplate: [Range<Int>] = []
  /// For one part of a big file (`TextPipeline.parts`): the scalar offset of `originalText` in
  /// the whole file's decoded text, which every offset here counts in; 0 for a whole file.
  public var originalTextStart = 0
  /// The index of this part's first article; the articles of a file are numbered across its
  /// parts, and the number after a part's last article goes to its boilerplate (when it has
  /// any).
  public var firstArticleIndex = 0
  /// The page was written in traditional script and read folded to simplified
  /// (`TraditionalScript`): names and sentence text are simplified, offsets and
  /// `Sentence.printed` keep the original.
  public var isTraditional = false

  /// The index that evidence from the page furniture (`boilerplate`) is filed under.
  public var boilerplateArticleIndex: Int { firstArticleIndex + articles.count }

  public init(
    path: String, contentHash: String, originalText: String, title: String?, date: String?,
    articles: [Article]
  ) {
    self.path = path
    self.contentHash = contentHash
    self.originalText = originalText
    self.title = title
    self.date = date
    self.articles = articles
  }
}

/// One article of a page (a story or a photo caption), with its headline and sentences.
public struct Article: Sendable {
  public enum Kind: String, Sendable { case story, caption }

  public var index: Int
  public var kind: Kind
  /// The headline, repaired like a sentence; it is also the article's first sentence
  /// (`Sentence.isHeadline`), even when the page prints it after the story.
  public var headline: String?
  /// A section label printed above the headline (`魏都区`), when there is one.
  public var section: String?
  /// Reporter and correspondent names as the dateline or byline gives them.
  public var byline: String?
  public var start: Int
  public var end: Int
  public var sentences: [Sentence]

  public init(
    index: Int, kind: Kind, headline: String?, byline: String?, start: Int, end: Int,
    sentences: [Sentence]
  ) {
    self.index = index
    self.kind = kind
    self.headline = headline
    self.byline = byline
    self.start = start
    self.end = end
    self.sentences = sentences
  }
}

/// A sentence after repair (line breaks and layout spaces removed, full-width digits folded).
public struct Sentence: Sendable {
  public var index: Int
  public var text: String
  public var start: Int
  public var end: Int
  /// True for the article's headline, given as its first sentence so that extraction reads it.
  public var isHeadline: Bool = false
  /// The sentence as printed (layout repaired, script not folded) on a page in traditional
  /// script; nil where `text` is it. Evidence shows it.
  public var printed: String?

  public init(index: Int, text: String, start: Int, end: Int) {
    self.index = index
    self.text = text
    self.start = start
    self.end = end
  }
}
