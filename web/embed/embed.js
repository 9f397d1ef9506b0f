// factlight CMS embed: analyse an article element where it stands and highlight quotes, figures, claims and
// findings in place, without changing the host page.
//
//   import { attach, detach } from '.../embed/embed.js';
//   const handle = attach(document.querySelector('article'), { panel: 'right', theme: 'auto' });
//   handle.detach();   // or detach(root)
//
// The host DOM is never mutated: highlights are CSS Custom Highlight API ranges styled by a constructable
// stylesheet; without CSS.highlights an overlay of boxes is drawn in a shadow root whose host is placed
// outside the article; the panel and hover cards live in a shadow root too. See docs/embed.md.
import * as api from '../dist/factlight.js';
import { buildTextMap, rangeFor, crossesGap, mappedText, offsetAt, sameText } from './textmap.js';
import { HighlightPainter, OverlayPainter, highlightSupported } from './draw.js';
import { Panel, Card } from './panel.js';
import { LAYERS, highlightCss, shadowCss } from './styles.js';

const HOST_TAG = 'factlight-embed';
const LAYER_KEYS = { quote: 'quotes', figure: 'figures', claim: 'claims', finding: 'findings' };
const PANELS = new Set(['right', 'left', 'bottom', 'inline', 'none']);
const THEMES = new Set(['light', 'dark', 'auto']);
const OPTION_KEYS = new Set(['layers', 'theme', 'panel', 'wasmUrl', 'debounce', 'claimThreshold', 'worker', 'cards', 'observe', 'container']);

const handles = new WeakMap(); // root element -> Embed
const ours = new WeakSet(); // elements the embed inserted (shadow hosts)
let counter = 0;

function normalizeOptions(o, doc) {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new TypeError('factlight: attach options must be an object');
  for (const k of Object.keys(o)) if (!OPTION_KEYS.has(k)) throw new TypeError(`factlight: unknown attach option "${k}"`);
  const layers = { quotes: true, figures: true, claims: true, findings: true };
  if (o.layers !== undefined) {
    if (o.layers === null || typeof o.layers !== 'object') throw new TypeError('factlight: options.layers must be an object of booleans');
    for (const [k, v] of Object.entries(o.layers)) {
      if (!(k in layers) || typeof v !== 'boolean') throw new TypeError(`factlight: options.layers.${k} must be a known layer set to true or false`);
      layers[k] = v;
    }
  }
  const theme = o.theme ?? 'auto';
  if (!THEMES.has(theme)) throw new TypeError('factlight: options.theme must be "light", "dark" or "auto"');
  const panel = o.panel ?? 'right';
  if (!PANELS.has(panel)) throw new TypeError('factlight: options.panel must be "right", "left", "bottom", "inline" or "none"');
  const debounce = o.debounce ?? 300;
  if (typeof debounce !== 'number' || !(debounce >= 0)) throw new TypeError('factlight: options.debounce must be a number of milliseconds');
  const claimThreshold = o.claimThreshold ?? 0.5;
  if (typeof claimThreshold !== 'number' || !(claimThreshold >= 0 && claimThreshold <= 1)) throw new TypeError('factlight: options.claimThreshold must be in [0, 1]');
  const wasmUrl = o.wasmUrl == null ? undefined : new URL(String(o.wasmUrl), doc.baseURI).href;
  return { layers, theme, panel, debounce, claimThreshold, wasmUrl, worker: o.worker !== false, cards: o.cards !== false, observe: o.observe !== false, container: o.container ?? null };
}

/** The JS API transport: createAnalyzer (Worker by default) when the API has it, else analyze in-thread. */
function makeAnalyzer({ worker, wasmUrl }) {
  if (typeof api.createAnalyzer === 'function') {
    const a = api.createAnalyzer(wasmUrl ? { worker, wasmUrl } : { worker });
    return { analyze: (text, options) => a.analyze(text, options), close: () => a.close?.() };
  }
  return { analyze: (text, options) => api.analyze(text, options, wasmUrl), close() {} };
}

// Handles with the same transport and wasm URL share one analyzer (one Worker for several articles on a
// page); the last handle to detach closes it.
const analyzers = new Map(); // "worker|wasmUrl" -> { analyzer, users }

function acquireAnalyzer(opts) {
  const key = `${opts.worker}|${opts.wasmUrl ?? ''}`;
  let entry = analyzers.get(key);
  if (!entry) analyzers.set(key, (entry = { analyzer: makeAnalyzer(opts), users: 0 }));
  entry.users++;
  let open = true;
  return {
    analyze: (text, options) => entry.analyzer.analyze(text, options),
    close() {
      if (!open) return;
      open = false;
      if (--entry.users === 0) {
        analyzers.delete(key);
        entry.analyzer.close();
      }
    },
  };
}

/** Every span the result reports, per layer, in text order: {layer, id, begin, end, text, data}. */
function collectSpans(result, text) {
  const spans = [];
  for (const q of result.quotes ?? [])
    for (const f of q.fragments) spans.push({ layer: 'quote', id: q.id, begin: f.begin, end: f.end, text: text.slice(f.begin, f.end), data: q });
  for (const f of result.figures ?? []) spans.push({ layer: 'figure', id: f.id, begin: f.begin, end: f.end, text: f.text, data: f });
  for (const c of result.claims ?? []) spans.push({ layer: 'claim', id: c.id, begin: c.begin, end: c.end, text: c.text, data: c });
  (result.findings ?? []).forEach((f, i) => spans.push({ layer: 'finding', id: `n${i + 1}`, begin: f.begin, end: f.end, text: f.text, data: f }));
  return spans.sort((a, b) => a.begin - b.begin || b.end - a.end);
}

class Embed {
  constructor(root, opts) {
    this.root = root;
    this.doc = root.ownerDocument;
    this.win = this.doc.defaultView;
    this.opts = opts;
    this.id = ++counter;
    this.names = Object.fromEntries([...LAYERS, 'focus'].map((l) => [l, `factlight-${this.id}-${l}`]));
    this.visible = Object.fromEntries(LAYERS.map((l) => [l, opts.layers[LAYER_KEYS[l]]]));
    this.result = null;
    this.text = null;
    this.map = null;
    this.spans = [];
    this.skipped = 0;
    this.timings = null; // ms of the last run: { walk, analyze, draw }
    this.version = 0;
    this.detached = false;
    this.waiters = [];
    this.cleanups = [];
    this.host = null;
    this.shadow = null;
    this.card = null;
    this.panel = null;
    this.analyzer = acquireAnalyzer(opts);

    if (highlightSupported(this.win)) {
      this.sheet = this.adopt(this.doc, highlightCss(this.names, opts.theme));
      this.painter = new HighlightPainter(this.win, this.names);
    } else {
      const layer = this.doc.createElement('div');
      layer.className = 'overlay';
      this.ensureShadow().append(layer);
      this.painter = new OverlayPainter(this.win, layer);
      const relayout = () => this.painter.schedule();
      this.listen(this.win, 'resize', relayout);
      this.listen(this.doc, 'scroll', relayout, { capture: true, passive: true });
      if (this.win.ResizeObserver) {
        const ro = new this.win.ResizeObserver(relayout);
        ro.observe(root);
        this.cleanups.push(() => ro.disconnect());
      }
      this.doc.fonts?.ready.then(relayout);
    }
    for (const l of LAYERS) if (!this.visible[l]) this.painter.show(l, false);

    if (opts.panel !== 'none') {
      const container = opts.container ?? this.ensureShadow();
      if (opts.container) this.containerSheet = this.adopt(opts.container, shadowCss(opts.theme));
      this.panel = new Panel(container, opts.panel, {
        visible: this.visible,
        toggle: (layer, on) => this.setLayer(layer, on),
        select: (span) => this.reveal(span),
      });
    }
    if (opts.cards) {
      let frame = 0;
      let last = null;
      this.listen(this.doc, 'pointermove', (e) => {
        last = e;
        if (!frame) frame = this.win.requestAnimationFrame(() => ((frame = 0), this.hover(last.clientX, last.clientY)));
      }, { passive: true });
      this.listen(this.doc, 'mouseout', (e) => e.relatedTarget || this.card?.hide()); // left the window
      this.listen(this.doc, 'scroll', () => this.card?.hide(), { capture: true, passive: true });
      this.cleanups.push(() => frame && this.win.cancelAnimationFrame(frame));
    }
    if (opts.observe) {
      this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
      this.observer.observe(root, {
        characterData: true, childList: true, subtree: true,
        attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'style', 'class'],
      });
    }
    this.ready = this.next();
    this.run();
  }

  // ---- public ----

  /** Highlight mode: 'highlight' (CSS Custom Highlight API) or 'overlay' (fallback). */
  get mode() {
    return this.painter.mode;
  }

  /** The drawn spans: {layer, id, begin, end, text, range}. */
  get drawn() {
    return this.spans.map(({ layer, id, begin, end, text, range }) => ({ layer, id, begin, end, text, range }));
  }

  /** Re-walks and re-analyses now; resolves with the next fresh result. */
  refresh() {
    const p = this.next();
    this.version++;
    this.win.clearTimeout(this.timer);
    this.run();
    return p;
  }

  /** Shows or hides a layer ('quote', 'figure', 'claim', 'finding'). */
  setLayer(layer, on) {
    if (!LAYERS.includes(layer)) throw new TypeError(`factlight: unknown layer "${layer}"`);
    this.visible[layer] = !!on;
    this.painter.show(layer, !!on);
    if (this.panel && this.panel.checks[layer].checked !== !!on) {
      this.panel.checks[layer].checked = !!on;
      this.panel.sections[layer].classList.toggle('off', !on);
    }
  }

  /** Removes every trace: highlights, stylesheets, shadow host, listeners, observer, worker. */
  detach() {
    if (this.detached) return;
    this.detached = true;
    this.win.clearTimeout(this.timer);
    this.win.clearTimeout(this.focusTimer);
    this.observer?.disconnect();
    for (const f of this.cleanups.splice(0)) f();
    this.painter.destroy();
    this.panel?.destroy();
    this.card?.destroy();
    this.unadopt(this.doc, this.sheet);
    if (this.opts.container) this.unadopt(this.opts.container, this.containerSheet);
    this.host?.remove();
    this.analyzer.close();
    if (handles.get(this.root) === this) handles.delete(this.root);
    for (const w of this.waiters.splice(0)) w.resolve(null);
    this.spans = [];
  }

  // ---- analysis ----

  next() {
    let resolve;
    let reject;
    const p = new Promise((ok, fail) => ((resolve = ok), (reject = fail)));
    p.catch(() => {}); // callers that ignore `ready` do not get an unhandled rejection
    this.waiters.push({ resolve, reject });
    return p;
  }

  schedule() {
    this.win.clearTimeout(this.timer);
    this.timer = this.win.setTimeout(() => this.run(), this.opts.debounce);
  }

  async run() {
    if (this.detached) return;
    const version = this.version;
    const t0 = this.win.performance.now();
    const map = buildTextMap(this.root, (el) => ours.has(el));
    const t1 = this.win.performance.now();
    if (this.result && map.text === this.text) {
      // Same text (a re-render, a class change): new nodes, same result.
      this.map = map;
      this.draw();
      this.timings = { walk: t1 - t0, analyze: 0, draw: this.win.performance.now() - t1 };
      this.settle(this.result);
      return;
    }
    this.panel?.setStatus('Analysing…');
    let result;
    try {
      result = await this.analyzer.analyze(map.text, {
        offsets: 'utf16',
        layers: this.opts.layers,
        claimThreshold: this.opts.claimThreshold,
      });
    } catch (error) {
      if (this.detached || version !== this.version) return;
      this.panel?.setStatus(`Error: ${error.message}`);
      this.root.dispatchEvent(new this.win.CustomEvent('factlight:error', { bubbles: true, detail: { error } }));
      for (const w of this.waiters.splice(0)) w.reject(error);
      return;
    }
    // Stale: the article changed while this analysis ran; the run scheduled by that change will draw.
    if (this.detached || version !== this.version) return;
    const t2 = this.win.performance.now();
    this.map = map;
    this.text = map.text;
    this.result = result;
    this.draw();
    this.timings = { walk: t1 - t0, analyze: t2 - t1, draw: this.win.performance.now() - t2 };
    this.root.dispatchEvent(
      new this.win.CustomEvent('factlight:analyzed', { bubbles: true, detail: { result, text: map.text, skipped: this.skipped } }),
    );
    this.settle(result);
  }

  settle(result) {
    for (const w of this.waiters.splice(0)) w.resolve(result);
  }

  /** Maps every reported span to a Range, verifies the Range's text, draws the ones that match. */
  draw() {
    const { map, text } = this;
    const spans = collectSpans(this.result, text);
    const drawn = [];
    let skipped = 0;
    for (const span of spans) {
      const { begin, end } = span;
      const range = span.text === text.slice(begin, end) ? rangeFor(map, begin, end) : null;
      let ok = !!range && sameText(range.toString(), span.text);
      if (range && !ok && crossesGap(map, begin, end)) {
        // The range also covers hidden content; check the visible characters it was mapped to.
        const visible = mappedText(map, begin, end);
        ok = visible !== null && sameText(visible, span.text);
      }
      if (ok) drawn.push({ ...span, range });
      else skipped++;
    }
    this.spans = drawn;
    this.skipped = skipped;
    this.painter.draw(drawn);
    this.card?.hide();
    if (this.panel) {
      this.panel.render(drawn, skipped);
      const n = (l) => new Set(drawn.filter((s) => s.layer === l).map((s) => s.id)).size;
      this.panel.setStatus(`${n('quote')} quotes · ${n('figure')} figures · ${n('claim')} claims · ${n('finding')} findings`);
    }
  }

  onMutations(records) {
    const foreign = records.some((r) => !this.isOurs(r.target) && !(r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => ours.has(n))));
    if (!foreign) return;
    this.version++;
    this.card?.hide();
    if (this.painter.mode === 'overlay') this.painter.schedule(); // live ranges moved; boxes follow
    this.schedule();
  }

  // ---- interaction ----

  hover(x, y) {
    if (!this.spans.length || !this.map) return;
    let node = null;
    let offset = 0;
    if (this.doc.caretPositionFromPoint) {
      const p = this.doc.caretPositionFromPoint(x, y);
      if (p) ({ offsetNode: node, offset } = p);
    } else if (this.doc.caretRangeFromPoint) {
      const r = this.doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    const t = node && this.root.contains(node) ? offsetAt(this.map, node, offset) : -1;
    const hits = t < 0 ? [] : this.spans.filter((s) => this.visible[s.layer] && s.begin <= t + 1 && t - 1 <= s.end && this.under(s.range, x, y));
    if (!hits.length) {
      this.card?.hide();
      return;
    }
    // The most specific first: findings, figures, quotes, then the claim around them.
    const seen = new Set();
    const order = { finding: 0, figure: 1, quote: 2, claim: 3 };
    const unique = hits
      .filter((s) => !seen.has(s.layer + s.id) && seen.add(s.layer + s.id))
      .sort((a, b) => order[a.layer] - order[b.layer]);
    if (!this.card) this.card = new Card(this.opts.container ?? this.ensureShadow());
    this.card.show(unique, x, y);
  }

  under(range, x, y) {
    for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
    return false;
  }

  /** Scrolls a span into view and flashes it. */
  reveal(span) {
    const el = span.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.painter.focus(span.range);
    this.win.clearTimeout(this.focusTimer);
    this.focusTimer = this.win.setTimeout(() => this.painter.focus(null), 1600);
  }

  // ---- plumbing ----

  isOurs(node) {
    return !!this.host && (node === this.host || this.host.contains(node));
  }

  listen(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.cleanups.push(() => target.removeEventListener(type, fn, opts));
  }

  /** A constructable stylesheet added to a document's or shadow root's adoptedStyleSheets (CSP-safe). */
  adopt(target, css) {
    const sheet = new this.win.CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return sheet;
  }

  unadopt(target, sheet) {
    if (sheet && target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  /** Our shadow root, created on first need; its host goes outside the article. */
  ensureShadow() {
    if (this.shadow) return this.shadow;
    const host = this.doc.createElement(HOST_TAG);
    ours.add(host);
    // CSSOM properties, not a style attribute: allowed by style-src 'self'.
    for (const [k, v] of Object.entries({ position: 'absolute', left: '0', top: '0', width: '0', height: '0', display: 'block', overflow: 'visible', margin: '0', padding: '0', border: '0', 'z-index': '2147483000' }))
      host.style.setProperty(k, v, 'important');
    this.shadow = host.attachShadow({ mode: 'open' });
    this.adopt(this.shadow, shadowCss(this.opts.theme));
    const body = this.doc.body;
    const parent = body && !this.root.contains(body) ? body : this.doc.documentElement;
    parent.append(host);
    this.host = host;
    return this.shadow;
  }
}

/** Analyses `root`'s text and highlights it in place; returns the handle. Attaching again replaces the old handle. */
export function attach(root, options = {}) {
  if (!root || root.nodeType !== 1) throw new TypeError('factlight: attach(root) needs an element');
  handles.get(root)?.detach();
  const embed = new Embed(root, normalizeOptions(options, root.ownerDocument));
  handles.set(root, embed);
  return embed;
}

/** Detaches the handle attached to `root`, if any; returns whether there was one. */
export function detach(root) {
  const h = root && handles.get(root);
  if (!h) return false;
  h.detach();
  return true;
}

/** The handle attached to `root`, or null. */
export function handleOf(root) {
  return (root && handles.get(root)) || null;
}
