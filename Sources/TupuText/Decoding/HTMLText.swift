/// The visible text of an HTML page: tags, comments, scripts and styles dropped, entities
/// decoded, block elements as line breaks, source line breaks as spaces (as a browser shows it).
/// A text file carrying tags (a page's body copied from its source, a CMS field exported as it is
/// stored) is read the same way, its own line breaks kept: see `isMarkedUp`.
enum HTMLText {
  /// What a line break of the source becomes.
  enum SourceLineBreaks {
    /// A space, as a browser shows a page.
    case spaces
    /// A line break: a text file with tags in it was written as lines.
    case kept
  }

  /// Elements that mark up an article's body. Two of them in a text file mean its `<…>` are
  /// tags, not text: a sentence never writes `</p>`, and 《》 not `<>` quote titles in Chinese.
  private static let bodyElements: Set<String> = [
    "p", "br", "div", "span", "strong", "b", "em", "i", "u", "font", "img", "a", "table", "tbody",
    "tr", "td", "th", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "center", "hr", "sup", "sub", "blockquote",
  ]

  /// Whether a text file is marked up: at least two tags (`<p>`, `</div>`, `<img src=…>`) of
  /// elements an article's body is written with.
  static func isMarkedUp(_ text: String) -> Bool {
    // NB: over the contiguous UTF-8 by offsets: `firstIndex(of:)` on a Substring's UTF-8 view
    // checked every index, ~50,000 instructions a small file with no `<` at all.
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var found = 0
      var index = 0
      while index < count {
        guard bytes[index] == 0x3C else {
          index += 1
          continue
        }
        let open = index
        var k = open + 1
        if k < count && bytes[k] == 0x2F { k += 1 }
        var name: [UInt8] = []
        while k < count, name.count <= 10, isASCIIAlphanumeric(bytes[k]) {
          name.append(bytes[k] | (bytes[k] >= 0x41 && bytes[k] <= 0x5A ? 0x20 : 0))
          k += 1
        }
        let ends = k < count && (bytes[k] == 0x3E || bytes[k] == 0x20 || bytes[k] == 0x2F)
        if ends, bodyElements.contains(String(decoding: name, as: UTF8.self)) {
          found += 1
          if found >= 2 { return true }
        }
        index = open + 1
      }
      return false
    }
  }

  private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  private static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "svg", "iframe", "title", "object", "select", "nav",
    "button", "textarea", "canvas", "math",
  ]
  private static let blocks: Set<String> = [
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th",
    "table", "tbody", "thead", "tfoot", "section", "article", "header", "footer", "nav", "aside",
    "dd", "dt", "dl", "blockquote", "pre", "hr", "form", "main", "figure", "figcaption", "center",
    "caption", "address", "body", "html", "head", "option", "label", "fieldset", "legend",
  ]
  private static let entities: [String: UInt32] = [
    "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
    "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "mdash": 0x2014,
    "ndash": 0x2013, "hellip": 0x2026, "middot": 0xB7, "bull": 0x2022, "emsp": 0x2003,
    "ensp": 0x2002, "thinsp": 0x2009, "ideographicspace": 0x3000, "copy": 0xA9, "reg": 0xAE,
    "times": 0xD7, "deg": 0xB0, "laquo": 0xAB, "raquo": 0xBB, "yen": 0xA5, "shy": 0xAD,
    "zwsp": 0x200B, "rarr": 0x2192, "larr": 0x2190, "sup2": 0xB2, "sup3": 0xB3, "permil": 0x2030,
  ]

  static func visibleText(_ html: String, sourceLineBreaks: SourceLineBreaks = .spaces) -> String {
    let source = Array(html.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    var preDepth = 0
    let count = source.count
    func lower(_ scalar: Unicode.Scalar) -> Character {
      Character(
        Unicode.Scalar(
          scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value + 0x20 : scalar.value)
          ?? scalar)
    }
    func starts(_ text: String, at index: Int) -> Bool {
      var k = index
      for scalar in text.unicodeScalars {
        guard k < count, lower(source[k]) == Character(scalar) else { return false }
        k += 1
      }
      return true
    }
    func skip(to terminator: String, from index: Int) -> Int {
      var k = index
      while k < count && !starts(terminator, at: k) { k += 1 }
      return min(count, k + terminator.unicodeScalars.count)
    }
    while i < count {
      let scalar = source[i]
      if scalar == "<" {
        if starts("<!--", at: i) {
          i = skip(to: "-->", from: i + 4)
          continue
        }
        var k = i + 1
        let closing = k < count && source[k] == "/"
        if closing { k += 1 }
        // A tag's name begins with an ASCII letter; `<` before anything else (<某某>) is text.
        var name = ""
        while k < count, source[k].isASCII,
          source[k].properties.isAlphabetic
            || (!name.isEmpty && source[k].value >= 0x30 && source[k].value <= 0x39)
        {
          name.append(lower(source[k]))
          k += 1
        }
        if name.isEmpty && !(k < count && (source[k] == "!" || source[k] == "?")) {
          out.append(scalar)  // a bare `<` in text
          i += 1
          continue
        }
        // The end of the tag, quotes in attributes respected.
        var quote: Unicode.Scalar?
        while k < count {
          let c = source[k]
          if let q = quote {
            if c == q { quote = nil }
          } else if c == "\"" || c == "'" {
            quote = c
          } else if c == ">" {
            break
          }
          k += 1
        }
        i = min(count, k + 1)
        if !closing && skipped.contains(name) {
          i = skip(to: "</\(name)", from: i)
          i = skip(to: ">", from: i)
          continue
        }
        if name == "pre" { preDepth += closing ? -1 : 1 }
        if blocks.contains(name) { out.append("\n") }
        continue
      }
      if scalar == "&" {
        var k = i + 1
        var name = ""
        while k < count && k - i <= 32 && source[k] != ";" && !LayoutText.isLayoutSpace(source[k])
          && source[k] != "&" && source[k] != "<"
        {
          name.unicodeScalars.append(source[k])
          k += 1
        }
        if k < count && source[k] == ";", let decoded = entity(name) {
          out.append(decoded)
          i = k + 1
          continue
        }
        out.append(scalar)
        i += 1
        continue
      }
      if sourceLineBreaks == .kept && (scalar == "\n" || scalar == "\r") {
        if !(scalar == "\r" && i + 1 < count && source[i + 1] == "\n") { out.append("\n") }
      } else if preDepth <= 0 && (scalar == "\n" || scalar == "\r" || scalar == "\t") {
        out.append(" ")
      } else {
        out.append(scalar)
      }
      i += 1
    }
    return tidy(String(out))
  }

  private static func entity(_ name: String) -> Unicode.Scalar? {
    func character(_ value: UInt32?) -> Unicode.Scalar? {
      guard let value, let scalar = Unicode.Scalar(value), !TextDecoder.isStrayControl(scalar)
      else { return nil }
      return scalar
    }
    if name.hasPrefix("#x") || name.hasPrefix("#X") {
      return character(UInt32(name.dropFirst(2), radix: 16))
    }
    if name.hasPrefix("#") { return character(UInt32(name.dropFirst())) }
    return entities[name].flatMap(Unicode.Scalar.init)
      ?? entities[name.lowercased()].flatMap(Unicode.Scalar.init)
  }

  /// Lines trimmed, runs of empty lines collapsed to one.
  private static func tidy(_ text: String) -> String {
    var lines: [Substring] = []
    var lastEmpty = true
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop(while: { $0 == " " || $0 == "\u{A0}" })
      let content = trimmed.reversed().drop(while: { $0 == " " || $0 == "\u{A0}" })
      let kept = trimmed.prefix(content.count)
      if kept.isEmpty {
        if !lastEmpty { lines.append("") }
        lastEmpty = true
      } else {
        lines.append(kept)
        lastEmpty = false
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
