import ArgumentParser
import Foundation

/// Options every subcommand that touches a store or the ontology shares.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The graph store (SQLite file).", discussion: "Default: $TUPU_DB, else ./tupu.sqlite.",
      valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp("An ontology folder to use instead of the built-in one.", valueName: "dir"))
  var ontology: String?

  /// The store path after defaults: --db, then $TUPU_DB, then ./tupu.sqlite.
  var storePath: String { Self.storePath(db: db) }

  static func storePath(db: String?) -> String {
    if let db { return db }
    // NB: getenv, not ProcessInfo's dictionary of the whole environment: a query starts faster.
    if let fromEnvironment = getenv("TUPU_DB"), fromEnvironment.pointee != 0 {
      return String(cString: fromEnvironment)
    }
    return "tupu.sqlite"
  }
}
