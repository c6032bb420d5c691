import Foundation
import TupuDiagnostics
import TupuGraph

/// The files `tupu ingest` reads, found from its arguments, each with how to read it.
struct IngestInputs {
  enum Kind: Equatable {
    case facts(FactsFile.Format)
    case text
  }

  var path: String
  var kind: Kind

  /// Files named directly, then the files of each folder (recursively, sorted, hidden files
  /// and stores skipped). Unreadable paths and folders without a usable file are problems.
  static func collect(_ paths: [String], problems: inout [Diagnostic]) -> [IngestInputs] {
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
        inputs.append(IngestInputs(path: path, kind: kind(of: path)))
        continue
      }
      var found: [IngestInputs] = []
      let folder = URL(fileURLWithPath: path)
      let enumerator = files.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
      var members: [String] = []
      while let url = enumerator?.nextObject() as? URL {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
        else { continue }
        let relative = String(url.path.dropFirst(folder.path.count)).drop { $0 == "/" }
        members.append((path as NSString).appendingPathComponent(String(relative)))
      }
      for member in members.sorted() where isUsable(member) {
        found.append(IngestInputs(path: member, kind: kind(of: member)))
      }
      if found.isEmpty {
        problems.append(
          Diagnostic(
            "\(path) has no file tupu can read", at: SourceLocation(source: path, line: 0),
            hint: "tupu reads text (.txt, .html, .pdf dumps …), .tsv and .nt files"))
      }
      inputs += found
    }
    return inputs
  }

  private static func kind(of path: String) -> Kind {
    FactsFile.Format(path: path).map { .facts($0) } ?? .text
  }

  private static let textExtensions: Set<String> = ["txt", "html", "htm", "pdf", "text", "md"]
  private static let storeSuffixes = [".sqlite", ".sqlite-wal", ".sqlite-shm", ".db"]

  /// Inside a folder: facts files, known text extensions, and any other file whose first
  /// bytes have no NUL (binary files are skipped quietly).
  private static func isUsable(_ path: String) -> Bool {
    if storeSuffixes.contains(where: { path.hasSuffix($0) }) { return false }
    let pathExtension = (path as NSString).pathExtension.lowercased()
    if FactsFile.Format(path: path) != nil || textExtensions.contains(pathExtension) { return true }
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4096)) ?? Data()
    return !head.isEmpty && !head.contains(0)
  }
}
