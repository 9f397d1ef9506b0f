// Inline highlights that never touch the text the user edits.
//
// The <textarea> sits on a "mirror" <div> laid out identically (same box, font and wrapping; its text is
// transparent). The mirror holds the article as ONE text node whose data always equals textarea.value,
// so an analysis offset in UTF-16 code units is directly a DOM offset into that node. Highlights are
// live Ranges registered with the CSS Custom Highlight API: nothing is inserted into the DOM, and when
// the user types, the edit is applied to the text node with replaceData(), so the DOM moves every live
// Range along with the text until the next analysis arrives.

export const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

export class Mirror {
  constructor(element) {
    this.element = element;
    this.node = document.createTextNode('');
    // A trailing newline in a textarea still makes a line; in a div it needs something after it.
    element.replaceChildren(this.node, document.createTextNode('\u200b'));
  }

  get text() {
    return this.node.data;
  }

  /** Brings the mirror to `value` with one replaceData over the changed middle (prefix/suffix kept). */
  sync(value) {
    const old = this.node.data;
    if (old === value) return;
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
   * The article offset under a viewport point, or -1. The textarea above the mirror takes the hit, so it
   * is made transparent to hit testing for this one query.
   */
  offsetAt(x, y, textarea) {
    const saved = textarea.style.pointerEvents;
    textarea.style.pointerEvents = 'none';
    let node = null;
    let offset = -1;
    try {
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        if (p) ({ offsetNode: node, offset } = p);
      } else if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        if (r) ({ startContainer: node, startOffset: offset } = r);
      }
    } finally {
      textarea.style.pointerEvents = saved;
    }
    return node === this.node ? offset : -1;
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
  /** `visibleSpan()` returns the [begin, end) offsets of the text on screen, or null. */
  constructor(visibleSpan = () => null) {
    this.groups = new Map(); // name -> { layer, items: [{ begin, end, ranges }] }
    this.hidden = new Set(); // layers switched off
    this.flashTimer = 0;
    this.visibleSpan = visibleSpan;
    this.window = null; // [lo, hi) drawn when windowed; null when everything is drawn
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

  /** Replaces what CSS.highlights shows with these groups (minus hidden layers). */
  show() {
    if (!supported) return;
    for (const name of [...CSS.highlights.keys()]) if (name.startsWith('fl-') && name !== 'fl-flash' && name !== 'fl-current') CSS.highlights.delete(name);
    this.window = null;
    if (this.size > WINDOW_THRESHOLD) {
      const v = this.visibleSpan() ?? [0, 0];
      this.window = [v[0] - WINDOW_MARGIN, v[1] + WINDOW_MARGIN];
    }
    const [lo, hi] = this.window ?? [-Infinity, Infinity];
    for (const [name, g] of this.groups) {
      if (this.hidden.has(g.layer)) continue;
      const ranges = [];
      for (const it of g.items) if (it.end >= lo && it.begin <= hi) ranges.push(...it.ranges);
      if (!ranges.length) continue;
      const h = new Highlight(...ranges);
      h.priority = PRIORITY[g.layer] ?? 0;
      CSS.highlights.set(name, h);
    }
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
    if (!supported) return;
    if (range) {
      const h = new Highlight(range);
      h.priority = 10;
      CSS.highlights.set('fl-current', h);
      const f = new Highlight(range.cloneRange());
      f.priority = 11;
      CSS.highlights.set('fl-flash', f);
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => CSS.highlights.delete('fl-flash'), 1200);
    } else {
      CSS.highlights.delete('fl-current');
      CSS.highlights.delete('fl-flash');
    }
  }

  clear() {
    this.groups.clear();
    this.show();
    this.current(null);
  }
}

// Later layers paint over earlier ones: claims (sentence shading) at the bottom, findings on top.
const PRIORITY = { claims: 1, quotes: 2, figures: 3, findings: 4 };
