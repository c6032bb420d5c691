import Hummingbird

/// What every answer carries and every request must pass: headers that keep a page from
/// running or loading anything but this server's own script and style, and, on loopback, a
/// check of the Host header, so that a web page elsewhere cannot reach the store through a
/// name that resolves to this machine (DNS rebinding).
struct ExplorerGuard<Context: RequestContext>: RouterMiddleware {
  /// True when the server listens on loopback only; the Host must then name loopback too.
  var loopbackOnly: Bool

  static var pagePolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "object-src 'self'; frame-src 'self'; connect-src 'self'; form-action 'self'; "
      + "base-uri 'none'; "
      + "frame-ancestors 'none'"
  }

  /// Graphviz's SVG styles its text in attributes; it is shown inside the entity page.
  static var picturePolicy: String {
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'"
  }

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    if loopbackOnly, let authority = request.head.authority, !Loopback.names(authority) {
      return Reply.text(
        "this explorer answers to loopback names only (127.0.0.1, localhost), not \(authority)\n",
        status: .misdirectedRequest)
    }
    var response = try await next(request, context)
    let isPicture = response.headers[.contentType]?.hasPrefix("image/svg+xml") ?? false
    response.headers[.contentSecurityPolicy] = isPicture ? Self.picturePolicy : Self.pagePolicy
    if let nosniff = FieldName("X-Content-Type-Options") {
      response.headers[nosniff] = "nosniff"
    }
    if let referrer = FieldName("Referrer-Policy") {
      response.headers[referrer] = "no-referrer"
    }
    return response
  }
}

/// The names and addresses only this machine reaches.
enum Loopback {
  /// True for `127.0.0.1:8080`, `localhost`, `[::1]:80`, `::1` and the like (a Host header or
  /// a listening address).
  static func names(_ authority: String) -> Bool {
    var host = authority.lowercased()
    if host.hasPrefix("[") {
      host = String(host.dropFirst().prefix { $0 != "]" })
    } else if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":") {
      host = String(host[..<colon])
    }
    if host == "localhost" || host == "::1" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }
}
