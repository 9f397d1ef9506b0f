// Painters draw live DOM Ranges without touching the host DOM. Both have one interface:
//   draw(items: {layer, range}[]), show(layer, on), focus(range | null), layout(), destroy(), mode.
// The Highlight painter registers one Highlight per layer in CSS.highlights (styled by ::highlight()
// rules in our constructable stylesheet); the overlay painter, for browsers without CSS.highlights, draws
// absolutely positioned boxes from the ranges' client rects inside our shadow root, which lives outside
// the article.
import { LAYERS } from './styles.js';

const PRIORITY = { claim: 1, quote: 2, figure: 3, finding: 4, focus: 5 };

export function highlightSupported(win) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

export class HighlightPainter {
  constructor(win, names) {
    this.mode = 'highlight';
    this.win = win;
    this.names = names;
    this.highlights = {};
    this.visible = {};
    for (const layer of [...LAYERS, 'focus']) {
      const h = new win.Highlight();
      h.priority = PRIORITY[layer];
      this.highlights[layer] = h;
      this.visible[layer] = true;
      win.CSS.highlights.set(names[layer], h);
    }
  }

  draw(items) {
    for (const layer of LAYERS) this.highlights[layer].clear();
    for (const { layer, range } of items) this.highlights[layer].add(range);
  }

  show(layer, on) {
    this.visible[layer] = on;
    const registry = this.win.CSS.highlights;
    if (on) registry.set(this.names[layer], this.highlights[layer]);
    else if (registry.get(this.names[layer]) === this.highlights[layer]) registry.delete(this.names[layer]);
  }

  focus(range) {
    this.highlights.focus.clear();
    if (range) this.highlights.focus.add(range);
  }

  layout() {} // ranges are live; the browser repaints them

  destroy() {
    const registry = this.win.CSS.highlights;
    for (const layer of [...LAYERS, 'focus']) {
      this.highlights[layer].clear();
      if (registry.get(this.names[layer]) === this.highlights[layer]) registry.delete(this.names[layer]);
    }
  }
}

/** The client rects of the text a range covers (not of the elements it spans), visible text only. */
function textRects(range, win) {
  const doc = range.startContainer.ownerDocument;
  const rects = [];
  const add = (node, start, end) => {
    const parent = node.parentElement;
    if (!parent || win.getComputedStyle(parent).visibility !== 'visible' || start >= end) return;
    const r = doc.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    for (const rect of r.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
  };
  const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
  if (sc === ec && sc.nodeType === 3) {
    add(sc, so, eo);
    return rects;
  }
  // Walk text nodes from the start boundary only until past the end: linear in the range, not the article.
  const walker = doc.createTreeWalker(range.commonAncestorContainer, win.NodeFilter.SHOW_TEXT);
  let n = sc.nodeType === 3 ? sc : null;
  if (n) walker.currentNode = n;
  else {
    walker.currentNode = sc;
    n = walker.nextNode();
  }
  for (; n; n = walker.nextNode()) {
    if (range.comparePoint(n, 0) > 0) break; // starts after the range
    if (range.intersectsNode(n)) add(n, n === sc ? so : 0, n === ec ? eo : n.data.length);
    if (n === ec) break;
  }
  return rects;
}

export class OverlayPainter {
  constructor(win, layer) {
    this.mode = 'overlay';
    this.win = win;
    this.layer = layer; // a div.overlay inside our shadow root
    this.items = [];
    this.focused = null;
    this.visible = Object.fromEntries(LAYERS.map((l) => [l, true]));
    this.frame = 0;
  }

  draw(items) {
    this.items = items;
    this.layout();
  }

  show(layer, on) {
    this.visible[layer] = on;
    this.layout();
  }

  focus(range) {
    this.focused = range;
    this.layout();
  }

  /** Recomputes the boxes from the live ranges (after edits, resizes, scrolling inside containers). */
  layout() {
    const doc = this.layer.ownerDocument;
    const origin = this.layer.getBoundingClientRect();
    const frag = doc.createDocumentFragment();
    const box = (cls, rect) => {
      const el = doc.createElement('div');
      el.className = `box ${cls}`;
      // CSSOM, not a style attribute: allowed under style-src 'self'.
      el.style.left = `${rect.left - origin.left}px`;
      el.style.top = `${rect.top - origin.top}px`;
      el.style.width = `${rect.width}px`;
      el.style.height = `${rect.height}px`;
      frag.append(el);
    };
    const sorted = [...this.items].sort((a, b) => PRIORITY[a.layer] - PRIORITY[b.layer]);
    for (const { layer, range } of sorted) {
      if (!this.visible[layer]) continue;
      for (const rect of textRects(range, this.win)) box(layer, rect);
    }
    if (this.focused) for (const rect of textRects(this.focused, this.win)) box('focus', rect);
    this.layer.replaceChildren(frag);
  }

  /** Coalesces layout requests to one per animation frame. */
  schedule() {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  destroy() {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.layer.replaceChildren();
    this.items = [];
  }
}
