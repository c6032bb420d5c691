import Foundation

/// A term as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// NB: `String`'s own hashing normalizes non-ASCII text on every call, several times slower
/// for Chinese names; SQLite's `UNIQUE(kind, text)` compares bytes too, so bytes are the
/// identity the store needs anyway.
struct TermKey: Hashable {
  var kind: Int
  var text: String

  func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    let contiguous: Void? = text.utf8.withContiguousStorageIfAvailable {
      hasher.combine(bytes: UnsafeRawBufferPointer($0))
    }
    if contiguous == nil { for byte in text.utf8 { hasher.combine(byte) } }
  }

  static func == (left: TermKey, right: TermKey) -> Bool {
    left.kind == right.kind && left.text.utf8.count == right.text.utf8.count
      && compareBytes(left.text, right.text) == 0
  }

  /// memcmp order of the UTF-8 bytes, shorter first on a common prefix.
  static func compareBytes(_ left: String, _ right: String) -> Int {
    var a = left
    var b = right
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
          let order = memcmp(p, q, common)
          if order != 0 { return Int(order) }
        }
        return x.count - y.count
      }
    }
  }
}
