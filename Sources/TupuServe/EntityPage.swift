import TupuGraph

/// `/entity/NAME`: the entity's classes, its neighbourhood picture, and its facts in and out
/// grouped by predicate, each with the sentences that state it (the mentions marked), or, for
/// a derived fact, its rule and the facts it rests on.
struct EntityPage {
  var entity: EntityView
  var labels: Labels
  var storeName: String
  var depth: Int

  func render() -> String {
    let name = entity.name
    var body = "<h1 class=\"entity-name\">\(HTML.escape(name))"
    for classID in entity.classes {
      body += " <span class=\"class\">\(HTML.escape(labels.className(classID)))</span>"
    }
    body += "</h1>\n"
    let everything = "\(Self.queryTerm(name)) ?p ?o"
    body += """
      <p class="actions"><a href="\(HTML.escape(HTML.queryPath(everything)))">\
      <code>\(HTML.escape(everything))</code></a></p>
      <figure class="picture">
      <object type="image/svg+xml" data="\(HTML.escape(HTML.picturePath(name, depth: depth)))" \
      aria-label="neighbourhood picture">\(HTML.escape(name))</object>
      <figcaption>邻域 Neighbourhood, depth \(depth):
      """
    for step in 1...3 {
      body +=
        step == depth
        ? " <strong>\(step)</strong>"
        : " <a href=\"\(HTML.escape(HTML.entityPath(name)))?depth=\(step)\">\(step)</a>"
    }
    body += """
       · <a href="\(HTML.escape(HTML.picturePath(name, depth: depth)))">SVG</a>\
      </figcaption>
      </figure>

      """
    body += section(
      "out", title: "说 Facts about \(name)", groups: entity.outgoing, empty: "none")
    body += section(
      "in", title: "被提及 Facts naming \(name)", groups: entity.incoming, empty: "none")
    if entity.omitted > 0 {
      body += """
        <p class="note">\(entity.omitted) more facts are not shown here: \
        <a href="\(HTML.escape(HTML.queryPath(everything)))">query them</a>.</p>

        """
    }
    return HTML.page(title: name, storeName: storeName, body: body)
  }

  private func section(
    _ direction: String, title: String, groups: [EntityView.Group], empty: String
  ) -> String {
    var text = "<section class=\"facts \(direction)\">\n<h2>\(HTML.escape(title))</h2>\n"
    if groups.isEmpty { text += "<p class=\"none\">\(empty)</p>\n" }
    for group in groups {
      text += """
        <section class="predicate" data-direction="\(direction)" \
        data-predicate="\(HTML.escape(group.predicate))">
        <h3>\(HTML.escape(labels.predicate(group.predicate))) \
        <span class="count">\(group.statements.count)</span></h3>
        <ul class="statements">

        """
      for statement in group.statements {
        text += item(statement, direction: direction)
      }
      text += "</ul>\n</section>\n"
    }
    return text + "</section>\n"
  }

  /// One fact: the other end as a link, then its evidence or its derivation.
  private func item(_ statement: EntityView.Statement, direction: String) -> String {
    let other = direction == "out" ? term(statement.object) : HTML.entityLink(statement.subject)
    var text = "<li class=\"fact\">\(other)"
    text += details(statement)
    return text + "</li>\n"
  }

  /// The evidence of an asserted fact, or the rule and premises of a derived one.
  private func details(_ statement: EntityView.Statement) -> String {
    var text = ""
    if let rule = statement.rule {
      text +=
        " <span class=\"derived\" title=\"derived by an ontology rule\">"
        + "推理 \(HTML.escape(rule))</span>"
      guard !statement.premises.isEmpty else { return text }
      // The facts it rests on in one line; their sentences one click away.
      text += "\n<details class=\"derivation\"><summary>依据 rests on: "
      text += statement.premises.map {
        "<span class=\"premise\">\(statementText($0))</span>"
      }.joined(separator: "; ")
      text += "</summary>\n<ul class=\"premises\">\n"
      for premise in statement.premises {
        text += "<li class=\"premise\">\(statementText(premise))\(details(premise))</li>\n"
      }
      return text + "</ul>\n</details>"
    }
    guard !statement.citations.isEmpty else { return text }
    text += "\n<ul class=\"evidence\">\n"
    for citation in statement.citations {
      let evidence = citation.evidence
      text += """
        <li><blockquote>\(Self.marked(evidence.text, statement: statement))</blockquote>
        <span class="source"><span class="document">\(HTML.escape(citation.document))</span> \
        <span class="offsets">[\(evidence.start)–\(evidence.end)]</span> \
        <span class="pattern" title="the pattern that read it">\(HTML.escape(evidence.pattern))\
        </span></span></li>

        """
    }
    return text + "</ul>"
  }

  /// `subject predicate object` with links, for a premise.
  private func statementText(_ statement: EntityView.Statement) -> String {
    "\(HTML.entityLink(statement.subject)) <span class=\"predicate-label\">"
      + "\(HTML.escape(labels.predicate(statement.predicate)))</span> \(term(statement.object))"
  }

  private func term(_ term: Term) -> String {
    if case .entity(let name) = term { return HTML.entityLink(name) }
    return "<span class=\"literal\">\(HTML.escape(term.text))</span>"
  }

  /// The sentence, escaped, with the fact's subject and object marked where they occur.
  static func marked(_ sentence: String, statement: EntityView.Statement) -> String {
    let names = [statement.subject, statement.object.text].filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
    var marks: [Range<String.Index>] = []
    for name in names {
      var from = sentence.startIndex
      while let found = sentence.range(of: name, range: from..<sentence.endIndex) {
        if !marks.contains(where: { $0.overlaps(found) }) { marks.append(found) }
        from = found.upperBound
      }
    }
    marks.sort { $0.lowerBound < $1.lowerBound }
    var text = ""
    var position = sentence.startIndex
    for mark in marks {
      text += HTML.escape(String(sentence[position..<mark.lowerBound]))
      text += "<mark>" + HTML.escape(String(sentence[mark])) + "</mark>"
      position = mark.upperBound
    }
    return text + HTML.escape(String(sentence[position...]))
  }

  /// A name as a query term: bare when it is plainly a CJK name (no keyword, no sign the
  /// lexer reads), else quoted.
  static func queryTerm(_ name: String) -> String {
    func ideograph(_ scalar: Unicode.Scalar) -> Bool {
      (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
        || (0x20000...0x3FFFF).contains(scalar.value)
    }
    let scalars = name.unicodeScalars
    if let first = scalars.first, ideograph(first),
      scalars.allSatisfy({
        ideograph($0) || ($0.isASCII && $0.properties.isAlphabetic)
          || ("0"..."9").contains($0)
      })
    {
      return name
    }
    var quoted = "\""
    for scalar in scalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      default: quoted.unicodeScalars.append(scalar)
      }
    }
    return quoted + "\""
  }
}
