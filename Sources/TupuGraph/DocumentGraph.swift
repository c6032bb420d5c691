/// A source file as the store knows it: keyed by the hash of its content.
public struct DocumentRecord: Hashable, Sendable {
  /// Hex SHA-256 (or another stable digest) of the file's bytes.
  public var contentHash: String
  public var path: String
  public var title: String?
  /// The date the text gives, as written (`2022-04-14`, `4月1日`), when known.
  public var date: String?
  /// The date the text states for the document (`DocumentDates`), to its precision.
  public var published: StatedDate?

  public init(
    contentHash: String, path: String, title: String? = nil, date: String? = nil,
    published: StatedDate? = nil
  ) {
    self.contentHash = contentHash
    self.path = path
    self.title = title
    self.date = date
    self.published = published
  }
}

/// Everything one document says: the unit the store writes in one transaction.
///
/// `facts` include one `type` fact per entity the document mentions.
public struct DocumentGraph: Hashable, Sendable {
  public var document: DocumentRecord
  public var facts: [Fact]

  public init(document: DocumentRecord, facts: [Fact]) {
    self.document = document
    self.facts = facts
  }
}
