import Foundation

/// Cancels the running statement from another thread (Ctrl-C) and remembers that it did, so
/// that the shell reports "interrupted" instead of the error the cancelled statement threw.
final class InterruptSwitch: @unchecked Sendable {
  private let lock = NSLock()
  private var cancel: (@Sendable () -> Void)?
  private var fired = false

  /// Sets what firing does: the backend's `sqlite3_interrupt`.
  func connect(_ cancel: @escaping @Sendable () -> Void) {
    lock.withLock { self.cancel = cancel }
  }

  /// Called before each statement.
  func reset() {
    lock.withLock { fired = false }
  }

  /// Cancels the statement running now, if any.
  func fire() {
    let cancel = lock.withLock { () -> (@Sendable () -> Void)? in
      fired = true
      return self.cancel
    }
    cancel?()
  }

  var hasFired: Bool { lock.withLock { fired } }
}
