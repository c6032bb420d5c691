/// Where something stands in a file or a query: 1-based line and column, columns counted in
/// characters (not bytes, not display cells).
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// A file path, or a label such as `query` or `<stdin>`.
  public var source: String
  public var line: Int
  public var column: Int?
  /// Byte offset, for binary input where lines mean nothing.
  public var byteOffset: Int?

  public init(source: String, line: Int, column: Int? = nil, byteOffset: Int? = nil) {
    self.source = source
    self.line = line
    self.column = column
    self.byteOffset = byteOffset
  }

  /// `file:line:column` as compilers print it, so editors can jump to it.
  public var description: String {
    var text = source
    if line > 0 { text += ":\(line)" }
    if let column, line > 0 { text += ":\(column)" }
    if let byteOffset, line == 0 { text += " (byte \(byteOffset))" }
    return text
  }
}
