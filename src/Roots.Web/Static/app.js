// Roots web app: small progressive enhancements over server-rendered pages. No inline script
// (the CSP allows only this file); every state-changing request carries the CSRF header.
"use strict";

const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? "";

async function api(url, options = {}) {
  const headers = { "X-CSRF-Token": csrf, ...(options.headers ?? {}) };
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(url, { credentials: "same-origin", ...options, headers });
  const body = response.headers.get("Content-Type")?.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`);
  }
  return body;
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "text") node.textContent = value; else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

function itemRow(item, snippetHtml) {
  const meta = el("div", { class: "meta", text: `${item.language} · ${item.kind} · ${item.createdAt.slice(0, 10)}` });
  for (const tag of item.tags) meta.append(" ", el("span", { class: "tag", text: tag }));
  const pick = el("input", { type: "checkbox", class: "pick", value: String(item.id), "aria-label": `select ${item.title}` });
  const li = el("li", {}, pick, " ", el("a", { href: `/items/${item.id}`, text: item.title }), meta);
  if (snippetHtml) {
    // The server escaped the text and added only <mark>: safe to insert as HTML.
    const p = el("p", { class: "snippet" });
    p.innerHTML = snippetHtml;
    li.append(p);
  }
  return li;
}

// Library: search as you type, debounced; the form still works without script.
function setupSearch() {
  const form = document.getElementById("filters");
  const results = document.getElementById("results");
  const status = document.getElementById("status");
  if (!form || !results) return;
  let timer = 0;
  let latest = 0;
  const run = async () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (String(value).trim()) params.append(name, value);
    const ticket = ++latest;
    const url = params.get("q") ? `/api/search?${params}` : `/api/items?${params}`;
    try {
      const page = await api(url);
      if (ticket !== latest) return; // a newer keystroke already asked
      results.replaceChildren(...page.items.map(x => x.item ? itemRow(x.item, x.snippetHtml) : itemRow(x)));
      status.textContent = `${page.items.length}${page.nextOffset ? "+" : ""} found`;
      history.replaceState(null, "", params.size ? `/?${params}` : "/");
    } catch (error) {
      status.textContent = error.message;
    }
  };
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 200); });
  form.addEventListener("submit", event => { event.preventDefault(); clearTimeout(timer); run(); });
}

// Item page: remove a tag with its ×, add one with the little form, set the category.
function setupTags() {
  const article = document.querySelector("article[data-item]");
  const list = document.getElementById("tags");
  const form = document.getElementById("add-tag");
  if (!article || !list || !form) return;
  const id = article.dataset.item;
  const status = document.getElementById("tag-status");
  const render = tags => list.replaceChildren(...tags.map(tag => el("li", { class: "tag", "data-origin": tag.origin },
    el("a", { href: `/?tag=${encodeURIComponent(tag.name)}`, text: tag.name }),
    el("button", { type: "button", class: "remove", "data-remove-tag": tag.name, title: "remove", "aria-label": `remove ${tag.name}`, text: "×" }))));
  const category = document.getElementById("category");
  const edit = async change => {
    try {
      const result = await api(`/api/items/${id}/tags`, { method: "POST", json: change });
      render(result.tags);
      if (category) category.replaceChildren(...(result.category ? [result.category.name, " ", el("span", { class: "meta", text: `(${result.category.origin})` })] : ["none"]));
      status.textContent = "saved";
    } catch (error) {
      status.textContent = error.message;
    }
  };
  list.addEventListener("click", event => {
    const tag = event.target.closest("[data-remove-tag]")?.dataset.removeTag;
    if (tag) edit({ remove: [tag] });
  });
  form.addEventListener("submit", event => {
    event.preventDefault();
    const tag = form.elements.tag.value.trim();
    if (tag) edit({ add: [tag] }).then(() => form.reset());
  });
  const categoryForm = document.getElementById("set-category");
  categoryForm?.addEventListener("submit", event => {
    event.preventDefault();
    const name = categoryForm.elements.category.value.trim();
    if (name) edit({ category: name });
  });
}

function tagsOf(form) {
  return form.elements.tags.value.split(",").map(t => t.trim()).filter(Boolean);
}

function report(label, result) {
  const out = document.getElementById("add-results");
  const li = el("li", {}, el("strong", { text: label }), " ");
  const ids = result.items.length ? result.items : result.duplicates.map(d => d.existingItemId);
  for (const id of ids) li.append(el("a", { href: `/items/${id}`, text: `item ${id}` }), " ");
  if (result.duplicates.length) li.append(el("span", { class: "meta", text: "already in the library " }));
  for (const failure of result.failures) li.append(el("span", { class: "error", text: failure.reason }));
  out.prepend(li);
}

// Add page: a note, files with one progress bar each, URLs with a line each while they are fetched.
function setupAdd() {
  const note = document.getElementById("add-note");
  note?.addEventListener("submit", async event => {
    event.preventDefault();
    try {
      const result = await api("/api/notes", { method: "POST", json: { text: note.elements.text.value, title: note.elements.title.value, tags: tagsOf(note) } });
      report(note.elements.title.value || "note", result);
      note.reset();
    } catch (error) {
      document.getElementById("add-results").prepend(el("li", { class: "error", text: error.message }));
    }
  });

  const files = document.getElementById("add-files");
  files?.addEventListener("submit", event => {
    event.preventDefault();
    for (const file of files.elements.file.files) upload(file, tagsOf(files));
    files.reset();
  });

  const urls = document.getElementById("add-urls");
  urls?.addEventListener("submit", async event => {
    event.preventDefault();
    const list = [...new Set(urls.elements.urls.value.split(/\s+/).filter(Boolean))];
    const tags = tagsOf(urls);
    urls.elements.urls.defaultValue = ""; // a shared URL was the default: reset must not bring it back
    urls.reset();
    document.getElementById("shared")?.remove();
    // A few URLs get a line each that shows while it is fetched; a long list goes as one batch.
    const batches = list.length > 20 ? [list] : list.map(url => [url]);
    const queue = [...batches];
    const worker = async () => {
      for (let batch = queue.shift(); batch; batch = queue.shift()) {
        const label = batch.length === 1 ? batch[0] : `${batch.length} URLs`;
        const line = el("li", {}, el("strong", { text: label }), " ", el("progress", { "aria-label": `fetching ${label}` }));
        document.getElementById("add-results").prepend(line);
        try {
          const result = await api("/api/urls", { method: "POST", json: { urls: batch, tags } });
          line.remove();
          report(label, result);
        } catch (error) {
          line.replaceChildren(el("strong", { text: label }), " ", el("span", { class: "error", text: error.message }));
        }
      }
    };
    // One request at a time: a request works off every queued URL job, so two at once would report each other's items.
    await worker();
  });
}

// XMLHttpRequest rather than fetch: it reports upload progress.
function upload(file, tags) {
  const progress = el("progress", { max: "100", value: "0" });
  const line = el("li", {}, el("strong", { text: file.name }), " ", progress);
  document.getElementById("add-results").prepend(line);
  const form = new FormData();
  form.append("file", file);
  form.append("tags", tags.join(","));
  const request = new XMLHttpRequest();
  request.open("POST", "/api/files");
  request.setRequestHeader("X-CSRF-Token", csrf);
  request.upload.onprogress = e => { if (e.lengthComputable) progress.value = Math.round(e.loaded / e.total * 100); };
  request.onload = () => {
    line.remove();
    const body = JSON.parse(request.responseText || "{}");
    if (request.status >= 400) {
      document.getElementById("add-results").prepend(el("li", { class: "error", text: `${file.name}: ${body.detail ?? request.status}` }));
    } else {
      report(file.name, body);
    }
  };
  request.onerror = () => { line.append(el("span", { class: "error", text: " failed" })); };
  request.send(form);
}

// Library: tick items, then add or remove one tag on all of them at once.
function setupBulk() {
  const form = document.getElementById("bulk");
  const results = document.getElementById("results");
  if (!form || !results) return;
  const picked = () => [...results.querySelectorAll("input.pick:checked")].map(box => box.value);
  const count = document.getElementById("picked");
  const status = document.getElementById("bulk-status");
  const update = () => { count.textContent = `${picked().length} selected`; };
  results.addEventListener("change", update);
  new MutationObserver(update).observe(results, { childList: true });
  document.getElementById("pick-all").addEventListener("click", () => {
    const boxes = [...results.querySelectorAll("input.pick")];
    const all = boxes.every(box => box.checked);
    for (const box of boxes) box.checked = !all;
    update();
  });
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const action = event.submitter?.dataset.bulk ?? "add";
    const items = picked();
    const tag = form.elements.tag.value.trim();
    if (!items.length) { status.textContent = "select some items first"; return; }
    try {
      const result = await api("/api/items/tags", { method: "POST", json: { items, [action]: [tag] } });
      status.textContent = `${action === "add" ? "tagged" : "untagged"} ${result.items.length} item(s) “${tag}”`;
      form.reset();
      document.getElementById("filters")?.requestSubmit();
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

// Organise: the taxonomy editor. One category per line; "tag: synonym, synonym" per line.
function setupTaxonomyForm() {
  const form = document.getElementById("taxonomy-form");
  if (!form) return;
  const status = document.getElementById("taxonomy-status");
  const lines = text => text.split("\n").map(line => line.trim()).filter(line => line.length > 0);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const tags = lines(form.elements.tags.value).map(line => {
      const colon = line.search(/[:：]/);
      const name = colon < 0 ? line : line.slice(0, colon).trim();
      const synonyms = colon < 0 ? [] : line.slice(colon + 1).split(/[,，、]/).map(s => s.trim()).filter(s => s.length > 0);
      return { name, synonyms };
    });
    try {
      await api("/api/taxonomy", { method: "PUT", json: { categories: lines(form.elements.categories.value), tags } });
      sessionStorage.setItem("roots-flash", "taxonomy saved to roots.yaml");
      location.reload();
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

// Organise: merge one tag into another, then show the new counts.
function setupMerge() {
  const form = document.getElementById("merge-tags");
  if (!form) return;
  const status = document.getElementById("merge-status");
  form.addEventListener("submit", async event => {
    event.preventDefault();
    try {
      const result = await api("/api/tags/merge", { method: "POST", json: { from: form.elements.from.value, into: form.elements.into.value } });
      sessionStorage.setItem("roots-flash", `merged “${result.from}” into “${result.into}” on ${result.items} item(s)`);
      location.reload();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  const flash = sessionStorage.getItem("roots-flash");
  if (flash) { status.textContent = flash; sessionStorage.removeItem("roots-flash"); }
  setupTaxonomyForm();
  const classifyStatus = document.getElementById("classify-status");
  for (const button of document.querySelectorAll("[data-classify]")) {
    button.addEventListener("click", async () => {
      classifyStatus.textContent = "working…";
      try {
        if (button.dataset.classify === "train") {
          const trained = await api("/api/classify/train", { method: "POST" });
          classifyStatus.textContent = `trained on ${trained.items} labelled item(s)`;
        } else {
          const report = await api("/api/classify", { method: "POST", json: { items: [] } });
          const applied = report.items.reduce((n, item) => n + item.applied.length, 0);
          sessionStorage.setItem("roots-flash", `looked at ${report.items.length} item(s), set ${applied} tag(s) or categories`);
          location.reload();
        }
      } catch (error) {
        classifyStatus.textContent = error.message;
      }
    });
  }
}

// Feeds: subscribe, unsubscribe.
function setupFeeds() {
  const form = document.getElementById("add-feed");
  if (!form) return;
  const status = document.getElementById("feed-status");
  form.addEventListener("submit", async event => {
    event.preventDefault();
    try {
      const feed = await api("/api/feeds", { method: "POST", json: { url: form.elements.url.value, everyMinutes: Number(form.elements.every.value), full: form.elements.full.checked } });
      if (document.getElementById("feeds") || !document.getElementById("add-results")) { location.reload(); return; }
      status.replaceChildren(`subscribed to ${feed.url}; it is polled when due, every ${feed.everyMinutes} minutes (`, el("a", { href: "/feeds", text: "feeds" }), ")");
      form.reset();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  const poll = document.getElementById("poll-feeds");
  poll?.addEventListener("click", async () => {
    poll.disabled = true;
    status.textContent = "polling…";
    try {
      const result = await api("/api/feeds/poll?all=true", { method: "POST" });
      sessionStorage.setItem("roots-flash", `polled ${result.feeds.length} feed(s): ${result.items.added} new item(s)`);
      location.reload();
    } catch (error) {
      status.textContent = error.message;
      poll.disabled = false;
    }
  });
  const flash = sessionStorage.getItem("roots-flash");
  if (flash && !document.getElementById("merge-tags")) { status.textContent = flash; sessionStorage.removeItem("roots-flash"); }
  document.getElementById("feeds")?.addEventListener("click", async event => {
    const id = event.target.closest("[data-feed-remove]")?.dataset.feedRemove;
    if (!id) return;
    try {
      await api(`/api/feeds/${id}`, { method: "DELETE" });
      location.reload();
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

// Jobs: retry a failed or dead job, cancel a queued or failed one; the row shows the new state.
function setupJobs() {
  const table = document.getElementById("jobs");
  if (!table) return;
  const status = document.getElementById("job-status");
  table.addEventListener("click", async event => {
    const button = event.target.closest("[data-job-action]");
    if (!button) return;
    const { jobAction, jobId } = button.dataset;
    try {
      const job = await api(`/api/jobs/${jobId}/${jobAction}`, { method: "POST" });
      const row = button.closest("tr");
      row.className = job.state;
      row.querySelector(".state").textContent = job.state;
      row.querySelector(".reason").textContent = job.lastError ?? "";
      for (const b of row.querySelectorAll("[data-job-action]")) b.remove();
      status.textContent = `job ${job.id} ${jobAction === "retry" ? "queued again; the server works it off within a minute" : "cancelled"}`;
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

// Ask: the first press estimates (nothing sent to a model); "Ask the model" confirms, then the answer and its passages.
function setupAsk() {
  const form = document.getElementById("ask");
  if (!form) return;
  const status = document.getElementById("ask-status");
  const confirm = document.getElementById("ask-confirm");
  const answer = document.getElementById("ask-answer");
  let question = "";
  form.addEventListener("submit", async event => {
    event.preventDefault();
    question = new FormData(form).get("question").trim();
    confirm.hidden = true;
    answer.hidden = true;
    try {
      const { estimate: e } = await api("/api/ask", { method: "POST", json: { question } });
      if (e.calls === 0) {
        status.textContent = "Nothing in the library matches the question, so there is nothing to ask.";
        return;
      }
      status.textContent = `Estimate: ${e.calls} call to ${e.model} via ${e.provider}, ~${e.inputTokens} input + up to ${e.outputTokens} output tokens, ${e.costText}.`;
      confirm.hidden = false;
    } catch (error) {
      status.textContent = error.message;
    }
  });
  confirm.addEventListener("click", async () => {
    confirm.hidden = true;
    status.textContent = "Asking…";
    try {
      const result = await api("/api/ask", { method: "POST", json: { question, confirm: true } });
      const r = result.recorded;
      status.textContent = `Recorded: ${r.calls} call, ${r.inputTokens} + ${r.outputTokens} tokens, ${r.cost ?? "price unknown"} ${r.currency ?? ""}`.trim();
      document.getElementById("ask-text").textContent = result.answer ?? result.note ?? "";
      document.getElementById("ask-by").textContent = result.by ?? "";
      document.getElementById("ask-passages").replaceChildren(...result.passages.map(p =>
        el("li", { value: String(p.number) }, el("a", { href: `/items/${p.itemId}`, text: p.title }), el("div", { class: "meta", text: p.text }))));
      answer.hidden = false;
    } catch (error) {
      status.textContent = error.message;
    }
  });
}

setupSearch();
setupTags();
setupAdd();
setupBulk();
setupMerge();
setupFeeds();
setupJobs();
setupAsk();
