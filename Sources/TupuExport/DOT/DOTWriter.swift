import TupuGraph

/// Writes facts as a Graphviz DOT picture.
///
/// Each entity is a node shaped and coloured by its class (its `type` facts become styling,
/// not edges), with its posts (`title`) under its name; each other fact is an edge labelled
/// with the predicate's Chinese label (or its id), dashed when derived. A legend cluster shows
/// the classes present. Fonts name Noto Sans CJK SC first, with fallbacks, so that Chinese
/// renders on a stock Debian with fonts-noto-cjk. Nodes and edges come in byte order of their
/// names: the same graph gives the same bytes.
public struct DOTWriter: Sendable {
  public enum EdgeLabels: String, Sendable, CaseIterable {
    /// The predicate's Chinese label from the vocabulary (主持).
    case chinese
    /// The predicate's ontology id (chairs).
    case ids
  }

  public static let fontNames =
    "Noto Sans CJK SC,Noto Sans SC,Source Han Sans SC,WenQuanYi Micro Hei,"
    + "Microsoft YaHei,PingFang SC,sans-serif"

  public var vocabulary: Vocabulary
  public var includeDerived: Bool
  public var edgeLabels: EdgeLabels
  /// Give each edge the sentence it was read from as a tooltip (shown on hover in SVG).
  public var includeEvidence: Bool
  /// The address each entity's node links to in SVG (the web explorer's entity pages); nil
  /// for no links.
  public var nodeLink: (@Sendable (String) -> String)? = nil

  public init(
    vocabulary: Vocabulary, includeDerived: Bool = false, edgeLabels: EdgeLabels = .chinese,
    includeEvidence: Bool = false
  ) {
    self.vocabulary = vocabulary
    self.includeDerived = includeDerived
    self.edgeLabels = edgeLabels
    self.includeEvidence = includeEvidence
  }

  public func render(_ facts: [Fact]) -> String {
    var text = ""
    write(facts, to: &text)
    return text
  }

  public func write(_ facts: [Fact], to output: inout some TextOutputStream) {
    let table = FactTable(facts, includeDerived: includeDerived)
    let classes = table.classes(in: vocabulary)
    var annotations: [String: [String]] = [:]
    var edges: [FactTable.Row] = []
    for row in table.rows where row.predicate != typePredicate {
      if case .entity = row.object {
        edges.append(row)
      } else {
        annotations[row.subject, default: []].append(annotation(row))
      }
    }
    let entities = table.entities
    let font = Self.quoted(Self.fontNames)

    output.write("digraph tupu {\n")
    output.write("  graph [charset=\"UTF-8\", rankdir=LR, fontname=\(font), fontsize=12];\n")
    output.write(
      "  node [fontname=\(font), fontsize=12, style=filled, fillcolor=\"#FFFFFF\", "
        + "color=\"#546E7A\"];\n")
    output.write("  edge [fontname=\(font), fontsize=10, color=\"#546E7A\"];\n")
    writeLegend(
      classes: Set(classes.values), derived: edges.contains(where: \.isDerived),
      avoiding: Set(entities), to: &output)

    output.write("\n")
    for entity in entities {
      var attributes: [String] = []
      var lines = [entity]
      lines += annotations[entity] ?? []
      attributes.append("label=" + Self.label(lines))
      if let classID = classes[entity] {
        let style = ClassStyle.of(classID, in: vocabulary)
        attributes.append("shape=\(style.shape)")
        attributes.append("fillcolor=\"\(style.fill)\"")
        attributes.append("tooltip=" + Self.label([classLabel(classID)]))
      }
      if let nodeLink {
        attributes.append("URL=" + Self.label([nodeLink(entity)]))
        attributes.append("target=\"_top\"")
      }
      output.write("  \(Self.quoted(entity)) [\(attributes.joined(separator: ", "))];\n")
    }

    if !edges.isEmpty { output.write("\n") }
    for edge in edges {
      var attributes = ["label=" + Self.label([predicateLabel(edge.predicate)])]
      if let rule = edge.rule {
        attributes.append("style=dashed")
        attributes.append("tooltip=" + Self.label(["推理 derived: " + rule]))
      } else if includeEvidence, let evidence = edge.evidence.first {
        attributes.append("tooltip=" + Self.label([evidence.text]))
      }
      output.write(
        "  \(Self.quoted(edge.subject)) -> \(Self.quoted(edge.object.text)) "
          + "[\(attributes.joined(separator: ", "))];\n")
    }
    output.write("}\n")
  }

  /// The legend: one node per class present, styled as that class, and a dashed edge when
  /// derived facts are drawn. Its node ids are chosen not to clash with entity names.
  private func writeLegend(
    classes: Set<String>, derived: Bool, avoiding names: Set<String>,
    to output: inout some TextOutputStream
  ) {
    guard !classes.isEmpty || derived else { return }
    var prefix = "legend:"
    while names.contains(where: { $0.hasPrefix(prefix) }) { prefix = "legend:" + prefix }
    output.write("\n  subgraph cluster_legend {\n")
    output.write("    label=\"图例 Legend\"; style=rounded; color=\"#90A4AE\";\n")
    let ordered =
      vocabulary.classes.map(\.id).filter(classes.contains)
      + classes.filter { vocabulary.classInfo($0) == nil }.sorted(by: bytewise)
    for classID in ordered {
      let style = ClassStyle.of(classID, in: vocabulary)
      let label = Self.label(
        classLabel(classID) == classID ? [classID] : [classLabel(classID), classID])
      output.write(
        "    \(Self.quoted(prefix + classID)) [label=\(label), shape=\(style.shape), "
          + "fillcolor=\"\(style.fill)\"];\n")
    }
    if derived {
      let from = Self.quoted(prefix + "derived-from")
      let to = Self.quoted(prefix + "derived-to")
      output.write("    \(from) [label=\"\", shape=point];\n")
      output.write("    \(to) [label=\"\", shape=point];\n")
      output.write("    \(from) -> \(to) [label=\"推理得出 derived\", style=dashed];\n")
    }
    output.write("  }\n")
  }

  private func annotation(_ row: FactTable.Row) -> String {
    // A post stands for itself (区委书记); other literal facts say what they are.
    if row.predicate == "title" { return row.object.text }
    return predicateLabel(row.predicate) + "：" + row.object.text
  }

  private func predicateLabel(_ id: String) -> String {
    switch edgeLabels {
    case .ids: return id
    case .chinese:
      guard let label = vocabulary.predicateInfo(id)?.label, !label.isEmpty else { return id }
      return label
    }
  }

  /// The class's Chinese label, or its id when the vocabulary has none (a store's own).
  private func classLabel(_ id: String) -> String {
    guard let label = vocabulary.classInfo(id)?.label, !label.isEmpty else { return id }
    return label
  }
}

extension DOTWriter {
  /// A DOT id: the name in quotes. Inside quotes DOT takes `\"` as a quote and keeps every
  /// other backslash pair as written, so doubling backslashes and spelling line breaks keeps
  /// distinct names distinct; other control characters become `\xHH`, which no escaped name
  /// contains (its own backslashes are doubled).
  static func quoted(_ name: String) -> String {
    var text = "\""
    for scalar in name.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        text += "\\x" + (hex.count < 2 ? "0" : "") + hex
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }

  /// A DOT label of centred lines. Labels read `\n` as a line break and `\\` as a backslash;
  /// a name's own line breaks become line breaks, other control characters U+FFFD.
  static func label(_ lines: [String]) -> String {
    var text = "\""
    for (number, line) in lines.enumerated() {
      if number > 0 { text += "\\n" }
      var previousWasCR = false
      for scalar in line.unicodeScalars {
        defer { previousWasCR = scalar == "\r" }
        switch scalar {
        case "\"": text += "\\\""
        case "\\": text += "\\\\"
        case "\r": text += "\\n"
        case "\n": if !previousWasCR { text += "\\n" }
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: text += "\u{FFFD}"
        default: text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }
}
