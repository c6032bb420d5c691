import ArgumentParser
import Foundation
import TupuDiagnostics
import TupuServe
import TupuStore

/// `tupu serve`: the read-only web explorer (wiring only; the server is TupuServe).
struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "A read-only local web explorer: search, entity pages with evidence, pictures, "
      + "queries.",
    discussion: """
      Pages: / (search, counts by class, a query box), /entity/NAME, /entity/NAME.svg?depth=N, \
      /query?q=…; API: /api/query?q=… (what `tupu query --format json` prints) and \
      /api/complete?prefix=…. The store is opened read-only. Ctrl-C stops the server.

      Examples:
        tupu serve                       # http://127.0.0.1:8080/
        tupu serve --db news.sqlite --port 0   # a free port, printed on start
      """)

  @OptionGroup var global: GlobalOptions

  @Option(help: "The address to listen on (loopback by default: only this machine reaches it).")
  var host = "127.0.0.1"

  @Option(help: "The port; 0 picks a free one.")
  var port = 8080

  @Option(help: "Read connections to the store, so many requests read at once.")
  var readers = 4

  @Option(help: ArgumentHelp("Stop a query after this many seconds.", valueName: "seconds"))
  var timeout: Double = 10

  @Option(help: "Rows an answer holds at most.")
  var maxRows = 10_000

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
    guard (1...64).contains(readers) else { throw ValidationError("--readers takes 1 to 64") }
    guard timeout > 0 else { throw ValidationError("--timeout takes a number of seconds over 0") }
    guard maxRows > 0 else { throw ValidationError("--max-rows takes a number over 0") }
  }

  func run() throws {
    let path = global.storePath
    guard FileManager.default.fileExists(atPath: path) else {
      throw report(
        [
          Diagnostic(
            "no store at \(path)", hint: "run `tupu ingest FILE|DIR…` first, or pass --db FILE")
        ], exit: ExitStatus.input)
    }
    // Refuses what is no Tupu store (another program's SQLite file, an empty file, an older
    // schema, which serving would have to write to upgrade) before anything listens.
    _ = try withDiagnostics { try GraphStore.reading(path: path, upgrading: false) }
    // The vocabulary `tupu query` checks against (the one the store was built with, read from
    // it), so that the API answers as the command does.
    let vocabulary = try withDiagnostics {
      try QueryCommandSupport.openSession(global, asserted: false, readOnly: true).vocabulary
    }
    var settings = ExplorerSettings(storePath: path, vocabulary: vocabulary)
    settings.host = host
    settings.port = port
    settings.readers = readers
    settings.queryTimeout = timeout
    settings.rowLimit = maxRows
    let explorer = try withDiagnostics { try Explorer(settings: settings) }
    if !settings.isLoopback {
      QueryCommandSupport.printDiagnostics([
        Diagnostic(
          "listening on \(host): other machines can read this store", severity: .warning)
      ])
    }
    let stopped = ServerOutcome()
    // NB: the root command is synchronous; the server runs on Swift's executor while this
    // thread waits for it to stop (SIGINT and SIGTERM stop it gracefully).
    Task.detached {
      do {
        try await explorer.run { address in
          FileHandle.standardOutput.write(
            Data("tupu serve: \(address) (\(path), read-only; Ctrl-C stops)\n".utf8))
        }
      } catch {
        stopped.error = error
      }
      stopped.done.signal()
    }
    stopped.done.wait()
    if let error = stopped.error {
      throw report(
        [Diagnostic("the server stopped: \(error)", hint: "is the port already in use?")],
        exit: ExitStatus.input)
    }
  }
}

/// How the server ended, handed from its task to the waiting command.
private final class ServerOutcome: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  var error: (any Error)?
}
