/// Text made safe for HTML, and the addresses of the explorer's pages.
///
/// News text is untrusted: every name, sentence, message and address goes through `escape`
/// before it meets markup, so an entity named `<script>` is shown, never run.
enum HTML {
  /// `text` with `& < > " '` replaced by entities: safe in element content and in quoted
  /// attribute values alike.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `text` percent-encoded for one path segment or query value: everything but ASCII letters,
  /// digits and `-._~` (so `/`, `?`, `#`, `&` and spaces stay inside the value).
  static func percentEncoded(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count < 2 ? "0" : "") + hex
      }
    }
    return result
  }

  /// The page of an entity.
  static func entityPath(_ name: String) -> String { "/entity/" + percentEncoded(name) }

  /// The neighbourhood picture of an entity.
  static func picturePath(_ name: String, depth: Int) -> String {
    entityPath(name) + ".svg?depth=\(depth)"
  }

  /// The page answering a query.
  static func queryPath(_ query: String) -> String { "/query?q=" + percentEncoded(query) }

  /// The API's answer to a query, as JSON or CSV, for download.
  static func downloadPath(_ query: String, format: String) -> String {
    "/api/query?q=" + percentEncoded(query) + "&format=" + format + "&download=1"
  }

  /// A link to an entity's page, its name as the text.
  static func entityLink(_ name: String) -> String {
    "<a class=\"entity\" href=\"\(escape(entityPath(name)))\">\(escape(name))</a>"
  }

  /// A whole page: the shared head (styles and script from this server only), a header with
  /// the search box, then `body`.
  static func page(title: String, storeName: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="zh-CN">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title)) · 图谱 Tupu</title>
    <link rel="stylesheet" href="/static/tupu.css">
    <script src="/static/tupu.js" defer></script>
    </head>
    <body>
    <header class="top">
    <a class="home" href="/">图谱 <span>Tupu</span></a>
    <form class="search" action="/search" method="get" role="search">
    <input type="search" name="name" placeholder="实体名称 entity name" autocomplete="off" \
    list="entity-names" data-complete aria-label="entity name">
    <datalist id="entity-names"></datalist>
    <button type="submit">查找 Find</button>
    </form>
    <span class="store" title="the store, read-only">\(escape(storeName))</span>
    </header>
    <main>
    \(body)
    </main>
    </body>
    </html>

    """
  }
}
