import Testing

@testable import TupuOntology

/// The word table's lookups against a plain search of every word: what the bitmap and the
/// length and neighbour scalars kept in each entry leave out is only what cannot match.
@Suite("Word tables: longest match, as a plain search finds it")
struct WordTableTests {
  /// Scalars from a few blocks of 64 and groups of 4,096 apart, a non-BMP one among them, so
  /// that words share first and last scalars, blocks and groups.
  static let alphabet: [Unicode.Scalar] = [
    "甲", "乙", "丙", "区", "县", "镇", "村", "路", "项", "目", "会", "议", "A", "b", "7", "、", "㐀",
    "\u{FF10}", "𠀀",
  ]

  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
    mutating func word(_ longest: Int) -> [Unicode.Scalar] {
      (0..<(1 + next(longest))).map { _ in alphabet[next(alphabet.count)] }
    }
  }

  @Test("longest at, ending at, ranked, a word of a length, and contains agree with a plain search")
  func lookupsAgreeWithPlainSearch() {
    var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
    for round in 0..<60 {
      var table = WordTable<Int>()
      var words: [[Unicode.Scalar]] = []
      for number in 0..<(1 + generator.next(40)) {
        let word = generator.word(5)
        table.insert(word, number)
        words.append(word)
      }
      let text = generator.word(60)
      for index in -1...text.count {
        let starting = words.indices.filter { number in
          index >= 0 && index + words[number].count <= text.count
            && Array(text[index..<(index + words[number].count)]) == words[number]
        }
        let longest = starting.map { words[$0].count }.max()
        #expect(
          table.longest(in: text, at: index)?.word.count == longest, "round \(round) at \(index)")
        // Ranked: among the longest, the highest payload; the first inserted on a tie.
        let ranked = starting.filter { words[$0].count == longest }.max()
        #expect(
          table.longest(in: text, at: index, rank: { $0 })?.payload == ranked,
          "round \(round) ranked at \(index)")
        let lengths = Set(starting.map { words[$0].count })
        for wanted in 1...5 {
          #expect(
            table.containsWord(in: text, at: index, where: { $0 == wanted })
              == lengths.contains(wanted),
            "round \(round) a word of \(wanted) at \(index)")
        }
        let ending = words.indices.filter { number in
          index >= words[number].count && index <= text.count
            && Array(text[(index - words[number].count)..<index]) == words[number]
        }
        #expect(
          table.longest(in: text, endingAt: index)?.word.count
            == ending.map { words[$0].count }.max(),
          "round \(round) ending at \(index)")
      }
      for word in words { #expect(table.contains(ArraySlice(word))) }
      let absent = generator.word(5)
      #expect(table.contains(ArraySlice(absent)) == words.contains(absent))
    }
  }

  @Test("a table built at once is the one inserting its words one by one makes")
  func builtAtOnce() {
    var generator = Generator(state: 0x2545_F491_4F6C_DD1D)
    for round in 0..<60 {
      var inserted = WordTable<Int>()
      var words: [(word: [Unicode.Scalar], payload: Int)] = []
      for number in 0..<generator.next(40) {
        let word = generator.next(8) == 0 ? [] : generator.word(5)
        inserted.insert(word, number)
        words.append((word, number))
      }
      let built = WordTable(words)
      #expect(built.count == inserted.count, "round \(round)")
      for (one, other) in [
        (built.storage.first, inserted.storage.first), (built.storage.last, inserted.storage.last),
      ] {
        #expect(one.bits == other.bits && one.ranks == other.ranks, "round \(round)")
        #expect(one.summaries == other.summaries, "round \(round)")
        #expect(one.buckets.map { $0.map(\.payload) } == other.buckets.map { $0.map(\.payload) })
        #expect(Set(one.extra.keys) == Set(other.extra.keys), "round \(round)")
        for (key, entries) in one.extra {
          #expect(entries.map(\.payload) == other.extra[key]?.map(\.payload), "round \(round)")
        }
      }
    }
  }

  @Test("a table with a word in every block of the Basic Multilingual Plane finds each")
  func everyBlock() {
    var table = WordTable<Int>()
    // Inserted from the top down, so every new block lands before all the others.
    for block in stride(from: 1023, through: 0, by: -1)
    where !(0xD800..<0xE000).contains(block * 64) {
      guard let scalar = Unicode.Scalar(UInt32(block * 64 + block % 64)) else { continue }
      table.insert([scalar], block)
    }
    for block in 0..<1024 {
      guard let scalar = Unicode.Scalar(UInt32(block * 64 + block % 64)) else { continue }
      #expect(table.longest(in: [scalar], at: 0)?.payload == block)
      guard let neighbour = Unicode.Scalar(UInt32(block * 64 + (block + 1) % 64)) else { continue }
      #expect(table.longest(in: [neighbour], at: 0) == nil)
    }
  }
}
