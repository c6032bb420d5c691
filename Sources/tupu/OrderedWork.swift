import Foundation

/// Work on numbered items done on several threads and handed back in item order: the one
/// writer of an ingest stores exactly what a single thread would, in the same order.
///
/// At most `window` items are done ahead of the one taken last, and no more than `maxWeight`
/// of their weight (beyond the next one's), so memory stays bounded however long the list.
/// With one job nothing runs on another thread.
final class OrderedWork<Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let jobs: Int
  private let window: Int
  private let maxWeight: Int
  private let work: @Sendable (Int) -> Output
  private let weight: @Sendable (Output) -> Int
  // Guarded by `condition`.
  private var done: [Int: Output] = [:]
  private var heldWeight = 0
  private var nextToStart = 0
  private var nextToTake = 0
  private var stopped = false

  /// `window` defaults to four items a job; `weight` (say, facts) is counted against
  /// `maxWeight` for the items done and not yet taken.
  init(
    count: Int, jobs: Int, window: Int? = nil, maxWeight: Int = .max,
    weight: @escaping @Sendable (Output) -> Int = { _ in 0 },
    work: @escaping @Sendable (Int) -> Output
  ) {
    self.count = count
    self.jobs = max(1, jobs)
    self.window = max(1, window ?? 4 * max(1, jobs))
    self.maxWeight = maxWeight
    self.weight = weight
    self.work = work
    guard self.jobs > 1 else { return }
    for _ in 0..<min(self.jobs, count) {
      let thread = Thread { [self] in runWorker() }
      // NB: the extractor's recursion over long enumerations wants more than the 512 KB a
      // secondary thread gets by default.
      thread.stackSize = 16 << 20
      thread.start()
    }
  }

  /// The output of the next item, waiting for it; nil after the last one or after `stop()`.
  func next() -> Output? {
    guard jobs > 1 else {
      guard nextToTake < count, !stopped else { return nil }
      defer { nextToTake += 1 }
      return work(nextToTake)
    }
    condition.lock()
    defer { condition.unlock() }
    while true {
      if stopped || nextToTake >= count { return nil }
      if let output = done.removeValue(forKey: nextToTake) {
        heldWeight -= weight(output)
        nextToTake += 1
        condition.broadcast()
        return output
      }
      condition.wait()
    }
  }

  /// Starts no further item; the ones under way finish and are dropped.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }

  private func runWorker() {
    condition.lock()
    while true {
      // NB: the item the writer waits for next is always started, whatever is held.
      while !stopped && nextToStart < count
        && (nextToStart >= nextToTake + window
          || (heldWeight > maxWeight && nextToStart > nextToTake))
      {
        condition.wait()
      }
      if stopped || nextToStart >= count { break }
      let index = nextToStart
      nextToStart += 1
      condition.unlock()
      let output = work(index)
      condition.lock()
      if !stopped {
        done[index] = output
        heldWeight += weight(output)
      }
      condition.broadcast()
    }
    condition.unlock()
  }
}
