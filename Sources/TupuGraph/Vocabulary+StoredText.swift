/// The vocabulary as lines of tab-separated fields, as the store keeps it, so that a query
/// process learns classes, labels, aliases and rules from the store without parsing an ontology.
///
///     class<TAB>Official<TAB>官员<TAB>Person<TAB>summary
///     predicate<TAB>chairs<TAB>主持<TAB>主持召开,召开<TAB>entity<TAB>summary
///     predicate<TAB>title<TAB>职务<TAB>职位<TAB>literal<TAB>summary<TAB>Official<TAB>
///     rule<TAB>chair-reviews<TAB>?x<TAB>reviews<TAB>?p<TAB>?x<TAB>chairs<TAB>?m<TAB>…
///
/// A predicate with a signature has two more fields, its subject and object classes (commas
/// between them); one without keeps the six fields stores wrote before signatures, which still
/// load. A rule's head comes first, then its body atoms, three fields each. Tabs, newlines and
/// backslashes inside a field are escaped.
extension Vocabulary {
  public var storedText: String {
    var lines: [String] = []
    for info in classes {
      lines.append(Self.line(["class", info.id, info.label, info.parent ?? "", info.summary]))
    }
    for info in predicates {
      var fields = [
        "predicate", info.id, info.label, info.aliases.joined(separator: ","),
        info.literalObject ? "literal" : "entity", info.summary,
      ]
      if info.hasSignature {
        fields += [
          info.subjectClasses.joined(separator: ","), info.objectClasses.joined(separator: ","),
        ]
      }
      lines.append(Self.line(fields))
    }
    for rule in rules {
      var fields = ["rule", rule.id]
      for atom in [rule.head] + rule.body {
        fields += [atom.subject, atom.predicate, atom.object]
      }
      lines.append(Self.line(fields))
    }
    return lines.joined(separator: "\n")
  }

  /// Reads `storedText` back; nil when a line is not one it writes (a store from elsewhere).
  public init?(storedText: String) {
    var classes: [ClassInfo] = []
    var predicates: [PredicateInfo] = []
    var rules: [InferenceRule] = []
    for line in storedText.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        .map(Self.unescape)
      switch fields.first {
      case "class" where fields.count == 5:
        classes.append(
          ClassInfo(
            id: fields[1], label: fields[2], parent: fields[3].isEmpty ? nil : fields[3],
            summary: fields[4]))
      case "predicate" where fields.count == 6 || fields.count == 8:
        func classes(_ index: Int) -> [String] {
          index < fields.count ? fields[index].split(separator: ",").map(String.init) : []
        }
        predicates.append(
          PredicateInfo(
            id: fields[1], label: fields[2],
            aliases: fields[3].split(separator: ",").map(String.init),
            literalObject: fields[4] == "literal", summary: fields[5],
            subjectClasses: classes(6), objectClasses: classes(7)))
      case "rule" where fields.count >= 8 && (fields.count - 2) % 3 == 0:
        let atoms = stride(from: 2, to: fields.count, by: 3).map {
          InferenceRule.Atom(fields[$0], fields[$0 + 1], fields[$0 + 2])
        }
        rules.append(InferenceRule(id: fields[1], body: Array(atoms.dropFirst()), head: atoms[0]))
      default:
        return nil
      }
    }
    self.init(classes: classes, predicates: predicates, rules: rules)
  }

  private static func line(_ fields: [String]) -> String {
    fields.map(TSVText.escaped).joined(separator: "\t")
  }

  private static func unescape(_ field: Substring) -> String {
    // NB: over bytes; `contains("\\")` is Foundation's substring search here, slow at start.
    guard field.utf8.contains(UInt8(ascii: "\\")) else { return String(field) }
    var out = ""
    var escaping = false
    for character in field {
      if escaping {
        switch character {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        default: out.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    return out
  }
}
