import Foundation
import TupuDiagnostics
import TupuGraph

/// The files `tupu ingest` reads, found from its arguments, each with how to read it.
///
/// The extension decides: text is `.txt .text .html .htm .pdf`, facts are `.tsv .nt .jsonl`.
/// In a folder anything else is skipped (and counted); named on the command line it is refused.
struct IngestInputs {
  enum Kind: Equatable {
    case facts(FactsFile.Format)
    case text
  }

  var path: String
  var kind: Kind

  static let textExtensions = ["txt", "text", "html", "htm", "pdf"]
  static let factsExtensions = ["tsv", "nt", "jsonl"]

  /// What a folder held that is not read: files with another extension, counted for a note.
  struct Skipped {
    var count = 0
    var examples: [String] = []

    mutating func add(_ path: String) {
      count += 1
      if examples.count < 3 { examples.append(path) }
    }

    /// "skipped 2 files that are neither text nor facts: a.tq, b.md".
    var note: Diagnostic? {
      guard count > 0 else { return nil }
      return Diagnostic(
        "skipped \(count) file\(count == 1 ? "" : "s") that \(count == 1 ? "is" : "are") "
          + "neither text nor facts: " + examples.joined(separator: ", ")
          + (count > examples.count ? ", …" : ""),
        hint: "tupu reads text (" + IngestInputs.textExtensions.map { "." + $0 }
          .joined(separator: " ") + ") and facts (" + IngestInputs.factsExtensions
          .map { "." + $0 }.joined(separator: " ") + ")", severity: .note)
    }
  }

  /// Files named directly, then the files of each folder (recursively, sorted, hidden files
  /// skipped). Unreadable paths, files of no known kind named directly and folders without a
  /// usable file are problems.
  static func collect(
    _ paths: [String], problems: inout [Diagnostic], skipped: inout Skipped
  ) -> [IngestInputs] {
    var inputs: [IngestInputs] = []
    let files = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(
          Diagnostic(
            "\(path): no such file or folder", at: SourceLocation(source: path, line: 0),
            hint: "check the path"))
        continue
      }
      if !isDirectory.boolValue {
        guard files.isReadableFile(atPath: path) else {
          problems.append(
            Diagnostic(
              "\(path) is not readable", at: SourceLocation(source: path, line: 0),
              hint: "check its permissions"))
          continue
        }
        guard let kind = kind(of: path) else {
          let suffix = (path as NSString).pathExtension
          problems.append(
            Diagnostic(
              "\(path): tupu does not know how to read "
                + (suffix.isEmpty ? "a file without an extension" : "a .\(suffix) file"),
              at: SourceLocation(source: path, line: 0),
              hint: "text is " + textExtensions.map { "." + $0 }.joined(separator: " ")
                + ", facts are " + factsExtensions.map { "." + $0 }.joined(separator: " ")
                + "; rename the file if it is one of these"))
          continue
        }
        inputs.append(IngestInputs(path: path, kind: kind))
        continue
      }
      var found: [IngestInputs] = []
      var relatives: [String] = []
      regularFiles(in: path, as: "", into: &relatives)
      let members = relatives.map { (path as NSString).appendingPathComponent($0) }
      for member in members.sorted() {
        if storeSuffixes.contains(where: { member.hasSuffix($0) }) { continue }
        guard let kind = kind(of: member) else {
          skipped.add(member)
          continue
        }
        found.append(IngestInputs(path: member, kind: kind))
      }
      if found.isEmpty {
        problems.append(
          Diagnostic(
            "\(path) has no file tupu can read", at: SourceLocation(source: path, line: 0),
            hint: "tupu reads text (.txt .text .html .htm .pdf) and facts (.tsv .nt .jsonl)"))
      }
      inputs += found
    }
    return inputs
  }

  /// Appends the regular files of `folder` and of its subfolders, as paths relative to the
  /// folder first walked (`relative` is `folder`'s own): names starting with a dot are
  /// skipped with what they hold, and links are not followed (a link is no regular file).
  // NB: readdir and lstat, not FileManager's enumerator, whose URL for each entry cost
  // ~20,000 instructions a file.
  static func regularFiles(in folder: String, as relative: String, into found: inout [String]) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: $0.pointee)) {
          String(cString: $0)
        }
      }
      // `.`, `..` and hidden names.
      if name.utf8.first == UInt8(ascii: ".") { continue }
      let member = folder + "/" + name
      let memberRelative = relative.isEmpty ? name : relative + "/" + name
      var status = stat()
      guard lstat(member, &status) == 0 else { continue }
      switch status.st_mode & S_IFMT {
      case S_IFREG: found.append(memberRelative)
      case S_IFDIR: regularFiles(in: member, as: memberRelative, into: &found)
      default: continue
      }
    }
  }

  /// How a file is read, by its extension; nil when it is neither text nor facts.
  static func kind(of path: String) -> Kind? {
    // NB: most files of a news folder are `name.txt`: known without Foundation's path parsing
    // (its two `pathExtension`s were ~40,000 instructions a file).
    if isPlainText(path) { return .text }
    if let format = FactsFile.Format(path: path) { return .facts(format) }
    let suffix = (path as NSString).pathExtension.lowercased()
    return textExtensions.contains(suffix) ? .text : nil
  }

  /// Whether `path` ends in `.txt` after a name that is not hidden (`pathExtension` is then
  /// `txt`).
  static func isPlainText(_ path: String) -> Bool {
    let utf8 = path.utf8
    guard utf8.count > 4, utf8.suffix(4).elementsEqual(".txt".utf8) else { return false }
    let slash = utf8.lastIndex(of: UInt8(ascii: "/"))
    let name = slash.map { utf8.index(after: $0) } ?? utf8.startIndex
    // `.txt` alone, or a hidden name (`.a.txt`): left to Foundation.
    return utf8[name] != UInt8(ascii: ".")
  }

  /// The store's own files, never input (the store may sit in the folder it reads).
  private static let storeSuffixes = [".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal"]
}
