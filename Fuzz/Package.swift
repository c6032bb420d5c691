// swift-tools-version:6.0
// libFuzzer targets, kept out of the main package so that `swift build` / `swift test` never
// build them. Build and run them with `scripts/fuzz [SECONDS]` (it passes the sanitizer flags).
import PackageDescription

let package = Package(
  name: "TupuFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Tupu", path: "..")],
  targets: [
    // The query language: parse → check → plan → compile to SQL → run on a small store.
    .executableTarget(
      name: "FuzzQuery",
      dependencies: [
        .product(name: "TupuQuery", package: "Tupu"), .product(name: "TupuStore", package: "Tupu"),
        .product(name: "TupuGraph", package: "Tupu"),
        .product(name: "TupuDiagnostics", package: "Tupu"),
      ]),
    // The text pipeline: decode → repair → split → extract.
    .executableTarget(
      name: "FuzzText",
      dependencies: [
        .product(name: "TupuText", package: "Tupu"), .product(name: "TupuExtract", package: "Tupu"),
        .product(name: "TupuOntology", package: "Tupu"), .product(name: "TupuGraph", package: "Tupu"),
      ]),
    // The ontology loader (one .tupu file) and the caret renderer of its diagnostics.
    .executableTarget(
      name: "FuzzOntology",
      dependencies: [
        .product(name: "TupuOntology", package: "Tupu"),
        .product(name: "TupuDiagnostics", package: "Tupu"),
      ]),
    // The facts-file readers: TSV (gold format), N-Triples and JSON Lines (tupu extract),
    // unchecked and checked against the ontology.
    .executableTarget(
      name: "FuzzFacts",
      dependencies: [
        .product(name: "TupuGraph", package: "Tupu"),
        .product(name: "TupuOntology", package: "Tupu"),
        .product(name: "TupuDiagnostics", package: "Tupu"),
      ]),
  ]
)
