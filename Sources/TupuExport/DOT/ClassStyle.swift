import TupuGraph

/// How a node of one class looks in a picture: a shape and a fill colour.
struct ClassStyle: Hashable, Sendable {
  var shape: String
  var fill: String

  /// Styles of the core classes (ONTOLOGY-CORE.md); a class the ontology adds takes the style
  /// of its nearest styled ancestor, else one from `spare` picked by its id.
  static let core: [String: ClassStyle] = [
    "Person": ClassStyle(shape: "ellipse", fill: "#FFE0B2"),
    "Official": ClassStyle(shape: "ellipse", fill: "#FFB74D"),
    "City": ClassStyle(shape: "doubleoctagon", fill: "#A5D6A7"),
    "District": ClassStyle(shape: "octagon", fill: "#C5E1A5"),
    "Street": ClassStyle(shape: "hexagon", fill: "#DCEDC8"),
    "Community": ClassStyle(shape: "house", fill: "#F1F8E9"),
    "Road": ClassStyle(shape: "cds", fill: "#E0E0E0"),
    "Project": ClassStyle(shape: "box3d", fill: "#BBDEFB"),
    "Organization": ClassStyle(shape: "tab", fill: "#D1C4E9"),
    "Meeting": ClassStyle(shape: "note", fill: "#FFF59D"),
    "Place": ClassStyle(shape: "cylinder", fill: "#B2DFDB"),
  ]

  static let spare: [ClassStyle] = [
    ClassStyle(shape: "component", fill: "#F8BBD0"),
    ClassStyle(shape: "box", fill: "#CFD8DC"),
    ClassStyle(shape: "diamond", fill: "#FFCCBC"),
    ClassStyle(shape: "trapezium", fill: "#B3E5FC"),
  ]

  /// A node whose class is unknown.
  static let untyped = ClassStyle(shape: "ellipse", fill: "#FFFFFF")

  static func of(_ classID: String, in vocabulary: Vocabulary) -> ClassStyle {
    for ancestor in vocabulary.lineage(of: classID) {
      if let style = core[ancestor] { return style }
    }
    let code = classID.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF }
    return spare[code % spare.count]
  }
}
