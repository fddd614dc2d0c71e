// negograph chain view: the meetings of a snapshot on a vis-timeline, one
// group per channel, with PRECEDED_BY links, a details panel (evidence and
// explain reasons), a name search folded as extract/arabic folds names and
// a slider showing the graph as it could be known on a date. Data comes
// from the JSON in #chain-data; every text is set with textContent.
(function () {
  "use strict";

  // ---- Name folding: a port of extract/arabic.Fold and Normalize. ----
  // A Go test (graph/export, TestJSFoldingMatchesGo) runs this in Chromium
  // against arabic.Normalize on a table of spellings and every rune of
  // the Latin, Arabic and punctuation blocks. Keep the two in step.
  var DROP = -1;
  var QUOTES = [0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2018, 0x2019, 0x201a, 0x201b, 0x2039, 0x203a, 0x2033, 0xff02];
  function foldRune(r) {
    if (r < 0x80) {
      if (r >= 0x41 && r <= 0x5a) return r + 0x20;
      if (r === 0x27 || r === 0x60) return 0x22;
      return r;
    }
    if (r >= 0x0621 && r <= 0x064a) {
      switch (r) {
        case 0x0623: case 0x0625: case 0x0622: return 0x0627;
        case 0x0649: return 0x064a;
        case 0x0629: return 0x0647;
        case 0x0640: return DROP;
      }
      return r;
    }
    if ((r >= 0x064b && r <= 0x065f) || r === 0x0670 || r === 0x0640) return DROP;
    if (r >= 0x0660 && r <= 0x0669) return 0x30 + (r - 0x0660);
    if (r >= 0x06f0 && r <= 0x06f9) return 0x30 + (r - 0x06f0);
    if ((r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) ||
        (r >= 0x2066 && r <= 0x2069) || r === 0xfeff || r === 0x061c || r === 0x00ad) return DROP;
    switch (r) {
      case 0x0671: return 0x0627;
      case 0x06cc: case 0x06d0: case 0x06cd: return 0x064a;
      case 0x06c0: case 0x06d5: return 0x0647;
      case 0x06a9: case 0x06af: return 0x0643;
      case 0x067e: return 0x0628;
      case 0x0686: return 0x062c;
      case 0x0698: return 0x0632;
      case 0x06a4: return 0x0641;
      case 0x060c: return 0x2c;
      case 0x061b: return 0x3b;
      case 0x061f: return 0x3f;
      case 0x00a0: case 0x2007: case 0x202f: return 0x20;
    }
    if (QUOTES.indexOf(r) >= 0) return 0x22;
    // Go's unicode.ToLower is a one-to-one mapping; JavaScript's may give
    // more than one character (İ → i̇): keep the first, as Go does.
    var low = String.fromCodePoint(r).toLowerCase().codePointAt(0);
    return low === undefined ? r : low;
  }
  // isSpace is Go's unicode.IsSpace.
  function isSpace(r) {
    return (r >= 0x09 && r <= 0x0d) || r === 0x20 || r === 0x85 || r === 0xa0 || r === 0x1680 ||
      (r >= 0x2000 && r <= 0x200a) || r === 0x2028 || r === 0x2029 || r === 0x202f || r === 0x205f || r === 0x3000;
  }
  function needsNFKC(s) {
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe) || (c >= 0xff00 && c <= 0xffef)) return true;
    }
    return false;
  }
  function normalize(s) {
    if (needsNFKC(s)) s = s.normalize("NFKC");
    var out = "", space = false;
    for (var ch of s) {
      var r = foldRune(ch.codePointAt(0));
      if (r === DROP) continue;
      if (isSpace(r)) { space = out.length > 0; continue; }
      if (space) { out += " "; space = false; }
      out += String.fromCodePoint(r);
    }
    return out;
  }
  window.negographNormalize = normalize;

  // within tells whether a and b are at most k edits apart.
  function within(a, b, k) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > k) return false;
    var prev = [], cur = [];
    for (var j = 0; j <= b.length; j++) prev[j] = j;
    for (var i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, cur[j]);
      }
      if (best > k) return false;
      prev = cur;
    }
    return prev[b.length] <= k;
  }
  // nameMatches: every word of the query is inside a word of a name, or
  // (words of four letters or more) one letter away from one, two when
  // longer than five, as `negograph search` matches.
  function nameMatches(words, names) {
    return words.every(function (w) {
      var k = Array.from(w).length > 5 ? 2 : 1;
      return names.some(function (n) {
        if (n.indexOf(w) >= 0) return true;
        if (Array.from(w).length < 4) return false;
        return n.split(" ").some(function (nw) { return within(w, nw, k); });
      });
    });
  }

  // ---- Data. ----
  var el = document.getElementById("chain-data");
  if (!el || typeof vis === "undefined") return; // the folding test page
  var data = JSON.parse(el.textContent);
  var ALL = data.dates.length; // the slider's last stop: every report
  var byID = {};
  data.meetings.forEach(function (m) { byID[m.id] = m; });

  function ent(id) { return data.entities[id] || { id: id, name: id }; }
  function names(e) {
    var out = [e.name];
    if (e.ar) out.push(e.ar);
    (e.aliases || []).forEach(function (a) { out.push(a); });
    return out;
  }
  // folded names of the entities around a meeting, for the search box
  data.meetings.forEach(function (m) {
    var ids = {};
    data.channels[m.channel].parties.forEach(function (id) { ids[id] = true; });
    [m.final].concat(m.versions || []).forEach(function (v) {
      v.venues.concat(v.mediators, v.participants).forEach(function (r) { ids[r.id] = true; });
    });
    m.folded = [];
    Object.keys(ids).forEach(function (id) {
      names(ent(id)).forEach(function (n) { m.folded.push(normalize(n)); });
    });
  });

  // version: the meeting as known at slider stop i, or null.
  function version(m, i) {
    if (i >= ALL) return m.final;
    var day = data.dates[i], v = null;
    (m.versions || []).forEach(function (x) { if (x.from <= day) v = x; });
    return v;
  }
  function knownArticle(id, i) {
    if (i >= ALL) return true;
    var a = data.articles[id];
    return !!(a && a.known && a.known <= data.dates[i]);
  }

  // ---- DOM helpers. ----
  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }
  // both: an English name and its Arabic beside it, set right to left.
  function both(e, extra) {
    var span = h("span", { class: "name" }, [h("span", { text: e.name, dir: "auto" })]);
    if (e.ar) {
      span.appendChild(h("span", { class: "sep", text: " · " }));
      span.appendChild(h("span", { class: "ar", dir: "rtl", lang: "ar", text: e.ar }));
    }
    if (extra) span.appendChild(h("span", { class: "extra", text: extra }));
    return span;
  }
  function tags(v) {
    var t = [v.status];
    if (v.format && v.format !== "unknown") t.push(v.format);
    if (v.kind && v.kind !== "talks") t.push(v.kind);
    if (v.secret) t.push("secret");
    return t.join(" · ");
  }

  // ---- The timeline. ----
  var container = document.getElementById("timeline");
  var groups = new vis.DataSet(data.channels.map(function (c, i) {
    var head = h("div", { class: "channel" }, [h("div", { class: "en", text: c.name })]);
    if (c.ar) head.appendChild(h("div", { class: "ar", dir: "rtl", lang: "ar", text: c.ar }));
    return { id: i, content: head, order: i };
  }));
  var items = new vis.DataSet([]);
  var timeline = new vis.Timeline(container, items, groups, {
    stack: true,
    orientation: { axis: "top" },
    zoomKey: "ctrlKey",
    margin: { item: { horizontal: 4, vertical: 8 } },
    groupOrder: "order",
    showCurrentTime: false,
    selectable: false,
    tooltip: { followMouse: false }
  });

  function card(m, v) {
    var d = h("div", { class: "meeting status-" + v.status, "data-id": m.id, tabindex: "0", title: v.name }, [
      h("div", { class: "date", text: v.date || "undated" }),
      h("div", { class: "tags", text: tags(v) })
    ]);
    if (v.venues.length) {
      var line = h("div", { class: "venue" }, [h("span", { text: "in " })]);
      v.venues.forEach(function (r, i) {
        if (i) line.appendChild(h("span", { text: " / " }));
        line.appendChild(both(ent(r.id), r.candidate ? "?" : ""));
      });
      d.appendChild(line);
    }
    if (v.mediators.length) {
      var med = h("div", { class: "mediators" }, [h("span", { text: "mediator: " })]);
      v.mediators.forEach(function (r, i) {
        if (i) med.appendChild(h("span", { text: ", " }));
        med.appendChild(h("span", { text: ent(r.id).name }));
      });
      d.appendChild(med);
    }
    v.participants.forEach(function (r) {
      d.appendChild(h("div", { class: "participant" }, [both(ent(r.id))]));
    });
    return d;
  }

  var state = { stop: ALL, words: [], open: null };
  var visible = {};
  function render() {
    visible = {};
    var list = [];
    data.meetings.forEach(function (m) {
      var v = version(m, state.stop);
      if (!v) return;
      if (state.words.length && !nameMatches(state.words, m.folded)) return;
      visible[m.id] = v;
      list.push({ id: m.id, group: m.channel, start: m.start, type: "box", content: card(m, v),
        className: "status-" + v.status + (m.precise ? "" : " imprecise") });
    });
    items.clear();
    items.add(list);
    document.getElementById("count").textContent = list.length + " of " + data.meetings.length + " meetings";
    if (state.open) details(state.open);
    drawLinks();
  }

  // ---- PRECEDED_BY links, over the timeline. ----
  var wrap = document.getElementById("timeline-wrap");
  var svg = document.getElementById("links");
  function drawLinks() {
    while (svg.lastChild && svg.lastChild.nodeName !== "defs") svg.removeChild(svg.lastChild);
    var box = wrap.getBoundingClientRect();
    svg.setAttribute("width", box.width);
    svg.setAttribute("height", box.height);
    data.links.forEach(function (l) {
      var a = visible[l.earlier], b = visible[l.later];
      if (!a || !b || a.status !== "held") return;
      var ea = wrap.querySelector('.meeting[data-id="' + CSS.escape(l.earlier) + '"]');
      var eb = wrap.querySelector('.meeting[data-id="' + CSS.escape(l.later) + '"]');
      if (!ea || !eb) return;
      var ra = ea.getBoundingClientRect(), rb = eb.getBoundingClientRect();
      if (!ra.width || !rb.width) return;
      var d;
      if (rb.left - ra.right >= 12) { // side by side: right edge to left edge
        var x1 = ra.right - box.left + 2, y1 = ra.top - box.top + 12;
        var x2 = rb.left - box.left - 2, y2 = rb.top - box.top + 12;
        var dx = Math.max(16, (x2 - x1) / 3);
        d = "M" + x1 + "," + y1 + " C" + (x1 + dx) + "," + y1 + " " + (x2 - dx) + "," + y2 + " " + x2 + "," + y2;
      } else { // stacked: from the edge of one facing the other
        var down = rb.top >= ra.bottom;
        var sx = ra.left - box.left + Math.min(24, ra.width / 4), sy = (down ? ra.bottom : ra.top) - box.top;
        var ex = rb.left - box.left + Math.min(24, rb.width / 4), ey = (down ? rb.top : rb.bottom) - box.top;
        var dy = (ey - sy) / 2;
        d = "M" + sx + "," + sy + " C" + sx + "," + (sy + dy) + " " + ex + "," + (ey - dy) + " " + ex + "," + ey;
      }
      var p = document.createElementNS("http://www.w3.org/2000/svg", "path");
      p.setAttribute("d", d);
      p.setAttribute("class", "link " + (l.basis === "explicit" ? "explicit" : "inferred"));
      p.setAttribute("marker-end", "url(#arrow)");
      p.setAttribute("data-from", l.earlier);
      p.setAttribute("data-to", l.later);
      svg.appendChild(p);
    });
  }
  timeline.on("changed", drawLinks);

  // ---- Details of one meeting. ----
  function section(title, children) {
    var s = h("section", {}, [h("h3", { text: title })]);
    children.forEach(function (c) { s.appendChild(c); });
    return s;
  }
  function details(id) {
    var m = byID[id], v = visible[id], panel = document.getElementById("details");
    state.open = id;
    panel.textContent = "";
    if (!m || !v) {
      panel.appendChild(h("p", { class: "muted", text: "This meeting is not shown with the current search or date." }));
      return;
    }
    if (panel.hidden) {
      panel.hidden = false;
      document.body.classList.add("details-open"); // the timeline makes room for the panel
      timeline.redraw();
    }
    panel.appendChild(h("button", { class: "close", type: "button", text: "×", "aria-label": "close" }));
    panel.appendChild(h("h2", { dir: "auto", text: v.name }));
    panel.appendChild(h("p", { class: "id", text: m.id }));
    var facts = h("dl", {});
    function fact(k, node) { facts.appendChild(h("dt", { text: k })); facts.appendChild(h("dd", {}, [node])); }
    fact("date", h("span", { text: (v.date || "undated") + (v.date_basis === "publication" ? " (the article's year)" : "") }));
    fact("status", h("span", { class: "status-" + v.status, text: v.status }));
    fact("format", h("span", { text: v.format + (v.kind ? " · " + v.kind : "") }));
    var parties = h("span", {});
    data.channels[m.channel].parties.forEach(function (p, i) {
      if (i) parties.appendChild(h("span", { text: " – " }));
      parties.appendChild(both(ent(p)));
    });
    fact("parties", parties);
    function list(rs, note) {
      var ul = h("ul", {});
      rs.forEach(function (r) { ul.appendChild(h("li", {}, [both(ent(r.id)), note(r)])); });
      return ul;
    }
    function note(text) { return text ? h("span", { class: "note", text: " " + text }) : null; }
    if (v.venues.length) fact("venue", list(v.venues, function (r) { return note(r.candidate ? "(one of the places offered)" : ""); }));
    if (v.mediators.length) fact("mediators", list(v.mediators, function (r) { return note(r.inherited_from ? "(from the channel: " + r.inherited_from + ")" : ""); }));
    if (v.participants.length) fact("participants", list(v.participants, function (r) {
      var side = r.side === "mediator" ? "mediator" : r.side ? ent(r.side).name : "";
      if (!side && !r.role) return null;
      var n = h("span", { class: "note", text: " — " + side });
      if (r.role) {
        if (side) n.appendChild(h("span", { text: ", " }));
        n.appendChild(h("span", { class: "role", dir: "auto", text: r.role }));
      }
      return n;
    }));
    if (v.topics && v.topics.length) fact("topics", h("span", { text: v.topics.join(", ") }));
    panel.appendChild(facts);

    var why = [];
    (v.notes || []).forEach(function (n) { why.push(h("li", { text: n })); });
    data.links.forEach(function (l) {
      if (l.later === id && visible[l.earlier]) why.push(h("li", { text: "follows " + l.earlier + " (" + l.basis + "): " + l.reason }));
      if (l.earlier === id && visible[l.later]) why.push(h("li", { text: "followed by " + l.later + " (" + l.basis + "): " + l.reason }));
    });
    (v.reasons || []).forEach(function (r) { why.push(h("li", { dir: "auto", text: "joined: " + r })); });
    (v.alternatives || []).forEach(function (r) { why.push(h("li", { dir: "auto", text: "other report: " + r })); });
    if (why.length) panel.appendChild(section("Why (negograph explain " + m.id + ")", [h("ul", { class: "why" }, why)]));

    var ev = [];
    m.evidence.forEach(function (e) {
      if (!knownArticle(e.article, state.stop)) return;
      var a = data.articles[e.article] || { source: e.article };
      var head = h("div", { class: "article" }, [
        h("span", { class: "published", text: a.published || "undated" }),
        a.title ? h("span", { class: "title", dir: "auto", lang: "ar", text: a.title }) : null,
        h("span", { class: "source", dir: "ltr", text: a.source })
      ]);
      var sentences = h("ul", { class: "sentences" });
      e.sentences.forEach(function (s) { sentences.appendChild(h("li", { class: "evidence", dir: "rtl", lang: "ar", text: s })); });
      ev.push(h("div", { class: "report", "data-article": e.article }, [head, sentences]));
    });
    panel.appendChild(section("Evidence: " + ev.length + " article" + (ev.length === 1 ? "" : "s"), ev));
    panel.scrollTop = 0;
  }
  document.getElementById("details").addEventListener("click", function (ev) {
    if (ev.target.classList.contains("close")) {
      state.open = null;
      this.hidden = true;
      document.body.classList.remove("details-open");
      timeline.redraw();
    }
  });
  function pick(ev) {
    var t = ev.target.closest && ev.target.closest(".meeting[data-id]");
    if (t) details(t.getAttribute("data-id"));
  }
  container.addEventListener("click", pick);
  container.addEventListener("keydown", function (ev) { if (ev.key === "Enter") pick(ev); });

  // ---- Controls. ----
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    state.words = normalize(search.value).split(" ").filter(Boolean);
    render();
    if (items.length) timeline.fit({ animation: false }); // the meetings found fill the view
  });
  var slider = document.getElementById("asof");
  var label = document.getElementById("asof-label");
  slider.max = String(ALL);
  slider.value = String(ALL);
  slider.disabled = ALL === 0;
  function sliderLabel() {
    label.textContent = state.stop >= ALL ? "all reports" : data.dates[state.stop];
  }
  slider.addEventListener("input", function () {
    state.stop = Number(slider.value);
    sliderLabel();
    render();
  });
  sliderLabel();
  render();
  timeline.fit({ animation: false });
  window.negographChain = {
    timeline: timeline,
    // setAsOf moves the slider to the last stop on or before day ("" or
    // "all": every report).
    setAsOf: function (day) {
      var i = ALL;
      if (day && day !== "all") {
        i = 0;
        data.dates.forEach(function (d, k) { if (d <= day) i = k; });
      }
      slider.value = String(i);
      slider.dispatchEvent(new Event("input"));
    }
  };
})();
