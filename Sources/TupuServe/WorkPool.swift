import Dispatch
import Foundation

/// A fixed set of resources (read connections, Graphviz slots) lent to one piece of blocking
/// work at a time, off Swift's cooperative threads: SQLite and `dot` block, and the few
/// cooperative threads must stay free for the server's own work.
///
///     let pool = WorkPool(try (0..<4).map { _ in try Reader(settings) })
///     let names = try await pool.run { reader in try reader.completions(of: "何") }
final class WorkPool<Resource>: @unchecked Sendable {
  private let lock = NSLock()
  private var idle: [Resource]
  private var waiting: [CheckedContinuation<Lent<Resource>, Never>] = []
  private let queue = DispatchQueue(
    label: "tupu.serve.work", qos: .userInitiated, attributes: .concurrent)

  init(_ resources: [Resource]) {
    precondition(!resources.isEmpty, "a pool needs at least one resource")
    idle = resources
  }

  /// Runs `body` with a resource of its own on a dispatch thread; waits for a free one first.
  func run<T: Sendable>(_ body: @escaping @Sendable (Resource) throws -> T) async throws -> T {
    let lent = await acquire()
    defer { release(lent) }
    return try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try body(lent.resource) }) }
    }
  }

  private func acquire() async -> Lent<Resource> {
    await withCheckedContinuation { continuation in
      let free: Lent<Resource>? = lock.withLock {
        if let resource = idle.popLast() { return Lent(resource) }
        waiting.append(continuation)
        return nil
      }
      if let free { continuation.resume(returning: free) }
    }
  }

  /// Hands the resource to the longest waiting request, or puts it back.
  private func release(_ lent: Lent<Resource>) {
    let next: CheckedContinuation<Lent<Resource>, Never>? = lock.withLock {
      if waiting.isEmpty {
        idle.append(lent.resource)
        return nil
      }
      return waiting.removeFirst()
    }
    next?.resume(returning: lent)
  }
}

/// A resource crossing to the thread that uses it: the pool lends it to one user at a time.
private struct Lent<Resource>: @unchecked Sendable {
  let resource: Resource
  init(_ resource: Resource) { self.resource = resource }
}
