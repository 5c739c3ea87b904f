// The /search/ page: Pagefind's JS API and a small renderer. The URL holds the state
// (?q=&section=&year=&tag=&sort=) so searches can be linked and Back works.
// Every string goes in through textContent; excerpts are rebuilt from text and <mark>.

const PAGE_SIZE = 20;
const FILTERS = ["section", "year", "tag"];
const FIELDS = ["q", ...FILTERS, "sort"];

const form = document.querySelector("[data-search-form]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");

let pagefind = null;
let shardCount = 1;
let found = [];
let shown = 0;
let generation = 0; // a newer search makes the answers of older ones stale
let typingTimer = 0;

function el(tag, className = "", text = null) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== null) node.textContent = text;
  return node;
}

// Pagefind's excerpt is escaped text with <mark> around the matched words. Parse it in an
// inert <template> and keep only text and <mark>, so nothing else can become markup.
function markedText(excerpt) {
  const inert = document.createElement("template");
  inert.innerHTML = excerpt || "";
  return Array.from(inert.content.childNodes, (node) =>
    node.nodeName === "MARK"
      ? el("mark", "", node.textContent)
      : document.createTextNode(node.textContent),
  );
}

function resultItem(data) {
  const meta = data.meta || {};
  const link = el("a", "", meta.title || data.url);
  link.href = data.url;
  const heading = el("h2", "item-title");
  heading.append(link);
  const line = el("p", "meta");
  if (meta.section) line.append(el("span", "section-label", meta.section), " · ");
  if (meta.date) {
    const time = el("time", "", meta.date);
    if (meta.datetime) time.dateTime = meta.datetime;
    line.append(time);
  }
  const excerpt = el("p", "summary search-excerpt");
  excerpt.append(...markedText(data.excerpt));
  const article = el("article");
  article.append(heading, line, excerpt);
  const item = el("li", "item search-result");
  item.append(article);
  return item;
}

function formState() {
  const state = {};
  for (const name of FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) state[name] = value;
  }
  return state;
}

function showState(params) {
  for (const name of FIELDS) {
    const value = params.get(name) || "";
    const field = form.elements[name];
    if (field.tagName === "SELECT" && value && !optionFor(field, value)) {
      const option = el("option", "", value);
      option.value = value;
      field.append(option);
    }
    field.value = value;
  }
}

function saveState(state, push) {
  const url = new URL(location.href);
  url.search = new URLSearchParams(state).toString();
  if (url.href !== location.href) history[push ? "pushState" : "replaceState"](null, "", url);
}

function summary(count, state) {
  const what = `“${state.q}”`;
  if (count === 0) return `No articles match ${what}.`;
  const articles = count === 1 ? "1 article matches" : `${count.toLocaleString("en")} articles match`;
  return `${articles} ${what}.`;
}

async function showMore(mine) {
  const batch = found.slice(shown, shown + PAGE_SIZE);
  more.disabled = true;
  const records = await Promise.all(batch.map((result) => result.data()));
  more.disabled = false;
  if (mine !== generation) return;
  list.append(...records.map(resultItem));
  shown += batch.length;
  more.hidden = shown >= found.length;
}

// Pagefind merges shards by score, which interleaves their date-sorted lists; the shards
// are date ranges, newest first, so sorting by date means taking them one after another.
async function searchShards(q, filters, isByDate) {
  if (!isByDate) return (await pagefind.search(q, { filters })).results;
  const sort = { date: "desc" };
  if (shardCount === 1) return (await pagefind.search(q, { filters, sort })).results;
  const results = [];
  for (let shard = 0; shard < shardCount; shard++) {
    const part = await pagefind.search(q, { filters: { ...filters, shard: String(shard) }, sort });
    results.push(...part.results);
  }
  return results;
}

async function run() {
  const mine = ++generation;
  const state = formState();
  const filters = {};
  for (const name of FILTERS) if (state[name]) filters[name] = state[name];
  if (!state.q) {
    // Filters alone would fetch the whole index; the archive pages list those articles.
    found = [];
    list.replaceChildren();
    more.hidden = true;
    status.textContent = Object.keys(filters).length ? "Type a word to search for." : "";
    return;
  }
  let results;
  try {
    results = await searchShards(state.q, filters, state.sort === "date");
  } catch (error) {
    if (mine === generation) status.textContent = "The search failed; reload the page to retry.";
    return;
  }
  if (mine !== generation) return;
  found = results;
  shown = 0;
  list.replaceChildren();
  status.textContent = summary(found.length, state);
  await showMore(mine);
}

function update(push) {
  saveState(formState(), push);
  run();
}

function fillSelect(select, counts, order) {
  for (const [name, count] of Object.entries(counts || {}).sort(order)) {
    // showState may have added the option already, from the address
    const option = optionFor(select, name) || select.appendChild(el("option"));
    option.value = name;
    option.textContent = `${name} (${count.toLocaleString("en")})`;
  }
}

function optionFor(select, value) {
  return select.querySelector(`option[value="${CSS.escape(value)}"]`);
}

async function fillFilters() {
  const counts = await pagefind.filters();
  fillSelect(form.elements.section, counts.section, ([a], [b]) => a.localeCompare(b));
  fillSelect(form.elements.year, counts.year, ([a], [b]) => b.localeCompare(a));
  const tags = Object.entries(counts.tag || {}).sort(([, a], [, b]) => b - a).slice(0, 500);
  document.getElementById("search-tags").replaceChildren(
    ...tags.map(([name]) => Object.assign(el("option"), { value: name })),
  );
}

// Pagefind keeps one index per page language (html lang) and loads only the one matching
// this page, as its findIndex picks it; Bangla articles (lang="bn") are in another. Merge
// the others too. Pagefind skips a merge of a path its primary's path starts with, so the
// bundle is named as "/pagefind/./": the same files, a different string.
async function mergeOtherLanguages(bundle, options) {
  const entry = await fetch(`${bundle}pagefind-entry.json`).then((r) => (r.ok ? r.json() : {}));
  const languages = entry.languages || {};
  const own = (document.documentElement.lang || "unknown").toLowerCase();
  const byCount = Object.keys(languages).sort((a, b) => languages[b].page_count - languages[a].page_count);
  const loaded = [own, own.split("-")[0]].find((code) => code in languages) || byCount[0];
  for (const language of Object.keys(languages)) {
    if (language !== loaded) await pagefind.mergeIndex(`${bundle}./`, { ...options, language });
  }
}

async function start() {
  try {
    pagefind = await import("/pagefind/pagefind.js");
    // Large archives are indexed in shards, newest first; search them as one. Each shard's
    // results carry a synthetic "shard" filter so a date sort can take them shard by shard.
    const shards = await fetch("/pagefind/shards.json").then((r) => (r.ok ? r.json() : []));
    const tagged = shards.length ? { mergeFilter: { shard: "0" } } : {};
    await pagefind.options({ excerptLength: 30, ...tagged });
    for (const [number, shard] of shards.entries()) {
      await pagefind.mergeIndex(shard, { mergeFilter: { shard: String(number + 1) } });
    }
    for (const [number, bundle] of ["/pagefind/", ...shards].entries()) {
      await mergeOtherLanguages(bundle, shards.length ? { mergeFilter: { shard: String(number) } } : {});
    }
    shardCount = shards.length + 1;
    pagefind.init();
  } catch (error) {
    status.textContent = "The search index could not be loaded. Try the archive pages instead.";
    return;
  }
  const typedEarly = form.elements.q.value.trim(); // before this module had loaded
  showState(new URLSearchParams(location.search));
  if (typedEarly && !form.elements.q.value) {
    form.elements.q.value = typedEarly;
    saveState(formState(), true);
  }
  form.querySelector("[data-search-options]").hidden = false;
  form.elements.q.addEventListener("input", () => {
    clearTimeout(typingTimer);
    // The first words start a new history entry; refining them replaces it.
    const isNewSearch = !new URLSearchParams(location.search).get("q");
    typingTimer = setTimeout(() => update(isNewSearch), 200);
  });
  for (const name of [...FILTERS, "sort"]) {
    form.elements[name].addEventListener("change", () => update(true));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    update(true);
  });
  more.addEventListener("click", () => showMore(generation));
  window.addEventListener("popstate", () => {
    showState(new URLSearchParams(location.search));
    run();
  });
  if (!form.elements.q.value) form.elements.q.focus();
  document.body.dataset.searchReady = "true";
  // The filter lists load every filter file (~1 MB at 100,000 articles): results come first.
  await run();
  fillFilters().catch(() => {});
}

start();
