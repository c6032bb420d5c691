import TupuDiagnostics
import TupuOntology

/// A name of a class group (Person for officials too), the key of a document's canonical
/// names: compared and hashed by the UTF-8 bytes of both, as `ExactText` is.
///
/// NB: the key used to be one string (class, a separator, the name), made for every lookup of
/// every mention; two strings kept side by side make none.
struct NameKey: Hashable, Sendable {
  let group: EntityClass
  let name: String

  init(_ group: EntityClass, _ name: String) {
    self.group = group
    self.name = name
  }

  static func == (left: NameKey, right: NameKey) -> Bool {
    left.group == right.group && ExactText.same(left.name, right.name)
  }

  func hash(into hasher: inout Hasher) {
    // NB: one integer for both (each `combine` of the hasher is a round of its mixing).
    hasher.combine(digest)
  }

  // NB: what Set and Dictionary call: the digest mixed with the table's seed, no Hasher.
  func _rawHashValue(seed: Int) -> Int { ByteDigest.tableHash(digest, seed: seed) }

  private var digest: UInt64 {
    ExactText.digest(name) &+ group.digest &* 0x94D0_49BB_1331_11EB
  }
}
