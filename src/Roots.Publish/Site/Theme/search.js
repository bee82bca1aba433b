// Roots offline search: loads the prebuilt index beside the page and matches as the reader types.
// Tokens are made exactly as the site builder made them: Chinese, Japanese and Korean runs as
// overlapping character pairs, other letters and digits as lower-case words. Results are built
// with textContent only, so nothing from the index is ever parsed as HTML.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  if (!input || !list) { return; }
  var index = null;
  var cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
  var wordChar = /[\p{L}\p{N}]/u;
  // The languages written right to left, as Roots.Core.Analysis.TextDirection lists them: a result
  // carries its own dir, so an Arabic title on an English page (or the reverse) reads the right way.
  var rightToLeft = /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb|syr)(-|$)/i;
  function dirOf(lang) { return rightToLeft.test(lang || "") ? "rtl" : "ltr"; }

  function tokens(text) {
    var out = [];
    var chars = Array.from(text.normalize("NFKC").toLowerCase());
    var run = [], word = "";
    function flushRun() {
      if (run.length === 1) { out.push(run[0]); }
      for (var i = 0; i + 1 < run.length; i++) { out.push(run[i] + run[i + 1]); }
      run = [];
    }
    function flushWord() { if (word) { out.push(word); } word = ""; }
    chars.forEach(function (c) {
      if (cjk.test(c)) { flushWord(); run.push(c); }
      else if (wordChar.test(c)) { flushRun(); word += c; }
      else { flushRun(); flushWord(); }
    });
    flushRun(); flushWord();
    return out;
  }

  function postings(token, allowPrefix) {
    var exact = index.terms[token];
    if (exact || !allowPrefix) { return exact ? [exact] : []; }
    var found = [];
    for (var key in index.terms) {
      if (key.lastIndexOf(token, 0) === 0 && Object.prototype.hasOwnProperty.call(index.terms, key)) {
        found.push(index.terms[key]);
        if (found.length >= 50) { break; }
      }
    }
    return found;
  }

  function search(query) {
    var qs = tokens(query);
    if (qs.length === 0) { return []; }
    var scores = null;
    qs.forEach(function (q, i) {
      var lists = postings(q, i === qs.length - 1 || q.length === 1);
      var these = {};
      lists.forEach(function (p) {
        for (var j = 0; j + 1 < p.length; j += 2) { these[p[j]] = Math.max(these[p[j]] || 0, p[j + 1]); }
      });
      if (scores === null) { scores = these; return; }
      var next = {};
      for (var d in scores) { if (these[d]) { next[d] = scores[d] + these[d]; } }
      scores = next;
    });
    return Object.keys(scores || {}).map(Number)
      .sort(function (a, b) { return (scores[b] - scores[a]) || (a - b); })
      .slice(0, 50);
  }

  function show(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!index || !query.trim()) { return; }
    var hits = search(query);
    if (hits.length === 0) {
      var none = document.createElement("li");
      none.textContent = input.getAttribute("data-none") || "";
      list.appendChild(none);
      return;
    }
    hits.forEach(function (d) {
      var doc = index.docs[d];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc[0];
      a.textContent = doc[1];
      a.lang = doc[2];
      a.dir = dirOf(doc[2]);
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " " + doc[3];
      li.appendChild(meta);
      if (doc[4]) {
        var p = document.createElement("p");
        p.className = "summary";
        p.lang = doc[2];
        p.dir = dirOf(doc[2]);
        p.textContent = doc[4];
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  input.addEventListener("input", function () { show(input.value); });
  fetch(input.getAttribute("data-index"))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      index = data;
      var q = new URLSearchParams(window.location.search).get("q");
      if (q) { input.value = q; }
      show(input.value);
    })
    .catch(function () { list.textContent = ""; });
}());
