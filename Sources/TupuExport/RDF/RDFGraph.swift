import TupuGraph

/// The triples an RDF export writes, in the order it writes them, handed one by one to a
/// serializer (never held all at once: evidence makes twelve triples of every fact). N-Triples
/// and Turtle spell the same sequence, so they always hold the same triples.
enum RDFGraph {
  enum Node: Hashable, Sendable {
    case iri(String)
    case blank(String)
    /// A string literal, with a language tag or a datatype IRI.
    case literal(String, language: String? = nil, datatype: String? = nil)

    static func integer(_ value: Int) -> Node {
      .literal(String(value), datatype: RDFNaming.xsd + "integer")
    }
  }

  struct Triple: Hashable, Sendable {
    var subject: Node
    var predicate: String
    var object: Node
  }

}

/// The properties that describe evidence and derivation on a reified statement. Their ids are
/// camel-case, so they never collide with ontology ids (lower-case, hyphenated).
enum EvidenceProperty: String, CaseIterable, Sendable {
  case documentPath, articleIndex, sentenceIndex, startOffset, endOffset, sentenceText, patternId
  case derivedByRule, documentDate

  var englishLabel: String {
    switch self {
    case .documentPath: return "document path"
    case .articleIndex: return "article index"
    case .sentenceIndex: return "sentence index"
    case .startOffset: return "start offset (characters, 0-based)"
    case .endOffset: return "end offset (characters, exclusive)"
    case .sentenceText: return "sentence text"
    case .patternId: return "extraction pattern"
    case .derivedByRule: return "derived by rule"
    case .documentDate: return "date the document states for itself"
    }
  }

  var chineseLabel: String {
    switch self {
    case .documentPath: return "文档路径"
    case .articleIndex: return "文章序号"
    case .sentenceIndex: return "句子序号"
    case .startOffset: return "起始位置"
    case .endOffset: return "结束位置"
    case .sentenceText: return "句子原文"
    case .patternId: return "抽取模式"
    case .derivedByRule: return "推理规则"
    case .documentDate: return "文档日期"
    }
  }

  var isInteger: Bool {
    switch self {
    case .articleIndex, .sentenceIndex, .startOffset, .endOffset: return true
    default: return false
    }
  }
}

extension RDFGraph {
  /// The triples of `table`: one per fact, then, when asked for, one reified `rdf:Statement`
  /// per piece of evidence (and one per derived fact, naming its rule).
  static func forEachTriple(
    facts table: FactTable, naming: RDFNaming, evidence includeEvidence: Bool,
    _ emit: (Triple) -> Void
  ) {
    func add(_ subject: Node, _ predicate: String, _ object: Node) {
      emit(Triple(subject: subject, predicate: predicate, object: object))
    }
    let rdfType = RDFNaming.rdf + "type"
    for row in table.rows {
      let (predicate, object) = predicateAndObject(of: row, naming: naming)
      add(.iri(naming.entityIRI(row.subject)), predicate, object)
    }
    guard includeEvidence else { return }
    var count = 0
    for row in table.rows {
      let (predicate, object) = predicateAndObject(of: row, naming: naming)
      var statements: [(Evidence?, String?)] = row.evidence.map { ($0, nil) }
      if let rule = row.rule { statements.append((nil, rule)) }
      for (evidence, rule) in statements {
        count += 1
        let node = Node.blank("s\(count)")
        add(node, rdfType, .iri(RDFNaming.rdf + "Statement"))
        add(node, RDFNaming.rdf + "subject", .iri(naming.entityIRI(row.subject)))
        add(node, RDFNaming.rdf + "predicate", .iri(predicate))
        add(node, RDFNaming.rdf + "object", object)
        if let evidence {
          let p = { (property: EvidenceProperty) in naming.ontologyIRI(property.rawValue) }
          if let document = evidence.document {
            add(node, p(.documentPath), .literal(document))
          }
          if let published = evidence.published {
            add(node, p(.documentDate), Self.dateLiteral(published))
          }
          add(node, p(.articleIndex), .integer(evidence.article))
          add(node, p(.sentenceIndex), .integer(evidence.sentence))
          add(node, p(.startOffset), .integer(evidence.start))
          add(node, p(.endOffset), .integer(evidence.end))
          add(node, p(.sentenceText), .literal(evidence.text))
          add(node, p(.patternId), .literal(evidence.pattern))
        }
        if let rule {
          add(node, naming.ontologyIRI(EvidenceProperty.derivedByRule.rawValue), .literal(rule))
        }
      }
    }
  }

  private static func predicateAndObject(
    of row: FactTable.Row, naming: RDFNaming
  ) -> (String, Node) {
    let predicate =
      row.predicate == typePredicate
      ? RDFNaming.rdf + "type" : naming.ontologyIRI(row.predicate)
    switch row.object {
    case .entity(let name): return (predicate, .iri(naming.entityIRI(name)))
    case .literal(let text):
      // NB: dates (held-on) are typed, so that SPARQL compares and orders them as dates.
      return (predicate, row.predicate == "held-on" ? dateLiteral(text) : .literal(text))
    case .classRef(let id): return (predicate, .iri(naming.ontologyIRI(id)))
    }
  }

  /// An ISO date as `xsd:date`, `xsd:gYearMonth`, `xsd:gYear` or `xsd:gMonthDay`; other text
  /// as a plain literal.
  static func dateLiteral(_ text: String) -> Node {
    guard let date = StatedDate(iso: text) else { return .literal(text) }
    return .literal(date.iso, datatype: RDFNaming.xsd + date.xsdType)
  }

  /// The ontology as an RDFS vocabulary: classes with `rdfs:subClassOf`, predicates as
  /// `rdf:Property`, labels in Chinese (`@zh`, the ontology's label) and English (`@en`, the id).
  static func forEachTriple(
    vocabulary: Vocabulary, naming: RDFNaming, _ emit: (Triple) -> Void
  ) {
    func add(_ subject: Node, _ predicate: String, _ object: Node) {
      emit(Triple(subject: subject, predicate: predicate, object: object))
    }
    let rdfType = RDFNaming.rdf + "type"
    let label = RDFNaming.rdfs + "label"
    let comment = RDFNaming.rdfs + "comment"
    for info in vocabulary.classes.sorted(by: { bytewise($0.id, $1.id) }) {
      let node = Node.iri(naming.ontologyIRI(info.id))
      add(node, rdfType, .iri(RDFNaming.rdfs + "Class"))
      if let parent = info.parent {
        add(node, RDFNaming.rdfs + "subClassOf", .iri(naming.ontologyIRI(parent)))
      }
      if !info.label.isEmpty { add(node, label, .literal(info.label, language: "zh")) }
      add(node, label, .literal(englishLabel(info.id), language: "en"))
      if !info.summary.isEmpty { add(node, comment, .literal(info.summary)) }
    }
    let predicates = vocabulary.predicates.filter { $0.id != typePredicate }
    for info in predicates.sorted(by: { bytewise($0.id, $1.id) }) {
      let node = Node.iri(naming.ontologyIRI(info.id))
      add(node, rdfType, .iri(RDFNaming.rdf + "Property"))
      if !info.label.isEmpty { add(node, label, .literal(info.label, language: "zh")) }
      add(node, label, .literal(englishLabel(info.id), language: "en"))
      // NB: RDFS reads several domains (ranges) as all holding at once, so a signature is
      // written only when one of its classes covers the others (Official,Person → Person).
      if let domain = coveringClass(info.subjectClasses, vocabulary) {
        add(node, RDFNaming.rdfs + "domain", .iri(naming.ontologyIRI(domain)))
      }
      if info.literalObject {
        add(node, RDFNaming.rdfs + "range", .iri(RDFNaming.rdfs + "Literal"))
      } else if let range = coveringClass(info.objectClasses, vocabulary) {
        add(node, RDFNaming.rdfs + "range", .iri(naming.ontologyIRI(range)))
      }
      if !info.summary.isEmpty { add(node, comment, .literal(info.summary)) }
    }
    for property in EvidenceProperty.allCases {
      let node = Node.iri(naming.ontologyIRI(property.rawValue))
      add(node, rdfType, .iri(RDFNaming.rdf + "Property"))
      add(node, RDFNaming.rdfs + "domain", .iri(RDFNaming.rdf + "Statement"))
      add(node, label, .literal(property.chineseLabel, language: "zh"))
      add(node, label, .literal(property.englishLabel, language: "en"))
      if property.isInteger {
        add(node, RDFNaming.rdfs + "range", .iri(RDFNaming.xsd + "integer"))
      }
    }
  }

  /// The one declared class every other declared class is below, nil when there is none.
  static func coveringClass(_ declared: [String], _ vocabulary: Vocabulary) -> String? {
    declared.first { candidate in
      declared.allSatisfy { vocabulary.lineage(of: $0).contains(candidate) }
    }
  }

  /// `located-in` → `located in`: ids are English words joined by hyphens.
  static func englishLabel(_ id: String) -> String {
    id.split(separator: "-").joined(separator: " ")
  }
}
