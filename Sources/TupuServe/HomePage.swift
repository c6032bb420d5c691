import TupuStore

/// `/`: finding an entity by name, the store's counts by class, and a box for queries.
struct HomePage {
  var statistics: StoreStatistics
  var labels: Labels
  var storeName: String

  /// Queries to start from: general ones, for any store.
  static let examples = [
    "?m : Meeting, ?who chairs ?m",
    "find ?who, count(?m) where ?who chairs ?m order by count(?m) desc limit 10",
    "?c : Community, ?c located-in+ ?district, ?district : District",
    "?p : Official, not ?p attends _",
  ]

  func render() -> String {
    var body = """
      <h1>图谱 <span>Tupu</span></h1>
      <p class="lead">\(statistics.entities) entities · \(statistics.facts) facts \
      (\(statistics.derivedFacts) derived) · \(statistics.documents) documents · \
      \(statistics.evidence) pieces of evidence</p>
      <form class="search big" action="/search" method="get" role="search">
      <input type="search" name="name" \
      placeholder="输入名称，如“区”或人名的第一个字 · type a name" \
      autocomplete="off" list="entity-names-home" data-complete autofocus aria-label="entity name">
      <datalist id="entity-names-home"></datalist>
      <button type="submit">查找 Find</button>
      </form>
      <div class="columns">
      <section class="counts">
      <h2>按类别 By class</h2>
      <table>
      <thead><tr><th>class</th><th class="number">entities</th></tr></thead>
      <tbody>

      """
    for count in statistics.classes {
      let query = "?x : \(count.name)"
      body += """
        <tr><td><a href="\(HTML.escape(HTML.queryPath(query)))">\
        \(HTML.escape(labels.className(count.name)))</a></td>\
        <td class="number">\(count.count)</td></tr>

        """
    }
    body += """
      </tbody>
      </table>
      </section>
      <section class="ask" id="ask">
      <h2>提问 Ask</h2>
      <form action="/query" method="get">
      <textarea name="q" rows="3" spellcheck="false" placeholder="?m : Meeting, ?who chairs ?m" \
      aria-label="query"></textarea>
      <button type="submit">查询 Run</button>
      </form>
      <p>The pattern language of <code>tupu query</code>. For example:</p>
      <ul class="examples">

      """
    for example in Self.examples {
      body += """
        <li><a href="\(HTML.escape(HTML.queryPath(example)))"><code>\(HTML.escape(example))\
        </code></a></li>

        """
    }
    body += """
      </ul>
      </section>
      </div>
      """
    return HTML.page(title: "图谱", storeName: storeName, body: body)
  }
}
