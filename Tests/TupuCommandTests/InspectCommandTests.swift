import Foundation
import Testing

/// `tupu inspect` prints a big text file part by part, as it reads it: the same articles and
/// sentences as a whole read, with the document's line first.
@Suite("tupu inspect")
struct InspectCommandTests {
  let tupu = TupuBinary.find()

  /// The bundled page six times, each with its own district name, parted by form feeds: with
  /// parts of 10 kB (a page is 17 kB) one part a page.
  static func year() throws -> String {
    let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
    let page = try String(
      contentsOf: examples.appendingPathComponent("weidu-district-news-page.txt"), encoding: .utf8)
    return (0..<6).map { page.replacingOccurrences(of: "魏都区", with: "魏都区\($0)") }
      .joined(separator: "\u{0C}")
  }

  /// JSON lines as (type, object, the line as printed).
  static func records(_ output: String) -> [(type: String, object: [String: Any], line: String)] {
    output.split(separator: "\n").map { line in
      let object =
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
      return (object["type"] as? String ?? "?", object, String(line))
    }
  }

  @Test("--format jsonl in parts: document line first, then a whole read's articles and sentences")
  func jsonLinesInParts() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("year.txt", Self.year())
    let whole = try tupu.run(["inspect", "--format", "jsonl", "year.txt"], in: folder.path)
    let parted = try tupu.run(
      ["inspect", "--format", "jsonl", "--part-bytes", "10000", "year.txt"], in: folder.path)
    #expect(whole.status == 0 && parted.status == 0, "\(whole.stderr)\(parted.stderr)")
    let wholeRecords = Self.records(whole.stdout)
    let partRecords = Self.records(parted.stdout)

    #expect(wholeRecords.filter { $0.type == "document" }.count == 1)
    #expect(partRecords.filter { $0.type == "document" }.count == 1)
    let document = try #require(partRecords.first)
    #expect(document.type == "document" && document.object["articles"] == nil)
    let wholeDocument = try #require(wholeRecords.first?.object)
    // A file of one part keeps its counts on the document line, as before parts.
    #expect(wholeDocument["articles"] as? Int == wholeRecords.filter { $0.type == "article" }.count)
    for key in ["path", "contentHash", "format", "encoding", "title", "date"] {
      #expect(
        "\(document.object[key] ?? "-")" == "\(wholeDocument[key] ?? "-")", "\(key) differs")
    }

    let starts = partRecords.filter { $0.type == "part" }.compactMap { $0.object["start"] as? Int }
    #expect(starts.count == 6 && starts.first == 0 && starts == starts.sorted())
    #expect(!wholeRecords.contains { $0.type == "part" })

    let content = { (records: [(type: String, object: [String: Any], line: String)]) in
      records.filter { $0.type == "article" || $0.type == "sentence" }.map(\.line)
    }
    #expect(content(wholeRecords).count > 100)
    #expect(content(partRecords) == content(wholeRecords))
  }

  @Test("the text outline in parts names the file once and says where each part starts")
  func textInParts() throws {
    let tupu = try #require(tupu, "build tupu first (swift build)")
    let folder = try ScratchFolder()
    try folder.write("year.txt", Self.year())
    let whole = try tupu.run(["inspect", "year.txt"], in: folder.path)
    let parted = try tupu.run(["inspect", "--part-bytes", "10000", "year.txt"], in: folder.path)
    #expect(whole.status == 0 && parted.status == 0)
    let lines = parted.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.filter { $0 == "year.txt" }.count == 1)
    #expect(lines.dropFirst().first?.contains("read in parts") == true)
    #expect(lines.filter { $0.hasPrefix("  part from character ") }.count == 6)
    let articleLines = { (output: String) in
      output.split(separator: "\n").filter { $0.hasPrefix("  article ") || $0.hasPrefix("    ") }
    }
    #expect(articleLines(parted.stdout) == articleLines(whole.stdout))
  }
}
