/// An extraction pattern: a built-in matcher, the cue words it looks for and the predicate it
/// asserts. Its id is stored with every fact it produces.
public struct ExtractionPattern: Hashable, Sendable {
  public var id: String
  public var predicate: String
  public var matcher: String
  public var cues: [String]

  public init(id: String, predicate: String, matcher: String, cues: [String] = []) {
    self.id = id
    self.predicate = predicate
    self.matcher = matcher
    self.cues = cues
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
