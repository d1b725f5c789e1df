/// The pages' own stylesheet and script, served from `/assets/`: nothing is loaded from elsewhere, so the
/// pages work offline and the content security policy can forbid every other origin.
enum Assets {
    static let stylesheet = """
        :root { --ink: #1d2733; --muted: #5d6b7a; --line: #dde3ea; --paper: #fbfaf7; --card: #ffffff;
          --accent: #1f5f9e; --mark: #fff0a8; --person: #3d7cc9; --country: #d08a1e; --organization: #3f9a5b;
          --group: #8a55b5; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--paper); color: var(--ink);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: .4rem 0 .6rem; }
        h2 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
        footer { max-width: 72rem; margin: 0 auto; padding: 1rem 1.2rem 2rem; color: var(--muted); font-size: .85rem; }
        .bar { background: #16324f; color: #fff; }
        .bar-inner { max-width: 72rem; margin: 0 auto; padding: .55rem 1.2rem; display: flex; flex-wrap: wrap;
          gap: .4rem 1.2rem; align-items: center; }
        .brand { color: #fff; font-weight: 700; font-size: 1.15rem; letter-spacing: .02em; }
        .bar nav { display: flex; flex-wrap: wrap; gap: .2rem .9rem; }
        .bar nav a { color: #cfe0f2; padding: .15rem 0; }
        .bar nav a[aria-current] { color: #fff; border-bottom: 2px solid #f2c14e; }
        .bar-search { margin-left: auto; flex: 1 1 12rem; max-width: 20rem; }
        .bar-search input { width: 100%; padding: .35rem .6rem; border-radius: 4px; border: 0; font-size: .95rem; }
        .lede { font-size: 1.05rem; color: var(--muted); margin-top: 0; }
        .muted { color: var(--muted); }
        .crumbs { margin: 0; color: var(--muted); font-size: .9rem; }
        .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .8rem; margin: 1rem 0; }
        .tile { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; color: var(--ink); }
        .tile strong { display: block; font-size: 1.8rem; line-height: 1.1; }
        .tile span { color: var(--muted); }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 0 2rem; }
        .rows { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--line); }
        .row { display: grid; grid-template-columns: 7.5rem 1fr; gap: .8rem; padding: .6rem 0; border-bottom: 1px solid var(--line); }
        .when { color: var(--muted); font-size: .9rem; padding-top: .1rem; font-variant-numeric: tabular-nums; }
        .kind { font-weight: 600; text-transform: capitalize; }
        .place { color: var(--muted); }
        .place::before { content: "in "; }
        .who, .words { margin-top: .15rem; }
        .words { color: #34414f; font-size: .95rem; }
        .sep { color: var(--muted); }
        .arrow { color: var(--muted); }
        .badge { display: inline-block; font-size: .72rem; padding: .05rem .45rem; border-radius: 999px;
          text-transform: uppercase; letter-spacing: .05em; vertical-align: .1em; border: 1px solid; }
        .s-occurred { color: #23703f; background: #e5f4ea; }
        .s-planned { color: #1f5f9e; background: #e4eef9; }
        .s-cancelled { color: #a23a2c; background: #fbe7e4; }
        .s-postponed { color: #8a5a00; background: #fbf0d9; }
        .actor { white-space: nowrap; }
        .actor::before { content: ""; display: inline-block; width: .55em; height: .55em; border-radius: 50%;
          margin-right: .3em; vertical-align: .08em; background: var(--muted); }
        .k-person.actor::before { background: var(--person); }
        .k-country.actor::before { background: var(--country); border-radius: 1px; }
        .k-organization.actor::before { background: var(--organization); border-radius: 2px; transform: rotate(45deg); }
        .k-group.actor::before { background: var(--group); }
        .cloud { line-height: 2; }
        .cloud .actor { margin-right: .9rem; }
        .filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end; background: var(--card);
          border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: .6rem 0 1rem; }
        .filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); gap: .15rem; }
        .filters input, .filters select { font: inherit; font-size: .95rem; padding: .3rem .45rem; border: 1px solid #c5ced8;
          border-radius: 4px; background: #fff; color: var(--ink); min-width: 8.5rem; }
        .filters input[type=number] { min-width: 5rem; width: 5.5rem; }
        .filters button { font: inherit; padding: .35rem 1rem; border-radius: 4px; border: 0; background: var(--accent); color: #fff; }
        .reset { font-size: .9rem; align-self: center; }
        .pager { display: flex; justify-content: space-between; margin: 1rem 0; color: var(--muted); }
        .empty { color: var(--muted); font-style: italic; }
        .facts { display: grid; grid-template-columns: 8rem 1fr; gap: .4rem 1rem; margin: 1rem 0;
          background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .plain { list-style: none; margin: 0; padding: 0; }
        .plain li { padding: .1rem 0; }
        .quote { font-size: 1.25rem; font-family: Georgia, "DejaVu Serif", serif; margin: .5rem 0; }
        .act { color: var(--muted); font-weight: 400; }
        .reports { list-style: none; padding: 0; margin: 0; }
        .report { background: var(--card); border: 1px solid var(--line); border-left: 4px solid #f2c14e;
          border-radius: 4px; padding: .7rem 1rem; margin-bottom: .8rem; }
        .report blockquote { margin: 0; font-family: Georgia, "DejaVu Serif", serif; font-size: 1.02rem; line-height: 1.6; }
        .source { margin: .4rem 0 0; font-size: .88rem; }
        .origin { color: var(--muted); word-break: break-all; }
        mark { background: var(--mark); padding: .05em .1em; border-radius: 2px; }
        .article-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 2rem; }
        .text { font-family: Georgia, "DejaVu Serif", serif; font-size: 1.08rem; line-height: 1.7; background: var(--card);
          border: 1px solid var(--line); border-radius: 6px; padding: .4rem 1.4rem; }
        .text mark:target { outline: 2px solid var(--accent); }
        .text .facts { display: inline; background: none; border: 0; padding: 0; margin: 0 0 0 .25rem; }
        .fact-link { font: .72rem system-ui, sans-serif; background: #e4eef9; padding: .05rem .35rem; border-radius: 3px;
          margin-right: .2rem; vertical-align: .15em; white-space: nowrap; }
        .actor-list { columns: 3 16rem; padding-left: 0; list-style: none; }
        .actor-list li { padding: .2rem 0; break-inside: avoid; }
        .hits { padding-left: 1.2rem; }
        .hit { margin-bottom: 1rem; }
        .hit .title { font-weight: 600; font-size: 1.05rem; }
        .snippet { margin: .2rem 0; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; background: var(--card); }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .problem { font-size: 1.1rem; background: #fbe7e4; border-left: 4px solid #a23a2c; padding: .7rem 1rem; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2rem; padding: 0; margin: .3rem 0; font-size: .9rem; }
        .legend li::before { content: ""; display: inline-block; width: .8em; height: .8em; border-radius: 50%;
          margin-right: .35em; vertical-align: -.05em; }
        .legend .k-person::before { background: var(--person); }
        .legend .k-country::before { background: var(--country); }
        .legend .k-organization::before { background: var(--organization); }
        .legend .k-group::before { background: var(--group); }
        .network-frame { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 6px;
          overflow-x: auto; }
        .network { display: block; width: 100%; height: auto; }
        .network .edge line { stroke: #9aa7b5; stroke-opacity: .75; stroke-linecap: round; }
        .network .edge:hover line, .network .edge.lit line { stroke: #16324f; stroke-opacity: 1; }
        .network .node circle { stroke: #fff; stroke-width: 2; }
        .network .k-person circle { fill: var(--person); }
        .network .k-country circle { fill: var(--country); }
        .network .k-organization circle { fill: var(--organization); }
        .network .k-group circle { fill: var(--group); }
        .network text { font-size: 13px; text-anchor: middle; fill: var(--ink); paint-order: stroke;
          stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        .network.focus .node:not(.lit) { opacity: .3; }
        .network.focus .edge:not(.lit) { opacity: .15; }
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          main { padding: .6rem .8rem 2rem; }
          .bar-search { max-width: none; flex-basis: 100%; }
          .row { grid-template-columns: 1fr; gap: .1rem; }
          .article-layout { grid-template-columns: 1fr; }
          .facts { grid-template-columns: 1fr; }
          .facts dt { font-size: .8rem; margin-top: .3rem; }
          .filters input, .filters select { min-width: 0; width: 100%; }
          .filters label { flex: 1 1 45%; }
          .network { min-width: 44rem; }
          .table-wrap td { white-space: nowrap; }
        }
        """

    /// Pointing at an actor in the network lights its ties and its counterparts.
    static let script = """
        document.querySelectorAll("svg.network").forEach(function (svg) {
          var edges = Array.prototype.slice.call(svg.querySelectorAll(".edge"));
          svg.querySelectorAll(".node").forEach(function (node) {
            var id = node.getAttribute("data-id");
            node.addEventListener("mouseenter", function () {
              svg.classList.add("focus");
              node.classList.add("lit");
              edges.forEach(function (edge) {
                var a = edge.getAttribute("data-a"), b = edge.getAttribute("data-b");
                if (a !== id && b !== id) return;
                edge.classList.add("lit");
                var other = svg.querySelector('.node[data-id="' + (a === id ? b : a) + '"]');
                if (other) other.classList.add("lit");
              });
            });
            node.addEventListener("mouseleave", function () {
              svg.classList.remove("focus");
              svg.querySelectorAll(".lit").forEach(function (lit) { lit.classList.remove("lit"); });
            });
          });
        });
        """
}
