extension SentenceReader {
  /// S21某至某高速公路工程, S207某线某至某段改造工程: a national or provincial road's code (G, S, X
  /// or Y and its digits) written right before a work's name is part of the name, not a boundary
  /// the name begins after (nor inside: 207某线…).
  mutating func readRoadCodesOfWorks() {
    for index in mentions.indices
    where mentions[index].className == .project && mentions[index].visibility == .entity {
      let start = mentions[index].start
      var digits = start
      while digits > 0, start - digits < 4, Self.isDigit(text[digits - 1]) { digits -= 1 }
      if digits == start {
        // The name may have begun inside the code, at its digits.
        var inner = start
        while inner < mentions[index].end, inner - start < 4, Self.isDigit(text[inner]) {
          inner += 1
        }
        guard inner > start, inner < mentions[index].end else { continue }
      }
      let letter = digits - 1
      guard letter >= 0, Self.roadCodeLetters.contains(text[letter]),
        letter == 0 || !Self.isLatinLetterOrDigit(text[letter - 1])
      else { continue }
      mentions[index].name = string(letter..<start) + mentions[index].name
      mentions[index].start = letter
    }
  }

  static let roadCodeLetters = ScalarChoice("GSXY".unicodeScalars)

  static func isLatinLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value)
      || (0x61...0x7A).contains(scalar.value)
  }
}
