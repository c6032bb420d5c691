import TupuGraph

/// Writes facts in the shared gold format (`subject<TAB>predicate<TAB>object`, eval/FORMAT.md),
/// so that `tupu ingest` reads the output back into the same graph.
///
/// Entities come first, one `type` line each with the entity's most specific class; then the
/// asserted facts; then, when asked for, the derived ones under a `# derived by RULE` comment.
/// Names are canonical names, predicates ontology ids.
///
/// NB: the gold format has no quoting. A name holding a TAB, a line break or a backslash is
/// written with the escapes of "linear TSV" (`\t`, `\n`, `\r`, `\\`); a `|` (which separates
/// alternatives in gold files) as `\|`, and a `#` opening a line (a comment) as `\#`. A reader
/// splits fields on TAB and alternatives on unescaped `|`, then reads `\` + character as the
/// character (`t`, `n`, `r` as TAB, LF, CR). Canonical names hold none of these, so gold files
/// read the same either way.
public struct TSVWriter: Sendable {
  public var vocabulary: Vocabulary
  public var includeDerived: Bool

  public init(vocabulary: Vocabulary, includeDerived: Bool = false) {
    self.vocabulary = vocabulary
    self.includeDerived = includeDerived
  }

  public func write(_ facts: [Fact], to output: inout some TextOutputStream) {
    let table = FactTable(facts, includeDerived: includeDerived)
    let typed = table.typedEntities(in: vocabulary)
    for (entity, classID) in typed {
      line(entity, typePredicate, classID, to: &output)
    }
    let statements = table.rows.filter { $0.predicate != typePredicate }
    var wroteSeparator = false
    for row in statements where !row.isDerived {
      if !wroteSeparator, !typed.isEmpty { output.write("\n") }
      wroteSeparator = true
      line(row.subject, row.predicate, row.object.text, to: &output)
    }
    let derived = statements.filter(\.isDerived)
    for rule in Set(derived.compactMap(\.rule)).sorted(by: bytewise) {
      output.write("\n# derived by \(escaped(rule))\n")
      for row in derived where row.rule == rule {
        line(row.subject, row.predicate, row.object.text, to: &output)
      }
    }
  }

  public func render(_ facts: [Fact]) -> String {
    var text = ""
    write(facts, to: &text)
    return text
  }

  private func line(
    _ subject: String, _ predicate: String, _ object: String,
    to output: inout some TextOutputStream
  ) {
    let subjectField = escaped(subject)
    if subjectField.hasPrefix("#") { output.write("\\") }
    output.write(subjectField)
    output.write("\t")
    output.write(escaped(predicate))
    output.write("\t")
    output.write(escaped(object))
    output.write("\n")
  }

  /// The linear-TSV escape of one field: only TAB, CR, LF, backslash and `|` change.
  func escaped(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { "\t\r\n\\|".unicodeScalars.contains($0) }) else {
      return field
    }
    var text = ""
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\t": text += "\\t"
      case "\r": text += "\\r"
      case "\n": text += "\\n"
      case "\\": text += "\\\\"
      case "|": text += "\\|"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }
}
