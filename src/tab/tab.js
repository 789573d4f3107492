/* Practice guide tab: search as you type, browse, shared entries, and the Teams theme.
   Plain browser JavaScript, no build step. Works outside Teams (initialize fails or times out → default theme). */
(function () {
  'use strict';

  var THEMES = ['default', 'dark', 'contrast'];
  /** Wait this long after the last keystroke before searching: fewer requests, no flicker. */
  var DEBOUNCE_MS = 250;
  /** Outside Teams, app.initialize() may never settle; give up and keep the default theme after this. */
  var TEAMS_INIT_TIMEOUT_MS = 3000;
  var MAX_QUERY_CHARS = 200;

  var state = { searchController: null, timer: null, lastQuery: '' };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  /* ---------- theme ---------- */
  function applyTheme(theme) {
    var t = THEMES.indexOf(theme) >= 0 ? theme : 'default';
    document.documentElement.setAttribute('data-theme', t);
    return t;
  }

  function withTimeout(promise, ms) {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { reject(new Error('timeout')); }, ms);
      promise.then(function (v) { clearTimeout(timer); resolve(v); }, function (e) { clearTimeout(timer); reject(e); });
    });
  }

  function initTheme() {
    var requested = new URLSearchParams(location.search).get('theme');
    if (requested) applyTheme(requested);
    var teams = window.microsoftTeams;
    if (!teams || !teams.app || window.parent === window) {
      document.documentElement.setAttribute('data-host', 'browser');
      return Promise.resolve();
    }
    return withTimeout(Promise.resolve().then(function () { return teams.app.initialize(); }), TEAMS_INIT_TIMEOUT_MS)
      .then(function () { return teams.app.getContext(); })
      .then(function (context) {
        document.documentElement.setAttribute('data-host', 'teams');
        if (!requested) applyTheme(context && context.app && context.app.theme);
        teams.app.registerOnThemeChangeHandler(function (theme) { applyTheme(theme); });
      })
      .catch(function () { document.documentElement.setAttribute('data-host', 'browser'); });
  }

  /* ---------- rendering ---------- */
  function renderEntry(hit, headingLevel) {
    var headingId = 'entry-' + hit.id + '-' + Math.random().toString(36).slice(2, 7);
    var links = el('ul', { class: 'links' }, [
      el('li', {}, [el('a', { href: hit.source.guideUrl, text: 'Read the source: ' + hit.source.title })]),
      hit.source.publicUrl ? el('li', {}, [el('a', { href: hit.source.publicUrl, rel: 'noopener', text: hit.source.label })]) : el('li', { text: hit.source.label }),
    ]);
    var meta = hit.organisationName + ' · ' + (hit.kindLabel || hit.kind) + (hit.section ? ' · ' + hit.section : '');
    return el('article', { class: 'entry', 'aria-labelledby': headingId }, [
      el('h' + headingLevel, { id: headingId, text: hit.title }),
      el('p', { class: 'meta', text: meta }),
      el('p', { class: 'quote-label', text: 'In the source\u2019s words:' }),
      el('blockquote', hit.source.publicUrl ? { cite: hit.source.publicUrl } : {}, [el('p', { text: hit.quote })]),
      el('p', { class: 'meta', text: hit.source.publisher + (hit.source.dateLabel ? ', ' + hit.source.dateLabel : '') }),
      links,
    ]);
  }

  function renderList(container, hits, headingLevel) {
    container.textContent = '';
    if (!hits.length) return;
    var list = el('ul', { class: 'entries' });
    hits.forEach(function (h) { list.appendChild(el('li', {}, [renderEntry(h, headingLevel)])); });
    container.appendChild(list);
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  /* ---------- search ---------- */
  function search(q) {
    var status = $('search-status');
    var results = $('results');
    if (state.searchController) state.searchController.abort();
    if (!q) { status.textContent = ''; results.textContent = ''; state.lastQuery = ''; return Promise.resolve(); }
    if (q.length > MAX_QUERY_CHARS) { status.textContent = 'Searches can be up to 200 characters. A few words work best.'; return Promise.resolve(); }
    state.lastQuery = q;
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    state.searchController = controller;
    status.textContent = 'Searching…';
    return fetch('/api/search?q=' + encodeURIComponent(q), { signal: controller ? controller.signal : undefined, headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (q !== state.lastQuery) return;
        if (!res.ok) { results.textContent = ''; status.textContent = res.body.message || 'That search could not be run.'; return; }
        var body = res.body;
        renderList(results, body.hits, 3);
        if (body.notice) results.insertBefore(el('p', { class: 'notice', text: body.notice }), results.firstChild);
        if (body.message) {
          results.textContent = '';
          results.appendChild(el('p', { class: 'notice', text: body.message }));
          status.textContent = 'The search was not run.';
        } else if (!body.hits.length) {
          status.textContent = 'No guidance matches. Try other words, or browse below.';
        } else {
          status.textContent = plural(body.hits.length, 'answer', 'answers') + ' found.';
        }
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') return;
        status.textContent = 'The guide could not be reached. Please try again.';
      });
  }

  function onInput() {
    clearTimeout(state.timer);
    var q = $('q').value.trim();
    state.timer = setTimeout(function () { search(q); }, DEBOUNCE_MS);
  }

  /* ---------- browse ---------- */
  function browse() {
    var org = $('organisation').value;
    var kind = $('kind').value;
    var query = new URLSearchParams();
    if (org) query.set('organisation', org);
    if (kind) query.set('kind', kind);
    return fetch('/api/entries?' + query.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        fillSelect($('organisation'), body.organisations.map(function (o) { return { value: o.id, label: o.name + ' (' + o.count + ')' }; }));
        fillSelect($('kind'), body.kinds.map(function (k) { return { value: k.id, label: k.label + ' (' + k.count + ')' }; }));
        renderList($('browse-results'), body.entries || [], 3);
        $('browse-status').textContent = body.entries ? 'Showing ' + plural(body.entries.length, 'entry', 'entries') + '.' : (body.message || '');
      })
      .catch(function () { $('browse-status').textContent = 'The guide could not be reached. Please try again.'; });
  }

  function fillSelect(select, options) {
    if (select.getAttribute('data-filled')) return;
    options.forEach(function (o) { select.appendChild(el('option', { value: o.value, text: o.label })); });
    select.setAttribute('data-filled', 'true');
  }

  /* ---------- a shared entry (?entry=<id>, from the message extension card) ---------- */
  function showSharedEntry() {
    var id = new URLSearchParams(location.search).get('entry');
    if (!id || !/^[a-z0-9-]{1,120}$/.test(id)) return Promise.resolve();
    return fetch('/api/entries/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (hit) {
        if (!hit) return;
        var container = $('entry');
        container.textContent = '';
        container.appendChild(renderEntry(hit, 3));
        $('entry-section').hidden = false;
      })
      .catch(function () { /* the rest of the tab still works */ });
  }

  function start() {
    $('search-form').addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(state.timer); search($('q').value.trim()); });
    $('q').addEventListener('input', onInput);
    $('organisation').addEventListener('change', browse);
    $('kind').addEventListener('change', browse);
    $('browse-form').addEventListener('submit', function (e) { e.preventDefault(); browse(); });
    Promise.all([initTheme(), browse(), showSharedEntry()]).then(function () {
      document.documentElement.setAttribute('data-ready', 'true');
    });
  }

  window.practiceGuideTab = { applyTheme: applyTheme };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
