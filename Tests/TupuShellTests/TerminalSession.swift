import Foundation

/// A real terminal for the REPL: a tmux session on its own server socket, driven with
/// send-keys and read with capture-pane. Tests that need it skip when tmux or the built `tupu`
/// binary is missing.
final class TerminalSession {
  let socket = "tupu-test-\(UUID().uuidString.prefix(8))"
  let name = "repl"

  /// tmux on the PATH (or in /usr/bin), nil when it is not installed.
  static let tmux: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") + ["/usr/bin"] {
      let candidate = "\(folder)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// The `tupu` the package built: $TUPU_BINARY, else the newest in `.build`.
  static let binary: String? = {
    if let given = ProcessInfo.processInfo.environment["TUPU_BINARY"],
      FileManager.default.isExecutableFile(atPath: given)
    {
      return given
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let build = root.appendingPathComponent(".build")
    let candidates = ["debug", "release"].flatMap { configuration in
      [build.appendingPathComponent("\(configuration)/tupu").path]
        + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).map {
          build.appendingPathComponent("\($0)/\(configuration)/tupu").path
        }
    }
    func modified(_ path: String) -> Date {
      ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date)
        ?? .distantPast
    }
    return candidates.filter { FileManager.default.isExecutableFile(atPath: $0) }
      .max { modified($0) < modified($1) }
  }()

  static var isAvailable: Bool { tmux != nil && binary != nil }

  /// Starts `tupu ARGUMENTS` in a 100×30 terminal with a UTF-8 locale and `home` as both HOME
  /// and XDG_DATA_HOME's parent.
  init(arguments: [String], home: URL) throws {
    guard let binary = Self.binary else { throw TerminalUnavailable() }
    let command =
      ([
        "env", "LANG=C.UTF-8", "HOME=\(home.path)",
        "XDG_DATA_HOME=\(home.path)/data", "TERM=xterm", binary,
      ] + arguments)
      .map(Self.shellQuoted).joined(separator: " ")
    try tmux(["new-session", "-d", "-s", name, "-x", "100", "-y", "30", command])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  /// Types `keys`: literal text, or tmux key names such as `Enter`, `Tab`, `C-c`, `C-d`, `Up`.
  func send(_ keys: String...) throws {
    for key in keys {
      if ["Enter", "Tab", "C-c", "C-d", "Up", "Down", "BSpace"].contains(key) {
        try tmux(["send-keys", "-t", name, key])
      } else {
        try tmux(["send-keys", "-t", name, "-l", key])
      }
      usleep(50_000)
    }
  }

  /// The visible screen, trailing blank lines removed.
  func screen() -> String {
    let text = (try? tmux(["capture-pane", "-p", "-t", name])) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
      .joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  /// Waits until the screen satisfies `condition` (up to `seconds`); returns the last screen.
  @discardableResult
  func waitFor(seconds: Double = 5, _ condition: (String) -> Bool) -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var text = screen()
    while !condition(text), Date() < deadline {
      usleep(50_000)
      text = screen()
    }
    return text
  }

  /// The last line of the screen (the prompt line while it waits for input).
  func lastLine() -> String {
    screen().split(separator: "\n").last.map(String.init) ?? ""
  }

  /// Whether the program has ended (its tmux session is gone).
  func hasEnded(within seconds: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if (try? tmux(["has-session", "-t", name])) == nil { return true }
      usleep(50_000)
    }
    return false
  }

  /// Runs tmux and waits for it. NB: posix_spawn and waitpid rather than Foundation's Process,
  /// which here lost the exit of the tmux client whose server it had forked, and hung.
  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    guard let tmux = Self.tmux else { throw TerminalUnavailable() }
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("tupu-tmux-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let words = [tmux, "-L", socket, "-f", "/dev/null"] + arguments
    var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // NB: the test's threads block signals; tmux (and the REPL under it) would inherit the
    // mask and never see Ctrl-C. Start it with an empty mask and default dispositions.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    guard posix_spawn(&pid, tmux, &actions, &attributes, &argv, environ) == 0 else {
      throw TerminalUnavailable()
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    // WIFEXITED and WEXITSTATUS are macros Swift does not import.
    guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else { throw TerminalUnavailable() }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  private static func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

struct TerminalUnavailable: Error {}
