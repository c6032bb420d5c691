import Foundation
import TupuDiagnostics

/// Reads the JSON Lines `JSONLFacts` writes back into documents, each with its own key, path
/// and facts with their evidence; throws a `Diagnostic` naming the file, line and column.
public enum JSONLFactsReader {
  /// The pattern of a fact line that carries no evidence of its own (its line is the evidence).
  public static let pattern = "jsonl"

  public static func read(bytes: [UInt8], path: String) throws -> [DocumentGraph] {
    try readEncoded(bytes: bytes, path: path, vocabulary: nil).map { $0.decoded() }
  }

  public static func read(path: String) throws -> [DocumentGraph] {
    try read(bytes: FactsFile.contents(path), path: path)
  }

  /// Reads the documents and checks them against the ontology, as `FactsFile.readChecked`
  /// does a TSV file: Chinese labels and aliases become ids, and every unknown predicate or
  /// class is an error at the line that uses it first (then nothing of the file is stored).
  public static func readChecked(path: String, vocabulary: FactsVocabulary) throws
    -> [DocumentGraph]
  {
    try readChecked(bytes: FactsFile.contents(path), path: path, vocabulary: vocabulary)
  }

  public static func readChecked(bytes: [UInt8], path: String, vocabulary: FactsVocabulary)
    throws -> [DocumentGraph]
  {
    try readEncoded(bytes: bytes, path: path, vocabulary: vocabulary).map { $0.decoded() }
  }

  /// The documents dictionary-encoded, as the store loads them fastest: a `String` per
  /// distinct term of a document, not one per field of each line. Checked against the
  /// ontology when `vocabulary` is given, as `readChecked` checks them.
  public static func readEncoded(
    path: String, vocabulary: FactsVocabulary?
  ) throws -> [EncodedGraph] {
    try readEncoded(bytes: FactsFile.contents(path), path: path, vocabulary: vocabulary)
  }

  public static func readEncoded(
    bytes: [UInt8], path: String, vocabulary: FactsVocabulary?
  ) throws -> [EncodedGraph] {
    try FactsFile.requireUTF8(bytes, path: path)
    return try bytes.withUnsafeBufferPointer { buffer in
      var reader = EncodingReader(buffer: buffer, path: path, vocabulary: vocabulary)
      defer { reader.deallocate() }
      try reader.read()
      return reader.documents
    }
  }
}
