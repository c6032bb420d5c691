/// TSV fields as Tupu writes them where no other character is special (query answers, the
/// vocabulary a store keeps): backslash, TAB, LF and CR escaped with a backslash.
public enum TSVText {
  public static func escaped(_ field: String) -> String {
    guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" || $0 == "\r" }) else {
      return field
    }
    var out = ""
    for character in field {
      switch character {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.append(character)
      }
    }
    return out
  }
}
