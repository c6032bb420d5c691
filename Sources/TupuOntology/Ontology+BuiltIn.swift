import TupuDiagnostics

extension Ontology {
  /// The files of `Ontology/` compiled into the binary (`Package.swift` embeds the folder), in
  /// the order `load(directory:)` reads them. A test checks this list against the folder.
  static let builtInFiles: [(path: String, bytes: [UInt8])] = [
    ("classes.tupu", PackageResources.classes_tupu),
    ("lexicon/counties.tupu", PackageResources.counties_tupu),
    ("lexicon/gazetteer.tupu", PackageResources.gazetteer_tupu),
    ("lexicon/posts.tupu", PackageResources.posts_tupu),
    ("lexicon/suffixes.tupu", PackageResources.suffixes_tupu),
    ("lexicon/surnames.tupu", PackageResources.surnames_tupu),
    ("lexicon/words.tupu", PackageResources.words_tupu),
    ("patterns.tupu", PackageResources.patterns_tupu),
    ("predicates.tupu", PackageResources.predicates_tupu),
    ("rules.tupu", PackageResources.rules_tupu),
  ]

  /// The ontology compiled into the binary: the repository's `Ontology/` as it was built.
  public static func builtIn() throws -> Ontology {
    try build(
      builtInFiles.map { ("<built-in>/" + $0.path, String(decoding: $0.bytes, as: UTF8.self)) })
  }

  /// The ontology to use when none is named: the folder of `defaultDirectory()` when there is
  /// one ($TUPU_ONTOLOGY, or a development build's repository), else the built-in one.
  public static func loadDefault() throws -> Ontology {
    if let directory = defaultDirectory() { return try load(directory: directory) }
    return try builtIn()
  }

  /// The folder named on the command line, else the default.
  public static func load(named directory: String?) throws -> Ontology {
    if let directory { return try load(directory: directory) }
    return try loadDefault()
  }
}
