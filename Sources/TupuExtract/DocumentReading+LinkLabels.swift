extension DocumentReading {
  /// The first scalars of `linkLabels`.
  static let linkLabelStarts: [Unicode.Scalar] = linkLabels.compactMap(\.unicodeScalars.first)

  /// Whether `text` starts with a link's label (上一篇:…), as `hasPrefix` says.
  ///
  /// NB: `hasPrefix` compares Characters, slow on Chinese text, and runs for every item of
  /// every article. A text whose first scalar is a unified ideograph (U+4E00–U+9FFF) that starts
  /// no label cannot start with one: such an ideograph has no other canonical form, so most
  /// texts are ruled out by their first scalar; the rest are compared as before.
  static func startsWithLinkLabel(_ text: String) -> Bool {
    if let first = text.unicodeScalars.first, first.value >= 0x4E00, first.value <= 0x9FFF,
      !linkLabelStarts.contains(first)
    {
      return false
    }
    // NB: the same test after the bullets, by scalars: the Character-wise drop and hasPrefix
    // below cost most for the many texts that start with a digit or a bracket. (No bullet
    // scalar joins the next into one Character, so the first scalar after them starts the
    // Character hasPrefix would compare.)
    if let first = text.unicodeScalars.first(where: { !linkBulletScalars.contains($0) }),
      !linkLabelStarts.contains(first)
    {
      return false
    }
    // - 上一篇：…, · 下一篇：…: a list's bullet before the label.
    let unbulleted = text.drop { linkBullets.contains($0) }
    return linkLabels.contains { unbulleted.hasPrefix($0) }
  }

  /// The bullets and spaces a page sets before a link's label.
  static let linkBullets: Set<Character> = ["-", "·", "•", "*", ">", "›", "»", " ", "　", "\t"]
  static let linkBulletScalars: [Unicode.Scalar] = linkBullets.flatMap(\.unicodeScalars)
}
