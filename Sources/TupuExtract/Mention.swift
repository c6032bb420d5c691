import TupuOntology

/// A span of a sentence that names something, as recognition found it.
struct Mention: Sendable {
  enum Visibility: Sendable {
    /// An entity of the graph.
    case entity
    /// Written only inside another name or a post (青山区 in 青山区政协): a container, no node.
    case hidden
    /// Superseded by a later reading (an item of a project enumeration).
    case dropped
  }

  var start: Int
  var end: Int
  var className: EntityClass
  /// The name as written and normalized (folded suffix), before document-wide resolution.
  var name: String
  var visibility: Visibility = .entity
  /// The mention this one is written inside of (东湖街道 for 柳岸社区 in 东湖街道柳岸社区).
  var container: Int?
  /// How it was recognized, for debugging (`suffix`, `post-name`, `speech`…).
  var via: String
  /// For organizations: the level word a bare name starts with (区 in 区政协), to qualify it.
  var bareLevel: String?
  /// For a body written with its place (青山区政协): that place's name (青山区), a hint of the
  /// article's district even when the place is no entity of its own.
  var qualifier: String?
  /// For organizations: a party or government body (roles after it are official posts).
  var isBody = false
  /// After document resolution: the entity's canonical name and final class.
  var resolved: (name: String, className: EntityClass)?
  /// For persons: no word after the name marked where it ends (某某专题调研): its length is a
  /// guess the article's other mentions of the person may settle (`settleGuessedNameEnds`).
  var guessedEnd = false

  var isPlace: Bool {
    switch className {
    case .city, .district, .street, .community, .road, .place: true
    default: false
    }
  }
  var isDivision: Bool {
    switch className {
    case .city, .district, .street, .community: true
    default: false
    }
  }
  var isPerson: Bool { className == .person || className == .official }
}

/// A post read before or after a person's name: its title and the unit it belongs to.
struct PostLink: Sendable {
  enum Unit: Sendable {
    case mention(Int)
    /// A place of the article, by canonical name and class (区长 → the article's district).
    case named(String, EntityClass)
    /// A body named by text only, to resolve in the document (区政协 → 青山区政协).
    case bareBody(String, level: String?)
    /// The society an election is held in, its post written with no body (甲当选为第二届理事会
    /// 会长): the society the article names most, of the kind written (商会) or of any.
    case electingSociety(kind: String?)
  }

  var person: Int
  var title: String?
  var units: [Unit]
  var official: Bool
  var start: Int
  var end: Int
  /// A company's post (董事长, 副总经理), which titles its holder only when another post makes
  /// the holder an Official (the rulings: a company's party secretary is an Official).
  var companyTitle: String? = nil
}

/// A post token found in a sentence, before its names are attached.
struct PostToken: Sendable {
  var start: Int
  var end: Int
  var title: String?
  var units: [PostLink.Unit]
  var shared: Bool
  var official: Bool
  /// The body the post belongs to, for a role written alone after it (主席 after 政协党组书记).
  var baseBody: Int?
  /// The post is a private firm's (its holder a Person), for a role carried on after it.
  var privateFirm = false
  /// A company's post (holder=person), kept for a holder that another post makes an Official.
  var companyTitle: String?
}
