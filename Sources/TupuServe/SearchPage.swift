/// `/search?name=…` when no entity has exactly that name, and the page of an unknown entity:
/// the names that begin with it and the nearest names.
struct SearchPage {
  var name: String
  var beginning: [String]
  var nearest: [String]
  var storeName: String
  /// True on `/entity/NAME` for a name the graph lacks (a 404).
  var unknownEntity: Bool

  func render() -> String {
    var body =
      unknownEntity
      ? "<h1>没有这个实体 No entity named <q>\(HTML.escape(name))</q></h1>\n"
      : "<h1>查找 Names for <q>\(HTML.escape(name))</q></h1>\n"
    if beginning.isEmpty && nearest.isEmpty {
      body +=
        "<p class=\"none\">Nothing in the graph begins with or resembles this name. "
        + "Names are canonical, the fullest form the text gives.</p>\n"
    }
    if !nearest.isEmpty {
      body += "<h2>你是不是要找 Did you mean</h2>\n<ul class=\"names\">\n"
      for near in nearest { body += "<li>\(HTML.entityLink(near))</li>\n" }
      body += "</ul>\n"
    }
    if !beginning.isEmpty {
      body += "<h2>以此开头 Names beginning so</h2>\n<ul class=\"names\">\n"
      for match in beginning { body += "<li>\(HTML.entityLink(match))</li>\n" }
      body += "</ul>\n"
    }
    return HTML.page(title: name, storeName: storeName, body: body)
  }
}
