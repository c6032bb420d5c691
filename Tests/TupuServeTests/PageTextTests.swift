import Testing

@testable import TupuServe

/// The pieces every page is made of: escaping, addresses, query-string decoding.
@Suite("explorer page text")
struct PageTextTests {
  @Test(
    "escaping leaves no markup in names and sentences",
    arguments: [
      ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
      ("\"><img src=x>", "&quot;&gt;&lt;img src=x&gt;"),
      ("a & b's", "a &amp; b&#39;s"),
      ("何长成", "何长成"),
    ])
  func escaping(text: String, escaped: String) {
    #expect(HTML.escape(text) == escaped)
  }

  @Test("entity addresses percent-encode everything but unreserved ASCII, slashes included")
  func addresses() {
    #expect(HTML.entityPath("何长成") == "/entity/%E4%BD%95%E9%95%BF%E6%88%90")
    #expect(HTML.entityPath("a/b?c#d e") == "/entity/a%2Fb%3Fc%23d%20e")
    #expect(HTML.queryPath("?x : Project") == "/query?q=%3Fx%20%3A%20Project")
  }

  @Test("query strings decode as browsers send forms: + is a space, escapes are UTF-8")
  func formValues() {
    let form = FormValues("q=%E4%BD%95%E9%95%BF%E6%88%90+reviews+%3Fp&depth=7&q=second&empty")
    #expect(form["q"] == "何长成 reviews ?p")
    #expect(form.integer("depth", in: 1...3, fallback: 1) == 3)
    #expect(form.integer("missing", in: 1...3, fallback: 2) == 2)
    #expect(form["empty"] == "")
    #expect(FormValues("q=100%25+sure")["q"] == "100% sure")
  }

  @Test("the mentions in a sentence are marked, and the rest escaped")
  func marks() {
    let statement = EntityView.Statement(
      subject: "王建国", predicate: "chairs", object: .entity("第7次例会"), rule: nil,
      citations: [], premises: [])
    #expect(
      EntityPage.marked("<b>王建国</b>主持召开第7次例会。", statement: statement)
        == "&lt;b&gt;<mark>王建国</mark>&lt;/b&gt;主持召开<mark>第7次例会</mark>。")
  }

  @Test(
    "a name becomes a query term that names it: bare when plainly CJK, else quoted",
    arguments: [
      ("王建国", "王建国"), ("第7次例会", "第7次例会"), ("find", "\"find\""),
      ("a\"b\\c", #""a\"b\\c""#), ("魏都区，", "\"魏都区，\""),
    ])
  func queryTerms(name: String, term: String) {
    #expect(EntityPage.queryTerm(name) == term)
  }

  @Test("only loopback names pass the Host check")
  func hostCheck() {
    for authority in [
      "127.0.0.1:8080", "localhost", "LOCALHOST:80", "[::1]:8080", "127.1.2.3", "::1",
    ] {
      #expect(Loopback.names(authority), "\(authority)")
    }
    for authority in ["attacker.example", "127.0.0.1.attacker.example", "10.0.0.1:80", "[::2]"] {
      #expect(!Loopback.names(authority), "\(authority)")
    }
  }
}
