import Foundation
import Testing

/// A small tmpfs mounted for one test: a disk that fills up, or one made read-only. Needs
/// root (CI containers and the build machine run as root); elsewhere the tests that need it
/// do not run, and the read-only case uses file permissions instead.
final class ScratchMount {
  let path: String

  /// Whether this process can mount a tmpfs (tried once).
  static let available: Bool = {
    guard getuid() == 0, let probe = try? ScratchMount(kilobytes: 64) else { return false }
    _ = probe
    return true
  }()

  init(kilobytes: Int) throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tupu-mount-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path])
    else {
      try? FileManager.default.removeItem(atPath: path)
      throw TupuRun.CheckFailure("cannot mount a tmpfs at \(path)")
    }
  }

  func remountReadOnly() throws {
    guard Self.run("/bin/mount", ["-o", "remount,ro", path]) else {
      throw TupuRun.CheckFailure("cannot remount \(path) read-only")
    }
  }

  deinit {
    _ = Self.run("/bin/umount", [path])
    try? FileManager.default.removeItem(atPath: path)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

@Suite("The machine's trouble, named as the machine's")
struct StoreEnvironmentTests {
  static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")
  static let page = examples.appendingPathComponent("weidu-district-news-page.txt").path

  @Test(
    "a read-only store is queried, counted and exported; writing it says why, not 'a bug'",
    .enabled(if: ScratchMount.available || getuid() != 0))
  func readOnlyStore() throws {
    let folder = try ScratchFolder()
    var mount: ScratchMount?
    let store: String
    if ScratchMount.available {
      let disk = try ScratchMount(kilobytes: 8192)
      mount = disk
      store = disk.file("store.sqlite")
    } else {
      try FileManager.default.createDirectory(
        atPath: folder.file("ro"), withIntermediateDirectories: true)
      store = folder.file("ro/store.sqlite")
    }
    let ingest = try TupuRun.tupu(["ingest", "--db", store, Self.page], in: folder.path)
    try #require(ingest.status == 0, "\(ingest.stderr)")
    if let mount {
      try mount.remountReadOnly()
    } else {
      chmod(store, 0o444)
      chmod(folder.file("ro"), 0o555)
    }
    defer { chmod(folder.file("ro"), 0o755) }
    let before = FileManager.default.contents(atPath: store)
    let query = try TupuRun.tupu(
      ["query", "--db", store, "--format", "tsv", "何长成 reviews 万容科技"], in: folder.path)
    #expect(query.status == 0, "\(query.stderr)")
    #expect(query.stdout == "yes\n")
    let stats = try TupuRun.tupu(["stats", "--db", store], in: folder.path)
    #expect(stats.status == 0, "\(stats.stderr)")
    #expect(stats.stdout.hasPrefix("documents\t1\n"))
    let export = try TupuRun.tupu(["export", "--db", store], in: folder.path)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("何长成\ttype\tOfficial\n"))
    let describe = try TupuRun.tupu(["describe", "--db", store, "何长成"], in: folder.path)
    #expect(describe.status == 0, "\(describe.stderr)")
    try folder.write("more.tsv", "甲\ttype\tOfficial\n")
    let more = try TupuRun.tupu(["ingest", "--db", store, "more.tsv"], in: folder.path)
    #expect(more.status == 3)
    #expect(
      more.stderr.hasPrefix(
        "error: cannot write the store \(store): the file or its folder is read-only"),
      "\(more.stderr)")
    #expect(more.stderr.contains("this is the machine, not tupu"))
    #expect(!more.stderr.contains("bug"))
    #expect(FileManager.default.contents(atPath: store) == before)
  }

  @Test(
    "a full disk during ingest: exit 3, 'the disk is full', nothing stored lost",
    .enabled(if: ScratchMount.available))
  func fullDisk() throws {
    let folder = try ScratchFolder()
    let disk = try ScratchMount(kilobytes: 160)
    let store = disk.file("store.sqlite")
    let run = try TupuRun.tupu(["ingest", "--db", store, Self.page], in: folder.path)
    #expect(run.status == 3)
    #expect(
      run.stderr.contains("error: cannot write the store \(store): the disk is full"),
      "\(run.stderr)")
    #expect(!run.stderr.contains("bug"))
  }
}
