import Testing
import TupuOntology

@testable import TupuExtract

/// The names a document has read are found again as a word table finds them: the longest name
/// at a position, and of two equal names the first added.
@Suite("Known names: longest match, as a word table finds it")
struct KnownNamesTests {
  static let alphabet: [Unicode.Scalar] = ["甲", "乙", "丙", "丁", "某", "公", "司", "A", "𠀀", "\u{3400}"]

  @Test("longest at every position, and its payload, agree with a word table of the same names")
  func agreesWithWordTable() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return Int(state % UInt64(bound))
    }
    func word(_ longest: Int) -> String {
      var text = ""
      for _ in 0..<(1 + next(longest)) { text.unicodeScalars.append(Self.alphabet[next(10)]) }
      return text
    }
    for round in 0..<80 {
      var names = KnownNames()
      var table = WordTable<EntityClass>()
      // The same name may come twice, as a person and as a firm's short name.
      for _ in 0..<(1 + next(12)) {
        let name = word(4)
        let payload: EntityClass = next(2) == 0 ? .person : .organization
        names.insert(name, payload)
        table.insert(name, payload)
      }
      #expect(names.count == table.count)
      let text = Array(word(40).unicodeScalars)
      for index in -1...text.count {
        let found = names.longest(in: text, at: index)
        let expected = table.longest(in: text, at: index)
        #expect(found?.word == expected?.word, "round \(round) at \(index)")
        #expect(found?.payload == expected?.payload, "round \(round) payload at \(index)")
      }
    }
  }
}
