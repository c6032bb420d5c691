import TupuGraph

/// Writes one JSON object a line per fact, for scripts and `jq`:
///
///     {"subject":"王建国","predicate":"reviews","object":"光电产业园","objectKind":"entity",
///      "derived":false,"rule":null,"date":"2023-06-20","evidence":[{"document":"news.txt",
///      "published":"2023-06-21","article":0,"sentence":3,"start":120,"end":158,"text":"…",
///      "pattern":"review-report"}]}
///
/// `objectKind` is `entity`, `literal` or `class`; `evidence` lists every place the fact was
/// read (empty for derived facts), `document` is null when unknown. `date` is the fact's date:
/// its meeting's `held-on` when the subject or object is a meeting with one, else the earliest
/// `published` date of its evidence's documents, else null. Keys keep this order and
/// facts the export order, so the same graph gives the same bytes.
public struct JSONLinesWriter: Sendable {
  public var includeDerived: Bool
  /// Leave evidence out (`"evidence":[]`) for a smaller file.
  public var includeEvidence: Bool

  public init(includeDerived: Bool = false, includeEvidence: Bool = true) {
    self.includeDerived = includeDerived
    self.includeEvidence = includeEvidence
  }

  public func write(_ facts: [Fact], to output: inout some TextOutputStream) {
    let table = FactTable(facts, includeDerived: includeDerived)
    var meetingDates: [String: String] = [:]
    for row in table.rows where row.predicate == "held-on" {
      meetingDates[row.subject] = min(meetingDates[row.subject] ?? row.object.text, row.object.text)
    }
    for row in table.rows {
      output.write("{\"subject\":")
      output.write(Self.quoted(row.subject))
      output.write(",\"predicate\":")
      output.write(Self.quoted(row.predicate))
      output.write(",\"object\":")
      output.write(Self.quoted(row.object.text))
      output.write(",\"objectKind\":")
      output.write(Self.quoted(Self.kindName(row.object)))
      output.write(",\"derived\":")
      output.write(row.isDerived ? "true" : "false")
      output.write(",\"rule\":")
      output.write(row.rule.map(Self.quoted) ?? "null")
      output.write(",\"date\":")
      let meetingDate = meetingDates[row.subject]
        ?? (row.object.kindCode == 0 ? meetingDates[row.object.text] : nil)
      output.write(
        (meetingDate ?? row.evidence.compactMap(\.published).min()).map(Self.quoted) ?? "null")
      output.write(",\"evidence\":[")
      if includeEvidence {
        for (number, evidence) in row.evidence.enumerated() {
          if number > 0 { output.write(",") }
          output.write("{\"document\":")
          output.write(evidence.document.map(Self.quoted) ?? "null")
          output.write(",\"published\":")
          output.write(evidence.published.map(Self.quoted) ?? "null")
          output.write(",\"article\":\(evidence.article),\"sentence\":\(evidence.sentence)")
          output.write(",\"start\":\(evidence.start),\"end\":\(evidence.end),\"text\":")
          output.write(Self.quoted(evidence.text))
          output.write(",\"pattern\":")
          output.write(Self.quoted(evidence.pattern))
          output.write("}")
        }
      }
      output.write("]}\n")
    }
  }

  public func render(_ facts: [Fact]) -> String {
    var text = ""
    write(facts, to: &text)
    return text
  }

  static func kindName(_ term: Term) -> String {
    switch term {
    case .entity: return "entity"
    case .literal: return "literal"
    case .classRef: return "class"
    }
  }

  static func quoted(_ text: String) -> String { JSONText.quoted(text) }
}
