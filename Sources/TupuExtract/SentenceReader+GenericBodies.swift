extension SentenceReader {
  /// 县乡人大工作, 乡镇人大主席: two level words together speak of every body of those levels
  /// (the county's and the townships' congresses), not of one: no entity. A level word that ends
  /// a place already read (青山区区委) is the place's own suffix and changes nothing.
  mutating func dropBodiesOfCoupledLevels() {
    for index in mentions.indices
    where mentions[index].className == "Organization" && mentions[index].isBody
      && mentions[index].bareLevel != nil && mentions[index].visibility != .dropped
    {
      let start = mentions[index].start
      guard start > 0, Self.coupledLevels.contains(text[start - 1]),
        !mentions.contains(where: {
          $0.visibility != .dropped && $0.start < start && $0.end >= start
        })
      else { continue }
      mentions[index].visibility = .dropped
    }
  }

  static let coupledLevels: Set<Unicode.Scalar> = Set("省市县区乡镇".unicodeScalars)
}
