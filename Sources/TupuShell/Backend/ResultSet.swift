import TupuGraph

/// Rows of named columns, as the shell shows them in every output mode.
public struct ResultSet: Hashable, Sendable {
  /// One value of a row.
  public enum Value: Hashable, Sendable {
    case term(Term)
    case integer(Int)
    case null

    /// The text shown for the value in tables, TSV and CSV.
    public var text: String {
      switch self {
      case .term(let term): return term.text
      case .integer(let number): return String(number)
      case .null: return ""
      }
    }
  }

  /// Column names, variables without their `?`.
  public var columns: [String]
  public var rows: [[Value]]

  public init(columns: [String], rows: [[Value]]) {
    self.columns = columns
    self.rows = rows
  }

  /// The entity names a row mentions, in column order.
  public func entities(inRow index: Int) -> [String] {
    guard rows.indices.contains(index) else { return [] }
    return rows[index].compactMap {
      if case .term(.entity(let name)) = $0 { return name }
      return nil
    }
  }
}
