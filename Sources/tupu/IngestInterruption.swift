import Foundation

/// Ctrl-C during `tupu ingest`: the first SIGINT asks the file loop to stop after the batch it
/// is on (each batch is one transaction, so what is stored stays whole); a second one ends the
/// process at once, which the transactions make safe too.
enum IngestInterruption {
  /// Installs the handler; call once before the loop.
  static func install() {
    requested = 0
    // NB: a parent may start us with SIGINT blocked (Foundation's Process does): unblock it,
    // or Ctrl-C would wait until the end.
    var mask = sigset_t()
    sigemptyset(&mask)
    sigaddset(&mask, SIGINT)
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    signal(SIGINT) { _ in
      ingestInterruptRequested = 1
      signal(SIGINT, SIG_DFL)
    }
  }

  static var requested: sig_atomic_t {
    get { ingestInterruptRequested }
    set { ingestInterruptRequested = newValue }
  }

  static var wasRequested: Bool { ingestInterruptRequested != 0 }

  /// Thrown from inside a long write to abandon it (it rolls back whole).
  struct Requested: Error {}
}

// NB: a C signal handler can only touch a global; sig_atomic_t is what it may write.
nonisolated(unsafe) private var ingestInterruptRequested: sig_atomic_t = 0
