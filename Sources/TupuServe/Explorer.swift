import Foundation
import Hummingbird
import TupuDiagnostics
import TupuExport
import TupuGraph
import TupuQuery
import TupuStore

/// `tupu serve`: a read-only web explorer over a graph store, on Hummingbird.
///
///     let explorer = try Explorer(settings: ExplorerSettings(storePath: "tupu.sqlite",
///                                                            vocabulary: vocabulary))
///     try await explorer.run { address in print("listening on \(address)") }
///
/// Pages: `/` (search, counts by class, a query box), `/entity/NAME` (facts in and out with
/// their evidence), `/entity/NAME.svg?depth=N` (the neighbourhood, by Graphviz),
/// `/query?q=…` (the answer as a table). API: `/api/query?q=…` (what
/// `tupu query --format json` prints; 400 and the same error for a bad query) and
/// `/api/complete?prefix=…`. Every request reads through a pool of read-only connections.
public struct Explorer: Sendable {
  let settings: ExplorerSettings
  let readers: WorkPool<Reader>
  /// Graphviz runs, two at a time (each is a process of its own).
  let painters: WorkPool<GraphvizRenderer?>
  let labels: Labels
  let storeName: String

  /// Opens `settings.readers` read-only connections pairs to the store; fails as opening it
  /// fails (no file, not a graph store).
  public init(settings: ExplorerSettings) throws {
    self.settings = settings
    readers = WorkPool(try (0..<max(1, settings.readers)).map { _ in try Reader(settings) })
    let renderer = try? GraphvizRenderer()
    painters = WorkPool([renderer, renderer])
    labels = Labels(vocabulary: settings.vocabulary)
    storeName = (settings.storePath as NSString).lastPathComponent
  }

  /// Listens until SIGINT or SIGTERM; `onListening` gets the address once the port is bound
  /// (the one picked when the port is 0).
  public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
    let router = Router()
    router.add(middleware: ExplorerGuard(loopbackOnly: settings.isLoopback))
    routes(router)
    let host = settings.host
    let configuredPort = settings.port
    let app = Application(
      router: router,
      configuration: .init(address: .hostname(host, port: configuredPort), serverName: "tupu"),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? configuredPort
        let shownHost = host.contains(":") ? "[\(host)]" : host
        onListening("http://\(shownHost):\(port)/")
      })
    try await app.runService()
  }

  private func routes(_ router: Router<BasicRequestContext>) {
    router.get("/") { _, _ in await self.home() }
    router.get("/search") { request, _ in await self.search(FormValues(request.uri.query)) }
    router.get("/entity/:name") { request, context in
      await self.entity(context.parameters.get("name") ?? "", FormValues(request.uri.query))
    }
    router.get("/query") { request, _ in await self.queryPage(FormValues(request.uri.query)) }
    router.get("/api/query") { request, _ in await self.apiQuery(FormValues(request.uri.query)) }
    router.get("/api/complete") { request, _ in
      await self.apiComplete(FormValues(request.uri.query))
    }
    router.get("/static/tupu.css") { _, _ in
      Reply.body(Assets.stylesheet, type: "text/css; charset=utf-8")
    }
    router.get("/static/tupu.js") { _, _ in
      Reply.body(Assets.script, type: "text/javascript; charset=utf-8")
    }
  }

  // MARK: Pages

  func home() async -> Response {
    await page {
      let statistics = try await readers.run { try $0.statistics() }
      return Reply.html(
        HomePage(statistics: statistics, labels: labels, storeName: storeName).render())
    }
  }

  func search(_ form: FormValues) async -> Response {
    let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard !name.isEmpty else { return Self.redirect("/") }
    return await page {
      let exact = try await readers.run { try $0.hasEntity(name) }
      if exact { return Self.redirect(HTML.entityPath(name)) }
      return try await namesPage(name, unknownEntity: false)
    }
  }

  func entity(_ rawName: String, _ form: FormValues) async -> Response {
    guard let name = rawName.removingPercentEncoding, !name.isEmpty else {
      return Reply.text(
        "the entity name in the address is not percent-encoded UTF-8\n",
        status: .badRequest)
    }
    let depth = form.integer("depth", in: 1...3, fallback: 1)
    if name.hasSuffix(".svg"), name.count > 4 {
      return await picture(String(name.dropLast(4)), depth: depth)
    }
    return await page {
      guard let view = try await readers.run({ try $0.entity(name) }) else {
        return try await namesPage(name, unknownEntity: true)
      }
      return Reply.html(
        EntityPage(entity: view, labels: labels, storeName: storeName, depth: depth).render())
    }
  }

  /// The neighbourhood as SVG, drawn as `tupu export --around NAME --derived` draws it, each
  /// node linking to its page.
  func picture(_ name: String, depth: Int) async -> Response {
    do {
      let part = try await readers.run { try $0.neighbourhood(of: name, depth: depth) }
      guard !part.facts.isEmpty else {
        return Reply.text("the graph has no entity named \(name)\n", status: .notFound)
      }
      var writer = DOTWriter(vocabulary: settings.vocabulary, includeDerived: true)
      writer.nodeLink = { HTML.entityPath($0) }
      let dot = writer.render(part.facts)
      let svg = try await painters.run { renderer in
        // Without `dot` on PATH this throws the message that says how to install it.
        try (renderer ?? GraphvizRenderer()).picture(dot, as: .svg)
      }
      return Reply.data(svg, type: "image/svg+xml; charset=utf-8")
    } catch {
      let diagnostic = Self.diagnostic(error)
      return Reply.text(
        DiagnosticRenderer().render(diagnostic) + "\n",
        status: diagnostic.message.contains("not installed")
          ? .serviceUnavailable
          : .internalServerError)
    }
  }

  func queryPage(_ form: FormValues) async -> Response {
    let query = form["q"] ?? ""
    if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      return Reply.html(QueryPage(query: query, outcome: nil, storeName: storeName).render())
    }
    return await page {
      let outcome = try await readers.run { $0.answer(query) }
      let status: HTTPResponse.Status
      switch outcome {
      case .failure(let failure): status = failure.kind == .syntax ? .badRequest : .ok
      default: status = .ok
      }
      return Reply.html(
        QueryPage(query: query, outcome: outcome, storeName: storeName).render(),
        status: status)
    }
  }

  /// The names that begin with `name` and those nearest to it.
  private func namesPage(_ name: String, unknownEntity: Bool) async throws -> Response {
    let (beginning, nearest) = try await readers.run { reader in
      (try reader.completions(of: name, limit: 50), reader.nearestNames(to: name))
    }
    return Reply.html(
      SearchPage(
        name: name, beginning: beginning, nearest: nearest.filter { !beginning.contains($0) },
        storeName: storeName, unknownEntity: unknownEntity
      ).render(),
      status: unknownEntity || (beginning.isEmpty && nearest.isEmpty) ? .notFound : .ok)
  }

  // MARK: API

  /// `/api/query?q=…[&format=json|csv|tsv][&download=1]`: exactly what `tupu query --format F`
  /// prints on standard output; a bad query is a 400 with the error `tupu query` prints.
  func apiQuery(_ form: FormValues) async -> Response {
    guard let query = form["q"], !query.trimmingCharacters(in: .whitespaces).isEmpty else {
      return Reply.error(
        Diagnostic("no query", hint: "ask with /api/query?q=QUERY (percent-encoded)"),
        status: .badRequest)
    }
    let format = ResultFormat(rawValue: form["format"] ?? "json") ?? .json
    guard format != .table else {
      return Reply.error(
        Diagnostic("the API writes json, csv or tsv", hint: "leave out format, or use csv"),
        status: .badRequest)
    }
    let outcome: QuerySession.Outcome
    do {
      outcome = try await readers.run { $0.answer(query) }
    } catch {
      return Reply.error(Self.diagnostic(error), status: .internalServerError)
    }
    switch outcome {
    case .rows(let table, let notes):
      var headers: HTTPFields = [:]
      if notes.contains(where: { $0.message.hasPrefix("showing the first") }),
        let limit = FieldName("Tupu-Row-Limit")
      {
        headers[limit] = String(settings.rowLimit)
      }
      if form["download"] == "1" {
        headers[.contentDisposition] = "attachment; filename=\"tupu-answer.\(format.rawValue)\""
      }
      let type: String
      switch format {
      case .csv: type = "text/csv; charset=utf-8"
      case .tsv: type = "text/tab-separated-values; charset=utf-8"
      default: type = "application/json; charset=utf-8"
      }
      return Reply.body(format.render(table), type: type, headers: headers)
    case .assertion(let result):
      // As the command: nothing on stdout when it holds; the failure as an error otherwise.
      return result.passed
        ? Reply.body("", type: "application/json; charset=utf-8")
        : Reply.error(result.diagnostic, status: .unprocessableContent)
    case .failure(let failure):
      return Reply.error(failure.diagnostic, status: Self.status(of: failure))
    }
  }

  /// `/api/complete?prefix=…[&limit=N]`: entity names beginning with the prefix, as a JSON
  /// array of strings in byte order.
  func apiComplete(_ form: FormValues) async -> Response {
    let prefix = form["prefix"] ?? ""
    let limit = form.integer("limit", in: 1...200, fallback: 20)
    guard !prefix.isEmpty else { return Reply.json([String]()) }
    do {
      return Reply.json(try await readers.run { try $0.completions(of: prefix, limit: limit) })
    } catch {
      return Reply.error(Self.diagnostic(error), status: .internalServerError)
    }
  }

  // MARK: Helpers

  /// The HTTP status of a statement that could not run, as `tupu query`'s exit status has it:
  /// a syntax or check error is the client's (400, exit 2); a query stopped by the time limit
  /// is 503 (exit 4): the server would not spend longer on it; a store failure is 500 (exit 3).
  static func status(of failure: QuerySession.Failure) -> HTTPResponse.Status {
    switch failure.kind {
    case .syntax: return .badRequest
    case .timeLimit: return .serviceUnavailable
    case .store: return .internalServerError
    }
  }

  /// Runs a page's work; a store failure becomes a page that says what went wrong.
  private func page(_ body: () async throws -> Response) async -> Response {
    do {
      return try await body()
    } catch {
      return Reply.html(
        HTML.page(
          title: "error", storeName: storeName,
          body: QueryPage.diagnostics([Self.diagnostic(error)], kind: "error")),
        status: .internalServerError)
    }
  }

  static func diagnostic(_ error: any Error) -> Diagnostic {
    (error as? DiagnosticConvertible)?.diagnostic ?? Diagnostic("\(error)")
  }

  static func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
  }
}
