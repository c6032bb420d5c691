import Foundation
import TupuDiagnostics
import TupuGraph

/// The ontology: classes, predicates, lexicons, extraction patterns and inference rules,
/// loaded from a folder of files a person edits (the built-in one is `Ontology/`).
///
/// Every `*.tupu` file below the folder is read (see Ontology/README.md for the format).
public struct Ontology: Sendable {
  public var vocabulary: Vocabulary
  public var lexicon: Lexicon
  public var patterns: [ExtractionPattern]
  /// The folder it was loaded from, if any.
  public var directory: String?

  public init(
    vocabulary: Vocabulary, lexicon: Lexicon = Lexicon(), patterns: [ExtractionPattern] = [],
    directory: String? = nil
  ) {
    self.vocabulary = vocabulary
    self.lexicon = lexicon
    self.patterns = patterns
    self.directory = directory
  }

  /// The patterns that use `matcher`.
  public func patterns(using matcher: String) -> [ExtractionPattern] {
    patterns.filter { $0.matcher == matcher }
  }

  /// Loads and validates every file of `directory`, reporting all problems at once.
  public static func load(directory: String) throws -> Ontology {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw OntologyError([
        Diagnostic(
          "no ontology folder at \(directory)", at: SourceLocation(source: directory, line: 0),
          hint: "pass --ontology DIR with a folder of .tupu files, or set TUPU_ONTOLOGY")
      ])
    }
    var files: [(path: String, text: String)] = []
    var problems: [Diagnostic] = []
    let enumerator = FileManager.default.enumerator(atPath: directory)
    var relativePaths: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      if relative.hasSuffix(".tupu") { relativePaths.append(relative) }
    }
    for relative in relativePaths.sorted() {
      let path = (directory as NSString).appendingPathComponent(relative)
      guard let data = FileManager.default.contents(atPath: path),
        let text = String(data: data, encoding: .utf8)
      else {
        problems.append(
          Diagnostic(
            "cannot read \(path) as UTF-8 text", at: SourceLocation(source: path, line: 0),
            hint: "save the file as UTF-8"))
        continue
      }
      files.append((path, text))
    }
    if files.isEmpty && problems.isEmpty {
      problems.append(
        Diagnostic(
          "the ontology folder \(directory) holds no .tupu file",
          at: SourceLocation(source: directory, line: 0),
          hint: "the built-in ontology is the Ontology/ folder of the Tupu repository"))
    }
    var ontology = try build(files, problems: problems)
    ontology.directory = directory
    return ontology
  }

  /// Reads ontology files (in the order given), reporting every problem at once.
  static func build(_ files: [(path: String, text: String)], problems: [Diagnostic] = [])
    throws -> Ontology
  {
    var builder = OntologyBuilder()
    for file in files { builder.read(file.text, file: file.path) }
    builder.finish()
    let problems = problems + builder.problems
    guard problems.isEmpty else { throw OntologyError(problems) }
    return builder.ontology
  }

  /// The running executable's file, as `Bundle.main` gives it.
  // NB: on Linux read from /proc, as Foundation itself reads it, without making `Bundle.main`
  // (13 ms at every start of the command).
  static func executableURL() -> URL? {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return URL(fileURLWithPath: path)
      }
    #endif
    return Bundle.main.executableURL
  }

  /// An ontology folder that takes the place of the compiled-in one: $TUPU_ONTOLOGY, else the
  /// `Ontology/` folder of the repository a development build lives in (found above the
  /// executable), so that an edit there counts without rebuilding. Nil for an installed or
  /// copied binary, which uses `Ontology.builtIn()`.
  public static func defaultDirectory() -> String? {
    let manager = FileManager.default
    func isOntology(_ path: String) -> Bool {
      var isFolder: ObjCBool = false
      return manager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        && manager.fileExists(atPath: (path as NSString).appendingPathComponent("classes.tupu"))
    }
    if let fromEnvironment = ProcessInfo.processInfo.environment["TUPU_ONTOLOGY"],
      !fromEnvironment.isEmpty
    {
      return fromEnvironment
    }
    var starts: [String] = []
    if let bundlePath = executableURL()?.resolvingSymlinksInPath()
      .deletingLastPathComponent().path
    {
      starts.append(bundlePath)
    }
    starts.append(
      URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        .deletingLastPathComponent().path)
    for start in starts {
      // NB: only a build folder of the repository (…/.build/<config>/tupu): a copied binary
      // beside some other Ontology/ folder keeps its own.
      guard start.contains("/.build/") else { continue }
      var folder = URL(fileURLWithPath: start)
      for _ in 0..<8 {
        let candidate = folder.appendingPathComponent("Ontology").path
        if isOntology(candidate) { return candidate }
        let parent = folder.deletingLastPathComponent()
        if parent.path == folder.path { break }
        folder = parent
      }
    }
    return nil
  }
}
