extension Lexicon {
  /// The lexicon's tables, held by reference and copied on write.
  // NB: every sentence reader (and list reader, event frame…) holds a copy of the lexicon; with
  // its thirteen tables stored inline, each copy was thirteen retains and releases.
  @usableFromInline
  final class Tables: @unchecked Sendable {
    @usableFromInline @exclusivity(unchecked) var surnames = WordTable<Int>()
    @usableFromInline @exclusivity(unchecked) var suffixes = WordTable<Suffix>()
    @usableFromInline @exclusivity(unchecked) var leaderPosts = WordTable<LeaderPost>()
    @usableFromInline @exclusivity(unchecked) var bodies = WordTable<Body>()
    @usableFromInline @exclusivity(unchecked) var roles = WordTable<Role>()
    @usableFromInline @exclusivity(unchecked) var afterNamePosts = WordTable<AfterNamePost>()
    @usableFromInline @exclusivity(unchecked) var groups = WordTable<Int>()
    @usableFromInline @exclusivity(unchecked) var gazetteer = WordTable<EntityClass>()
    @usableFromInline @exclusivity(unchecked) var lists = [WordTable<Int>](
      repeating: WordTable<Int>(), count: ListName.allCases.count)
    @usableFromInline @exclusivity(unchecked) var scanStarts = ScalarSet()
    @usableFromInline @exclusivity(unchecked) var scanWords = WordTable<ScanWord>()
    @usableFromInline @exclusivity(unchecked) var bareCounties = WordTable<String>()

    @usableFromInline init() {}

    @usableFromInline func copy() -> Tables {
      let copy = Tables()
      copy.surnames = surnames
      copy.suffixes = suffixes
      copy.leaderPosts = leaderPosts
      copy.bodies = bodies
      copy.roles = roles
      copy.afterNamePosts = afterNamePosts
      copy.groups = groups
      copy.gazetteer = gazetteer
      copy.lists = lists
      copy.scanStarts = scanStarts
      copy.scanWords = scanWords
      copy.bareCounties = bareCounties
      return copy
    }
  }

  /// Makes the tables this lexicon's own before a change (a copy shares them).
  @inlinable
  mutating func ownTables() {
    if !isKnownUniquelyReferenced(&tables) { tables = tables.copy() }
  }

  @inlinable public var surnames: WordTable<Int> {
    get { tables.surnames }
    _modify {
      ownTables()
      yield &tables.surnames
    }
  }

  @inlinable public var suffixes: WordTable<Suffix> {
    get { tables.suffixes }
    _modify {
      ownTables()
      yield &tables.suffixes
    }
  }

  @inlinable public var leaderPosts: WordTable<LeaderPost> {
    get { tables.leaderPosts }
    _modify {
      ownTables()
      yield &tables.leaderPosts
    }
  }

  @inlinable public var bodies: WordTable<Body> {
    get { tables.bodies }
    _modify {
      ownTables()
      yield &tables.bodies
    }
  }

  @inlinable public var roles: WordTable<Role> {
    get { tables.roles }
    _modify {
      ownTables()
      yield &tables.roles
    }
  }

  @inlinable public var afterNamePosts: WordTable<AfterNamePost> {
    get { tables.afterNamePosts }
    _modify {
      ownTables()
      yield &tables.afterNamePosts
    }
  }

  @inlinable public var groups: WordTable<Int> {
    get { tables.groups }
    _modify {
      ownTables()
      yield &tables.groups
    }
  }

  /// Names of places written without a suffix: 四川, 南苏丹 (class in the payload).
  @inlinable public var gazetteer: WordTable<EntityClass> {
    get { tables.gazetteer }
    _modify {
      ownTables()
      yield &tables.gazetteer
    }
  }

  /// Every `words LIST …` list, indexed by `ListName` (an array: no hashing on the hot path).
  @inlinable public var lists: [WordTable<Int>] {
    get { tables.lists }
    _modify {
      ownTables()
      yield &tables.lists
    }
  }

  /// Every scalar a word the sentence scanner looks for starts with (`computeScanStarts`).
  @inlinable public var scanStarts: ScalarSet {
    get { tables.scanStarts }
    _modify {
      ownTables()
      yield &tables.scanStarts
    }
  }

  /// Every word the scanner looks for, in one table: one lookup per position.
  @inlinable public var scanWords: WordTable<ScanWord> {
    get { tables.scanWords }
    _modify {
      ownTables()
      yield &tables.scanWords
    }
  }

  /// Districts and counties by their bare names (朝天 → 朝天区), where a bare name belongs to
  /// one of them only and is no common word of the other lists (`computeScanStarts` fills it).
  @inlinable public var bareCounties: WordTable<String> {
    get { tables.bareCounties }
    _modify {
      ownTables()
      yield &tables.bareCounties
    }
  }
}
