extension SentenceReader {
  /// 省州县三级人大代表, 市县两级, 县乡联动: level words written one after another name the tiers
  /// of government, not a division whose name happens to end in one of them.
  static let levelCharacters = ScalarChoice("省市州盟地县旗区乡镇村".unicodeScalars)

  func isLevelChain(_ name: Range<Int>) -> Bool {
    !name.isEmpty && name.allSatisfy { Self.levelCharacters.contains(text[$0]) }
  }
}
