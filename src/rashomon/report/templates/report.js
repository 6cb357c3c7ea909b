/* rashomon report: draws every view from the JSON block in this page.
   Article text is hostile input: it only ever reaches the page as text (textContent, text nodes,
   attribute values), never as markup; no innerHTML anywhere, and the page's Trusted Types policy
   would stop it. Views are drawn the first time they are opened, and long lists a chunk at a time. */
(function () {
  'use strict';
  var started = performance.now();
  var D = JSON.parse(document.getElementById('rashomon-data').textContent);
  // long lists come as keys once and rows of values (see payload.py): make records of them again
  D.packed.forEach(function (name) {
    var keys = D[name].keys;
    D[name] = D[name].rows.map(function (row) {
      var item = {};
      for (var i = 0; i < keys.length; i++) item[keys[i]] = row[i];
      return item;
    });
  });
  var A = D.articles, O = D.outlets, T = D.texts, E = D.entities;
  var STANCES = ['asserted', 'attributed', 'hedged', 'denied'];
  var STANCE_HELP = {
    asserted: 'the outlet states it in its own voice',
    attributed: 'the outlet reports that someone says it',
    hedged: 'the outlet reports it with doubt (reportedly, allegedly, may)',
    denied: 'the outlet reports it being denied',
    silent: 'the outlet does not say it'
  };
  var STANCE_SHORT = {
    asserted: 'in its own voice', attributed: 'someone says it', hedged: 'with doubt', denied: 'a denial',
    silent: 'not a word'
  };
  var STATUS_HELP = {
    contested: 'the accounts disagree', consensus: 'independent sources agree',
    'single-source': 'one source only', disputed: 'the answers cannot all be true',
    evolving: 'a count that changed over time', agreed: 'two or more independent origins agree, nothing contrary',
    open: 'no firm answer'
  };
  var VIEWS = [['disputes', 'Disputes'], ['overview', 'Overview'], ['side', 'Side by side'], ['timeline', 'Timeline'], ['quotes', 'Quotes'],
    ['names', 'Names & numbers'], ['reader', 'Reader']];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var SVGNS = 'http://www.w3.org/2000/svg';

  // ------------------------------------------------------------ building blocks

  /** An element; strings become text nodes, never markup. */
  function h(tag, props) {
    var el = document.createElement(tag);
    setProps(el, props);
    appendKids(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }
  function s(tag, props) {
    var el = document.createElementNS(SVGNS, tag);
    setProps(el, props);
    appendKids(el, Array.prototype.slice.call(arguments, 2));
    return el;
  }
  function setProps(el, props) {
    if (!props) return;
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') el.textContent = v;
      else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
      else if (k === 'href') el.setAttribute('href', safeHref(v));
      else el.setAttribute(k, v === true ? '' : String(v));
    });
  }
  function appendKids(el, kids) {
    kids.forEach(function (k) {
      if (k === null || k === undefined || k === false) return;
      if (Array.isArray(k)) appendKids(el, k);
      else el.append(k instanceof Node ? k : String(k));
    });
  }
  /** In-page links, and plain http(s) addresses checked when the page was made; anything else goes nowhere. */
  function safeHref(v) {
    v = String(v);
    return (v.charAt(0) === '#' || /^https?:\/\/[^\s"'<>`\\]+$/i.test(v)) ? v : '#';
  }
  /** Appends kids as ``h`` does: nested lists flattened, null and false skipped, strings as text. */
  function add(el) { appendKids(el, Array.prototype.slice.call(arguments, 1)); return el; }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function clip(str, n) { str = (str || '').replace(/\s+/g, ' ').trim(); return str.length > n ? str.slice(0, n - 1) + '…' : str; }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
  function debounce(fn, ms) { var t; return function () { clearTimeout(t); t = setTimeout(fn, ms); }; }
  function empty(msg) { return h('div', {class: 'empty'}, msg); }
  function badge(status) { return h('span', {class: 'badge s-' + status, title: STATUS_HELP[status] || ''}, status); }
  function stanceEl(st) { return h('span', {class: 'stance st-' + st, title: STANCE_HELP[st] || ''}, st); }
  /** A map keyed by strings from the ledger: no prototype, so "__proto__" or "constructor" are plain keys. */
  function dict() { return Object.create(null); }
  function distinct(list) {
    var seen = Object.create(null);
    return list.filter(function (x) { return x in seen ? false : (seen[x] = true); });
  }
  function norm(str) { return (str || '').toLocaleLowerCase(); }

  function textOf(at) { return T[at[0]].slice(at[1], at[2]); }
  function srcHref(at) { return '#src/' + A[at[0]].id + '/' + at[1] + '/' + at[2]; }
  /** Per outlet: how its claims are sourced (own assertion, named or unnamed source, hedged). */
  function drawSourcing(root) {
    var rows = D.sourcing || [];
    if (!rows.length) return;
    var pct = function (n, of) { return h('td', {class: 'num', title: n + ' of ' + of}, Math.round(100 * n / of) + '%'); };
    var st = table(['Outlet', 'Claims', 'Asserted, no source', 'Named source', 'Unnamed source', 'Hedged']);
    add(st.querySelector('tbody'), rows.map(function (r) {
      return h('tr', null, h('td', {class: 'small'}, O[r[0]].label), h('td', {class: 'num'}, String(r[1])),
        pct(r[2], r[1]), pct(r[3], r[1]), pct(r[4], r[1]), pct(r[5], r[1]));
    }));
    add(root, h('h3', null, 'How each outlet sources its claims'), h('div', {class: 'scroll'}, st));
  }
  /** Per outlet: whom its claims and labels cast as aggressor, victim, protector, blamed or labelled. */
  function drawRoles(root) {
    var rows = D.roles || [];
    if (!rows.length) return;
    var names = ['aggressor', 'victim', 'protector', 'blamed', 'labelled'], per = dict(), order = [];
    rows.forEach(function (r) {
      if (!per[r[0]]) { per[r[0]] = dict(); order.push(r[0]); }
      var cell = per[r[0]][r[2]] = per[r[0]][r[2]] || [];
      if (cell.length < 4) cell.push(E[r[1]].name + (r[3] > 1 ? ' ×' + r[3] : ''));
    });
    var used = names.filter(function (n) { return order.some(function (oi) { return per[oi][n]; }); });
    var rt = table(['Outlet'].concat(used));
    add(rt.querySelector('tbody'), order.map(function (oi) {
      return h('tr', null, h('td', {class: 'small'}, O[oi].label), used.map(function (n) {
        return h('td', {class: 'small'}, per[oi][n] ? per[oi][n].join(', ') : h('span', {class: 'faint'}, '·'));
      }));
    }));
    add(root, h('h3', null, 'Who each outlet casts as what'),
      h('p', {class: 'small muted'}, 'From who does what to whom in its claims (attacks, blame, protection) and whom its framing spans are aimed at, quoted words included.'),
      h('div', {class: 'scroll'}, rt));
  }
  /** The span's words marked inside up to ``n`` characters either side, cut at the sentence's ends. */
  function inContext(at, n) {
    var t = T[at[0]], a = Math.max(0, at[1] - n), b = Math.min(t.length, at[2] + n);
    var before = t.slice(a, at[1]), after = t.slice(at[2], b);
    var cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    before = cut >= 0 ? before.slice(cut + 1) : (a > 0 ? '…' + before.replace(/^\S*\s/, '') : before);
    var end = after.search(/[.!?](\s|$)|\n/);
    after = end >= 0 ? after.slice(0, end + 1) : (b < t.length ? after.replace(/\s\S*$/, '') + '…' : after);
    return [before.replace(/\s+/g, ' ').replace(/^ /, ''), h('mark', null, t.slice(at[1], at[2])), after.replace(/\s+/g, ' ')];
  }
  var VOICE_NAMES = {outlet: 'own words', quoted: 'quoted', reported: 'reported speech'};
  function framingVoice(f) { return /:quoted$/.test(f.rule || '') ? 'quoted' : /:reported$/.test(f.rule || '') ? 'reported' : 'outlet'; }
  function outletLabel(ai) { return O[A[ai].o].label; }
  function articleLabel(ai) { var a = A[ai]; return a.title || a.name || a.id; }
  function entName(i) { return i >= 0 ? E[i].name : null; }
  function speakerOf(item) { return entName(item.sp) || item.spt || null; }
  function famEl(ai) { var f = A[ai].fam; return f ? h('span', {class: 'fam', title: 'near-copy family ' + f}, '≈' + f) : null; }

  /** Items grouped by article, for the reader. */
  function byArticle(list) {
    var out = A.map(function () { return []; });
    list.forEach(function (x, i) { out[x.at[0]].push(i); });
    return out;
  }
  var ITEMS = {claims: byArticle(D.claims), quotes: byArticle(D.quotes), numbers: byArticle(D.numbers),
    times: byArticle(D.times), framing: byArticle(D.framing)};
  var artIndex = dict();
  A.forEach(function (a, i) { artIndex[a.id] = i; });
  var clusterIndex = dict();
  D.clusters.forEach(function (k, i) { clusterIndex[k.id] = i; });
  var contraOf = dict();
  D.contra.forEach(function (c) {
    (contraOf[c[0]] = contraOf[c[0]] || []).push({other: c[1], why: c[2]});
    (contraOf[c[1]] = contraOf[c[1]] || []).push({other: c[0], why: c[2]});
  });
  var numGroupOf = dict(), numBad = dict();
  D.numgroups.forEach(function (g, gi) {
    g.items.forEach(function (n) { numGroupOf[n] = gi; });
    g.bad.forEach(function (n) { numBad[n] = true; });
  });

  /** Draws ``items`` into ``target`` a chunk at a time, as the reader scrolls near the end. */
  var lazies = [];
  function lazy(target, items, draw, chunk, after) {
    var i = 0, more = h('div', {class: 'more'});
    var button = h('button', {type: 'button', class: 'btn', onclick: function () { next(); }});
    add(more, button);
    var io = ('IntersectionObserver' in window) ? new IntersectionObserver(function (es) {
      if (es.some(function (e) { return e.isIntersecting; })) next();
    }, {rootMargin: '800px'}) : null;
    var self = {
      done: false, target: target,
      next: function () { if (!self.done) next(); },
      all: function () { while (!self.done) next(); },
      dispose: function () { more.remove(); if (io) io.disconnect(); self.done = true; }
    };
    function next() {
      if (i > 0 && !target.isConnected) { self.dispose(); return; }
      var frag = document.createDocumentFragment(), end = Math.min(items.length, i + chunk);
      for (; i < end; i++) add(frag, draw(items[i], i));
      add(target, frag);
      if (i >= items.length) { more.remove(); if (io) io.disconnect(); self.done = true; }
      else {
        button.textContent = 'Show more (' + (items.length - i) + ' left)';
        // observing anew reports at once whether the end is still in reach, so a short chunk is followed by the next
        if (io) { io.unobserve(more); io.observe(more); }
      }
    }
    (after || target).after(more);
    next();
    lazies = lazies.filter(function (l) { return !l.done && l.target.isConnected; });
    lazies.push(self);
    return self;
  }

  // ------------------------------------------------------------ shared pieces

  function whoText(c) {
    var who = speakerOf(c);
    if (c.st === 'attributed') return 'to ' + (who || 'an unnamed source');
    if (c.st === 'denied') return who ? 'by ' + who : '';
    if (c.st === 'hedged') return who ? 'citing ' + who : (c.cue ? '“' + c.cue + '”' : '');
    return who ? who : 'in its own voice';
  }

  /** One claim as a cell entry: stance, who, the words (a link to them in the article), contradictions. */
  function claimEl(ci, opts) {
    opts = opts || {};
    var c = D.claims[ci], ai = c.at[0], conflicts = contraOf[ci] || [];
    var el = h('div', {class: 'claim st-' + c.st + (conflicts.length ? ' conflict' : ''), 'data-claim': c.id},
      stanceEl(c.st), ' ', h('span', {class: 'who'}, whoText(c)),
      opts.outlet ? h('span', {class: 'who'}, ' · ' + outletLabel(ai)) : null,
      opts.date || opts.outlet ? h('span', {class: 'when'}, ' · ' + (A[ai].date || 'undated') + ' · ' + A[ai].id) : null,
      h('a', {class: 'ctext', href: srcHref(c.at), title: 'Show it in the article'}, clip(textOf(c.at), opts.long ? 600 : 280)),
      c.t ? h('span', {class: 'when'}, 'happened ' + c.t) : null,
      opts.cluster && c.k >= 0 ? h('div', {class: 'small'}, h('a', {href: '#side/' + D.clusters[c.k].id},
        '→ ' + clip(D.clusters[c.k].label || D.clusters[c.k].id, 90)), ' ', badge(D.clusters[c.k].status)) : null);
    conflicts.forEach(function (x) {
      var o = D.claims[x.other];
      add(el, h('div', {class: 'why'}, 'contradicts ', h('a', {href: srcHref(o.at)}, outletLabel(o.at[0])),
        x.why ? ': ' + x.why : ''));
    });
    return el;
  }

  function articleLink(ai) {
    return h('a', {href: '#reader/' + A[ai].id}, articleLabel(ai));
  }

  function sortable(table, columns, rows, drawRow, chunk) {
    var tbody = table.querySelector('tbody'), state = {col: -1, dir: 1}, current = rows.slice(), pager = null;
    function draw() {
      clear(tbody);
      if (pager) pager.dispose();
      pager = lazy(tbody, current, drawRow, chunk, table.parentNode);
    }
    table.querySelectorAll('thead th').forEach(function (th, i) {
      if (!columns[i]) return;
      th.classList.add('sortable');
      th.setAttribute('tabindex', '0');
      th.setAttribute('aria-sort', 'none');
      var go = function () {
        state.dir = state.col === i ? -state.dir : 1; state.col = i;
        var key = columns[i];
        current = rows.slice().sort(function (x, y) {
          var a = key(x), b = key(y);
          return (a < b ? -1 : a > b ? 1 : 0) * state.dir;
        });
        table.querySelectorAll('thead th').forEach(function (t) { t.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
        draw();
      };
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    });
    draw();
  }

  function table(headers) {
    return h('table', null, h('thead', null, h('tr', null, headers.map(function (x) {
      return h('th', {scope: 'col', class: x.cls || null}, x.label || x);
    }))), h('tbody'));
  }

  // ------------------------------------------------------------ overview

  function drawOverview(root) {
    var dated = A.filter(function (a) { return a.date; }).map(function (a) { return a.date; }).sort();
    var langs = dict();
    A.forEach(function (a) { var l = a.lang || 'unknown'; langs[l] = (langs[l] || 0) + 1; });
    var contested = D.clusters.filter(function (k) { return k.status === 'contested'; });
    var consensus = D.clusters.filter(function (k) { return k.status === 'consensus'; });
    var families = dict();
    A.forEach(function (a) { if (a.fam) families[a.fam] = true; });
    var stat = function (n, label, alert) { return h('div', {class: 'stat' + (alert && n ? ' alert' : '')}, h('b', null, String(n)), h('span', null, label)); };
    add(root, h('div', {class: 'stats'},
      stat(A.length, A.length === 1 ? 'article' : 'articles'),
      stat(O.length, O.length === 1 ? 'outlet' : 'outlets'),
      h('div', {class: 'stat'}, h('b', null, String(Object.keys(langs).length)),
        h('span', null, Object.keys(langs).sort(function (a, b) { return langs[b] - langs[a]; }).map(function (l) {
          return l + ' ' + langs[l];
        }).join(', '))),
      h('div', {class: 'stat'}, h('b', {class: 'range'}, dated.length ? spanLabel(dated[0], dated[dated.length - 1]) : 'undated'),
        h('span', null, 'published' + (dated.length < A.length ? ' (' + (A.length - dated.length) + ' undated)' : ''))),
      stat(contested.length, 'contested points', true),
      stat(consensus.length, 'points of consensus'),
      stat(D.contra.length, 'contradictions', true),
      stat(D.quotes.length, 'quotes'),
      stat(D.numbers.length, 'numbers'),
      stat(Object.keys(families).length, 'near-copy families')));

    // Where the accounts differ: a way in for the reader in a hurry.
    var teaser = h('div', {class: 'teaser'});
    if (contested.length) {
      var top = contested.slice().sort(function (a, b) { return b.arts.length - a.arts.length; }).slice(0, 4);
      add(teaser, h('div', {class: 'card'}, h('h3', null, 'Contested'), h('ul', null, top.map(function (k) {
        return h('li', null, h('a', {href: '#side/' + k.id}, clip(k.label || k.id, 140)), ' ',
          h('span', {class: 'muted small'}, plural(k.arts.length, 'article')));
      }))));
    }
    var badGroups = D.numgroups.filter(function (g) { return g.bad.length; });
    if (badGroups.length) {
      add(teaser, h('div', {class: 'card'}, h('h3', null, 'Numbers that differ'), h('ul', null, badGroups.slice(0, 4).map(function (g) {
        return h('li', null, h('a', {href: '#names'}, clip(g.label, 80)), ': ',
          distinct(g.items.map(function (n) { return D.numbers[n].v; })).slice(0, 6).join(' vs '));
      }))));
    }
    if (D.contra.length) {
      add(teaser, h('div', {class: 'card'}, h('h3', null, 'Contradictions'), h('ul', null, D.contra.slice(0, 4).map(function (c) {
        var k = D.claims[c[0]].k;
        return h('li', null, h('a', {href: k >= 0 ? '#side/' + D.clusters[k].id : '#side'}, clip(c[2] || 'see side by side', 120)), ' ',
          h('span', {class: 'muted small'}, outletLabel(D.claims[c[0]].at[0]) + ' vs ' + outletLabel(D.claims[c[1]].at[0])));
      }))));
    }
    if (teaser.childNodes.length) add(root, h('h2', null, 'Where the accounts differ'), teaser);

    add(root, h('h2', null, 'Articles'));
    if (!A.length) add(root, empty('The ledger has no articles.'));
    else {
      var t = table([{label: 'Id'}, {label: 'Outlet'}, {label: 'Published'}, {label: 'Lang'}, {label: 'Words', cls: 'num'},
        {label: 'Status'}, {label: 'Family', cls: 'nowrap'}, {label: 'Title'}]);
      var wrap = h('div', {class: 'scroll'}, t);
      add(root, wrap, h('p', {class: 'small muted'}, 'Family: articles that copy or rewrite each other share a number (≈1, ≈2, …); ',
        'their claims count once toward independent sources.'));
      var idx = A.map(function (a, i) { return i; });
      sortable(t, [
        function (i) { return i; }, function (i) { return norm(outletLabel(i)); }, function (i) { return A[i].date || '9999'; },
        function (i) { return A[i].lang || ''; }, function (i) { return A[i].words; }, function (i) { return A[i].status; },
        function (i) { return A[i].fam || 1e9; }, function (i) { return norm(articleLabel(i)); }
      ], idx, function (i) {
        var a = A[i];
        return h('tr', null, h('td', null, h('a', {href: '#reader/' + a.id}, a.id)),
          h('td', null, outletLabel(i), O[a.o].known ? null : h('span', {class: 'faint small', title: 'the ledger does not name this outlet'}, ' (?)')),
          h('td', {class: 'nowrap'}, a.date || '—', a.date && a.dateFrom ? h('span', {class: 'faint small'}, ' ' + a.dateFrom) : null),
          h('td', null, a.lang || '—'), h('td', {class: 'num'}, a.words.toLocaleString('en')),
          h('td', null, a.status, a.problem ? h('div', {class: 'small muted'}, a.problem) : null),
          h('td', null, famEl(i) || h('span', {class: 'faint'}, '—')),
          h('td', null, articleLink(i)));
      }, 100);
    }

    add(root, h('h2', null, 'Near-copies and rewrites'));
    if (!D.copies.length) add(root, empty('No article copies or rewrites another, as far as the ledger says.'));
    else {
      var list = h('div');
      add(root, list);
      lazy(list, D.copies, function (r) {
        return h('div', {class: 'group'}, h('h4', null, articleLink(r.a), ' ', h('span', {class: 'muted small'}, '(' + outletLabel(r.a) + ')'),
          ' ', h('span', {class: 'badge'}, r.type + ' ' + Math.round(r.score * 100) + '%'), ' ',
          articleLink(r.b), ' ', h('span', {class: 'muted small'}, '(' + outletLabel(r.b) + ')')),
          r.why ? h('p', {class: 'small'}, r.why) : null,
          r.details.length ? h('ul', {class: 'small'}, r.details.map(function (d) {
            return h('li', null, h('b', null, d[0] + ': '), d[1]);
          })) : null);
      }, 50);
    }

    add(root, h('h2', null, 'Inputs not analysed'));
    if (!D.inputs.length) add(root, h('p', {class: 'muted'}, 'Every input (' + D.inputsTotal + ') was analysed.'));
    else {
      var ti = table(['Input', 'Status', 'Why']);
      add(root, h('div', {class: 'scroll'}, ti));
      lazy(ti.querySelector('tbody'), D.inputs, function (x) {
        return h('tr', null, h('td', null, h('code', null, x.source)), h('td', null, x.status), h('td', null, x.problem || '—'));
      }, 100, ti.parentNode);
    }
    add(root, h('h2', null, 'How to read this report'),
      h('div', {class: 'legend'}, STANCES.concat(['silent']).map(function (st) {
        return h('span', null, h('span', {class: 'stance st-' + st}, st), STANCE_HELP[st]);
      })),
      h('p', {class: 'small muted'}, 'Every claim, quote and number links to the exact words in its article (Reader). ',
        'Contested: the accounts disagree; consensus: independent sources agree; single-source: one source only. ',
        'Made by ' + (D.meta.generator || 'rashomon') + (D.meta.created ? ' on ' + D.meta.created : '') + ' from the ledger alone.'));
  }

  // ------------------------------------------------------------ side by side

  var side = {statuses: {contested: true, consensus: true, 'single-source': false}, q: '', cols: null};

  function defaultColumns() {
    var weight = O.map(function () { return 0; });
    D.claims.forEach(function (c) { if (c.k >= 0) weight[A[c.at[0]].o]++; });
    var order = O.map(function (o, i) { return i; });
    if (O.length <= 10) return order;
    var top = order.slice().sort(function (a, b) { return weight[b] - weight[a] || a - b; }).slice(0, 10);
    return order.filter(function (i) { return top.indexOf(i) >= 0; });
  }

  function drawSide(root) {
    if (!D.clusters.length) {
      add(root, empty('No claims were grouped across articles (the ledger has no clusters), so there is nothing to set side by side yet.'));
      if (D.claims.length) add(root, h('p', {class: 'muted'}, plural(D.claims.length, 'claim') + ' stand in the articles; open them in the ', h('a', {href: '#reader'}, 'Reader'), '.'));
      return;
    }
    side.cols = defaultColumns();
    var counts = dict();
    D.clusters.forEach(function (k) { counts[k.status] = (counts[k.status] || 0) + 1; });
    if (!counts.contested && !counts.consensus) side.statuses['single-source'] = true;
    var count = h('span', {class: 'count'});
    var search = h('input', {type: 'search', placeholder: 'Filter claims…', 'aria-label': 'Filter claims'});
    var pick = h('details', {class: 'pick'}, h('summary', null, 'Outlets ▾'));
    var menu = h('div', {class: 'menu'});
    add(pick, menu);
    var rowsHost = h('div');
    var controls = h('div', {class: 'controls'},
      ['contested', 'consensus', 'single-source'].map(function (st) {
        var box = h('input', {type: 'checkbox', name: 'status', value: st, checked: side.statuses[st]});
        box.addEventListener('change', function () { side.statuses[st] = box.checked; redraw(); });
        return h('label', null, box, badge(st), h('span', {class: 'small muted'}, String(counts[st] || 0)));
      }), search, pick, count);
    function drawMenu() {
      clear(menu);
      add(menu, h('div', {class: 'chips'},
        h('button', {type: 'button', class: 'btn', onclick: function () { side.cols = O.map(function (o, i) { return i; }); drawMenu(); redraw(); }}, 'All'),
        h('button', {type: 'button', class: 'btn', onclick: function () { side.cols = defaultColumns(); drawMenu(); redraw(); }}, 'Default')));
      O.forEach(function (o, i) {
        var box = h('input', {type: 'checkbox', checked: side.cols.indexOf(i) >= 0});
        box.addEventListener('change', function () {
          side.cols = O.map(function (x, j) { return j; }).filter(function (j) {
            return j === i ? box.checked : side.cols.indexOf(j) >= 0;
          });
          redraw();
        });
        add(menu, h('label', null, box, o.label, h('span', {class: 'faint small'}, ' ' + o.arts.length)));
      });
    }
    drawMenu();
    search.addEventListener('input', debounce(function () { side.q = norm(search.value.trim()); redraw(); }, 150));
    add(root, controls, h('div', {class: 'legend'}, 'Each cell: how the outlet tells the point —', STANCES.concat(['silent']).map(function (st) {
      return h('span', {title: STANCE_HELP[st]}, h('span', {class: 'stance st-' + st}, st), STANCE_SHORT[st]);
    })));

    if (D.contra.length) {
      var cl = h('div', {class: 'contra-list'});
      add(root, h('details', {class: 'contras'},
        h('summary', null, h('h2', null, '⚡ ' + plural(D.contra.length, 'contradiction')), h('span', {class: 'muted small'}, ' pair by pair; each is also marked in its cells below')), cl));
      lazy(cl, D.contra, function (c) {
        var side_ = function (ci) {
          var x = D.claims[ci], ai = x.at[0];
          return h('div', {class: 'side'}, h('div', {class: 'src'}, outletLabel(ai) + ' · ' + (A[ai].date || 'undated') + ' · ', stanceEl(x.st), ' ', whoText(x)),
            h('a', {href: srcHref(x.at)}, clip(textOf(x.at), 300)));
        };
        return h('div', {class: 'contra'}, side_(c[0]), h('div', {class: 'vs'}, 'vs'), side_(c[1]),
          c[2] ? h('div', {class: 'reason'}, '⚡ ' + c[2]) : null);
      }, 10);
    }
    add(root, rowsHost);

    function redraw() {
      clear(rowsHost);
      var q = side.q, cols = side.cols;
      var rows = D.clusters.map(function (k, i) { return i; }).filter(function (i) {
        var k = D.clusters[i];
        if (!side.statuses[k.status]) return false;
        if (!q) return true;
        if (norm(k.label).indexOf(q) >= 0) return true;
        return k.claims.some(function (ci) { return norm(textOf(D.claims[ci].at)).indexOf(q) >= 0; });
      });
      var rank = {contested: 0, consensus: 1, 'single-source': 2};
      rows.sort(function (a, b) {
        var x = D.clusters[a], y = D.clusters[b];
        return (rank[x.status] - rank[y.status]) || (y.arts.length - x.arts.length) || (a - b);
      });
      count.textContent = rows.length + ' of ' + plural(D.clusters.length, 'point');
      if (!rows.length) { add(rowsHost, empty('No point matches these filters.')); return; }
      if (!cols.length) { add(rowsHost, empty('Pick at least one outlet to show.')); return; }
      var t = h('table', {class: 'sbs'});
      t.style.setProperty('--cols', String(cols.length));
      add(t, h('colgroup', null, h('col', {class: 'head'}), cols.map(function () { return h('col'); })),
        h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Point'), cols.map(function (oi) {
          var o = O[oi], fams = dict();
          o.arts.forEach(function (ai) { if (A[ai].fam) fams[A[ai].fam] = true; });
          return h('th', {scope: 'col'}, h('span', {class: 'outlet-h'}, o.label,
            h('small', null, plural(o.arts.length, 'article') + (Object.keys(fams).length ? ' · ≈' + Object.keys(fams).join(' ≈') : ''))));
        }))));
      var tbody = h('tbody');
      add(t, tbody);
      var wrap = h('div', {class: 'scroll'}, t);
      add(rowsHost, wrap);
      side.pager = lazy(tbody, rows, function (ki) { return sideRow(ki, cols); }, 30, wrap);
    }
    side.redraw = redraw;
    redraw();
  }

  var CELL_CLAIMS = 3;  // claims shown per cell before a "more" button: one outlet may repeat a point many times
  function sideRow(ki, cols) {
    var k = D.clusters[ki], cells = dict();
    k.claims.forEach(function (ci) { var oi = A[D.claims[ci].at[0]].o; (cells[oi] = cells[oi] || []).push(ci); });
    var origins = k.origins.filter(function (o) { return o.arts.length > 1 || o.up >= 0; });
    var tr = h('tr', {id: 'k-' + k.id},
      h('th', {scope: 'row', class: 'row'}, h('span', {class: 'label'}, k.label || k.id), badge(k.status), ' ',
        h('span', {class: 'meta'}, plural(k.indep, 'independent source') + ' in ' + plural(k.arts.length, 'article')),
        origins.length ? h('ul', {class: 'origins meta', title: 'articles that share one origin count once'}, origins.map(function (o) {
          var names = dict(), order = [];
          o.arts.forEach(function (ai) { var l = outletLabel(ai); if (!names[l]) order.push(l); names[l] = (names[l] || 0) + 1; });
          return h('li', null, o.up >= 0 ? h('b', null, E[o.up].name + ' → ') : 'one origin: ',
            order.map(function (l) { return l + (names[l] > 1 ? ' ×' + names[l] : ''); }).join(', '));
        })) : null));
    cols.forEach(function (oi) {
      var list = cells[oi];
      if (!list) { add(tr, h('td', {class: 'silent', 'data-outlet': O[oi].label}, 'silent')); return; }
      var multi = O[oi].arts.length > 1, td = h('td', {'data-outlet': O[oi].label});
      add(td, list.slice(0, CELL_CLAIMS).map(function (ci) { return claimEl(ci, {date: multi}); }));
      if (list.length > CELL_CLAIMS) {
        var rest = h('button', {type: 'button', class: 'btn small', onclick: function () {
          rest.replaceWith.apply(rest, list.slice(CELL_CLAIMS).map(function (ci) { return claimEl(ci, {date: multi}); }));
        }}, '+' + (list.length - CELL_CLAIMS) + ' more from ' + O[oi].label);
        add(td, rest);
      }
      add(tr, td);
    });
    return tr;
  }

  function focusCluster(id) {
    var ki = clusterIndex[id];
    if (ki === undefined) return;
    var k = D.clusters[ki];
    if (!side.statuses[k.status] || side.q) { side.statuses[k.status] = true; side.q = ''; syncSideControls(); side.redraw(); }
    var row = document.getElementById('k-' + id);
    while (!row && side.pager && !side.pager.done) {
      side.pager.next();
      row = document.getElementById('k-' + id);
    }
    if (row) {
      row.classList.remove('target'); void row.offsetWidth; row.classList.add('target');
      row.scrollIntoView({block: 'center'});
    }
  }
  function syncSideControls() {
    document.querySelectorAll('#v-side input[name=status]').forEach(function (b) { b.checked = !!side.statuses[b.value]; });
    var q = document.querySelector('#v-side input[type=search]');
    if (q) q.value = side.q;
  }

  // ------------------------------------------------------------ timeline

  function dayNumber(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 864e5 : null;
  }
  function dayRange(iso) {
    var d = dayNumber(iso);
    if (d !== null) return [d, d];
    var m = /^(\d{4})-(\d{2})$/.exec(iso || '');
    if (m) return [Date.UTC(+m[1], +m[2] - 1, 1) / 864e5, Date.UTC(+m[1], +m[2], 0) / 864e5];
    m = /^(\d{4})$/.exec(iso || '');
    if (m) return [Date.UTC(+m[1], 0, 1) / 864e5, Date.UTC(+m[1], 11, 31) / 864e5];
    return null;
  }
  /** "Mar 14 – Mar 20, 2025" for two ISO days. */
  function spanLabel(first, last) {
    var a = dayNumber(first), b = dayNumber(last);
    if (a === null || b === null) return first === last ? first : first + ' – ' + last;
    var ya = first.slice(0, 4), yb = last.slice(0, 4);
    if (a === b) return dayLabel(a) + ', ' + ya;
    return dayLabel(a) + (ya !== yb ? ', ' + ya : '') + ' – ' + dayLabel(b) + ', ' + yb;
  }
  function dayLabel(d, withYear) {
    var x = new Date(d * 864e5);
    return MONTHS[x.getUTCMonth()] + ' ' + x.getUTCDate() + (withYear ? ' ' + x.getUTCFullYear() : '');
  }

  var tl = {follow: -1, allLanes: false, selected: null};

  function drawTimeline(root) {
    var events = D.timeline.map(function (t, i) { return {i: i, r: dayRange(t.date)}; }).filter(function (e) { return e.r; });
    var dots = A.map(function (a, i) { return {i: i, d: dayNumber(a.date)}; }).filter(function (x) { return x.d !== null; });
    // days the articles mention (resolved dates), with the articles that mention each
    var mentioned = dict();
    D.times.forEach(function (t, ti) {
      var d = dayNumber(t.v);
      if (d === null) return;
      var m = mentioned[d] = mentioned[d] || {d: d, items: [], arts: {}};
      m.items.push(ti); m.arts[t.at[0]] = true;
    });
    var days = Object.keys(mentioned).map(function (d) { return mentioned[d]; });
    if (!events.length && !dots.length && !days.length) {
      add(root, empty('Nothing in this ledger has a date: no dated events, no publication days and no resolved dates, so there is no timeline to draw.'));
      drawChanges(root);
      return;
    }
    var follow = h('select', {'aria-label': 'Follow one point across outlets'}, h('option', {value: '-1'}, 'Follow a point across outlets…'));
    var rank = {contested: 0, consensus: 1, 'single-source': 2};
    D.clusters.map(function (k, i) { return i; }).sort(function (a, b) {
      var x = D.clusters[a], y = D.clusters[b];
      return (rank[x.status] - rank[y.status]) || (y.arts.length - x.arts.length) || a - b;
    }).forEach(function (i) {
      var k = D.clusters[i];
      add(follow, h('option', {value: String(i)}, '[' + k.status + '] ' + clip(k.label || k.id, 90)));
    });
    var lanesBox = h('input', {type: 'checkbox'});
    var svgHost = h('div', {class: 'tl-wrap'});
    var panel = h('div', {class: 'panel', 'aria-live': 'polite'});
    var controls = h('div', {class: 'controls'}, D.clusters.length ? follow : null,
      O.length > 20 ? h('label', null, lanesBox, 'all ' + O.length + ' outlets') : null,
      h('span', {class: 'count'}, plural(events.length, 'dated event') + ', ' + plural(dots.length, 'dated article')));
    add(root, controls, h('div', {class: 'legend'},
      h('span', null, '◆ an event in the ledger\'s timeline'), h('span', null, '▮ a day the articles mention'),
      h('span', null, '● an article, on its publication day'),
      D.clusters.length ? h('span', null, 'following a point colours each article by its stance:') : null,
      D.clusters.length ? STANCES.map(function (st) { return h('span', {class: 'stance st-' + st}, '● ' + st); }) : null),
      svgHost, panel);
    var undated = A.length - dots.length;
    if (undated) add(root, h('p', {class: 'small muted'}, 'Not on the timeline: ' + plural(undated, 'undated article') + '.'));

    var listHost = h('div');
    add(root, h('h2', null, 'Dated events'), listHost);
    if (!D.timeline.length) add(listHost, empty('The ledger\'s timeline is empty: no claim was tied to a day. The days the articles mention are on the chart above.'));
    else {
      var ol = h('ol', {class: 'events'});
      add(listHost, ol);
      lazy(ol, D.timeline.map(function (t, i) { return i; }), function (i) {
        var t = D.timeline[i];
        return h('li', null, h('span', {class: 'n'}, String(i + 1)), h('span', {class: 'd nowrap'}, t.date),
          h('span', {class: 'l'}, h('a', {href: '#timeline', 'data-event': String(i), onclick: function (e) { e.preventDefault(); selectEvent(i); }}, t.label || '(no label)'),
            h('span', {class: 'small muted'}, ' · ' + plural(t.claims.length, 'claim') + ', ' + plural(t.arts.length, 'article'))));
      }, 80);
    }
    drawChanges(root);

    function draw() {
      clear(svgHost);
      // The axis spans the days: publication days, mentioned days and day-grain events. Month- and
      // year-long events are drawn as bands cut to it, so one "2025" does not squeeze a week into a line.
      var lo = Infinity, hi = -Infinity;
      var widen = function (a, b) { lo = Math.min(lo, a); hi = Math.max(hi, b); };
      dots.forEach(function (x) { widen(x.d, x.d); });
      days.forEach(function (m) { widen(m.d, m.d); });
      events.forEach(function (e) { if (e.r[0] === e.r[1]) widen(e.r[0], e.r[1]); });
      if (lo === Infinity) events.forEach(function (e) { widen(e.r[0], e.r[1]); });
      lo -= 1; hi += 1;
      var narrow = (svgHost.clientWidth || 900) < 600;
      var n = hi - lo + 1, left = narrow ? 112 : 170, right = narrow ? 12 : 24;
      var width = Math.max(svgHost.clientWidth || 900, narrow ? 360 : 600);
      var dayW = Math.max((width - left - right) / n, 3);
      width = left + right + dayW * n;
      var x = function (d) { return left + (Math.min(Math.max(d, lo), hi) - lo + 0.5) * dayW; };
      var rowsEnd = [], placed = events.slice().sort(function (a, b) { return a.r[0] - b.r[0] || a.i - b.i; }).map(function (e) {
        var x0 = x(e.r[0]) - 10, x1 = Math.max(x(e.r[1]) + dayW / 2, x(e.r[0]) + 10), r = 0;
        while (rowsEnd[r] !== undefined && rowsEnd[r] > x0) r++;
        rowsEnd[r] = x1 + 3;
        return {e: e, row: r};
      });
      var evTop = 30, evH = Math.max(rowsEnd.length, 1) * 22;
      var menTop = evTop + evH + 8, menH = days.length ? 30 : 0;
      var laneOf = dict(), lanes = [], folded = [];
      O.forEach(function (o, oi) {
        if (!o.arts.some(function (ai) { return A[ai].date; })) return;
        if (!tl.allLanes && lanes.length >= 20) { folded.push(oi); return; }
        laneOf[oi] = lanes.length; lanes.push({label: o.label, title: o.label});
      });
      if (folded.length) {
        folded.forEach(function (oi) { laneOf[oi] = lanes.length; });
        lanes.push({label: 'Other outlets (' + folded.length + ')', title: 'tick "all outlets" to see them one by one'});
      }
      var laneTop = menTop + menH + 14, laneH = 26, height = laneTop + lanes.length * laneH + 10;
      var svg = s('svg', {class: 'tl', width: Math.ceil(width), height: height, viewBox: '0 0 ' + Math.ceil(width) + ' ' + height,
        role: 'group', 'aria-label': 'Timeline of events, of the days the articles mention, and of when each outlet published'});
      var steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730], step = steps[steps.length - 1];
      for (var si = 0; si < steps.length; si++) if (steps[si] * dayW >= 70) { step = steps[si]; break; }
      var axis = s('g', {class: 'axis'}), lastYear = null;
      for (var d = lo + 1; d <= hi; d += step) {
        var year = new Date(d * 864e5).getUTCFullYear();
        add(axis, s('line', {x1: x(d), x2: x(d), y1: 20, y2: height - 6}),
          s('text', {x: x(d) + 3, y: 14}, dayLabel(d, year !== lastYear)));
        lastYear = year;
      }
      add(svg, axis);
      add(svg, s('text', {x: 8, y: evTop + 14, class: 'lane-label'}, 'Events'));
      if (!events.length) add(svg, s('text', {x: left, y: evTop + 14, class: 'lane-label'}, 'none in the ledger\'s timeline'));
      placed.forEach(function (p) {
        var e = p.e, y = evTop + p.row * 22 + 10, t = D.timeline[e.i], cx = x(e.r[0]);
        var g = s('g', {tabindex: '0', role: 'button', 'aria-label': t.date + ': ' + t.label, 'data-event': String(e.i)});
        if (e.r[1] > e.r[0]) add(g, s('rect', {class: 'band', x: cx - dayW / 2, y: y - 8, width: Math.max(x(e.r[1]) - cx + dayW, dayW), height: 16, rx: 3}));
        add(g, s('path', {class: 'ev' + (tl.selected === 'e' + e.i ? ' sel' : ''), d: 'M' + cx + ' ' + (y - 9) + 'l9 9l-9 9l-9 -9z'}),
          s('text', {class: 'ev-n', x: cx, y: y + 3.5, 'text-anchor': 'middle'}, String(e.i + 1)),
          s('title', null, t.date + ': ' + t.label));
        activate(g, function () { selectEvent(e.i); });
        add(svg, g);
      });
      if (days.length) {
        add(svg, s('text', {x: 8, y: menTop + 20, class: 'lane-label'}, 'Days mentioned'));
        var most = Math.max.apply(null, days.map(function (m) { return Object.keys(m.arts).length; }));
        days.forEach(function (m) {
          var k = Object.keys(m.arts).length, bh = 6 + 20 * k / most, w = Math.max(Math.min(dayW - 2, 10), 3);
          var bar = s('rect', {class: 'men' + (tl.selected === 'm' + m.d ? ' sel' : ''), x: x(m.d) - w / 2, y: menTop + 26 - bh, width: w, height: bh, rx: 1.5,
            tabindex: '0', role: 'button', 'data-day': String(m.d), 'aria-label': dayLabel(m.d, true) + ': mentioned in ' + plural(k, 'article')},
            s('title', null, dayLabel(m.d, true) + ': mentioned in ' + plural(k, 'article')));
          activate(bar, function () { selectDay(m); });
          add(svg, bar);
        });
      }
      var stanceOf = followStances();
      lanes.forEach(function (lane, li) {
        var y = laneTop + li * laneH + laneH / 2;
        add(svg, s('g', {class: 'lane'}, s('line', {x1: left - 6, x2: width - right, y1: y, y2: y}),
          s('text', {class: 'lane-label', x: 8, y: y + 4}, clip(lane.label, narrow ? 15 : 24), s('title', null, lane.title))));
      });
      var seen = dict();
      dots.forEach(function (dot) {
        var li = laneOf[A[dot.i].o], y = laneTop + li * laneH + laneH / 2, key = li + ':' + dot.d;
        var k = seen[key] = (seen[key] || 0) + 1;
        var cx = x(dot.d) + ((k - 1) * 7) % Math.max(dayW - 4, 7);
        var st = stanceOf ? stanceOf[dot.i] : null;
        var c = s('circle', {cx: cx, cy: y, r: 5.5, tabindex: '0', role: 'button', 'data-article': A[dot.i].id,
          class: 'art' + (st ? ' st-' + st : stanceOf ? ' dim' : '') + (tl.selected === 'a' + dot.i ? ' sel' : ''),
          'aria-label': outletLabel(dot.i) + ', ' + A[dot.i].date + ': ' + articleLabel(dot.i)},
          s('title', null, outletLabel(dot.i) + ' · ' + A[dot.i].date + '\n' + articleLabel(dot.i)));
        activate(c, function () { selectArticle(dot.i); });
        add(svg, c);
      });
      add(svgHost, svg);
    }
    function activate(el, fn) {
      el.addEventListener('click', fn);
      el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); } });
    }
    function followStances() {
      if (tl.follow < 0) return null;
      var out = dict(), strength = {asserted: 1, attributed: 2, hedged: 3, denied: 4};
      D.clusters[tl.follow].claims.forEach(function (ci) {
        var c = D.claims[ci], ai = c.at[0];
        if (!out[ai] || strength[c.st] > strength[out[ai]]) out[ai] = c.st;
      });
      return out;
    }
    function selectEvent(i) {
      tl.selected = 'e' + i; draw();
      var t = D.timeline[i];
      add(clear(panel), h('h3', null, t.date + ' · ' + (t.label || '(no label)')),
        t.claims.length ? t.claims.map(function (ci) { return claimEl(ci, {outlet: true, cluster: true}); }) : h('p', {class: 'muted'}, 'No claim is tied to this event.'),
        t.arts.length ? h('p', {class: 'small'}, 'Articles: ', t.arts.map(function (ai, j) { return [j ? ', ' : '', articleLink(ai), ' (' + outletLabel(ai) + ')']; })) : null);
      panel.scrollIntoView({block: 'nearest'});
    }
    function selectDay(m) {
      tl.selected = 'm' + m.d; draw();
      add(clear(panel), h('h3', null, dayLabel(m.d, true) + ' · mentioned in ' + plural(Object.keys(m.arts).length, 'article')),
        h('ul', null, m.items.map(function (ti) {
          var t = D.times[ti];
          return h('li', null, outletLabel(t.at[0]) + ' · ' + (A[t.at[0]].date || 'undated') + ': ', h('a', {href: srcHref(t.at)}, '“' + textOf(t.at) + '”'));
        })));
      panel.scrollIntoView({block: 'nearest'});
    }
    function selectArticle(ai) {
      tl.selected = 'a' + ai; draw();
      var cs = ITEMS.claims[ai];
      add(clear(panel), h('h3', null, outletLabel(ai) + ' · ' + (A[ai].date || 'undated') + ' · ', articleLink(ai)),
        cs.length ? cs.map(function (ci) { return claimEl(ci, {cluster: true}); }) : h('p', {class: 'muted'}, 'No claim was found in this article.'));
      panel.scrollIntoView({block: 'nearest'});
    }
    function followStory() {
      if (tl.follow < 0) { clear(panel); return; }
      var k = D.clusters[tl.follow];
      var claims = k.claims.slice().sort(function (a, b) {
        var x = A[D.claims[a].at[0]].date || '9999', y = A[D.claims[b].at[0]].date || '9999';
        return x < y ? -1 : x > y ? 1 : a - b;
      });
      add(clear(panel), h('h3', null, clip(k.label || k.id, 160), ' ', badge(k.status)),
        h('p', {class: 'small muted'}, 'Each outlet\'s account of this point, in the order it was published.'),
        h('div', {class: 'story'}, claims.map(function (ci) { return claimEl(ci, {outlet: true}); })));
    }
    follow.addEventListener('change', function () { tl.follow = +follow.value; tl.selected = null; draw(); followStory(); });
    lanesBox.addEventListener('change', function () { tl.allLanes = lanesBox.checked; draw(); });
    window.addEventListener('resize', debounce(function () { if (current === 'timeline') draw(); }, 200));
    tl.draw = draw;
    draw();
  }

  /** How accounts changed: the ledger's `evolves` relations, and outlets whose stance on a point changed. */
  function drawChanges(root) {
    add(root, h('h2', null, 'How the accounts changed'));
    var ref = function (r) {
      if (r[0] === 'claim') {
        var c = D.claims[r[1]];
        return h('span', null, outletLabel(c.at[0]) + ' · ' + (A[c.at[0]].date || 'undated') + ' · ', stanceEl(c.st), ' ',
          h('a', {href: srcHref(c.at)}, clip(textOf(c.at), 200)));
      }
      return h('span', null, outletLabel(r[1]) + ' · ' + (A[r[1]].date || 'undated') + ' · ', articleLink(r[1]));
    };
    var shifts = [];
    D.clusters.forEach(function (k) {
      var per = dict();
      k.claims.forEach(function (ci) { var c = D.claims[ci]; (per[A[c.at[0]].o] = per[A[c.at[0]].o] || []).push(ci); });
      Object.keys(per).forEach(function (oi) {
        var seq = per[oi].filter(function (ci) { return A[D.claims[ci].at[0]].date; }).sort(function (a, b) {
          var x = A[D.claims[a].at[0]].date, y = A[D.claims[b].at[0]].date;
          return x < y ? -1 : x > y ? 1 : 0;
        });
        for (var i = 1; i < seq.length; i++) {
          var p = D.claims[seq[i - 1]], c = D.claims[seq[i]];
          if (p.st !== c.st && A[p.at[0]].date !== A[c.at[0]].date) shifts.push({k: k, a: seq[i - 1], b: seq[i]});
        }
      });
    });
    if (!D.evolves.length && !shifts.length) {
      add(root, empty('No account in this ledger changes over time: no "evolves" relation, and no outlet changed its stance on a point from one day to another.'));
      return;
    }
    var host = h('div');
    add(root, host);
    var items = D.evolves.map(function (r) { return {r: r}; }).concat(shifts.map(function (x) { return {x: x}; }));
    lazy(host, items, function (it) {
      if (it.r) {
        return h('div', {class: 'group'}, h('div', null, ref(it.r.a)), h('div', null, '↓ ', ref(it.r.b)),
          it.r.why ? h('p', {class: 'small'}, it.r.why) : null,
          it.r.details.length ? h('ul', {class: 'small'}, it.r.details.map(function (d) { return h('li', null, h('b', null, d[0] + ': '), d[1]); })) : null);
      }
      var a = D.claims[it.x.a], b = D.claims[it.x.b];
      return h('div', {class: 'group'}, h('h4', null, outletLabel(a.at[0]) + ': ', stanceEl(a.st), ' → ', stanceEl(b.st), ' ',
        h('a', {href: '#side/' + it.x.k.id, class: 'small'}, clip(it.x.k.label || it.x.k.id, 100))),
        h('div', null, ref(['claim', it.x.a])), h('div', null, '↓ ', ref(['claim', it.x.b])));
    }, 40);
  }

  // ------------------------------------------------------------ quotes

  function drawQuotes(root) {
    if (!D.quotes.length) {
      add(root, empty('No quotes were found in these articles.'));
      return;
    }
    var speakers = dict(), outletsUsed = dict();
    D.quotes.forEach(function (q) {
      var key = q.sp >= 0 ? 'e' + q.sp : q.spt ? 't' + norm(q.spt) : 'none';
      var sp = speakers[key] = speakers[key] || {label: speakerOf(q) || 'unknown speaker', n: 0};
      sp.n++;
      outletsUsed[A[q.at[0]].o] = (outletsUsed[A[q.at[0]].o] || 0) + 1;
    });
    var search = h('input', {type: 'search', placeholder: 'Search quotes, speakers, outlets…', 'aria-label': 'Search quotes'});
    var who = h('select', {name: 'speaker', 'aria-label': 'Speaker'}, h('option', {value: ''}, 'Every speaker'),
      Object.keys(speakers).sort(function (a, b) { return speakers[b].n - speakers[a].n || (speakers[a].label < speakers[b].label ? -1 : 1); })
        .map(function (k) { return h('option', {value: k}, speakers[k].label + ' (' + speakers[k].n + ')'); }));
    var where = h('select', {name: 'outlet', 'aria-label': 'Outlet'}, h('option', {value: ''}, 'Every outlet'),
      O.map(function (o, i) { return outletsUsed[i] ? h('option', {value: String(i)}, o.label + ' (' + outletsUsed[i] + ')') : null; }));
    var kind = h('select', {name: 'kind', 'aria-label': 'Kind of quote'}, h('option', {value: 'di'}, 'direct and indirect'),
      h('option', {value: 'direct'}, 'direct only'), h('option', {value: 'indirect'}, 'indirect only'),
      h('option', {value: 'scare'}, 'scare quotes'), h('option', {value: ''}, 'all'));
    var count = h('span', {class: 'count', 'aria-live': 'polite'});
    var host = h('div');
    add(root, h('div', {class: 'controls'}, search, who, where, kind, count), host);
    function keyOf(q) { return q.sp >= 0 ? 'e' + q.sp : q.spt ? 't' + norm(q.spt) : 'none'; }
    function redraw() {
      clear(host);
      var words = norm(search.value.trim()), sp = who.value, ol = where.value, kd = kind.value;
      var rows = [];
      D.quotes.forEach(function (q, i) {
        if (sp && keyOf(q) !== sp) return;
        if (ol && String(A[q.at[0]].o) !== ol) return;
        if (kd === 'di' ? q.kind === 'scare' : kd && q.kind !== kd) return;
        if (words) {
          var hay = norm(textOf(q.at) + ' ' + (speakerOf(q) || '') + ' ' + outletLabel(q.at[0]) + ' ' +
            q.via.map(function (v) { return E[v].name; }).join(' '));
          if (hay.indexOf(words) < 0) return;
        }
        rows.push(i);
      });
      count.textContent = rows.length + ' of ' + plural(D.quotes.length, 'quote');
      if (!rows.length) { add(host, empty('No quote matches these filters.')); return; }
      var t = table(['Speaker', 'Via', 'Outlet', 'Quote']);
      t.classList.add('quotes');
      var wrap = h('div', {class: 'scroll'}, t);
      add(host, wrap);
      lazy(t.querySelector('tbody'), rows, function (i) {
        var q = D.quotes[i], ai = q.at[0], role = q.sp >= 0 ? E[q.sp].role : null, said = textOf(q.at);
        return h('tr', {'data-quote': q.id},
          h('td', null, h('b', null, speakerOf(q) || h('span', {class: 'faint'}, 'unknown')),
            role ? h('div', {class: 'small muted'}, role) : null,
            q.sp < 0 && q.spt ? h('div', {class: 'small faint'}, 'not linked to a known entity') : null),
          h('td', {class: 'small'}, q.via.length ? q.via.map(function (v) { return E[v].name; }).join(', ') : h('span', {class: 'faint'}, '—')),
          h('td', {class: 'small'}, outletLabel(ai), h('div', {class: 'faint'}, (A[ai].date || 'undated') + ' · ' + A[ai].id)),
          h('td', null, h('a', {href: srcHref(q.at), class: 'qtext'}, q.kind === 'direct' ? '“' + clip(said, 600) + '”' : clip(said, 600)),
            q.kind !== 'direct' ? h('span', {class: 'badge', title: q.kind === 'scare' ? 'a word or phrase set in quotation marks' : 'reported speech'}, q.kind) : null,
            q.cue ? h('span', {class: 'small faint'}, ' ' + q.cue) : null));
      }, 100, wrap);
    }
    search.addEventListener('input', debounce(redraw, 150));
    [who, where, kind].forEach(function (el) { el.addEventListener('change', redraw); });
    redraw();
  }

  // ------------------------------------------------------------ names and numbers

  /** How each outlet names one entity; the first outlets only, and a button for the rest. */
  function formChips(forms) {
    var chip = function (f) {
      return h('span', {class: 'chip'}, h('span', {class: 'o'}, O[f[0]].label), f[1].map(function (x) {
        return x[0] + (x[1] > 1 ? ' ×' + x[1] : '');
      }).join(' · ') + (f[2] > f[1].length ? ' · +' + (f[2] - f[1].length) : ''));
    };
    var box = h('div', {class: 'chips'}, forms.slice(0, 10).map(chip));
    if (forms.length > 10) {
      var more = h('button', {type: 'button', class: 'btn small', onclick: function () {
        more.replaceWith.apply(more, forms.slice(10).map(chip));
      }}, '+' + (forms.length - 10) + ' more outlets');
      add(box, more);
    }
    return box;
  }

  function drawNames(root) {
    add(root, h('h2', null, 'Numbers across outlets'));
    if (!D.numgroups.length) {
      add(root, empty(D.numbers.length ? 'No number is reported by more than one article for the same thing, so there is nothing to compare.' :
        'No numbers were found in these articles.'));
    } else {
      add(root, h('p', {class: 'small muted'}, 'Numbers that count the same thing in several articles. ≠ marks a value no other account can share: at least one of them is wrong, or they count different things.'));
      var host = h('div');
      add(root, host);
      lazy(host, D.numgroups, function (g) {
        // one line per value, with the outlets that give it: a big corpus repeats a few values thousands of times
        var values = dict(), order = [];
        g.items.forEach(function (n) {
          var x = D.numbers[n], v = values[x.v];
          if (!v) { v = values[x.v] = {label: x.v, bad: !!numBad[n], outlets: {}, list: [], n: 0}; order.push(x.v); }
          v.n++;
          var oi = A[x.at[0]].o;
          if (!v.outlets[oi]) { v.outlets[oi] = {first: n, n: 0}; v.list.push(oi); }
          v.outlets[oi].n++;
        });
        order.sort(function (a, b) { return values[b].list.length - values[a].list.length; });
        var table_ = h('table', {class: 'values'}, h('tbody', null, order.map(function (key) {
          var v = values[key], shown = v.list.slice(0, 12);
          return h('tr', {class: v.bad ? 'bad' : null},
            h('th', {scope: 'row', class: 'nowrap'}, v.label, v.bad ? h('span', {class: 'neq', title: 'no other value in this group can be true with it'}, ' ≠') : null),
            h('td', null, h('div', {class: 'chips'}, shown.map(function (oi) {
              var x = D.numbers[v.outlets[oi].first];
              return h('a', {class: 'chip' + (v.bad ? ' bad' : ''), href: srcHref(x.at), title: '“' + textOf(x.at) + '”' + (x.counts ? ' ' + x.counts : '')},
                O[oi].label + (v.outlets[oi].n > 1 ? ' ×' + v.outlets[oi].n : ''));
            }), v.list.length > shown.length ? h('span', {class: 'small muted'}, '+' + (v.list.length - shown.length) + ' more outlets') : null)));
        })));
        return h('div', {class: 'group'}, h('h4', null, g.label, ' ', g.bad.length ? h('span', {class: 'badge s-contested'}, 'conflict') : h('span', {class: 'badge s-consensus'}, 'consistent'),
          ' ', h('span', {class: 'small muted'}, plural(g.items.length, 'mention'))), table_);
      }, 40);
    }

    add(root, h('h2', null, 'How outlets name the same thing'));
    var naming = D.naming.filter(function (n) { return n.forms.length; });
    if (!naming.length) add(root, empty('The ledger does not compare how outlets name things (its naming list is empty); the entity table below shows the names each outlet used.'));
    else {
      var nh = h('div');
      add(root, nh);
      lazy(nh, naming, function (n) {
        var per = dict();
        n.forms.forEach(function (f) { var oi = A[f[0]].o; (per[oi] = per[oi] || []).push(f); });
        return h('div', {class: 'group'}, h('h4', null, n.label || n.ref, ' ', h('span', {class: 'small faint'}, n.kind || '')),
          h('div', {class: 'chips'}, Object.keys(per).map(Number).sort(function (a, b) { return a - b; }).map(function (oi) {
            return h('span', {class: 'chip'}, h('span', {class: 'o'}, O[oi].label), per[oi].map(function (f, j) {
              return [j ? ' · ' : '', h('a', {href: '#src/' + A[f[0]].id + '/' + f[1] + '/' + f[2]}, f[3])];
            }));
          })));
      }, 40);
    }

    add(root, h('h2', null, 'Framing'));
    drawSourcing(root);
    if (!D.framing.length) { add(root, empty('No framing technique was found in these articles.')); drawRoles(root); }
    else {
      var techs = dict(), matrix = dict(), own = dict();
      D.framing.forEach(function (f) {
        techs[f.tech] = (techs[f.tech] || 0) + 1;
        var key = f.tech + '|' + A[f.at[0]].o;
        matrix[key] = (matrix[key] || 0) + 1;
        if (framingVoice(f) === 'outlet') own[key] = (own[key] || 0) + 1;
      });
      var tnames = Object.keys(techs).sort(function (a, b) { return techs[b] - techs[a]; });
      var framers = O.map(function (o, i) { return i; }).filter(function (oi) { return tnames.some(function (t) { return matrix[t + '|' + oi]; }); });
      var mt = h('table', {class: 'matrix'}, h('thead', null, h('tr', null, h('th', null, 'Technique'), framers.map(function (oi) { return h('th', {class: 'num'}, O[oi].label); }))),
        h('tbody', null, tnames.map(function (t) {
          return h('tr', null, h('th', {scope: 'row'}, t.replace(/_/g, ' ')), framers.map(function (oi) {
            var n = matrix[t + '|' + oi], mine = own[t + '|' + oi] || 0;
            if (!n) return h('td', {class: 'num'}, h('span', {class: 'faint'}, '·'));
            return h('td', {class: 'num', title: mine + ' in the outlet\'s own words, ' + (n - mine) + ' in words it quotes or reports'},
              mine ? h('span', null, mine + ' own') : null, mine && n > mine ? ' + ' : null,
              n > mine ? h('span', {class: 'muted'}, (n - mine) + ' relayed') : null);
          }));
        })));
      add(root, h('p', {class: 'small muted'}, 'Spans found by cue words and patterns, per outlet: "own" ones are in the outlet\'s own words, "relayed" ones in quotes or reported speech it carries. Each span below shows its sentence, whom it is aimed at and the rule that fired, so you can judge it.'),
        h('div', {class: 'scroll'}, mt));
      drawRoles(root);
      var ft = table(['Outlet', 'Technique', 'In context', 'Aimed at', 'Voice', 'Rule']);
      add(root, h('h3', null, 'Every framing span'), h('div', {class: 'scroll'}, ft));
      lazy(ft.querySelector('tbody'), D.framing, function (f) {
        var v = framingVoice(f);
        return h('tr', null, h('td', {class: 'small'}, outletLabel(f.at[0])), h('td', null, f.tech.replace(/_/g, ' ')),
          h('td', null, h('a', {href: srcHref(f.at)}, inContext(f.at, 90))), h('td', {class: 'small'}, entName(f.tg) || '—'),
          h('td', {class: 'small nowrap'}, VOICE_NAMES[v]), h('td', {class: 'small muted'}, (f.rule || '').replace(/:(quoted|reported)$/, '')));
      }, 100, ft.parentNode);
    }

    add(root, h('h2', null, 'Entities and the names each outlet uses'));
    if (!E.length) { add(root, empty('No entities were found in these articles.')); }
    else {
      var es = h('input', {type: 'search', placeholder: 'Filter entities…', 'aria-label': 'Filter entities'});
      var typeSel = h('select', {'aria-label': 'Entity type'}, h('option', {value: ''}, 'every type'));
      var types = dict();
      E.forEach(function (e) { types[e.type] = (types[e.type] || 0) + 1; });
      Object.keys(types).sort().forEach(function (t) { add(typeSel, h('option', {value: t}, t + ' (' + types[t] + ')')); });
      var ecount = h('span', {class: 'count'});
      var eh = h('div');
      add(root, h('div', {class: 'controls'}, es, typeSel, ecount), eh);
      var order = E.map(function (e, i) { return i; }).sort(function (a, b) { return E[b].arts - E[a].arts || E[b].n - E[a].n || a - b; });
      var redrawE = function () {
        clear(eh);
        var q = norm(es.value.trim()), ty = typeSel.value;
        var rows = order.filter(function (i) {
          var e = E[i];
          if (ty && e.type !== ty) return false;
          return !q || norm(e.name + ' ' + e.aliases.join(' ') + ' ' + (e.role || '')).indexOf(q) >= 0;
        });
        ecount.textContent = rows.length + ' of ' + plural(E.length, 'entity', 'entities');
        if (!rows.length) { add(eh, empty('No entity matches.')); return; }
        var et = table(['Entity', 'Type', 'Mentions', 'Names used, by outlet']);
        var wrap = h('div', {class: 'scroll'}, et);
        add(eh, wrap);
        lazy(et.querySelector('tbody'), rows, function (i) {
          var e = E[i];
          return h('tr', null, h('td', null, h('b', null, e.name), e.role ? h('div', {class: 'small muted'}, e.role) : null),
            h('td', {class: 'small'}, e.type), h('td', {class: 'num'}, e.n + ' in ' + e.arts),
            h('td', null, formChips(e.forms)));
        }, 80, wrap);
      };
      es.addEventListener('input', debounce(redrawE, 150));
      typeSel.addEventListener('change', redrawE);
      redrawE();
    }

    add(root, h('h2', null, 'Every number'));
    if (!D.numbers.length) add(root, empty('No numbers were found in these articles.'));
    else {
      var nt = table(['Outlet', 'Value', 'Counts', 'In the text']);
      add(root, h('div', {class: 'scroll'}, nt));
      lazy(nt.querySelector('tbody'), D.numbers.map(function (n, i) { return i; }), function (i) {
        var n = D.numbers[i];
        return h('tr', null, h('td', {class: 'small'}, outletLabel(n.at[0]), h('div', {class: 'faint'}, A[n.at[0]].id)),
          h('td', {class: 'nowrap' + (numBad[i] ? ' why' : '')}, n.v), h('td', null, n.counts || h('span', {class: 'faint'}, 'not said')),
          h('td', null, h('a', {href: srcHref(n.at)}, clip(textOf(n.at), 80))));
      }, 100, nt.parentNode);
    }
  }

  // ------------------------------------------------------------ reader

  var reader = {ai: -1, focus: null, kinds: {claims: true, quotes: true, numbers: true, times: true, framing: true, names: false}};
  var KIND_LABEL = {claims: 'claims', quotes: 'quotes', numbers: 'numbers', times: 'dates', framing: 'framing', names: 'names'};
  var KIND_CLASS = {claims: 'm-claim', quotes: 'm-quote', numbers: 'm-num', times: 'm-time', framing: 'm-frame', names: 'm-name'};

  function drawReader(root) {
    if (!A.length) { add(root, empty('The ledger has no articles to read.')); return; }
    var filter = h('input', {type: 'search', placeholder: 'Find an article…', 'aria-label': 'Find an article'});
    var list = h('nav', {class: 'alist', 'aria-label': 'Articles'});
    var main = h('div', {class: 'doc-main'});
    add(root, h('div', {class: 'reader'}, h('aside', null, filter, list), main));
    var pager = null;
    function drawList() {
      clear(list);
      if (pager) pager.dispose();
      var q = norm(filter.value.trim());
      var rows = A.map(function (a, i) { return i; }).filter(function (i) {
        return !q || norm(A[i].id + ' ' + outletLabel(i) + ' ' + articleLabel(i)).indexOf(q) >= 0;
      });
      if (!rows.length) add(list, h('p', {class: 'muted small'}, 'No article matches.'));
      pager = lazy(list, rows, function (i) {
        return h('a', {href: '#reader/' + A[i].id, 'data-article': A[i].id, 'aria-current': i === reader.ai ? 'true' : null},
          clip(articleLabel(i), 90), h('small', null, A[i].id + ' · ' + outletLabel(i) + ' · ' + (A[i].date || 'undated')));
      }, 100);
    }
    filter.addEventListener('input', debounce(drawList, 150));
    drawList();
    reader.main = main;
    reader.list = list;
  }

  function openArticle(ai, focus) {
    ensure('reader');
    reader.ai = ai; reader.focus = focus || null;
    reader.list.querySelectorAll('a[data-article]').forEach(function (a) {
      if (a.getAttribute('data-article') === A[ai].id) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    });
    var main = clear(reader.main), a = A[ai];
    var toggles = h('div', {class: 'toggles', role: 'group', 'aria-label': 'Highlight'});
    Object.keys(KIND_LABEL).forEach(function (kind) {
      var box = h('input', {type: 'checkbox', checked: reader.kinds[kind], name: 'kind-' + kind});
      box.addEventListener('change', function () { reader.kinds[kind] = box.checked; drawText(); });
      var n = kind === 'names' ? D.mentions[ai].length / 3 : ITEMS[kind][ai].length;
      add(toggles, h('label', null, box, h('span', {class: 'sw ' + KIND_CLASS[kind] + (kind === 'claims' ? ' st-asserted' : '')}, kind === 'claims' || kind === 'framing' || kind === 'names' ? 'abc' : ''),
        KIND_LABEL[kind] + ' ' + n));
    });
    var url = a.url ? h('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, a.url) : h('span', null, a.source);
    var doc = h('div', {class: 'doc', lang: a.lang || null, 'aria-label': 'Article text'});
    var inspector = h('div', {class: 'inspector panel', 'aria-live': 'polite'});
    add(main, h('div', {class: 'doc-head'}, h('h2', null, articleLabel(ai)),
      h('p', {class: 'meta'}, [outletLabel(ai), a.date ? a.date + (a.dateFrom ? ' (' + a.dateFrom + ')' : '') : 'undated', a.lang || 'language unknown',
        a.words.toLocaleString('en') + ' words', a.id].join(' · '), ' ', famEl(ai)),
      h('p', {class: 'meta small'}, 'Source: ', url),
      a.problem ? h('p', {class: 'why'}, a.problem) : null),
      toggles, h('div', {class: 'doc-grid'}, doc, inspector));
    function drawText() {
      var segs = segment(ai, reader.focus);
      add(clear(doc), segs.frag);
      doc.onclick = function (e) {
        var el = e.target.closest ? e.target.closest('.m') : null;
        if (!el) return;
        doc.querySelectorAll('.picked').forEach(function (x) { x.classList.remove('picked'); });
        el.classList.add('picked');
        inspect(inspector, segs.marks[+el.getAttribute('data-seg')]);
      };
      var f = doc.querySelector('.m-focus');
      if (f) {
        var at = segs.focusMarks;
        inspect(inspector, at.length ? at : null);
        f.scrollIntoView({block: 'center'});
      } else {
        add(clear(inspector), h('p', {class: 'muted small'}, 'Click a highlighted passage to see what was found there.'));
        window.scrollTo(0, 0);
      }
    }
    drawText();
  }

  /** The article text cut at every item boundary; each piece carries the items that cover it. */
  function segment(ai, focus) {
    var text = T[ai], marks = [];
    Object.keys(KIND_CLASS).forEach(function (kind) {
      if (!reader.kinds[kind]) return;
      if (kind === 'names') {
        var m = D.mentions[ai];
        for (var j = 0; j < m.length; j += 3) marks.push({kind: 'names', s: m[j], e: m[j + 1], i: m[j + 2]});
        return;
      }
      ITEMS[kind][ai].forEach(function (i) {
        var at = D[kind][i].at;
        marks.push({kind: kind, s: at[1], e: at[2], i: i});
      });
    });
    if (focus) marks.push({kind: 'focus', s: focus[0], e: focus[1], i: -1});
    marks = marks.filter(function (m) { m.s = Math.max(0, m.s); m.e = Math.min(text.length, m.e); return m.e > m.s; });
    var cuts = [0, text.length];
    marks.forEach(function (m) { cuts.push(m.s, m.e); });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, i, all) { return i === 0 || c !== all[i - 1]; });
    marks.sort(function (a, b) { return a.s - b.s || b.e - a.e; });
    var frag = document.createDocumentFragment(), active = [], next = 0, segMarks = [], focusMarks = [];
    for (var ci = 0; ci + 1 < cuts.length; ci++) {
      var from = cuts[ci], to = cuts[ci + 1];
      active = active.filter(function (m) { return m.e > from; });
      while (next < marks.length && marks[next].s <= from) { if (marks[next].e > from) active.push(marks[next]); next++; }
      var piece = text.slice(from, to);
      if (!active.length) { add(frag, piece); continue; }
      var cls = ['m'], here = active.slice().sort(function (a, b) { return (a.e - a.s) - (b.e - b.s); });
      here.forEach(function (m) {
        if (m.kind === 'focus') cls.push('m-focus');
        else {
          cls.push(KIND_CLASS[m.kind]);
          if (m.kind === 'claims') cls.push('st-' + D.claims[m.i].st);
        }
      });
      var items = here.filter(function (m) { return m.kind !== 'focus'; });
      if (focus && here.some(function (m) { return m.kind === 'focus'; }) && !focusMarks.length) {
        focusMarks = items.filter(function (m) { return m.s === focus[0] && m.e === focus[1]; });
      }
      add(frag, h('span', {class: cls.filter(function (c, i, all) { return all.indexOf(c) === i; }).join(' '), 'data-seg': String(segMarks.length)}, piece));
      segMarks.push(items);
    }
    return {frag: frag, marks: segMarks, focusMarks: focusMarks};
  }

  /** What was found at a place in the text: every item covering it, innermost first. */
  function inspect(panel, marks) {
    clear(panel);
    if (!marks || !marks.length) { add(panel, h('p', {class: 'muted small'}, 'Nothing else was found at exactly this place.')); return; }
    marks.forEach(function (m) {
      var box = h('div', {class: 'item'});
      if (m.kind === 'claims') {
        var c = D.claims[m.i];
        add(box, h('div', {class: 'kind'}, 'claim ' + c.id), claimEl(m.i, {cluster: true, long: true}),
          c.cue ? h('div', {class: 'small muted'}, 'cue: ' + c.cue) : null,
          (c.fr || []).map(function (f) {  // who did what to whom, as the ledger's frames say
            return h('div', {class: 'small frame'}, h('b', null, (f[2] ? 'not ' : '') + f[0]), f[1] ? ' (' + f[1] + ')' : '',
              f[3].map(function (r) { return [' · ', h('span', {class: 'muted'}, r[0] + ': '), r[1]]; }));
          }));
      } else if (m.kind === 'quotes') {
        var q = D.quotes[m.i], role = q.sp >= 0 ? E[q.sp].role : null;
        add(box, h('div', {class: 'kind'}, q.kind + ' quote ' + q.id), h('div', null, h('b', null, speakerOf(q) || 'unknown speaker'), role ? ', ' + role : ''),
          q.spt && q.sp >= 0 && q.spt !== E[q.sp].name ? h('div', {class: 'small muted'}, 'named here as “' + q.spt + '”') : null,
          q.via.length ? h('div', {class: 'small'}, 'via ' + q.via.map(function (v) { return E[v].name; }).join(', ')) : null,
          q.cue ? h('div', {class: 'small muted'}, 'cue: ' + q.cue) : null);
      } else if (m.kind === 'numbers') {
        var n = D.numbers[m.i], g = numGroupOf[m.i];
        add(box, h('div', {class: 'kind'}, 'number ' + n.id), h('div', null, h('b', null, n.v), n.counts ? ' ' + n.counts : ''),
          g !== undefined ? h('div', {class: 'small'}, h('a', {href: '#names'}, 'compare: ' + D.numgroups[g].label), numBad[m.i] ? h('span', {class: 'why'}, ' other accounts give other values') : null) : null);
      } else if (m.kind === 'times') {
        var t = D.times[m.i];
        add(box, h('div', {class: 'kind'}, 'date ' + t.id), h('div', null, h('b', null, t.v || 'not resolved'), t.grain ? ' (' + t.grain + ')' : '', t.clock ? ', ' + t.clock : ''));
      } else if (m.kind === 'framing') {
        var f = D.framing[m.i];
        add(box, h('div', {class: 'kind'}, 'framing ' + f.id), h('div', null, h('b', null, f.tech.replace(/_/g, ' ')), f.tg >= 0 ? ' aimed at ' + E[f.tg].name : ''),
          f.rule ? h('div', {class: 'small muted'}, 'rule: ' + f.rule) : null);
      } else if (m.kind === 'names') {
        var e = E[m.i];
        add(box, h('div', {class: 'kind'}, e.type.toLowerCase() + ' ' + e.id), h('div', null, h('b', null, e.name), e.role ? ', ' + e.role : ''),
          e.aliases.length ? h('div', {class: 'small muted'}, 'also: ' + e.aliases.slice(0, 8).join(', ')) : null);
      }
      add(panel, box);
    });
  }

  // ------------------------------------------------------------ disputes: questions as rows, outlets as columns

  function drawDisputes(root) {
    var rows = D.disputes || [];
    add(root, h('h2', null, 'Disputes'),
      h('p', {class: 'muted small'}, 'The questions the coverage answers, one row each; every outlet that answers has a column. ' +
        'A cell gives the answer, how firmly the outlet gives it and on whose word; ⚡ marks an answer in a conflict. ' +
        'Click an answer to read it in its article.'));
    if (!rows.length) { add(root, empty('No question about the event is answered by the claims in this ledger.')); return; }
    var used = dict(), cols = [];
    rows.forEach(function (r) { r.cells.forEach(function (c) { if (!used[c[0]]) { used[c[0]] = true; cols.push(c[0]); } }); });
    cols.sort(function (a, b) { return a - b; });
    var t = h('table', {class: 'sbs disputes'});
    t.style.setProperty('--cols', String(cols.length));
    add(t, h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Question'), cols.map(function (oi) {
      return h('th', {scope: 'col'}, h('span', {class: 'outlet-h'}, O[oi].label));
    }))));
    var tbody = h('tbody');
    rows.forEach(function (r) {
      var byOutlet = dict();
      r.cells.forEach(function (c) { byOutlet[c[0]] = c[1]; });
      var tr = h('tr', {id: 'w-' + r.id, 'data-status': r.status},
        h('th', {scope: 'row', class: 'row'}, h('span', {class: 'label'}, r.q), ' ', badge(r.status),
          r.main ? null : h('div', {class: 'meta'}, r.ev),
          r.indep > 1 ? h('div', {class: 'meta'}, plural(r.indep, 'independent origin')) : null));
      cols.forEach(function (oi) {
        var answers = byOutlet[oi];
        if (!answers) { add(tr, h('td', {class: 'silent', 'data-outlet': O[oi].label}, '·')); return; }
        add(tr, h('td', {'data-outlet': O[oi].label}, answers.slice(0, CELL_CLAIMS).map(function (a) {
          var value = a[1] === 'denied' ? 'not ' + a[0] : a[0];
          return h('div', {class: 'answer st-' + a[1] + (a[4] ? ' conflict' : '')},
            h('a', {href: srcHref(a[3]), title: 'read it in ' + A[a[3][0]].id}, (a[4] ? '⚡ ' : '') + value), ' ',
            stanceEl(a[1]),
            a[2] >= 0 ? h('span', {class: 'meta'}, ' per ' + E[a[2]].name) : null,
            a[6] ? h('span', {class: 'meta'}, ' (' + a[6] + ')') : null,
            a[5] && /^toll/.test(r.kind) ? h('span', {class: 'meta'}, ' as of ' + a[5]) : null);
        }), answers.length > CELL_CLAIMS ? h('div', {class: 'meta'}, '+' + (answers.length - CELL_CLAIMS) + ' more') : null));
      });
      add(tbody, tr);
    });
    add(t, tbody);
    add(root, h('div', {class: 'scroll'}, t));
  }

  // ------------------------------------------------------------ views and routing

  var drawn = dict(), current = null;
  var DRAW = {disputes: drawDisputes, overview: drawOverview, side: drawSide, timeline: drawTimeline, quotes: drawQuotes, names: drawNames, reader: drawReader};
  function ensure(view) {
    if (drawn[view]) return;
    drawn[view] = true;
    DRAW[view](document.getElementById('v-' + view));
  }
  var scrolled = dict();  // where the reader was in each view, to come back to it (the Back button after a jump)
  function show(view) {
    ensure(view);
    if (current === view) return;
    if (current) scrolled[current] = window.scrollY;
    current = view;
    VIEWS.forEach(function (v) {
      document.getElementById('v-' + v[0]).classList.toggle('on', v[0] === view);
      var tab = document.querySelector('nav.tabs a[data-view="' + v[0] + '"]');
      if (v[0] === view) tab.setAttribute('aria-current', 'page'); else tab.removeAttribute('aria-current');
    });
    if (view === 'timeline' && tl.draw) tl.draw();
  }
  function route() {
    var fresh = clicked;
    clicked = false;
    var parts = location.hash.replace(/^#/, '').split('/').map(function (p) {
      try { return decodeURIComponent(p); } catch (e) { return ''; }
    });
    var view = parts[0] || 'disputes';
    if (view === 'src' || view === 'reader') {
      var ai = artIndex[parts[1]];
      if (ai === undefined) ai = reader.ai >= 0 ? reader.ai : 0;
      show('reader');
      if (!A.length) return;
      var focus = view === 'src' && parts.length >= 4 ? [+parts[2], +parts[3]] : null;
      if (focus && (isNaN(focus[0]) || isNaN(focus[1]))) focus = null;
      openArticle(ai, focus);
      return;
    }
    if (!DRAW[view]) view = 'disputes';
    var was = current;
    show(view);
    // a link to a point brings it into view; Back to it returns to where the reader was
    if (view === 'side' && parts[1] && (fresh || scrolled.side === undefined)) focusCluster(parts[1]);
    else if (was !== view) window.scrollTo(0, scrolled[view] || 0);
  }

  var nav = document.querySelector('nav.tabs');
  VIEWS.forEach(function (v) {
    add(nav, h('a', {href: '#' + v[0], 'data-view': v[0]}, v[1]));
    document.getElementById('v-' + v[0]).setAttribute('data-title', v[1]);
  });
  window.addEventListener('hashchange', route);
  var clicked = false;  // set by a click on an in-page link, so that route() tells it from Back and Forward
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('a[href^="#"]')) clicked = true;
  }, true);
  window.addEventListener('beforeprint', function () {
    VIEWS.forEach(function (v) { if (v[0] !== 'reader') ensure(v[0]); });
    lazies.forEach(function (l) { l.all(); });
    document.querySelectorAll('details.contras').forEach(function (d) { d.open = true; });
  });
  route();
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now() - started)));
})();
