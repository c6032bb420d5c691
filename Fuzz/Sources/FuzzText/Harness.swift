import TupuText

/// One libFuzzer input: the bytes of a file, read as plain text and as an HTML page.
/// Errors are fine (they are diagnostics); crashes, hangs and offsets outside the text are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  for path in ["fuzz.txt", "fuzz.html"] {
    guard let document = try? TextPipeline.read(bytes: bytes, path: path) else { continue }
    let length = document.originalText.unicodeScalars.count
    for article in document.articles {
      precondition(0 <= article.start && article.start <= article.end && article.end <= length)
      for sentence in article.sentences {
        precondition(
          0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= length,
          "sentence \(sentence.start)..<\(sentence.end) outside the text (\(length) scalars)")
      }
    }
  }
  return 0
}
