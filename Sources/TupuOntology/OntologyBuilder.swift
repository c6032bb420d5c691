import TupuDiagnostics
import TupuGraph

/// Reads ontology lines into an `Ontology`, collecting every problem with its file and line.
///
/// Classes and predicates are read first, whatever the file order, so that any line may refer
/// to them.
struct OntologyBuilder {
  private(set) var problems: [Diagnostic] = []
  private var lines: [OntologyLine] = []
  private var classes: [Vocabulary.ClassInfo] = []
  private var predicates: [Vocabulary.PredicateInfo] = []
  private var rules: [InferenceRule] = []
  private var patterns: [ExtractionPattern] = []
  private var lexicon = Lexicon()
  /// The words of the lexicon's tables, gathered in line order; `finish` builds the tables.
  private var words = LexiconWords()

  static let keywords = [
    "class", "predicate", "rule", "pattern", "words", "suffix", "leader", "body", "role", "group",
    "after-name", "place",
  ]
  static let levels = [
    "区", "县", "旗", "市", "盟", "州", "省", "自治区", "街道", "街", "镇", "乡", "社区", "村", "苏木", "嘎查", "nation",
  ]

  var ontology: Ontology {
    var scanning = lexicon
    scanning.computeScanStarts()
    return Ontology(
      vocabulary: Vocabulary(classes: classes, predicates: predicates, rules: rules),
      lexicon: scanning, patterns: patterns)
  }

  mutating func read(_ text: String, file: String) {
    // NB: lines found over the UTF-8 bytes, not as Characters (37M instructions at every start)
    // nor through the UTF-8 view's indices (10M). The same lines: a line feed ends one unless a
    // carriage return stands before it ("\r\n" is one Character, which is not "\n").
    var text = text
    let feeds = text.withUTF8 { bytes in
      var feeds: [Int] = []
      var previous: UInt8 = 0
      for (offset, byte) in bytes.enumerated() {
        if byte == 0x0A, previous != 0x0D { feeds.append(offset) }
        previous = byte
      }
      return feeds
    }
    let utf8 = text.utf8
    var start = utf8.startIndex
    for (number, end) in (feeds + [utf8.count]).enumerated() {
      let index = utf8.index(utf8.startIndex, offsetBy: end)
      if let line = OntologyLine.parse(text[start..<index], file: file, number: number + 1) {
        lines.append(line)
      }
      if index < utf8.endIndex { start = utf8.index(after: index) }
    }
  }

  mutating func finish() {
    for line in lines where line.keyword == "class" { readClass(line) }
    for line in lines where line.keyword == "predicate" { readPredicate(line) }
    checkParents()
    for line in lines {
      switch line.keyword {
      case "class", "predicate": break
      case "rule": readRule(line)
      case "pattern": readPattern(line)
      case "words": readWords(line)
      case "suffix": readSuffix(line)
      case "leader": readLeader(line)
      case "body": readBody(line)
      case "role": readRole(line)
      case "group": readGroup(line)
      case "after-name": readAfterName(line)
      case "place": readPlace(line)
      default:
        fail(
          line, "unknown line kind '\(line.keyword)'", at: line.keyword,
          hint: Suggestions.hint(for: line.keyword, in: Self.keywords)
            ?? "a line starts with one of: \(Self.keywords.joined(separator: ", "))")
      }
    }
    words.build(into: &lexicon)
    if classes.isEmpty && problems.isEmpty {
      problems.append(
        Diagnostic(
          "the ontology defines no class", hint: "add `class ID 标签` lines (see Ontology/README.md)"
        ))
    }
  }

  // MARK: Problems

  private mutating func fail(
    _ line: OntologyLine, _ message: String, at field: String? = nil, hint: String? = nil
  ) {
    let column = field.flatMap { line.column(of: $0) }
    problems.append(
      Diagnostic(
        message, at: SourceLocation(source: line.file, line: line.number, column: column),
        sourceLine: line.text, length: field.map { $0.count } ?? 1, hint: hint))
  }

  private mutating func checkOptions(_ line: OntologyLine, allowed: [String]) {
    for key in line.options.keys.sorted() where !allowed.contains(key) {
      fail(
        line, "unknown option '\(key)' for \(line.keyword)", at: key + "=",
        hint: Suggestions.hint(for: key, in: allowed)
          ?? (allowed.isEmpty ? "\(line.keyword) takes no option" : "options: \(allowed.joined(separator: ", "))"))
    }
  }

  private mutating func requireArguments(_ line: OntologyLine, _ count: Int, _ usage: String) -> Bool {
    guard line.arguments.count >= count else {
      fail(line, "\(line.keyword) needs \(usage)", at: line.keyword, hint: "write: \(line.keyword) \(usage)")
      return false
    }
    return true
  }

  private mutating func number(_ line: OntologyLine, _ key: String, default value: Int) -> Int {
    guard let text = line.options[key] else { return value }
    guard let parsed = Int(text), parsed >= 0 else {
      fail(line, "\(key) must be a whole number, not '\(text)'", at: "\(key)=\(text)")
      return value
    }
    return parsed
  }

  private mutating func flag(_ line: OntologyLine, _ key: String) -> Bool {
    guard let text = line.options[key] else { return false }
    switch text {
    case "yes", "true": return true
    case "no", "false": return false
    default:
      fail(line, "\(key) must be yes or no, not '\(text)'", at: "\(key)=\(text)")
      return false
    }
  }

  private mutating func checkClass(_ line: OntologyLine, _ name: String) -> Bool {
    guard classes.contains(where: { $0.id == name }) else {
      fail(
        line, "unknown class '\(name)'", at: name,
        hint: Suggestions.hint(for: name, in: classes.map(\.id)))
      return false
    }
    return true
  }

  private mutating func checkLevel(_ line: OntologyLine) -> String? {
    guard let level = line.options["level"] else {
      fail(line, "\(line.keyword) needs level=", at: line.keyword, hint: "levels: \(Self.levels.joined(separator: " "))")
      return nil
    }
    guard Self.levels.contains(level) else {
      fail(line, "unknown level '\(level)'", at: "level=\(level)", hint: "levels: \(Self.levels.joined(separator: " "))")
      return nil
    }
    return level
  }

  // MARK: Vocabulary

  private mutating func readClass(_ line: OntologyLine) {
    checkOptions(line, allowed: ["parent"])
    guard requireArguments(line, 2, "ID 中文标签 [parent=ID]") else { return }
    let id = line.arguments[0]
    if classes.contains(where: { $0.id == id }) {
      fail(line, "class \(id) is defined twice", at: id)
      return
    }
    classes.append(
      Vocabulary.ClassInfo(
        id: id, label: line.arguments[1], parent: line.options["parent"], summary: line.summary))
  }

  private mutating func checkParents() {
    for line in lines where line.keyword == "class" {
      guard let parent = line.options["parent"] else { continue }
      _ = checkClass(line, parent)
    }
  }

  private mutating func readPredicate(_ line: OntologyLine) {
    checkOptions(line, allowed: ["aliases", "subject", "object"])
    let usage = "ID 中文标签 [aliases=词,词] [subject=Class,Class] [object=literal|Class,Class]"
    guard requireArguments(line, 2, usage) else { return }
    let id = line.arguments[0]
    if predicates.contains(where: { $0.id == id }) {
      fail(line, "predicate \(id) is defined twice", at: id)
      return
    }
    let object = line.options["object"] ?? "entity"
    let literal = object == "literal"
    let subjectClasses = signatureClasses(line, "subject")
    let objectClasses = literal || object == "entity" ? [] : signatureClasses(line, "object")
    let aliases = (line.options["aliases"] ?? "").split(separator: ",").map(String.init)
    predicates.append(
      Vocabulary.PredicateInfo(
        id: id, label: line.arguments[1], aliases: aliases, literalObject: literal,
        summary: line.summary, subjectClasses: subjectClasses, objectClasses: objectClasses))
  }

  /// The classes of a predicate's `subject=` or `object=` option, each checked to exist (an
  /// unknown one is reported under its own place in the option, with a did-you-mean hint).
  private mutating func signatureClasses(_ line: OntologyLine, _ key: String) -> [String] {
    guard let value = line.options[key] else { return [] }
    let option = "\(key)=\(value)"
    let start = line.column(of: option).map { $0 + key.count + 1 }
    var classes: [String] = []
    var offset = 0
    for item in value.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      defer { offset += item.count + 1 }
      if classes.contains(item) { continue }
      if self.classes.contains(where: { $0.id == item }) {
        classes.append(item)
        continue
      }
      let message =
        item.isEmpty ? "\(key)= has an empty class" : "unknown class '\(item)' in \(key)="
      var hint = Suggestions.hint(for: item, in: self.classes.map(\.id))
      if key == "object", hint == nil { hint = "object= takes literal, entity or classes" }
      problems.append(
        Diagnostic(
          message,
          at: SourceLocation(
            source: line.file, line: line.number, column: start.map { $0 + offset }),
          sourceLine: line.text, length: max(item.count, 1), hint: hint))
    }
    return classes
  }

  private mutating func checkPredicate(_ line: OntologyLine, _ name: String) -> Bool {
    guard predicates.contains(where: { $0.id == name }) else {
      fail(
        line, "unknown predicate '\(name)'", at: name,
        hint: Suggestions.hint(for: name, in: predicates.map(\.id)))
      return false
    }
    return true
  }

  /// `rule ID: ?x p ?y, ?y q ?z => ?x r ?z`
  private mutating func readRule(_ line: OntologyLine) {
    let text = line.text.trimmingCharacters(in: .whitespaces)
    let afterKeyword = text.dropFirst("rule".count)
    guard let colon = afterKeyword.firstIndex(of: ":") else {
      fail(line, "a rule needs an id and a colon", at: "rule", hint: "write: rule ID: ?x p ?y, ?y q ?z => ?x r ?z")
      return
    }
    let id = afterKeyword[..<colon].trimmingCharacters(in: .whitespaces)
    let definition = afterKeyword[afterKeyword.index(after: colon)...]
    guard !id.isEmpty else {
      fail(line, "a rule needs an id before the colon", at: ":")
      return
    }
    if rules.contains(where: { $0.id == id }) {
      fail(line, "rule \(id) is defined twice", at: id)
      return
    }
    let halves = definition.components(separatedBy: "=>")
    guard halves.count == 2 else {
      fail(line, "a rule needs exactly one =>", at: id, hint: "write: rule ID: ?x p ?y, ?y q ?z => ?x r ?z")
      return
    }
    var atoms: [InferenceRule.Atom] = []
    var valid = true
    for part in halves[0].split(separator: ",") + [Substring(halves[1])] {
      let terms = part.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      guard terms.count == 3 else {
        fail(
          line, "'\(part.trimmingCharacters(in: .whitespaces))' is not a triple pattern",
          at: part.trimmingCharacters(in: .whitespaces), hint: "a pattern is: subject predicate object")
        valid = false
        continue
      }
      if !checkPredicate(line, terms[1]) { valid = false }
      atoms.append(InferenceRule.Atom(terms[0], terms[1], terms[2]))
    }
    guard valid, let head = atoms.last else { return }
    let body = Array(atoms.dropLast())
    let bound = Set(body.flatMap { [$0.subject, $0.object] }.filter { $0.hasPrefix("?") })
    for variable in [head.subject, head.object] where variable.hasPrefix("?") && !bound.contains(variable) {
      fail(line, "\(variable) in the conclusion is not bound by the conditions", at: variable)
      valid = false
    }
    if valid { rules.append(InferenceRule(id: id, body: body, head: head)) }
  }

  private mutating func readPattern(_ line: OntologyLine) {
    checkOptions(line, allowed: ["cues"])
    guard requireArguments(line, 3, "ID PREDICATE MATCHER [cues=词,词]") else { return }
    let id = line.arguments[0]
    if patterns.contains(where: { $0.id == id }) {
      fail(line, "pattern \(id) is defined twice", at: id)
      return
    }
    var valid = checkPredicate(line, line.arguments[1])
    let matcher = line.arguments[2]
    if ExtractionPattern.matchers[matcher] == nil {
      fail(
        line, "unknown matcher '\(matcher)'", at: matcher,
        hint: Suggestions.hint(for: matcher, in: ExtractionPattern.matchers.keys)
          ?? "matchers: \(ExtractionPattern.matchers.keys.sorted().joined(separator: ", "))")
      valid = false
    }
    let cues = (line.options["cues"] ?? "").split(separator: ",").map(String.init)
    if valid {
      patterns.append(
        ExtractionPattern(id: id, predicate: line.arguments[1], matcher: matcher, cues: cues))
    }
  }

  // MARK: Lexicon

  private mutating func readWords(_ line: OntologyLine) {
    checkOptions(line, allowed: [])
    guard requireArguments(line, 2, "LIST 词 词 …") else { return }
    let name = line.arguments[0]
    guard Lexicon.knownLists[name] != nil, let list = Lexicon.ListName(name: name) else {
      fail(
        line, "unknown word list '\(name)'", at: name,
        hint: Suggestions.hint(for: name, in: Lexicon.knownLists.keys)
          ?? "lists: \(Lexicon.knownLists.keys.sorted().joined(separator: ", "))")
      return
    }
    for word in line.arguments.dropFirst() {
      words.lists[list.rawValue].append((Array(word.unicodeScalars), line.number))
    }
    if name == "surname" || name == "double-surname" {
      for word in line.arguments.dropFirst() {
        words.surnames.append((Array(word.unicodeScalars), word.unicodeScalars.count))
      }
    }
  }

  private mutating func readSuffix(_ line: OntologyLine) {
    checkOptions(line, allowed: ["min", "max", "kind", "fold"])
    guard requireArguments(line, 2, "CLASS SUFFIX… [min=N] [max=N] [kind=KIND] [fold=SUFFIX]") else { return }
    guard checkClass(line, line.arguments[0]) else { return }
    let kindName = line.options["kind"] ?? "division"
    guard let kind = Lexicon.SuffixKind(rawValue: kindName) else {
      fail(
        line, "unknown suffix kind '\(kindName)'", at: "kind=\(kindName)",
        hint: Suggestions.hint(for: kindName, in: Lexicon.SuffixKind.allCases.map(\.rawValue))
          ?? "kinds: \(Lexicon.SuffixKind.allCases.map(\.rawValue).joined(separator: ", "))")
      return
    }
    let minimum = number(line, "min", default: 2)
    let maximum = number(line, "max", default: 8)
    if maximum < minimum {
      fail(line, "max (\(maximum)) is below min (\(minimum))", at: "max=")
      return
    }
    for word in line.arguments.dropFirst() {
      words.suffixes.append((
        Array(word.unicodeScalars),
        Lexicon.Suffix(
          text: word, className: EntityClass(line.arguments[0]), minimum: minimum, maximum: maximum, kind: kind,
          fold: line.options["fold"])))
    }
  }

  private mutating func readLeader(_ line: OntologyLine) {
    checkOptions(line, allowed: ["level", "shared"])
    guard requireArguments(line, 1, "POST… level=LEVEL [shared=yes]"), let level = checkLevel(line) else { return }
    let shared = flag(line, "shared")
    for post in line.arguments {
      if level != "nation" && !post.contains(level) {
        fail(line, "the post \(post) does not name its level \(level)", at: post,
             hint: "the level is the place word in the post (区委书记, 副区长: level=区)")
        continue
      }
      words.leaderPosts.append(
        (Array(post.unicodeScalars), Lexicon.LeaderPost(title: post, level: level, shared: shared)))
    }
  }

  private mutating func readBody(_ line: OntologyLine) {
    checkOptions(line, allowed: ["level"])
    guard requireArguments(line, 1, "NAME… level=LEVEL"), let level = checkLevel(line) else { return }
    for name in line.arguments {
      words.bodies.append((Array(name.unicodeScalars), Lexicon.Body(name: name, level: level)))
    }
  }

  private static let impliedBodies = ["党工委", "纪工委", "党支部", "党总支", "工委", "党委", "党组", "纪委"]

  private mutating func readRole(_ line: OntologyLine) {
    checkOptions(line, allowed: ["holder", "sub", "shared"])
    guard requireArguments(line, 1, "ROLE… [holder=person] [sub=BODY] [shared=yes]") else { return }
    let holder = line.options["holder"] ?? "official"
    if holder != "official" && holder != "person" {
      fail(line, "holder must be official or person, not '\(holder)'", at: "holder=\(holder)")
    }
    let shared = flag(line, "shared")
    for title in line.arguments {
      let implied = Self.impliedBodies.first { body in
        title.hasPrefix(body) && (title == body + "书记" || title == body + "副书记")
      }
      words.roles.append((
        Array(title.unicodeScalars),
        Lexicon.Role(
          title: title, holderIsPerson: holder == "person", shared: shared,
          subBody: line.options["sub"], impliedBody: implied)))
    }
  }

  private mutating func readGroup(_ line: OntologyLine) {
    checkOptions(line, allowed: [])
    guard requireArguments(line, 1, "WORD…") else { return }
    for word in line.arguments { words.groups.append((Array(word.unicodeScalars), line.number)) }
  }

  private mutating func readAfterName(_ line: OntologyLine) {
    checkOptions(line, allowed: ["level"])
    guard requireArguments(line, 1, "POST… [level=LEVEL]") else { return }
    let level = line.options["level"] ?? "body"
    if level != "body" && !Self.levels.contains(level) {
      fail(line, "unknown level '\(level)'", at: "level=\(level)", hint: "levels: \(Self.levels.joined(separator: " "))")
      return
    }
    for title in line.arguments {
      words.afterNamePosts.append(
        (Array(title.unicodeScalars), Lexicon.AfterNamePost(title: title, level: level)))
    }
  }

  private mutating func readPlace(_ line: OntologyLine) {
    checkOptions(line, allowed: [])
    guard requireArguments(line, 2, "CLASS 名 名 …"), checkClass(line, line.arguments[0]) else { return }
    for name in line.arguments.dropFirst() {
      words.gazetteer.append((Array(name.unicodeScalars), EntityClass(line.arguments[0])))
    }
  }
}

/// The words of the lexicon's tables in line order, made tables at once (`WordTable(_:)`).
// NB: inserted one by one, the ontology's words took 36M instructions at every start.
struct LexiconWords {
  typealias Words<Payload> = [(word: [Unicode.Scalar], payload: Payload)]
  var lists = [Words<Int>](repeating: [], count: Lexicon.ListName.allCases.count)
  var surnames: Words<Int> = []
  var suffixes: Words<Lexicon.Suffix> = []
  var leaderPosts: Words<Lexicon.LeaderPost> = []
  var bodies: Words<Lexicon.Body> = []
  var roles: Words<Lexicon.Role> = []
  var groups: Words<Int> = []
  var afterNamePosts: Words<Lexicon.AfterNamePost> = []
  var gazetteer: Words<EntityClass> = []

  /// Makes the tables of `lexicon` (empty ones stay as they are).
  func build(into lexicon: inout Lexicon) {
    for (index, words) in lists.enumerated() where !words.isEmpty {
      lexicon.lists[index] = WordTable(words)
    }
    if !surnames.isEmpty { lexicon.surnames = WordTable(surnames) }
    if !suffixes.isEmpty { lexicon.suffixes = WordTable(suffixes) }
    if !leaderPosts.isEmpty { lexicon.leaderPosts = WordTable(leaderPosts) }
    if !bodies.isEmpty { lexicon.bodies = WordTable(bodies) }
    if !roles.isEmpty { lexicon.roles = WordTable(roles) }
    if !groups.isEmpty { lexicon.groups = WordTable(groups) }
    if !afterNamePosts.isEmpty { lexicon.afterNamePosts = WordTable(afterNamePosts) }
    if !gazetteer.isEmpty { lexicon.gazetteer = WordTable(gazetteer) }
  }
}
