import Foundation
import Testing

/// The explorer in a real browser: headless Chromium (Debian's `chromium`, which
/// scripts/install-dependencies installs) loads pages from a server on loopback.
///
/// scripts/test runs this suite on its own with TUPU_REQUIRE_BROWSER=1, so that a missing
/// browser fails there instead of skipping. TUPU_SCREENSHOT=PATH keeps the screenshot (the one
/// in docs/ is made so; it is documentation, not a golden image).
@Suite("tupu serve in a browser", .enabled(if: Browser.found != nil || Browser.required))
struct BrowserTests {
  @Test("Chromium loads 何长成's page and shows the 11 projects he reviewed, with the picture")
  func projectsHeReviewed() async throws {
    let browser = try #require(Browser.found, "install chromium (scripts/install-dependencies)")
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    let address = server.base + "/entity/" + encoded("何长成")
    let projects = try Tupu.run(["query", "--db", store, "--format", "tsv", "何长成 reviews ?p"])
      .stdout.split(separator: "\n").dropFirst().map(String.init)
    #expect(projects.count == 11)

    // The DOM after the page loaded and its script ran.
    let dom = try browser.run(["--dump-dom", address])
    let reviews = try #require(section(dom, direction: "out", predicate: "reviews"))
    #expect(reviews.contains("<h3>听取 reviews <span class=\"count\">11</span></h3>"))
    var shown: [String] = []
    for item in reviews.components(separatedBy: "<li class=\"fact\">").dropFirst() {
      guard
        let link = item.range(
          of: #"^<a class="entity" href="[^"]*">[^<]*</a>"#, options: .regularExpression)
      else { continue }
      let anchor = item[link]
      if let start = anchor.range(of: "\">"), let end = anchor.range(of: "</a>") {
        shown.append(String(anchor[start.upperBound..<end.lowerBound]))
      }
    }
    #expect(shown == projects)

    // A picture of the page as a person sees it, the neighbourhood drawing included.
    let folder = (store as NSString).deletingLastPathComponent
    let keep = ProcessInfo.processInfo.environment["TUPU_SCREENSHOT"]
    let file = keep ?? (folder as NSString).appendingPathComponent("entity.png")
    _ = try browser.run(["--window-size=1280,2100", "--screenshot=\(file)", address])
    let png = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 50_000)
  }
}

/// Headless Chromium, kept to loopback: no background networking, and every host name but
/// 127.0.0.1 resolves to nothing.
struct Browser {
  let path: String

  static let required = ProcessInfo.processInfo.environment["TUPU_REQUIRE_BROWSER"] == "1"

  static var found: Browser? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    for name in ["chromium", "chromium-browser"] {
      for directory in directories
      where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
        return Browser(path: "\(directory)/\(name)")
      }
    }
    return nil
  }

  /// Runs the browser on one page; its standard output (the DOM for --dump-dom). Stopped
  /// after two minutes.
  func run(_ arguments: [String]) throws -> String {
    let profile = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tupu-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--user-data-dir=\(profile)",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--virtual-time-budget=5000",
      ] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var output = Data()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      output = out.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    if reading.wait(timeout: .now() + 120) == .timedOut {
      process.terminate()
      reading.wait()
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ServerUnderTest.Failure("chromium exited with \(process.terminationStatus)")
    }
    return String(decoding: output, as: UTF8.self)
  }
}
