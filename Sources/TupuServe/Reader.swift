import TupuDiagnostics
import TupuGraph
import TupuQuery
import TupuStore

/// One pair of read-only connections to the store (the query engine's and the store's), used
/// by one request at a time: what a page or the API needs, as plain values.
final class Reader {
  let session: QuerySession
  let engine: QueryEngine
  let store: GraphStore
  let settings: ExplorerSettings

  init(_ settings: ExplorerSettings) throws {
    self.settings = settings
    engine = try QueryEngine(readingOnly: settings.storePath)
    engine.limits = QueryLimits(seconds: settings.queryTimeout)
    session = QuerySession(vocabulary: settings.vocabulary, graph: engine)
    session.rowLimit = settings.rowLimit
    store = try GraphStore.reading(path: settings.storePath, upgrading: false)
  }

  /// The outcome of one statement, as `tupu query` has it.
  func answer(_ text: String) -> QuerySession.Outcome {
    session.run(text, source: "query", firstLine: 1)
  }

  /// Entity names that start with `prefix` (CJK or not), in byte order.
  func completions(of prefix: String, limit: Int) throws -> [String] {
    try store.entityNames(matchingPrefix: prefix, limit: limit)
  }

  /// The names nearest to a name the graph lacks ("did you mean").
  func nearestNames(to name: String) -> [String] {
    (try? engine.nearestNames(to: name)) ?? []
  }

  func statistics() throws -> StoreStatistics { try store.statistics() }

  /// True when the graph has an entity of this name.
  func hasEntity(_ name: String) throws -> Bool {
    // The name itself sorts first among the names it begins; one without outgoing facts is
    // found by its facts.
    if try store.entityNames(matchingPrefix: name, limit: 1).first == name { return true }
    return try !store.facts(about: name).isEmpty
  }
}
