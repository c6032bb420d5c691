/// JSON strings, written one way for every JSON Tupu writes (query answers, JSON Lines exports,
/// `tupu extract`).
public enum JSONText {
  /// A JSON string (RFC 8259): quote, backslash and control characters escaped, the rest written
  /// as UTF-8; U+2028 and U+2029 escaped too, so a line is also valid JavaScript.
  public static func quoted(_ text: String) -> String {
    // Most text needs no escape: one scan of its bytes, then one copy. (0xE2 starts U+2028.)
    let plain = text.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != 0x22 && byte != 0x5C && byte != 0xE2
    }
    if plain { return "\"" + text + "\"" }
    var json = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": json += "\\\""
      case "\\": json += "\\\\"
      case "\n": json += "\\n"
      case "\r": json += "\\r"
      case "\t": json += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: json.unicodeScalars.append(scalar)
      }
    }
    return json + "\""
  }
}
