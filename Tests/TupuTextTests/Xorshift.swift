/// A small seeded generator for the generated-text tests: the same seed gives the same texts on
/// every machine, so a failing round can be read back from its number.
struct Xorshift {
  private var state: UInt64

  init(seed: UInt64 = 0x2545_F491_4F6C_DD1D) { state = seed }

  /// A number in 0..<bound.
  mutating func next(_ bound: Int) -> Int {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Int(state % UInt64(bound))
  }
}
