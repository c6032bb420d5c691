import Foundation
import TupuDiagnostics
import TupuOntology

/// One libFuzzer input: an ontology folder of one `.tupu` file. Every problem must come back
/// as a diagnostic that renders (caret, display width) without a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOntology(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Data(UnsafeBufferPointer(start: $0, count: count)) } ?? Data()
  guard FileManager.default.createFile(atPath: FuzzFolder.file, contents: bytes) else {
    fatalError("cannot write \(FuzzFolder.file)")
  }
  do {
    _ = try Ontology.load(directory: FuzzFolder.path)
  } catch let error as OntologyError {
    let renderer = DiagnosticRenderer(useColor: true)
    for diagnostic in error.diagnostics { _ = renderer.render(diagnostic) }
  } catch {
    fatalError("an ontology error that is not an OntologyError: \(error)")
  }
  return 0
}

/// A folder of this process holding the one file.
enum FuzzFolder {
  static let path: String = {
    let folder = NSTemporaryDirectory() + "tupu-fuzz-ontology-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }()
  static var file: String { path + "/fuzz.tupu" }
}
