/// The explorer's stylesheet and script, served from `/static/`: no build step, nothing
/// fetched from elsewhere, and no inline script or style (the pages' Content-Security-Policy
/// forbids them, so an escaping mistake could not run code either).
enum Assets {
  static let stylesheet = """
    :root { --ink: #263238; --muted: #607D8B; --line: #CFD8DC; --accent: #1565C0;
      --mark: #FFF59D; --derived: #6A1B9A; --paper: #FAFBFC; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: var(--paper); line-height: 1.55;
      font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
        "Microsoft YaHei", sans-serif; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    code, pre, textarea { font-family: "Noto Sans Mono CJK SC", "DejaVu Sans Mono", monospace; }
    header.top { display: flex; gap: 1em; align-items: center; padding: .5em 1.5em;
      background: #ECEFF1; border-bottom: 1px solid var(--line); }
    header.top .home { font-weight: bold; font-size: 1.2em; color: var(--ink); }
    header.top .home span, h1 span { color: var(--muted); font-weight: normal; }
    header.top .store { margin-left: auto; color: var(--muted); font-size: .85em; }
    main { max-width: 72em; margin: 0 auto; padding: 1em 1.5em 3em; }
    form.search { display: flex; gap: .4em; }
    form.search input { width: 18em; padding: .3em .5em; font-size: 1em; }
    form.search.big input { width: 28em; font-size: 1.15em; }
    button { padding: .3em .9em; font-size: 1em; cursor: pointer; }
    .lead { color: var(--muted); }
    .columns { display: flex; flex-wrap: wrap; gap: 2.5em; margin-top: 1.5em; }
    .columns > section { flex: 1 1 24em; }
    table { border-collapse: collapse; }
    th, td { text-align: left; padding: .2em .8em .2em 0; border-bottom: 1px solid var(--line);
      vertical-align: top; }
    .number { text-align: right; font-variant-numeric: tabular-nums; }
    textarea { width: 100%; font-size: 1em; padding: .4em; }
    form.ask { display: flex; flex-direction: column; gap: .4em; align-items: flex-start; }
    pre.diagnostic { background: #FFEBEE; border-left: 4px solid #C62828; padding: .6em 1em;
      overflow-x: auto; }
    pre.diagnostic.note { background: #FFF8E1; border-left-color: #F9A825; }
    h1.entity-name .class { font-size: .55em; color: var(--muted); font-weight: normal;
      border: 1px solid var(--line); border-radius: 1em; padding: .1em .7em;
      vertical-align: middle; }
    figure.picture { margin: 1em 0; padding: .5em; background: white;
      border: 1px solid var(--line); }
    figure.picture object { display: block; width: 100%; height: 40em; }
    figcaption { color: var(--muted); font-size: .9em; }
    section.facts { margin-top: 1.5em; }
    section.predicate h3 { margin: 1em 0 .3em; font-size: 1.05em; }
    section.predicate h3 .count { color: var(--muted); font-weight: normal; }
    ul.statements { list-style: none; padding-left: 0; margin: 0; }
    li.fact { padding: .35em 0; border-bottom: 1px dotted var(--line); }
    li.fact > a.entity, li.fact > .literal { font-weight: bold; }
    ul.evidence, ul.premises { margin: .2em 0 0 1.2em; padding: 0; list-style: none;
      font-size: .92em; }
    ul.premises { border-left: 2px solid #E1BEE7; padding-left: .8em; }
    details.derivation { font-size: .92em; margin: .1em 0 0 1.2em; color: var(--muted); }
    details.derivation summary { cursor: pointer; }
    details.derivation summary .premise a { font-weight: normal; }
    ul.premises li.premise { margin: .25em 0; }
    blockquote { margin: 0; }
    mark { background: var(--mark); padding: 0 .1em; }
    .source { color: var(--muted); font-size: .85em; }
    .source .pattern { font-family: monospace; }
    .derived { color: var(--derived); font-size: .85em; border: 1px solid #CE93D8;
      border-radius: .8em; padding: 0 .5em; margin-left: .4em; }
    .predicate-label { color: var(--muted); }
    .note, .none { color: var(--muted); }
    .yes-no { font-size: 1.4em; font-weight: bold; }
    """

  static let script = """
    // Completion of entity names (CJK prefixes too) for every search box: the server's
    // /api/complete answers, a <datalist> shows them. Text only: nothing becomes markup.
    (function () {
      "use strict";
      function attach(input) {
        var list = document.getElementById(input.getAttribute("list"));
        if (!list) { return; }
        var timer = null, asked = "";
        input.addEventListener("input", function () {
          clearTimeout(timer);
          timer = setTimeout(function () {
            var prefix = input.value;
            if (prefix === "" || prefix === asked) { return; }
            asked = prefix;
            fetch("/api/complete?limit=20&prefix=" + encodeURIComponent(prefix))
              .then(function (response) { return response.ok ? response.json() : []; })
              .then(function (names) {
                if (input.value !== prefix) { return; }
                list.replaceChildren();
                names.forEach(function (name) {
                  var option = document.createElement("option");
                  option.value = name;
                  list.appendChild(option);
                });
              })
              .catch(function () {});
          }, 120);
        });
      }
      document.querySelectorAll("input[data-complete]").forEach(attach);
      // Ctrl+Enter (or Cmd+Enter) runs the query in a query box.
      document.querySelectorAll("form textarea[name=q]").forEach(function (box) {
        box.addEventListener("keydown", function (event) {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            box.form.submit();
          }
        });
      });
    })();
    """
}
