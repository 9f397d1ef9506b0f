// The factlight page: an editor with inline highlights, a side panel, a card, keys and exports.
// Analysis runs in a Worker (createAnalyzer falls back to this thread where none can start); results
// for text that has changed since are dropped. Article text is only ever set as text.
import { createAnalyzer, wellFormed } from './dist/factlight.js';
import { Mirror, Highlights, rangeContainsPoint } from './highlights.js';
import { renderPanel, clearPanel, cardContent, PALETTE_SIZE, scoreText } from './panel.js';
import { readArticleFile } from './text-import.js';

const LIMIT_BYTES = 2 * 1024 * 1024; // the page's input limit; the CLI takes far more
const DEBOUNCE_MS = 180;
const STORAGE_KEY = 'factlight:article';
const CHECK_WORTHY = 0.5; // claims at or above this are "check-worthy": counted, and visited by j/k
const SHADE_MIN = 0.25; // claims below this are not shaded

const $ = (id) => document.getElementById(id);
const textarea = $('article');
const summary = $('summary');
const notice = $('notice');
const card = $('card');
const panel = $('panel');
const mirror = new Mirror($('mirror'));
const highlights = new Highlights(visibleSpan, $('marks'));
const analyzer = createAnalyzer({ worker: true });

let model = null; // the page's view of the analysis of the current text, or null
// Claims ticked for ClaimReview export, as ids into the current model. Claim ids are sentence numbers
// ("c3" is sentence 3), so after an edit above a ticked claim the same id names another sentence:
// each new analysis carries the ticks over by claim text (see carrySelection), never by id.
let selected = new Set();
let currentClaim = -1; // index into model.checkWorthy
const layerVisible = { quotes: true, figures: true, claims: true, findings: true };

/** The [begin, end) offsets of the article text inside the viewport, or null when none is. */
function visibleSpan() {
  const box = textarea.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 2;
  const bottom = Math.min(box.bottom, innerHeight) - 2;
  if (bottom <= top) return null;
  const a = mirror.offsetAt(box.left + 1, top, textarea);
  const b = mirror.offsetAt(box.right - 1, bottom, textarea);
  const n = mirror.text.length;
  return [a < 0 ? 0 : a, b < 0 ? n : b];
}

let followFrame = 0;
const follow = () => {
  if (followFrame) return;
  followFrame = requestAnimationFrame(() => {
    followFrame = 0;
    highlights.follow();
  });
};
addEventListener('scroll', follow, { passive: true });
addEventListener('resize', follow);

// ---- notices ----------------------------------------------------------------------------------------

function say(message) {
  notice.textContent = message;
  notice.hidden = !message;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function utf8Length(s) {
  if (s.length * 3 <= LIMIT_BYTES) return s.length; // cheap bound: cannot be over the limit
  return new TextEncoder().encode(s).length;
}

// ---- the model of one analysis -----------------------------------------------------------------------

function claimLevel(c) {
  return c.score >= 0.75 ? 3 : c.score >= CHECK_WORTHY ? 2 : c.score >= SHADE_MIN ? 1 : 0;
}

/** One highlighted thing (quote, figure, claim, finding) and its verified spans. */
class Item {
  constructor(props, spans, version) {
    Object.assign(this, props);
    this.spans = spans;
    this.version = version; // the mirror's version these offsets index
    this.cache = null;
  }

  // Ranges are made lazily, for what is drawn or pointed at: a 2 MB article has ~80,000 spans. Once the
  // text has been edited the offsets are stale, so no new Range is made until the next analysis.
  get ranges() {
    if (this.cache) return this.cache;
    if (mirror.version !== this.version) return [];
    return (this.cache = this.spans.map((s) => mirror.range(s.begin, s.end)).filter(Boolean));
  }
}

// The main thread must stay free for typing while a big analysis is drawn: long loops give way to
// pending input every few milliseconds, and give up when the text changed meanwhile.
const SLICE_MS = 8;
const yieldToInput = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
const STALE = Symbol('stale');

function slicer(text) {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await yieldToInput();
    if (textarea.value !== text) throw STALE;
    start = performance.now();
  };
}

/** The page's model of `result` (an analysis of `text`); throws STALE when the text changes meanwhile. */
async function buildModel(text, result) {
  const breathe = slicer(text);
  const colors = new Map(); // speaker name -> palette index, in order of first quote
  const colorOf = (name) => {
    if (name == null) return 'none';
    if (!colors.has(name)) colors.set(name, colors.size % PALETTE_SIZE);
    return colors.get(name);
  };
  const items = [];
  const byId = new Map();
  let skipped = 0;
  // Verify before drawing: each span must hold exactly the text the analysis reported (the mirror holds
  // `text`). The analysis saw each lone surrogate as U+FFFD (same length), so spans are checked against that.
  const seen = wellFormed(text).text;
  const version = mirror.text === text ? mirror.version : -1;
  const add = (props, spans, expected) => {
    const ok = spans.filter((s) => seen.slice(s.begin, s.end) === expected(s));
    skipped += spans.length - ok.length;
    const it = new Item(props, ok, version);
    items.push(it);
    byId.set(it.id, it);
  };
  const slice = (s) => seen.slice(s.begin, s.end);
  const own = (s) => s.text;

  for (const q of result.quotes) {
    const color = colorOf(q.speaker_name);
    add({ id: q.id, layer: 'quotes', begin: q.begin, end: q.end, data: q, name: `fl-quote-${color}` }, q.fragments, slice);
    await breathe();
  }
  for (const f of result.figures) {
    add({ id: f.id, layer: 'figures', begin: f.begin, end: f.end, data: f, name: 'fl-figure' }, [f], own);
    await breathe();
  }
  for (const c of result.claims) {
    const level = claimLevel(c);
    if (level > 0) add({ id: c.id, layer: 'claims', begin: c.begin, end: c.end, data: c, name: `fl-claim-${level}` }, [c], own);
    await breathe();
  }
  const findings = result.findings.map((x, i) => ({ ...x, id: `x${i + 1}` }));
  for (const x of findings) {
    add({ id: x.id, layer: 'findings', begin: x.begin, end: x.end, data: x, name: 'fl-finding' }, [x], own);
    await breathe();
  }

  const speakerGroups = [];
  const groupOf = new Map();
  const speakersByName = new Map(result.speakers.map((sp) => [sp.name, sp]));
  for (const q of result.quotes) {
    const key = q.speaker_name ?? null;
    if (!groupOf.has(key)) {
      const known = key == null ? null : speakersByName.get(key);
      const g = { name: key, kind: q.speaker_kind, color: colorOf(key), descriptions: known?.descriptions ?? [], quotes: [] };
      groupOf.set(key, g);
      speakerGroups.push(g);
    }
    groupOf.get(key).quotes.push(q);
  }
  // Named speakers first (in order of appearance), unattributed quotes last.
  speakerGroups.sort((a, b) => (a.name == null) - (b.name == null));

  const shaded = result.claims.filter((c) => claimLevel(c) > 0);
  const rankedClaims = [...shaded].sort((a, b) => b.score - a.score || a.begin - b.begin);
  let checkWorthy = result.claims.filter((c) => c.score >= CHECK_WORTHY);
  return { text, result, items, byId, findings, speakerGroups, rankedClaims, checkWorthy, claimLevel, skipped };
}

// ---- applying a result -------------------------------------------------------------------------------

// Drawing a big analysis takes several steps (model, highlights, panel); between them the tab handles
// input, and an edit made meanwhile makes the rest of this (stale) drawing stop.
async function apply(text, result) {
  if (mirror.text !== textarea.value) syncMirror();
  let m;
  try {
    m = await buildModel(text, result);
  } catch (e) {
    if (e === STALE) return;
    throw e;
  }
  const big = m.items.length > 2000;
  if (big) await yieldToInput();
  if (textarea.value !== text) return;
  // The ticks move to the new model's ids together with the model (the drawing below may stop early).
  selected = carrySelection(selected, model, m);
  model = m;
  updateExportCount();
  highlights.groups.clear();
  for (const it of model.items) if (it.spans.length) highlights.add(it.name, it.layer, it);
  highlights.show();
  highlights.current(null);
  if (big) await yieldToInput();
  if (textarea.value !== text) return;
  currentClaim = -1;
  delete document.body.dataset.currentClaim;
  renderPanel(model, selected);
  const r = result;
  const speakers = model.speakerGroups.filter((g) => g.name != null).length;
  summary.textContent =
    `${r.quotes.length} ${plural(r.quotes.length, 'quote')} from ${speakers} ${plural(speakers, 'speaker')} · ` +
    `${r.figures.length} ${plural(r.figures.length, 'figure')} · ` +
    `${model.checkWorthy.length} check-worthy ${plural(model.checkWorthy.length, 'claim')} · ` +
    `${model.findings.length} ${plural(model.findings.length, 'finding')}`;
  document.body.dataset.skipped = String(model.skipped);
  document.body.dataset.analyzed = 'true';
  hideCard();
}

/**
 * The ticked claims of `before` as ids of `after`: each ticked claim goes to a claim of `after` with the
 * same text (the one nearest its old position, each taken once); a ticked claim whose sentence was
 * edited or deleted is dropped.
 */
function carrySelection(ticked, before, after) {
  const out = new Set();
  if (!ticked.size || !before || !after) return out;
  const byText = new Map();
  for (const c of after.rankedClaims) {
    if (!byText.has(c.text)) byText.set(c.text, []);
    byText.get(c.text).push(c);
  }
  for (const id of ticked) {
    const old = before.byId.get(id)?.data;
    const candidates = old ? byText.get(old.text) : null;
    if (!candidates?.length) continue;
    let best = 0;
    for (let i = 1; i < candidates.length; i++)
      if (Math.abs(candidates[i].begin - old.begin) < Math.abs(candidates[best].begin - old.begin)) best = i;
    out.add(candidates[best].id);
    candidates.splice(best, 1);
  }
  return out;
}

function updateExportCount() {
  $('export-claimreview').textContent = selected.size ? `Export ClaimReview (${selected.size})` : 'Export ClaimReview';
}

const plural = (n, word) => (n === 1 ? word : `${word}s`);

function clearAnalysis() {
  model = null;
  selected.clear();
  updateExportCount();
  highlights.clear();
  clearPanel();
  hideCard();
}

// ---- analysis scheduling: debounced, one in flight, stale answers dropped ------------------------------

let timer = 0;
let inFlight = false;
let again = false;

// body[data-busy] is set from an edit until its analysis is drawn (or dropped with nothing left to do).
function schedule(delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  document.body.dataset.busy = 'true';
  timer = setTimeout(() => {
    timer = 0;
    runAnalysis();
  }, delay);
}

function settle() {
  if (!timer && !inFlight) delete document.body.dataset.busy;
}

async function runAnalysis() {
  if (inFlight) {
    again = true; // analyse the newest text once the running analysis is done
    return;
  }
  const text = textarea.value;
  const bytes = utf8Length(text);
  if (bytes > LIMIT_BYTES) {
    clearAnalysis();
    summary.textContent = 'Not analysed: the text is over the size limit.';
    say(`This text is ${mb(bytes)}; the page analyses up to ${mb(LIMIT_BYTES)} at a time. Shorten it, or run the factlight CLI on the file.`);
    document.body.dataset.analyzed = 'false';
    settle();
    return;
  }
  inFlight = true;
  try {
    const result = await analyzer.analyze(text, { maxBytes: LIMIT_BYTES });
    if (text === textarea.value) {
      say('');
      await apply(text, result); // otherwise: stale, dropped; the newer text is already scheduled
    }
  } catch (e) {
    clearAnalysis();
    summary.textContent = 'Not analysed.';
    say(String(e.message ?? e).replace(/^factlight: /, 'Analysis failed: '));
  } finally {
    inFlight = false;
    if (again) {
      again = false;
      runAnalysis();
    }
    settle();
  }
}

// ---- the text: input, storage, sample, files ------------------------------------------------------------

let saveTimer = 0;
function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  try {
    localStorage.setItem(STORAGE_KEY, textarea.value);
  } catch {
    say('This draft is too large to keep in the browser’s storage; it will not survive a reload.');
  }
}
function save() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 300);
}
// A reload right after typing must not lose the last keystrokes.
addEventListener('pagehide', () => saveTimer && saveNow());

// Laying out a 2 MB text takes the browser most of a second, and the page holds it twice (textarea and
// mirror). For a big text the mirror follows one frame later, so the two layouts fall in separate frames
// and the typed text shows first; the ranges of the old text stop being used at once (mirror.version).
const BIG_TEXT = 200000; // UTF-16 units
let mirrorFrame = 0;
let mirrorTimer = 0;

function syncMirror() {
  cancelAnimationFrame(mirrorFrame);
  clearTimeout(mirrorTimer);
  mirrorFrame = mirrorTimer = 0;
  mirror.sync(textarea.value);
  highlights.relayout();
}

function syncMirrorSoon() {
  if (Math.max(textarea.value.length, mirror.text.length) < BIG_TEXT) return syncMirror();
  mirror.invalidate();
  if (mirrorFrame || mirrorTimer) return;
  mirrorFrame = requestAnimationFrame(() => {
    mirrorFrame = 0;
    mirrorTimer = setTimeout(syncMirror, 0); // after this frame has been drawn
  });
}

function onTextChanged() {
  syncMirrorSoon();
  hideCard();
  save();
  schedule();
}

/** Shows a draft restored from storage: analysed, but not saved back (it is what storage holds). */
function restore(value) {
  textarea.value = value;
  mirror.sync(value);
  highlights.relayout();
  schedule(0);
}

/** Replaces the whole text (sample, file, clear). */
function setText(value) {
  const bytes = utf8Length(value);
  if (bytes > LIMIT_BYTES) {
    say(`That text is ${mb(bytes)}; the page analyses up to ${mb(LIMIT_BYTES)} at a time. Open a shorter file, or run the factlight CLI on it.`);
    return false;
  }
  textarea.value = value;
  onTextChanged();
  schedule(0);
  return true;
}

textarea.addEventListener('input', onTextChanged);

// A paste far over the limit is refused before the browser lays out megabytes of text.
textarea.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain') ?? '';
  const after = textarea.value.length - (textarea.selectionEnd - textarea.selectionStart) + pasted.length;
  if (after > LIMIT_BYTES) {
    e.preventDefault();
    say(`That paste would make the text ${mb(after)} or more; the page analyses up to ${mb(LIMIT_BYTES)} at a time. Paste a shorter text, or run the factlight CLI on it.`);
  }
});

async function loadSample() {
  try {
    const res = await fetch('sample-article.txt');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    setText(await res.text());
  } catch (e) {
    say(`The sample could not be loaded (${e.message}).`);
  }
}

async function openFile(file) {
  if (!file) return;
  if (file.size > LIMIT_BYTES * 4) {
    say(`${file.name} is ${mb(file.size)}; the page analyses up to ${mb(LIMIT_BYTES)} at a time. Run the factlight CLI on it instead.`);
    return;
  }
  try {
    if (setText(await readArticleFile(file))) say('');
  } catch (e) {
    say(`${file.name} could not be read (${e.message}).`);
  }
}

$('sample').addEventListener('click', loadSample);
$('clear').addEventListener('click', () => {
  setText('');
  textarea.focus();
});
$('file').addEventListener('change', (e) => {
  openFile(e.target.files[0]);
  e.target.value = '';
});

// Drop anywhere on the page.
const dropHint = $('drop-hint');
document.addEventListener('dragover', (e) => {
  if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
  e.preventDefault();
  dropHint.hidden = false;
});
document.addEventListener('dragleave', (e) => {
  if (e.relatedTarget == null) dropHint.hidden = true;
});
document.addEventListener('drop', (e) => {
  dropHint.hidden = true;
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  e.preventDefault();
  openFile(file);
});

// ---- the card ----------------------------------------------------------------------------------------

function hideCard() {
  card.hidden = true;
  card.replaceChildren();
  textarea.removeAttribute('aria-describedby');
}

/** Shows the card for `items` below `anchor` (a Range): below the line under `point` when given. */
function showCard(items, anchor, point = null) {
  if (!items.length || !anchor) return hideCard();
  card.replaceChildren(cardContent(items));
  card.hidden = false;
  const rects = [...anchor.getClientRects()];
  const under = point && rects.find((q) => point[1] >= q.top && point[1] <= q.bottom);
  const r = under ?? (rects.length ? rects[rects.length - 1] : anchor.getBoundingClientRect());
  const w = card.offsetWidth;
  const h = card.offsetHeight;
  const x = point ? point[0] - 24 : r.left;
  let left = Math.min(Math.max(8, x), document.documentElement.clientWidth - w - 8);
  let top = r.bottom + 6;
  if (top + h > innerHeight - 8 && r.top - h - 6 > 8) top = r.top - h - 6;
  card.style.left = `${left + scrollX}px`;
  card.style.top = `${top + scrollY}px`;
}

/** The items (of visible layers) covering an offset, outermost layer first. */
function itemsAt(offset, x, y) {
  if (!model) return [];
  const order = { claims: 0, quotes: 1, figures: 2, findings: 3 };
  const out = [];
  for (const it of model.items) {
    if (!layerVisible[it.layer]) continue;
    if (it.begin > offset + 1 || it.end < offset - 1 || !it.spans.length) continue;
    const hit = it.ranges.some((r) => (x == null ? r.startOffset <= offset && offset < r.endOffset : rangeContainsPoint(r, x, y)));
    if (hit) out.push(it);
  }
  return out.sort((a, b) => order[a.layer] - order[b.layer]);
}

let hoverFrame = 0;
let lastPoint = null;
document.getElementById('editor').addEventListener('mousemove', (e) => {
  lastPoint = [e.clientX, e.clientY];
  if (hoverFrame) return;
  hoverFrame = requestAnimationFrame(() => {
    hoverFrame = 0;
    const [x, y] = lastPoint;
    const offset = mirror.offsetAt(x, y, textarea);
    const items = offset < 0 ? [] : itemsAt(offset, x, y);
    if (items.length) {
      const at = items[items.length - 1].ranges.find((r) => rangeContainsPoint(r, x, y));
      showCard(items, at, [x, y]);
    }
    else if (!card.dataset.pinned) hideCard();
  });
});
document.getElementById('editor').addEventListener('mouseleave', () => {
  if (!card.dataset.pinned) hideCard();
});

// The caret is "focus" inside the text: moving it (arrows, click) onto a highlight shows its card.
function caretCard() {
  if (document.activeElement !== textarea || textarea.selectionStart !== textarea.selectionEnd) return;
  const items = itemsAt(textarea.selectionStart);
  if (!items.length) return hideCard();
  showCard(items, items[items.length - 1].ranges[0]);
  textarea.setAttribute('aria-describedby', 'card');
}
textarea.addEventListener('keyup', (e) => {
  if (/^(Arrow|Home|End|Page)/.test(e.key)) caretCard();
});
textarea.addEventListener('mouseup', () => setTimeout(caretCard, 0));
textarea.addEventListener('blur', () => {
  if (!card.dataset.pinned) hideCard();
});

// ---- going to an item ----------------------------------------------------------------------------------

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

function scrollToRange(range) {
  const r = range.getBoundingClientRect();
  const margin = 80;
  if (r.top >= margin && r.bottom <= innerHeight - margin) return;
  window.scrollBy({ top: r.top - innerHeight / 3, behavior: reducedMotion.matches ? 'auto' : 'smooth' });
}

/** Scrolls the text to an item, flashes it and shows its card. */
function goTo(item) {
  const range = item.ranges[0] ?? mirror.range(item.begin, item.end);
  if (!range) return;
  highlights.current(range);
  scrollToRange(range);
  document.body.dataset.currentItem = item.id;
  // The card follows once smooth scrolling has settled.
  card.dataset.pinned = 'true';
  const place = () => showCard([item], range);
  place();
  setTimeout(place, reducedMotion.matches ? 0 : 450);
}

function markPanelEntry(id) {
  for (const e of panel.querySelectorAll('[aria-current]')) e.removeAttribute('aria-current');
  const entry = panel.querySelector(`.entry[data-id="${id}"]`);
  if (!entry) return null;
  entry.setAttribute('aria-current', 'true');
  // Keep the entry visible inside the panel when the panel scrolls on its own (wide layout) — without
  // scrolling the window, which is busy showing the text.
  if (panel.scrollHeight > panel.clientHeight && getComputedStyle(panel).overflowY !== 'visible') {
    const pr = panel.getBoundingClientRect();
    const er = entry.getBoundingClientRect();
    if (er.top < pr.top || er.bottom > pr.bottom) panel.scrollTop += er.top - pr.top - pr.height / 3;
  }
  return entry;
}

panel.addEventListener('click', (e) => {
  const entry = e.target.closest('.entry');
  if (!entry || !model) return;
  const item = model.byId.get(entry.dataset.id);
  if (!item) return;
  markPanelEntry(item.id);
  const idx = model.checkWorthy.findIndex((c) => c.id === item.id);
  if (idx >= 0) setCurrentClaim(idx, false);
  goTo(item);
});

panel.addEventListener('change', (e) => {
  const box = e.target.closest('input.pick');
  if (!box) return;
  if (box.checked) selected.add(box.dataset.claim);
  else selected.delete(box.dataset.claim);
  updateExportCount();
});

function setCurrentClaim(idx, go = true) {
  currentClaim = idx;
  const c = model.checkWorthy[idx];
  document.body.dataset.currentClaim = c.id;
  if (!go) return;
  const entry = markPanelEntry(c.id);
  if (entry && panel.contains(document.activeElement)) entry.focus({ preventScroll: true });
  goTo(model.byId.get(c.id));
}

function stepClaim(delta) {
  if (!model || !model.checkWorthy.length) {
    say(model ? 'No check-worthy claims in this text.' : '');
    return;
  }
  const n = model.checkWorthy.length;
  let idx;
  if (currentClaim < 0) {
    // Start from the caret: the first claim after it (or before it, going back).
    const at = document.activeElement === textarea ? textarea.selectionStart : -1;
    idx = delta > 0 ? model.checkWorthy.findIndex((c) => c.begin > at) : model.checkWorthy.findLastIndex((c) => c.begin < (at < 0 ? Infinity : at));
    if (idx < 0) idx = delta > 0 ? 0 : n - 1;
  } else idx = (currentClaim + delta + n) % n;
  setCurrentClaim(idx);
}

// ---- layers ------------------------------------------------------------------------------------------

for (const layer of Object.keys(layerVisible)) {
  const box = $(`layer-${layer}`);
  box.addEventListener('change', () => {
    layerVisible[layer] = box.checked;
    highlights.setLayer(layer, box.checked);
    document.body.classList.toggle(`hide-${layer}`, !box.checked);
    hideCard();
  });
}
function toggleLayer(i) {
  const box = $(`layer-${Object.keys(layerVisible)[i]}`);
  box.checked = !box.checked;
  box.dispatchEvent(new Event('change'));
}

// ---- keys --------------------------------------------------------------------------------------------

const help = $('help');
$('help-button').addEventListener('click', () => help.showModal());

document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  const t = e.target;
  const typing = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['checkbox', 'button', 'file'].includes(t.type)) || t.isContentEditable;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) {
    // By physical key: on a Mac, Alt+J types "∆".
    const f = { KeyJ: () => stepClaim(1), KeyK: () => stepClaim(-1), KeyP: () => focusPanel() }[e.code];
    if (f) {
      e.preventDefault();
      f();
    }
    return;
  }
  if (key === 'Escape') {
    if (!card.hidden) {
      delete card.dataset.pinned;
      hideCard();
      e.preventDefault();
    } else if (t === textarea) {
      $('article-region').focus();
      e.preventDefault();
    }
    return;
  }
  if (typing || help.open) return;
  const actions = {
    j: () => stepClaim(1),
    n: () => stepClaim(1),
    k: () => stepClaim(-1),
    p: () => focusPanel(),
    e: () => focusText(),
    1: () => toggleLayer(0),
    2: () => toggleLayer(1),
    3: () => toggleLayer(2),
    4: () => toggleLayer(3),
    '?': () => help.showModal(),
  };
  const f = actions[key];
  if (f) {
    e.preventDefault();
    f();
  }
});

function focusPanel() {
  const current = panel.querySelector('.entry[aria-current]') ?? panel.querySelector('.entry');
  (current ?? panel).focus();
}

function focusText() {
  const c = model && currentClaim >= 0 ? model.checkWorthy[currentClaim] : null;
  textarea.focus({ preventScroll: true });
  if (c) textarea.setSelectionRange(c.begin, c.begin);
}

document.addEventListener('click', (e) => {
  if (!card.contains(e.target) && !e.target.closest?.('.entry')) {
    delete card.dataset.pinned;
    if (e.target !== textarea) hideCard();
  }
});
window.addEventListener('resize', () => hideCard());

// ---- exports -----------------------------------------------------------------------------------------

function download(name, type, data) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

$('export-json').addEventListener('click', () => {
  if (!model) return say('Nothing to export yet: paste or open an article first.');
  download('factlight-analysis.json', 'application/json', `${JSON.stringify(model.result, null, 2)}\n`);
});

$('export-claimreview').addEventListener('click', async () => {
  if (!model) return say('Nothing to export yet: paste or open an article first.');
  if (!selected.size) return say('Tick one or more claims in the Claims list first; their ClaimReview JSON-LD is exported.');
  const text = model.text;
  // In position order, as the claims appear in the article.
  const claimIds = model.result.claims.filter((c) => selected.has(c.id)).map((c) => c.id);
  try {
    const jsonld = await analyzer.claimReview(text, { claimThreshold: 0, claimIds });
    say('');
    download('factlight-claimreview.jsonld', 'application/ld+json', `${JSON.stringify(jsonld, null, 2)}\n`);
  } catch (e) {
    say(String(e.message ?? e).replace(/^factlight: /, 'ClaimReview export failed: '));
  }
});

// ---- start -------------------------------------------------------------------------------------------

document.body.dataset.highlights = highlights.mode;

let stored = null;
try {
  stored = localStorage.getItem(STORAGE_KEY);
} catch {
  /* storage disabled: start from the sample */
}
// A restored draft is not written back: leaving the page right after load must not undo what another
// tab (or the user clearing site data) did to storage meanwhile.
if (stored != null) restore(stored);
else loadSample();

// Warm-up. The engine first runs the wasm as its baseline compiler made it, and compiles a function again,
// optimised and in the background, once it has run for a while; a fresh page's first long article would be
// analysed mostly by the baseline code, several times slower than later ones (tests/bench/first-analysis.mjs).
// So while the page is idle after its first analysis, the Worker analyses the sample article a few dozen
// times (results dropped), one analysis per message: an analysis the user asks for waits for one at most.
const WARM_UP_RUNS = 40;
async function warmUp() {
  let sample;
  try {
    const res = await fetch('sample-article.txt');
    if (!res.ok) return;
    sample = await res.text();
  } catch {
    return;
  }
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    while (timer || inFlight) await new Promise((resolve) => setTimeout(resolve, 250));
    try {
      await analyzer.analyze(sample);
    } catch {
      return;
    }
  }
  document.body.dataset.warm = 'true';
}

analyzer.ready().then(
  async (transport) => {
    document.body.dataset.transport = transport;
    $('version').textContent = `factlight ${await analyzer.version()} · analysis ${transport === 'worker' ? 'in a Worker' : 'in this tab'}.`;
    if (transport === 'worker') warmUp();
  },
  (e) => say(`The analyser could not load (${e.message}).`),
);

// For the tests and the curious: the current model's item spans, as the page drew them.
window.factlightPage = {
  get model() {
    return model;
  },
  get drawnWindow() {
    return highlights.window;
  },
  get highlightMode() {
    return highlights.mode;
  },
  scoreText,
};
