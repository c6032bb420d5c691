// swift-tools-version:6.0
// The package is the architecture diagram: one target per stage of the data flow,
// each importing only what lies upstream of it (see DESIGN.md and README.md).
import PackageDescription

let package = Package(
  name: "Tupu",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tupu", targets: ["tupu"]),
    .executable(name: "tupu-bench", targets: ["tupu-bench"]),
    // Libraries for the fuzz targets in Fuzz/ (a package of its own, outside the normal build).
    .library(name: "TupuDiagnostics", targets: ["TupuDiagnostics"]),
    .library(name: "TupuGraph", targets: ["TupuGraph"]),
    .library(name: "TupuOntology", targets: ["TupuOntology"]),
    .library(name: "TupuText", targets: ["TupuText"]),
    .library(name: "TupuExtract", targets: ["TupuExtract"]),
    .library(name: "TupuQuery", targets: ["TupuQuery"]),
    .library(name: "TupuStore", targets: ["TupuStore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
  ],
  targets: [
    // MARK: Outside systems, each owned by exactly one target
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    // SHA-256 rounds on the CPU's SHA extensions (x86-64), for the document key.
    // NB: DWARF 4, not clang's default 5: valgrind 3.19 (callgrind, our instruction counts)
    // gives up on a binary with DWARF 5 from C.
    .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),

    // MARK: Shared values
    .target(name: "TupuDiagnostics", dependencies: ["CSHA256"]),
    .target(name: "TupuGraph", dependencies: ["TupuDiagnostics"]),

    // MARK: Reading and understanding text
    .target(name: "TupuText", dependencies: ["TupuGraph", "TupuDiagnostics"]),
    // The built-in ontology is compiled in (BuiltIn links to Ontology/), so the binary stands alone.
    .target(
      name: "TupuOntology", dependencies: ["TupuGraph", "TupuDiagnostics"],
      resources: [.embedInCode("BuiltIn")]),
    .target(
      name: "TupuExtract", dependencies: ["TupuText", "TupuOntology", "TupuGraph", "TupuDiagnostics"]),
    .target(
      name: "TupuEval", dependencies: ["TupuExtract", "TupuText", "TupuGraph", "TupuDiagnostics"]),

    // MARK: Asking and storing
    .target(name: "TupuQuery", dependencies: ["TupuOntology", "TupuGraph", "TupuDiagnostics"]),
    .target(name: "TupuStore", dependencies: ["CSQLite", "TupuGraph", "TupuDiagnostics"]),
    .target(name: "TupuExport", dependencies: ["TupuGraph", "TupuOntology"]),

    // MARK: Meeting people
    // The web explorer (`tupu serve`): the only target that knows HTTP.
    .target(
      name: "TupuServe",
      dependencies: [
        "TupuQuery", "TupuStore", "TupuExport", "TupuOntology", "TupuGraph", "TupuDiagnostics",
        .product(name: "Hummingbird", package: "hummingbird"),
      ]),
    .target(
      name: "TupuShell",
      dependencies: [
        "CReadline", "TupuQuery", "TupuStore", "TupuExport", "TupuOntology", "TupuDiagnostics",
      ]),
    .executableTarget(
      name: "tupu",
      dependencies: [
        "TupuDiagnostics", "TupuGraph", "TupuText", "TupuOntology", "TupuExtract", "TupuEval",
        "TupuQuery", "TupuStore", "TupuExport", "TupuShell", "TupuServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "tupu-bench",
      dependencies: [
        "CSQLite", "TupuGraph", "TupuText", "TupuOntology", "TupuExtract", "TupuQuery",
        "TupuStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // MARK: Specifications
    .testTarget(name: "TupuTextTests", dependencies: ["TupuText", "TupuDiagnostics"]),
    .testTarget(name: "TupuStoreTests", dependencies: ["TupuStore", "TupuGraph"]),
    .testTarget(
      name: "TupuExtractTests",
      dependencies: ["TupuExtract", "TupuEval", "TupuOntology", "TupuText", "TupuGraph"]),
    .testTarget(
      name: "TupuQueryTests",
      dependencies: ["TupuQuery", "TupuStore", "TupuOntology", "TupuGraph", "TupuDiagnostics"]),
    .testTarget(
      name: "TupuExportTests", dependencies: ["TupuExport", "TupuGraph", "TupuOntology"],
      exclude: ["Golden"]),
    .testTarget(
      name: "TupuShellTests",
      dependencies: [
        "TupuShell", "TupuQuery", "TupuStore", "TupuOntology", "TupuExport", "TupuGraph",
      ]),
    .testTarget(name: "TupuCommandTests", dependencies: ["TupuGraph"]),
    .testTarget(name: "TupuServeTests", dependencies: ["TupuServe", "TupuGraph"]),
  ]
)
