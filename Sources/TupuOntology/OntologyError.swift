import TupuDiagnostics

/// Every problem found while loading an ontology folder, each with its file and line.
public struct OntologyError: Error, DiagnosticConvertible, Sendable {
  public var diagnostics: [Diagnostic]

  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// The first problem, with a count of the others (render `diagnostics` to see them all).
  public var diagnostic: Diagnostic {
    guard var first = diagnostics.first else { return Diagnostic("the ontology is invalid") }
    if diagnostics.count > 1 {
      first.message += " (and \(diagnostics.count - 1) more problem\(diagnostics.count > 2 ? "s" : ""))"
    }
    return first
  }
}
