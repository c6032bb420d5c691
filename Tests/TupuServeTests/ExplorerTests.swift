import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `tupu serve` against a real server on a free loopback port, over the store of the bundled
/// example page (or of hostile names), with the CLI as the reference.
@Suite("tupu serve over HTTP")
struct ExplorerTests {
  @Test(
    "/api/query answers exactly what `tupu query --format json` prints",
    arguments: [
      "何长成 reviews ?project",
      "?c : Community, ?c located-in+ 魏都区",
      "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc, ?who",
      "count(?p : Project)",
      "何长成 reviews 微光夜视",
      "何长成 reviews 没有这个项目",
      "?p : Official, not ?p attends _",
    ])
  func apiEqualsCommand(query: String) async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    let command = try Tupu.run(["query", "--db", store, "--format", "json", query])
    #expect(command.status == 0)
    let answer = try await server.get("/api/query?q=" + encoded(query))
    #expect(answer.status == 200)
    #expect(answer.header("Content-Type") == "application/json; charset=utf-8")
    #expect(answer.text == command.stdout)
    let csv = try await server.get("/api/query?format=csv&q=" + encoded(query))
    #expect(csv.text == (try Tupu.run(["query", "--db", store, "--format", "csv", query])).stdout)
  }

  @Test(
    "a bad query is a 400 carrying the error `tupu query` prints: message, position, hint",
    arguments: [
      ("何长成 chaired ?m", "unknown predicate `chaired`", 5),
      ("?m : Meeting, 何长成 chairs", "the statement ends too soon", 25),
      ("?p : Projekt", "unknown class `Projekt`", 6),
    ])
  func badQuery(query: String, message: String, column: Int) async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    let command = try Tupu.run(["query", "--db", store, "--format", "json", query])
    #expect(command.status == 2)
    let answer = try await server.get("/api/query?q=" + encoded(query))
    #expect(answer.status == 400)
    let body = try #require(
      try JSONSerialization.jsonObject(with: answer.body) as? [String: [String: Any]])
    let error = try #require(body["error"])
    #expect(error["message"] as? String == message)
    #expect(error["line"] as? Int == 1)
    #expect(error["column"] as? Int == column)
    #expect(error["text"] as? String == command.stderr)
    // The page shows the same error, caret and all, as text.
    let page = try await server.get("/query?q=" + encoded(query))
    #expect(page.status == 400)
    #expect(page.text.contains(htmlEscaped(command.stderr.trimmingCharacters(in: .newlines))))
  }

  @Test("the entity page lists facts in and out by predicate, each with its sentence")
  func entityPage() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    let page = try await server.get("/entity/" + encoded("何长成"))
    #expect(page.status == 200)
    #expect(page.header("Content-Type") == "text/html; charset=utf-8")
    let html = page.text
    #expect(html.contains("<h1 class=\"entity-name\">何长成 <span class=\"class\">官员 Official</span>"))
    // Stated: the meeting he chaired, with the sentence, the mention marked, offsets, pattern.
    let chairs = try #require(section(html, direction: "out", predicate: "chairs"))
    #expect(
      chairs.contains("<blockquote><mark>何长成</mark>主持召开<mark>全区重点项目要素保障第7次工作例会</mark></blockquote>")
    )
    #expect(
      chairs.contains("<span class=\"document\">")
        && chairs.contains("weidu-district-news-page.txt"))
    #expect(chairs.contains(#"<span class="pattern" title="the pattern that read it">"#))
    #expect(chairs.range(of: #"\[[0-9]+–[0-9]+\]"#, options: .regularExpression) != nil)
    // Derived: the projects he reviewed, with the rule and the facts it rests on.
    let reviews = try #require(section(html, direction: "out", predicate: "reviews"))
    let projects = try Tupu.run(["query", "--db", store, "--format", "tsv", "何长成 reviews ?p"])
      .stdout.split(separator: "\n").dropFirst()
    #expect(projects.count == 11)
    #expect(reviews.components(separatedBy: "<li class=\"fact\">").count - 1 == 11)
    for project in projects {
      #expect(reviews.contains(">\(project)</a> <span class=\"derived\""))
    }
    #expect(reviews.contains("推理 chair-reviews"))
    #expect(reviews.contains("依据 rests on: "))
    #expect(reviews.contains("<span class=\"predicate-label\">听取 reviews</span>"))
    #expect(reviews.contains("<mark>微光夜视</mark>"))
    // In: what names him (the district he is an official of, when the page says so).
    #expect(html.contains("<section class=\"facts in\">"))
    #expect(
      html.contains("<object type=\"image/svg+xml\" data=\"/entity/\(encoded("何长成")).svg?depth=1\"")
    )
  }

  @Test(
    "the neighbourhood SVG has Chinese labels, the DOT export's styles and nodes linking to pages",
    .enabled(if: hasGraphviz))
  func picture() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    let picture = try await server.get("/entity/" + encoded("何长成") + ".svg?depth=1")
    #expect(picture.status == 200)
    #expect(picture.header("Content-Type") == "image/svg+xml; charset=utf-8")
    let svg = picture.text
    #expect(svg.contains("<svg"))
    #expect(svg.contains(">何长成</text>"))
    #expect(svg.contains(">微光夜视</text>"))
    #expect(svg.contains(">听取</text>"))  // the edge label, in Chinese
    #expect(svg.contains("stroke-dasharray"))  // derived facts dashed
    #expect(svg.contains("图例 Legend"))
    #expect(svg.contains("xlink:href=\"/entity/\(encoded("微光夜视"))\""))
    let deeper = try await server.get("/entity/" + encoded("何长成") + ".svg?depth=2")
    #expect(deeper.body.count > picture.body.count)
    let missing = try await server.get("/entity/" + encoded("没有此人") + ".svg")
    #expect(missing.status == 404)
  }

  @Test("hostile names and sentences stay text on every page")
  func hostileNames() async throws {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tupu-serve-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let script = "<script>alert(1)</script>"
    let image = "\"><img src=x onerror=alert(2)>"
    let comment = "--><script>alert(3)</script><!--"
    let facts = """
      \(script)\ttype\tOfficial
      \(image)\ttype\tMeeting
      \(comment)\ttype\tProject
      \(script)\tchairs\t\(image)
      \(image)\treviews\t\(comment)
      \(script)\ttitle\t</title><script>alert(4)</script>

      """
    let input = (folder as NSString).appendingPathComponent("hostile.tsv")
    try facts.write(toFile: input, atomically: true, encoding: .utf8)
    let store = try Tupu.store(from: [input])
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    var pages = [
      try await server.get("/entity/" + encoded(script)),
      try await server.get("/entity/" + encoded(image)),
      try await server.get("/entity/" + encoded(comment)),
      try await server.get("/query?q=" + encoded("?a chairs ?m, ?m reviews ?p")),
      try await server.get("/query?q=" + encoded("\(script) chairs ?m")),
      try await server.get("/search?name=" + encoded("<")),
      try await server.get("/entity/" + encoded("<b>nobody</b>")),
      try await server.get("/"),
    ]
    if hasGraphviz {
      pages.append(try await server.get("/entity/" + encoded(script) + ".svg?depth=2"))
    }
    #expect(pages[0].status == 200)
    #expect(
      pages[0].text.contains("<h1 class=\"entity-name\">&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(pages[3].text.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
    for page in pages {
      let text = page.text
      #expect(!text.contains("<script>alert"), "\(text)")
      #expect(!text.contains("<img"))
      #expect(!text.contains("</title><script"))
      // The only scripts are the explorer's own file; the policy forbids any other.
      #expect(text.components(separatedBy: "<script").count - 1 <= 1)
      #expect(page.header("Content-Security-Policy")?.contains("default-src 'none'") == true)
    }
    // JSON is JSON: the names come back whole.
    let api = try await server.get("/api/query?q=" + encoded("?a chairs ?m"))
    let rows = try #require(try JSONSerialization.jsonObject(with: api.body) as? [[String: String]])
    #expect(rows == [["a": script, "m": image]])
  }

  @Test("400 requests from 20 concurrent clients all succeed, with the right answers")
  func concurrentClients() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store, ["--readers", "4"])
    defer { server.stop() }
    let query = "何长成 reviews ?project"
    let expectedJSON = try Tupu.run(["query", "--db", store, "--format", "json", query]).stdout
    let paths = [
      ("/api/query?q=" + encoded(query), expectedJSON),
      ("/entity/" + encoded("何长成"), "<mark>何长成</mark>主持召开"),
      ("/api/complete?prefix=" + encoded("何"), "\"何长成\""),
      ("/query?q=" + encoded("?c : Community, ?c located-in+ 魏都区"), "<table class=\"answer\">"),
      ("/", "按类别 By class"),
    ]
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpMaximumConnectionsPerHost = 20
    let session = URLSession(configuration: configuration)
    let results = try await withThrowingTaskGroup(of: [Bool].self) { group in
      for client in 0..<20 {
        group.addTask {
          var outcomes: [Bool] = []
          for request in 0..<20 {
            let (path, expected) = paths[(client + request) % paths.count]
            let answer = try await server.get(path, session: session)
            outcomes.append(
              answer.status == 200
                && (path.hasPrefix("/api/query")
                  ? answer.text == expected
                  : answer.text.contains(expected))
            )
          }
          return outcomes
        }
      }
      var all: [Bool] = []
      for try await outcomes in group { all += outcomes }
      return all
    }
    #expect(results.count == 400)
    #expect(results.allSatisfy { $0 })
  }

  @Test("another program's SQLite file is refused before anything listens, and left as it was")
  func foreignDatabase() throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let foreign = (store as NSString).deletingLastPathComponent + "/notes.sqlite"
    let sqlite = Process()
    sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    sqlite.arguments = [foreign, "CREATE TABLE notes (text); INSERT INTO notes VALUES ('水');"]
    try sqlite.run()
    sqlite.waitUntilExit()
    try #require(sqlite.terminationStatus == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
    // NB: `timeout` so that a server that wrongly starts fails the test instead of hanging it.
    let serve = Process()
    serve.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
    serve.arguments = ["60", Tupu.binary, "serve", "--db", foreign, "--port", "0"]
    let errors = Pipe()
    serve.standardOutput = FileHandle.nullDevice
    serve.standardError = errors
    try serve.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    serve.waitUntilExit()
    #expect(serve.terminationStatus == 3)
    #expect(message.contains("an SQLite database of another program"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == before)
  }

  @Test("the store file's bytes are unchanged after serving, and nothing else is written")
  func storeUnchanged() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    // A store as ingest leaves it: checkpointed, the log gone or empty.
    let before = try Data(contentsOf: URL(fileURLWithPath: store))
    let server = try ServerUnderTest(store: store)
    for path in [
      "/", "/entity/" + encoded("何长成"), "/entity/" + encoded("魏都区") + ".svg?depth=2",
      "/query?q=" + encoded("?x ?p ?y"), "/api/query?q=" + encoded("count(?x ?p ?y)"),
      "/api/complete?prefix=" + encoded("魏"), "/search?name=" + encoded("魏都"),
    ] {
      _ = try await server.get(path)
    }
    server.stop()
    let after = try Data(contentsOf: URL(fileURLWithPath: store))
    #expect(before == after)
    let wal = store + "-wal"
    if FileManager.default.fileExists(atPath: wal) {
      let size = (try FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      #expect(size == 0)
    }
  }

  @Test("every query has a time limit and a row limit")
  func limits() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store, ["--timeout", "0.2", "--max-rows", "5"])
    defer { server.stop() }
    let many = try await server.get("/api/query?q=" + encoded("?x ?p ?y"))
    #expect(many.status == 200)
    #expect(many.header("Tupu-Row-Limit") == "5")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: many.body) as? [[String: String]])
    #expect(rows.count == 5)
    let started = Date()
    let slow = try await server.get(
      "/api/query?q=" + encoded("count(?a ?p ?b, ?c ?q ?d, ?e ?r ?f, ?g ?s ?h)"))
    // Unbounded, this count would run for hours; the bound is loose for a loaded machine.
    #expect(Date().timeIntervalSince(started) < 60)
    // As `tupu query` exits 4 (not 3, a store error) when its time limit stops it.
    #expect(slow.status == 503)
    #expect(slow.text.contains("ran longer than 0.2 s and was stopped"))
    // The server is still there.
    #expect(try await server.get("/").status == 200)
  }

  @Test("it listens on loopback by default and refuses Host names that are not loopback")
  func loopback() async throws {
    let store = try Tupu.exampleStore()
    defer { Tupu.removeStore(store) }
    let server = try ServerUnderTest(store: store)
    defer { server.stop() }
    #expect(server.base.hasPrefix("http://127.0.0.1:"))
    guard let url = URL(string: server.base + "/") else { return }
    var request = URLRequest(url: url)
    request.setValue("attacker.example:80", forHTTPHeaderField: "Host")
    let (_, response) = try await URLSession.shared.data(for: request)
    #expect((response as? HTTPURLResponse)?.statusCode == 421)
  }
}

/// Graphviz's `dot` on PATH (scripts/install-dependencies installs it).
let hasGraphviz: Bool = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
  .split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }

/// The HTML of one predicate's section of an entity page.
func section(_ html: String, direction: String, predicate: String) -> String? {
  let start =
    "<section class=\"predicate\" data-direction=\"\(direction)\" data-predicate=\"\(predicate)\">"
  guard let from = html.range(of: start) else { return nil }
  guard let to = html.range(of: "</ul>\n</section>", range: from.upperBound..<html.endIndex)
  else { return nil }
  return String(html[from.lowerBound..<to.upperBound])
}

func htmlEscaped(_ text: String) -> String {
  text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    .replacingOccurrences(of: "'", with: "&#39;")
}
