/// A string compared and hashed by its UTF-8 bytes.
///
/// NB: `String` hashing normalizes (NFC) every non-ASCII string, which cost a tenth of
/// extraction; names here all come from the same decoded text, so byte equality is the right
/// equality and much cheaper.
struct ExactText: Hashable, Sendable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (left: ExactText, right: ExactText) -> Bool {
    left.text.utf8.elementsEqual(right.text.utf8)
  }

  func hash(into hasher: inout Hasher) {
    var text = self.text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
