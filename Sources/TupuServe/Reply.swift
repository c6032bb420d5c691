import Foundation
import Hummingbird
import TupuDiagnostics

/// A header's name (HTTPTypes' `HTTPField.Name`, which Hummingbird does not re-export).
typealias FieldName = HTTPFields.Element.Name

/// The explorer's responses: HTML pages, text, JSON and pictures, with their content types.
enum Reply {
  static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
    body(page, type: "text/html; charset=utf-8", status: status)
  }

  static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    body(text, type: "text/plain; charset=utf-8", status: status)
  }

  static func body(
    _ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) -> Response {
    var fields = headers
    fields[.contentType] = type
    return Response(
      status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  static func data(_ data: Data, type: String) -> Response {
    var buffer = ByteBufferAllocator().buffer(capacity: data.count)
    buffer.writeBytes(data)
    return Response(
      status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: buffer))
  }

  /// A JSON value (names in UTF-8, keys sorted, so the same answer gives the same bytes).
  static func json<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok)
    -> Response
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("null".utf8)
    return body(
      String(decoding: data, as: UTF8.self) + "\n", type: "application/json; charset=utf-8",
      status: status)
  }

  /// An error as the API reports it: the diagnostic's parts, and `text`, exactly what
  /// `tupu query` prints on standard error for it.
  static func error(_ diagnostic: Diagnostic, status: HTTPResponse.Status) -> Response {
    json(APIError(diagnostic), status: status)
  }
}

/// The body of an API error: `{"error": {"message", "line", "column", "length", "hint", "text"}}`.
struct APIError: Encodable {
  struct Detail: Encodable {
    var message: String
    var line: Int?
    var column: Int?
    var length: Int
    var hint: String?
    var text: String
  }

  var error: Detail

  init(_ diagnostic: Diagnostic) {
    error = Detail(
      message: diagnostic.message, line: diagnostic.location?.line,
      column: diagnostic.location?.column, length: diagnostic.length, hint: diagnostic.hint,
      text: DiagnosticRenderer(useColor: false).render(diagnostic) + "\n")
  }
}
