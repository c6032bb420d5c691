import Synchronization

/// A class of the graph as the extractor holds it: a small number, so that rules compare and
/// copy classes as integers, not as strings.
///
/// The built-in classes have fixed numbers (`.person`, `.district`…); a class an ontology folder
/// adds is numbered when its name is first read (`EntityClass("Museum")`), the same number for
/// the same name in the whole process. `name` gives back the ontology's identifier (`Person`,
/// `District`…), as facts and exports write it.
// NB: a mention's class is compared in nearly every rule (`className == .district`); as a
// String each comparison of two different classes was a call into the standard library, and
// each copy of a mention retained and released its class's string.
@frozen public struct EntityClass: Hashable, Sendable, CustomStringConvertible {
  @usableFromInline let number: UInt16

  @inlinable init(number: UInt16) { self.number = number }

  @inlinable public static var person: EntityClass { EntityClass(number: 0) }
  @inlinable public static var official: EntityClass { EntityClass(number: 1) }
  @inlinable public static var city: EntityClass { EntityClass(number: 2) }
  @inlinable public static var district: EntityClass { EntityClass(number: 3) }
  @inlinable public static var street: EntityClass { EntityClass(number: 4) }
  @inlinable public static var community: EntityClass { EntityClass(number: 5) }
  @inlinable public static var road: EntityClass { EntityClass(number: 6) }
  @inlinable public static var project: EntityClass { EntityClass(number: 7) }
  @inlinable public static var organization: EntityClass { EntityClass(number: 8) }
  @inlinable public static var meeting: EntityClass { EntityClass(number: 9) }
  @inlinable public static var place: EntityClass { EntityClass(number: 10) }

  /// The built-in classes' identifiers, in the order of their numbers.
  static let builtInNames = [
    "Person", "Official", "City", "District", "Street", "Community", "Road", "Project",
    "Organization", "Meeting", "Place",
  ]

  /// The class an ontology identifier names.
  public init(_ name: String) {
    if let index = Self.builtInNames.firstIndex(of: name) {
      number = UInt16(index)
      return
    }
    number = addedClasses.withLock { names in
      if let index = names.firstIndex(of: name) { return UInt16(Self.builtInNames.count + index) }
      precondition(Self.builtInNames.count + names.count < Int(UInt16.max), "too many classes")
      names.append(name)
      return UInt16(Self.builtInNames.count + names.count - 1)
    }
  }

  /// The ontology's identifier of the class.
  public var name: String {
    let index = Int(number)
    if index < Self.builtInNames.count { return Self.builtInNames[index] }
    return addedClasses.withLock { $0[index - Self.builtInNames.count] }
  }

  public var description: String { name }

  /// Whether the class is one an ontology folder added, not a built-in one.
  @inlinable public var isAdded: Bool { number > EntityClass.place.number }

  @inlinable public static func == (left: EntityClass, right: EntityClass) -> Bool {
    left.number == right.number
  }

  @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(number) }

  /// A hash of the class for the extractor's name keys.
  @inlinable public var digest: UInt64 { (UInt64(number) &+ 1) &* 0x9E37_79B9_7F4A_7C15 }
}

/// The names of the classes ontology folders added, by number less the built-in ones'.
private let addedClasses = Mutex<[String]>([])

/// A few built-in classes, tested by a bit each (a rule's `[.district, .street, .community]`).
///
/// A class an ontology folder adds is in no such set: the rules name built-in classes only.
@frozen public struct EntityClassSet: ExpressibleByArrayLiteral, Sendable {
  @usableFromInline var bits: UInt16 = 0

  @inlinable public init() {}

  // NB: inlinable, so that a set written in a rule is folded to its bits where it stands.
  @inlinable public init(arrayLiteral classes: EntityClass...) {
    for entityClass in classes { insert(entityClass) }
  }

  @inlinable public func contains(_ entityClass: EntityClass) -> Bool {
    !entityClass.isAdded && bits & (1 << entityClass.number) != 0
  }

  @inlinable public mutating func insert(_ entityClass: EntityClass) {
    // NB: a set of built-in classes only; an added class has no bit to set.
    if !entityClass.isAdded { bits |= 1 << entityClass.number }
  }
}
