// Inline highlights that never touch the text the user edits.
//
// The <textarea> sits on a "mirror" <div> laid out identically (same box, font and wrapping; its text is
// transparent). The mirror holds the article as ONE text node whose data always equals textarea.value,
// so an analysis offset in UTF-16 code units is directly a DOM offset into that node. Highlights are
// live Ranges registered with the CSS Custom Highlight API: nothing is inserted into the DOM, and when
// the user types, the edit is applied to the text node with replaceData(), so the DOM moves every live
// Range along with the text until the next analysis arrives.
//
// Where CSS.highlights is missing, the same named highlights are painted as an overlay: absolutely
// positioned boxes (class = the highlight name) from the live Ranges' client rects, in a layer under the
// transparent mirror text. The article text itself is never wrapped, split or set as HTML.

export const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Mirror {
  constructor(element) {
    this.element = element;
    this.node = document.createTextNode('');
    this.version = 0; // bumped by every change of the text: a Range made for an older text is stale
    // A trailing newline in a textarea still makes a line; in a div it needs something after it.
    element.replaceChildren(this.node, document.createTextNode('\u200b'));
  }

  get text() {
    return this.node.data;
  }

  /** Marks every Range made so far as stale (the text is about to change). */
  invalidate() {
    this.version++;
  }

  /** Brings the mirror to `value` with one replaceData over the changed middle (prefix/suffix kept). */
  sync(value) {
    const old = this.node.data;
    if (old === value) return;
    this.version++;
    const max = Math.min(old.length, value.length);
    let p = 0;
    while (p < max && old.charCodeAt(p) === value.charCodeAt(p)) p++;
    let s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === value.charCodeAt(value.length - 1 - s)) s++;
    this.node.replaceData(p, old.length - p - s, value.slice(p, value.length - s));
  }

  /** A live Range over [begin, end) of the article, or null when it is out of bounds. */
  range(begin, end) {
    const n = this.node.length;
    if (!(begin >= 0 && begin <= end && end <= n)) return null;
    const r = document.createRange();
    r.setStart(this.node, begin);
    r.setEnd(this.node, end);
    return r;
  }

  /**
   * The article offset under a viewport point, or -1. The textarea above the mirror takes the hit; its
   * value is the mirror's text, laid out the same, so a caret position in it is the same offset.
   * caretPositionFromPoint reports it directly; with only caretRangeFromPoint (which cannot see into
   * the textarea) the textarea is made transparent to hit testing for one query — a style change that
   * costs ~100 ms on a 2 MB text, hence not the first choice.
   */
  offsetAt(x, y, textarea) {
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (p && (p.offsetNode === textarea || p.offsetNode === this.node)) return p.offset;
      if (p) return -1;
    }
    if (!document.caretRangeFromPoint) return -1;
    const saved = textarea.style.pointerEvents;
    textarea.style.pointerEvents = 'none';
    let r = null;
    try {
      r = document.caretRangeFromPoint(x, y);
    } finally {
      textarea.style.pointerEvents = saved;
    }
    return r && r.startContainer === this.node ? r.startOffset : -1;
  }
}

/** True when the point lies inside one of the range's line boxes. */
export function rangeContainsPoint(range, x, y) {
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

// Registering a Highlight costs the browser time per range (about 3.7 s for 41,000 ranges on a 1.9 MB
// article in chromium 156, all of it on the main thread). Past this many ranges only those near the
// visible part of the text are registered, and the window follows scrolling.
export const WINDOW_THRESHOLD = 3000;
const WINDOW_MARGIN = 20000; // UTF-16 units drawn beyond each edge of what is visible

/**
 * The named highlights of one analysis. `groups` maps a highlight name (styled by a ::highlight() rule
 * in style.css) to the layer toggle it belongs to and its items: { begin, end, ranges } where `ranges`
 * (live Ranges, made on first use) covers [begin, end).
 */
export class Highlights {
  /**
   * `visibleSpan()` returns the [begin, end) offsets of the text on screen, or null. `overlay` is the
   * element the fallback paints into (used only where CSS.highlights is missing).
   */
  constructor(visibleSpan = () => null, overlay = null) {
    this.groups = new Map(); // name -> { layer, items: [{ begin, end, ranges }] }
    this.hidden = new Set(); // layers switched off
    this.flashTimer = 0;
    this.visibleSpan = visibleSpan;
    this.window = null; // [lo, hi) drawn when windowed; null when everything is drawn
    this.painter = supported ? new RegistryPainter() : overlay ? new OverlayPainter(overlay) : null;
  }

  /** 'highlight' (CSS Custom Highlight API), 'overlay' (positioned boxes) or 'none'. */
  get mode() {
    return this.painter?.mode ?? 'none';
  }

  /** After the text moved under the ranges (an edit, a new width): repaints where that is not automatic. */
  relayout() {
    this.painter?.schedule();
  }

  add(name, layer, item) {
    let g = this.groups.get(name);
    if (!g) this.groups.set(name, (g = { layer, items: [] }));
    g.items.push(item);
  }

  get size() {
    let n = 0;
    for (const g of this.groups.values()) n += g.items.length;
    return n;
  }

  /** Paints these groups (minus hidden layers), replacing what was painted. */
  show() {
    if (!this.painter) return;
    this.window = null;
    if (this.size > WINDOW_THRESHOLD) {
      const v = this.visibleSpan() ?? [0, 0];
      this.window = [v[0] - WINDOW_MARGIN, v[1] + WINDOW_MARGIN];
    }
    const [lo, hi] = this.window ?? [-Infinity, Infinity];
    const drawn = [];
    for (const [name, g] of this.groups) {
      if (this.hidden.has(g.layer)) continue;
      const ranges = [];
      for (const it of g.items) if (it.end >= lo && it.begin <= hi) ranges.push(...it.ranges);
      if (ranges.length) drawn.push({ name, priority: PRIORITY[g.layer] ?? 0, ranges });
    }
    this.painter.paint(drawn);
  }

  /** After scrolling: redraws when the visible text has left the drawn window. */
  follow() {
    if (!this.window) return;
    const v = this.visibleSpan();
    if (v && (v[0] < this.window[0] || v[1] > this.window[1])) this.show();
  }

  setLayer(layer, visible) {
    if (visible) this.hidden.delete(layer);
    else this.hidden.add(layer);
    this.show();
  }

  /** Marks the current item (kept) and flashes it (for a moment). */
  current(range) {
    if (!this.painter) return;
    clearTimeout(this.flashTimer);
    this.painter.mark('fl-current', range, 10);
    this.painter.mark('fl-flash', range?.cloneRange() ?? null, 11);
    if (range) this.flashTimer = setTimeout(() => this.painter.mark('fl-flash', null, 11), 1200);
  }

  clear() {
    this.groups.clear();
    this.show();
    this.current(null);
  }
}

// Later layers paint over earlier ones: claims (sentence shading) at the bottom, findings on top.
const PRIORITY = { claims: 1, quotes: 2, figures: 3, findings: 4 };

// ---- painters: one interface, paint([{ name, priority, ranges }]), mark(name, range|null, priority) ----

class RegistryPainter {
  mode = 'highlight';

  paint(groups) {
    for (const name of [...CSS.highlights.keys()]) if (name.startsWith('fl-') && name !== 'fl-flash' && name !== 'fl-current') CSS.highlights.delete(name);
    for (const { name, priority, ranges } of groups) {
      const h = new Highlight(...ranges);
      h.priority = priority;
      CSS.highlights.set(name, h);
    }
  }

  mark(name, range, priority) {
    if (!range) return void CSS.highlights.delete(name);
    const h = new Highlight(range);
    h.priority = priority;
    CSS.highlights.set(name, h);
  }

  schedule() {} // live ranges: the browser repaints them
}

class OverlayPainter {
  mode = 'overlay';

  constructor(element) {
    this.element = element;
    this.groups = [];
    this.marks = new Map(); // name -> { name, priority, ranges: [range] }: the current item and its flash
    this.frame = 0;
    // A new width re-wraps the text under the boxes; the mirror's size changes with it.
    new ResizeObserver(() => this.schedule()).observe(element.parentElement);
  }

  paint(groups) {
    this.groups = groups;
    this.layout();
  }

  mark(name, range, priority) {
    if (range) this.marks.set(name, { name, priority, ranges: [range] });
    else this.marks.delete(name);
    this.schedule(); // current() sets two marks at once: one layout
  }

  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  /** Boxes from the ranges' line rects, later (higher priority) groups painted over earlier ones. */
  layout() {
    const origin = this.element.getBoundingClientRect();
    const frag = document.createDocumentFragment();
    const groups = [...this.groups, ...this.marks.values()].sort((a, b) => a.priority - b.priority);
    for (const { name, ranges } of groups)
      for (const range of ranges)
        for (const r of range.getClientRects()) {
          if (!(r.width > 0 && r.height > 0)) continue;
          const box = document.createElement('div');
          box.className = `mark ${name}`;
          // CSSOM, not a style attribute: allowed under the page's CSP.
          box.style.left = `${r.left - origin.left}px`;
          box.style.top = `${r.top - origin.top}px`;
          box.style.width = `${r.width}px`;
          box.style.height = `${r.height}px`;
          frag.append(box);
        }
    this.element.replaceChildren(frag);
  }
}
