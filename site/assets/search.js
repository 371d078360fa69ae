// The search page: reads the site's own search index (search-index/, written by the build: site/Search/) and shows
// what matches. Two parts: a pure engine, exported and usable without a DOM (the tests run it in Node), and the
// page, which runs only in a browser. The index format and the query rules are those of format version 1.

const INDEX_VERSION = 2;

// BM25's constants.
const K1 = 1.2;
const B = 0.75;

const EXACT_WEIGHT = 1;
const PREFIX_WEIGHT = 0.5;

// A longer word is cut to this many UTF-16 code units (one fewer where the cut would split a surrogate pair).
const MAXIMUM_TOKEN_LENGTH = 64;

// Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han): each character is a token.
const ONE_CHARACTER_RANGES = "\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\u{20000}-\\u{2FFFF}";
const ONE_CHARACTER_TOKEN = new RegExp(`^[${ONE_CHARACTER_RANGES}]$`, "u");

// A token: one character of those scripts, or a run of letters, decimal digits and spacing marks.
const TOKEN = new RegExp(`[${ONE_CHARACTER_RANGES}]|(?:(?![${ONE_CHARACTER_RANGES}])[\\p{L}\\p{Nd}\\p{Mc}])+`, "gu");

// A word of the original (not yet folded) text: as TOKEN, with the nonspacing marks that folding drops inside it.
const ORIGINAL_WORD = new RegExp(`[${ONE_CHARACTER_RANGES}]|(?:(?![${ONE_CHARACTER_RANGES}])[\\p{L}\\p{Nd}\\p{Mc}\\p{Mn}])+`, "gu");

/** The tokens of a text, in order, duplicates included: exactly as the index's writer makes them. */
export function tokenize(text) {
  const folded = String(text)
    .normalize("NFD")
    .toLowerCase()
    // JavaScript lower-cases a word-final Σ to ς, .NET never does: both write σ.
    .replaceAll("\u03C2", "\u03C3")
    .replace(/\p{Mn}/gu, "");
  return Array.from(folded.matchAll(TOKEN), ([word]) => cut(word));
}

function cut(word) {
  if (word.length <= MAXIMUM_TOKEN_LENGTH) {
    return word;
  }
  const split = isHighSurrogate(word.charCodeAt(MAXIMUM_TOKEN_LENGTH - 1));
  return word.slice(0, split ? MAXIMUM_TOKEN_LENGTH - 1 : MAXIMUM_TOKEN_LENGTH);
}

function isHighSurrogate(code) {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The query's tokens, each once, in the order they first appear. */
function queryTokens(query) {
  return [...new Set(tokenize(query))];
}

/** A query token finds the terms that start with it only when it is long enough to mean a word. */
function matchesPrefixes(token) {
  return token.length >= 2 && !ONE_CHARACTER_TOKEN.test(token);
}

/** How much a term counts for a query token: 1 when equal, 0.5 when it starts with it, 0 otherwise. */
function weight(token, term) {
  if (term === token) {
    return EXACT_WEIGHT;
  }
  return matchesPrefixes(token) && term.startsWith(token) ? PREFIX_WEIGHT : 0;
}

/** The chunk that holds a term: the last k with chunks[k] <= term (chunks[0] is "", so there is always one). */
function chunkOf(chunks, term) {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (chunks[middle] <= term) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/**
 * The search over one index. loadJson(relativePath) gives a Promise of the parsed JSON of a file of the index folder
 * ("meta.json", "terms/3.json", "docs/1.json"); each file is loaded once.
 */
export function createSearch(loadJson) {
  const loaded = new Map();

  function load(path) {
    let file = loaded.get(path);
    if (!file) {
      file = Promise.resolve().then(() => loadJson(path));
      // A failed load (a dropped connection) is tried again by the next search.
      file.catch(() => loaded.delete(path));
      loaded.set(path, file);
    }
    return file;
  }

  async function meta() {
    const index = await load("meta.json");
    if (index?.version !== INDEX_VERSION) {
      throw new Error(`search index version ${index?.version} is not ${INDEX_VERSION}`);
    }
    return index;
  }

  /** For one query token: each document that has a matching term, and its tf (weighted counts summed). */
  async function frequencies(index, token) {
    const first = chunkOf(index.chunks, token);
    const last = matchesPrefixes(token) ? chunkOf(index.chunks, token + "\uffff") : first;
    const chunks = await Promise.all(range(first, last).map((k) => load(`terms/${k}.json`)));
    const found = new Map();
    for (const terms of chunks) {
      for (const term of Object.keys(terms)) {
        const termWeight = weight(token, term);
        if (termWeight > 0) {
          addPostings(found, terms[term], termWeight);
        }
      }
    }
    return found;
  }

  return {
    /** The documents that match every token of the query: [{ id, score }], best first, ties by id. */
    async search(query) {
      const tokens = queryTokens(query);
      if (tokens.length === 0) {
        return [];
      }
      const index = await meta();
      const perToken = await Promise.all(tokens.map((token) => frequencies(index, token)));
      const [fewest] = [...perToken].sort((a, b) => a.size - b.size);
      const results = [];
      for (const id of fewest.keys()) {
        if (perToken.every((found) => found.has(id))) {
          const score = perToken.reduce((sum, found) => sum + termScore(index, found, id), 0);
          results.push({ id, score });
        }
      }
      return results.sort((a, b) => b.score - a.score || a.id - b.id);
    },

    /** A document's { url, title, language, text }, from the file it shares with its neighbours in number. */
    async document(id) {
      const perFile = (await meta()).documentsPerFile;
      const documents = await load(`docs/${Math.floor(id / perFile)}.json`);
      return documents[id % perFile];
    },
  };
}

function range(first, last) {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Adds a term's postings [d0, c0, d1, c1, ...] (ids delta-encoded) to the tf of each document, times the weight. */
function addPostings(found, postings, termWeight) {
  let id = 0;
  for (let i = 0; i + 1 < postings.length; i += 2) {
    id += postings[i];
    found.set(id, (found.get(id) ?? 0) + termWeight * postings[i + 1]);
  }
}

/** One query token's BM25 part of a document's score. */
function termScore(index, found, id) {
  const documents = index.documents;
  const n = found.size;
  const idf = Math.log(1 + (documents - n + 0.5) / (n + 0.5));
  const tf = found.get(id);
  const relativeLength = index.averageLength > 0 ? index.lengths[id] / index.averageLength : 1;
  return (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + B * relativeLength));
}

/**
 * About `words` words of a document's text around the first word that matches the query, as segments
 * [{ text, mark }]: `mark` on every word that matches, "…" where the text was cut. The words are those of the
 * original text (each folded on its own to compare), so the segments are slices of the text itself.
 */
export function excerpt(text, query, words = 30) {
  const tokens = queryTokens(query);
  const source = String(text);
  const spans = Array.from(source.matchAll(ORIGINAL_WORD), (match) => ({ start: match.index, end: match.index + match[0].length }));
  const matches = (span) => tokenize(source.slice(span.start, span.end)).some((term) => tokens.some((token) => weight(token, term) > 0));

  const firstMatch = Math.max(0, spans.findIndex(matches));
  const first = Math.max(0, Math.min(firstMatch - Math.floor(words / 3), spans.length - words));
  const end = Math.min(spans.length, first + words);

  const segments = [];
  const add = (part, mark) => {
    const previous = segments[segments.length - 1];
    if (!mark && previous && !previous.mark) {
      previous.text += part;
    } else if (part !== "") {
      segments.push({ text: part, mark });
    }
  };
  let position = first === 0 ? 0 : spans[first].start;
  for (const span of spans.slice(first, end)) {
    add(collapseSpaces(source.slice(position, span.start)), false);
    add(source.slice(span.start, span.end), matches(span));
    position = span.end;
  }
  const cutAtEnd = end < spans.length;
  if (!cutAtEnd) {
    add(collapseSpaces(source.slice(position)), false);
  }
  trimEnds(segments);
  if (first > 0) {
    segments.unshift({ text: "…", mark: false });
  }
  if (cutAtEnd) {
    segments.push({ text: "…", mark: false });
  }
  return segments;
}

function collapseSpaces(part) {
  return part.replace(/\s+/gu, " ");
}

/** No space at the start or the end of the excerpt (blocks of the text are joined by "\n"). */
function trimEnds(segments) {
  const first = segments[0];
  if (first && !first.mark) {
    first.text = first.text.trimStart();
  }
  const last = segments[segments.length - 1];
  if (last && !last.mark) {
    last.text = last.text.trimEnd();
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i].text === "") {
      segments.splice(i, 1);
    }
  }
}

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 200;

class SearchPage {
  constructor(root) {
    const indexUrl = new URL(root.dataset.index ?? "search-index/", window.location.href);
    this.base = root.dataset.base ?? "/";
    this.engine = createSearch(async (path) => {
      const response = await fetch(new URL(path, indexUrl));
      if (!response.ok) {
        throw new Error(`${path}: HTTP ${response.status}`);
      }
      return response.json();
    });
    // Each search gets the next number; a search that finishes after a newer one started shows nothing.
    this.generation = 0;
    this.timer = undefined;
    this.results = [];
    this.shown = 0;
    this.query = "";

    this.input = document.createElement("input");
    this.input.type = "search";
    this.input.name = "q";
    this.input.autocomplete = "off";
    this.input.setAttribute("aria-labelledby", "search-heading");
    this.status = document.createElement("p");
    this.status.className = "search-status";
    this.status.setAttribute("role", "status");
    this.list = document.createElement("ol");
    this.list.className = "search-results";
    this.more = document.createElement("button");
    this.more.type = "button";
    this.more.className = "search-more";
    this.words = { ...ENGLISH, ...root.dataset };
    this.more.textContent = this.words.more;
    this.more.hidden = true;
    root.replaceChildren(this.input, this.status, this.list, this.more);

    this.input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(this.input.value), TYPING_PAUSE_MS);
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        clearTimeout(this.timer);
        this.search(this.input.value);
      }
    });
    this.more.addEventListener("click", () => this.showMore());

    const query = new URLSearchParams(window.location.search).get("q") ?? "";
    this.input.value = query;
    if (query.trim() !== "") {
      this.search(query);
    }
  }

  async search(typed) {
    const query = typed.trim();
    if (query === this.query && this.generation > 0) {
      return;
    }
    this.query = query;
    const generation = ++this.generation;
    this.rememberInAddress(query);
    try {
      const results = await this.engine.search(query);
      const documents = await this.documents(results.slice(0, PAGE_SIZE));
      if (generation !== this.generation) {
        return;
      }
      this.results = results;
      this.shown = documents.length;
      this.list.replaceChildren(...documents.map((doc) => this.resultItem(doc, query)));
      this.status.textContent = query === "" ? "" : describe(results.length, query, this.words);
      this.more.hidden = this.shown >= results.length;
    } catch {
      if (generation === this.generation) {
        this.fail();
      }
    }
  }

  async showMore() {
    const generation = this.generation;
    const query = this.query;
    this.more.disabled = true;
    try {
      const documents = await this.documents(this.results.slice(this.shown, this.shown + PAGE_SIZE));
      if (generation !== this.generation) {
        return;
      }
      const items = documents.map((doc) => this.resultItem(doc, query));
      this.list.append(...items);
      this.shown += documents.length;
      this.more.hidden = this.shown >= this.results.length;
      // The reader goes on from the first new result, not from a button that may have gone.
      items[0]?.querySelector("a")?.focus();
    } catch {
      if (generation === this.generation) {
        this.fail();
      }
    } finally {
      this.more.disabled = false;
    }
  }

  documents(results) {
    return Promise.all(results.map(({ id }) => this.engine.document(id)));
  }

  fail() {
    // Allow the same query to be tried again.
    this.query = undefined;
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
    this.status.textContent = this.words.unavailable;
  }

  resultItem(doc, query) {
    const item = document.createElement("li");
    item.className = "search-result";
    if (doc.language) {
      item.lang = doc.language;
    }
    const link = document.createElement("a");
    link.className = "search-result-link";
    // A url is relative to the base path; never let one begin with "/" (a "//host" address would leave the site).
    link.href = this.base + String(doc.url ?? "").replace(/^[/\\]+/, "");
    link.textContent = doc.title ?? "";
    const text = document.createElement("p");
    text.className = "search-result-excerpt";
    for (const segment of excerpt(doc.text ?? "", query)) {
      if (segment.mark) {
        const mark = document.createElement("mark");
        mark.textContent = segment.text;
        text.append(mark);
      } else {
        text.append(document.createTextNode(segment.text));
      }
    }
    item.append(link, text);
    return item;
  }

  rememberInAddress(query) {
    const url = new URL(window.location.href);
    if (query === "") {
      url.searchParams.delete("q");
    } else {
      url.searchParams.set("q", query);
    }
    if (url.href !== window.location.href) {
      window.history.replaceState(window.history.state, "", url);
    }
  }
}

// The page's words, unless the search element's data attributes give them in the page's language (the template takes
// them from the site's strings, site/templates/strings/); {count} and {query} are filled in.
const ENGLISH = {
  none: "No results for “{query}”",
  one: "1 result for “{query}”",
  many: "{count} results for “{query}”",
  more: "More results",
  unavailable: "Search is not available right now: the search index could not be loaded.",
};

function describe(count, query, words) {
  const pattern = count === 0 ? words.none : count === 1 ? words.one : words.many;
  return pattern.replaceAll("{count}", String(count)).replaceAll("{query}", query);
}

// The page: only where there is a document (never when the engine is imported in Node). Last in the file: a module
// runs once the document is parsed (readyState "interactive"), so this starts at once, and the class and constants
// it uses must be initialised by then.
if (typeof document !== "undefined") {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startSearchPage);
  } else {
    startSearchPage();
  }
}

function startSearchPage() {
  const root = document.getElementById("search");
  if (root) {
    new SearchPage(root);
  }
}
