import CSHA256

/// SHA-256 of bytes, for documents keyed by content (FIPS 180-4). Foundation on Linux has no
/// digest API, and the store needs the same key on every platform.
public enum SHA256 {
  /// The digest of `bytes` as 64 lower-case hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    var digest = Digest()
    digest.add(bytes)
    return digest.hex()
  }

  /// A digest fed in pieces, for a file read block by block: the same hex as `hex(_:)` of
  /// all the pieces joined.
  public struct Digest: Sendable {
    private var state: [UInt32] = [
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
      0x5be0_cd19,
    ]
    /// Bytes short of a whole 64-byte block, kept for the next piece.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {}

    public mutating func add(_ bytes: [UInt8]) {
      bytes.withUnsafeBufferPointer { add($0) }
    }

    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
      length &+= UInt64(bytes.count)
      var rest = bytes[...]
      if !pending.isEmpty {
        let taken = min(64 - pending.count, rest.count)
        pending += rest.prefix(taken)
        rest = rest.dropFirst(taken)
        guard pending.count == 64 else { return }
        let block = pending
        block.withUnsafeBufferPointer { compressBlocks($0) }
        pending.removeAll(keepingCapacity: true)
      }
      let whole = rest.count / 64 * 64
      compressBlocks(UnsafeBufferPointer(rebasing: rest.prefix(whole)))
      pending += rest.dropFirst(whole)
    }

    /// The digest of everything added, as 64 lower-case hex digits.
    public func hex() -> String {
      var copy = self
      // The padding: 0x80, zeros, then the bit count big-endian, to a whole number of blocks.
      // NB: made at its size and written as ASCII at once (appended byte by byte and formatted
      // word by word with `String(_:radix:)`, ~15,000 instructions a file).
      let pendingCount = copy.pending.count
      let padded = (pendingCount + 9 + 63) / 64 * 64
      var tail = [UInt8](repeating: 0, count: padded)
      for index in 0..<pendingCount { tail[index] = copy.pending[index] }
      tail[pendingCount] = 0x80
      let bitCount = length &* 8
      for byte in 0..<8 {
        tail[padded - 1 - byte] = UInt8(truncatingIfNeeded: bitCount >> UInt64(byte * 8))
      }
      tail.withUnsafeBufferPointer { copy.compressBlocks($0) }
      let state = copy.state
      return String(unsafeUninitializedCapacity: 64) { digits in
        var written = 0
        for word in state {
          for shift in stride(from: 28, through: 0, by: -4) {
            let nibble = UInt8(truncatingIfNeeded: word >> UInt32(shift)) & 0xF
            digits[written] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            written += 1
          }
        }
        return written
      }
    }

    private mutating func compressBlocks(_ body: UnsafeBufferPointer<UInt8>) {
      guard body.count >= 64 else { return }
      var schedule = [UInt32](repeating: 0, count: 64)
      state.withUnsafeMutableBufferPointer { state in
        // NB: with SHA-NI the digest of a 5 MB file took 35M instead of 346M instructions.
        if let base = body.baseAddress, let words = state.baseAddress,
          tupu_sha256_blocks(words, base, body.count / 64) != 0
        {
          return
        }
        schedule.withUnsafeMutableBufferPointer { w in
          SHA256.k.withUnsafeBufferPointer { k in
            var offset = 0
            while offset + 64 <= body.count {
              SHA256.compress(state, w, k, body, offset)
              offset += 64
            }
          }
        }
      }
    }
  }

  fileprivate static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  @inline(__always)
  private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

  // NB: raw buffers and wrapping arithmetic: with checked array access the digest took a
  // tenth of a facts-file ingest.
  @inline(__always)
  fileprivate static func compress(
    _ state: UnsafeMutableBufferPointer<UInt32>, _ w: UnsafeMutableBufferPointer<UInt32>,
    _ k: UnsafeBufferPointer<UInt32>, _ block: UnsafeBufferPointer<UInt8>, _ offset: Int
  ) {
    for i in 0..<16 {
      let base = offset &+ i &* 4
      w[i] =
        UInt32(block[base]) &<< 24 | UInt32(block[base &+ 1]) &<< 16
        | UInt32(block[base &+ 2]) &<< 8 | UInt32(block[base &+ 3])
    }
    for i in 16..<64 {
      let s0 = rotate(w[i &- 15], 7) ^ rotate(w[i &- 15], 18) ^ (w[i &- 15] &>> 3)
      let s1 = rotate(w[i &- 2], 17) ^ rotate(w[i &- 2], 19) ^ (w[i &- 2] &>> 10)
      w[i] = w[i &- 16] &+ s0 &+ w[i &- 7] &+ s1
    }
    var a = state[0], b = state[1], c = state[2], d = state[3]
    var e = state[4], f = state[5], g = state[6], h = state[7]
    for i in 0..<64 {
      let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
      let choice = (e & f) ^ (~e & g)
      let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
      let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
      let majority = (a & b) ^ (a & c) ^ (b & c)
      let t2 = s0 &+ majority
      h = g; g = f; f = e; e = d &+ t1
      d = c; c = b; b = a; a = t1 &+ t2
    }
    state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
    state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
  }
}
