import TupuGraph

/// How `tupu serve` runs: the store, where it listens, and the bounds on every request.
public struct ExplorerSettings: Sendable {
  /// The graph store, opened read-only.
  public var storePath: String
  /// The classes, predicates (with Chinese labels) and rules queries are checked against.
  public var vocabulary: Vocabulary
  /// The address to listen on: loopback unless the person running it says otherwise.
  public var host = "127.0.0.1"
  /// The port; 0 picks a free one (the address is printed once listening).
  public var port = 8080
  /// Read connections to the store: so many requests read at once, the others wait.
  public var readers = 4
  /// Seconds a query may run before SQLite stops it.
  public var queryTimeout: Double = 10
  /// Rows an answer holds at most (pages and the API alike).
  public var rowLimit = 10_000
  /// Entities a neighbourhood picture draws at most.
  public var pictureLimit = 150

  public init(storePath: String, vocabulary: Vocabulary) {
    self.storePath = storePath
    self.vocabulary = vocabulary
  }

  /// True for the addresses only this machine reaches.
  public var isLoopback: Bool { Loopback.names(host) }
}
