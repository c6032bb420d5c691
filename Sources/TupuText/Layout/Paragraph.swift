/// A run of lines the repair joined: a headline, a body paragraph, a byline, a caption or a
/// line of page furniture, with where it stands in the original and in the repaired text.
struct Paragraph {
  enum Kind: Equatable {
    case body
    /// Short, no sentence punctuation: headline, subheading, section label or unmarked caption.
    case headlineLike
    case byline
    case caption
    case boilerplate
  }

  var kind: Kind
  var firstLine: Int
  var lastLine: Int
  /// Original scalar offsets, first to one past the last non-whitespace scalar.
  var start: Int
  var end: Int
  /// Where its repaired text is in `CompactText`.
  var compact: Range<Int>
  /// The part that holds sentences (a dateline, sign-off or photo credit cut off).
  var content: Range<Int>
  /// A dateline's reporters, a sign-off's names or a photo credit, in the repaired text.
  var credit: Range<Int>?
  var hasDateline = false
  var hasSignOff = false
  var isSectionLabel = false
  /// A page's breadcrumb (首页>新闻>要闻) or page label (第01版:要闻) on a line of its own: no line
  /// of the headline under it.
  var isPageFurniture = false
  /// Furniture that is a link to another story (新闻推荐's box): its names count for nothing, not
  /// even as furniture (the rulings).
  var isLink = false
  /// Opens with a list marker: 一、 （二） 3. — a subheading when headline-like.
  var startsWithEnumerator = false
  /// A headline-like line under a list's bullet (• 某某：某某事迹): an item, never one line of a
  /// headline of several.
  var startsWithBullet = false

  var lineCount: Int { lastLine - firstLine + 1 }
}
