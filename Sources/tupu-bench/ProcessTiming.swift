import ArgumentParser
import Foundation

/// Wall and CPU time of whole processes, as a person or a CI script starts them.
enum ProcessTiming {
  /// Runs `binary` with `arguments` (output discarded, or written to `output`) and times it;
  /// a failing run is an error, since a fast failure measures nothing.
  static func run(_ binary: String, _ arguments: [String], output: String? = nil) throws -> Timing
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    let spawned =
      binary.contains("/")
      ? posix_spawn(&pid, binary, &actions, nil, argv, environ)
      : posix_spawnp(&pid, binary, &actions, nil, argv, environ)
    guard spawned == 0 else { throw ValidationError("cannot start \(binary)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    guard status == 0 else {
      throw ValidationError(
        "failed (status \(status)); run it by hand: "
          + ([binary] + arguments).joined(separator: " "))
    }
    return Timing(
      wall: wall, cpu: Timing.seconds(usage.ru_utime) + Timing.seconds(usage.ru_stime))
  }

  /// The median wall and CPU seconds of `runs` runs, after one unmeasured run.
  static func median(runs: Int, _ body: () throws -> Timing) throws -> Timing {
    _ = try body()
    var timings: [Timing] = []
    for _ in 0..<max(1, runs) { timings.append(try body()) }
    return Timing(
      wall: StoreBenchmark.median(timings.map(\.wall)),
      cpu: StoreBenchmark.median(timings.map(\.cpu)))
  }
}
