/// An extraction pattern: a built-in matcher, the cue words it looks for and the predicate it
/// asserts. Its id is stored with every fact it produces.
public struct ExtractionPattern: Hashable, Sendable {
  // NB: the fields in one immutable object, so that a copy is one retain: rules hand patterns
  // around with every cue of every sentence (a copy of four fields was a tenth of the relations'
  // time in copies and releases). A change makes a new object.
  // NB: usable from inline, so that the getters are inlined in the extractor (rules ask a cue's
  // matcher in every sentence: a call, a retain and a release each time).
  @usableFromInline final class Fields: Sendable {
    @usableFromInline let id: String
    @usableFromInline let predicate: String
    @usableFromInline let matcher: String
    @usableFromInline let cues: [String]

    init(id: String, predicate: String, matcher: String, cues: [String]) {
      self.id = id
      self.predicate = predicate
      self.matcher = matcher
      self.cues = cues
    }
  }

  @usableFromInline var fields: Fields

  public var id: String {
    @inlinable get { fields.id }
    set { fields = Fields(id: newValue, predicate: predicate, matcher: matcher, cues: cues) }
  }
  public var predicate: String {
    @inlinable get { fields.predicate }
    set { fields = Fields(id: id, predicate: newValue, matcher: matcher, cues: cues) }
  }
  public var matcher: String {
    @inlinable get { fields.matcher }
    set { fields = Fields(id: id, predicate: predicate, matcher: newValue, cues: cues) }
  }
  public var cues: [String] {
    @inlinable get { fields.cues }
    set { fields = Fields(id: id, predicate: predicate, matcher: matcher, cues: newValue) }
  }

  public init(id: String, predicate: String, matcher: String, cues: [String] = []) {
    fields = Fields(id: id, predicate: predicate, matcher: matcher, cues: cues)
  }

  public static func == (left: ExtractionPattern, right: ExtractionPattern) -> Bool {
    left.fields === right.fields
      || left.id == right.id && left.predicate == right.predicate && left.matcher == right.matcher
        && left.cues == right.cues
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(predicate)
    hasher.combine(matcher)
    hasher.combine(cues)
  }

  /// The matchers the extractor implements; a `pattern` line must name one of them.
  public static let matchers: [String: String] = [
    "agent-cue-meeting": "the person (or body) before a cue and the meeting after it",
    "agents-cue-meeting": "every person before an attendance cue",
    "agent-cue-projects": "the sentence's leading person or meeting and its projects",
    "giver-cue-recipient": "givers before a donation cue and the recipient",
    "giver-gift-recipient": "X向Y送来…物资: a verb that gives only when goods or money follow",
    "giver-handed-recipient": "X将…善款交到Y手中: a gift handed over, named before the verb",
    "name-nesting": "places written inside another's name",
    "situated-cue": "X位于Y",
    "jurisdiction-list": "X辖区A、B及C",
    "build-at": "在Y…建设X",
    "gift-from-delivered": "来自X的物资…送达Y",
    "post-name": "posts before or after a name",
    "entity-type": "the class of every recognized entity",
    "meeting-date": "the date a sentence gives the meeting it names (held-on)",
  ]
}
