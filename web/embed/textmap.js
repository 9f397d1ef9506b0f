// One DOM walk builds both the text factlight analyses and the map from that text back to DOM positions.
//
// The text is what a reader sees: hidden content is skipped (display:none, visibility other than visible,
// the hidden attribute, aria-hidden="true", the body of a closed <details>, <script>/<style>/<template>/
// <noscript> and other non-text elements), white space collapses the way CSS collapses it (kept inside <pre> and pre-wrap/pre-line
// text), block boundaries become one "\n" (a paragraph break for the core) and <br> becomes "\n".
// Offsets are UTF-16 code units, the unit of both DOM offsets and JS strings, so nothing is converted.
//
// The map is a sorted list of pieces: text [t0, t1) came from node.data [d0, d1). A verbatim piece has
// t1 - t0 === d1 - d0; a collapsed white-space run is one text character for several DOM characters.
// Separators ("\n" for block boundaries and <br>) belong to no piece. The walk is linear in the size of
// the DOM; mapping a span back costs two binary searches.

const SKIP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'select', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link', 'datalist',
]);
const TOKENS = /\n|[ \t\f\r]+|[^ \t\n\f\r]+/g;

function isBlock(display) {
  return !(display.startsWith('inline') || display === 'contents' || display.startsWith('ruby') || display === '');
}

/** Collapsing mode of an element's text: 'collapse', 'preserve' (pre, pre-wrap) or 'preserve-breaks' (pre-line). */
function whiteSpaceMode(style) {
  const collapse = style.whiteSpaceCollapse;
  if (collapse) return collapse === 'preserve' || collapse === 'break-spaces' ? 'preserve' : collapse === 'preserve-breaks' ? 'preserve-breaks' : 'collapse';
  const ws = style.whiteSpace;
  return ws === 'pre' || ws === 'pre-wrap' || ws === 'break-spaces' ? 'preserve' : ws === 'pre-line' ? 'preserve-breaks' : 'collapse';
}

/**
 * Walks `root` once. `isOurs(node)` marks elements the embed itself added (skipped).
 * Returns { text, pieces: {t0, t1, node, d0, d1}[], gaps: number[] (text offsets where hidden content was
 * skipped), nodes: Map<Text, number[]> (piece indexes per text node) }.
 */
export function buildTextMap(root, isOurs = () => false) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const chunks = [];
  const pieces = [];
  const gaps = [];
  let len = 0;
  let atLineStart = true; // nothing, or a "\n", was emitted last
  let pendingBreak = false;
  let pendingSpace = null; // { node, d0, d1 }
  let lastGap = -1;

  const gap = () => {
    if (lastGap !== len) gaps.push((lastGap = len));
  };
  const append = (s, node, d0, d1) => {
    const t0 = len;
    chunks.push(s);
    len += s.length;
    if (!node) return; // a separator
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.t1 === t0 && last.d1 === d0 && last.t1 - last.t0 === last.d1 - last.d0 && d1 - d0 === s.length) {
      last.t1 = len; // extend a verbatim piece
      last.d1 = d1;
    } else {
      pieces.push({ t0, t1: len, node, d0, d1 });
    }
  };
  const separator = () => {
    append('\n');
    atLineStart = true;
  };
  const flush = () => {
    if (pendingBreak) {
      if (!atLineStart) separator();
    } else if (pendingSpace && !atLineStart) {
      append(' ', pendingSpace.node, pendingSpace.d0, pendingSpace.d1);
    }
    pendingBreak = false;
    pendingSpace = null;
  };

  const styles = [win.getComputedStyle(root)];
  const emitText = (node) => {
    const style = styles[styles.length - 1];
    if (style.visibility !== 'visible') {
      gap();
      return;
    }
    const mode = whiteSpaceMode(style);
    const data = node.data;
    TOKENS.lastIndex = 0;
    for (let m; (m = TOKENS.exec(data)); ) {
      const tok = m[0];
      const d0 = m.index;
      const d1 = d0 + tok.length;
      const c = tok.charCodeAt(0);
      if (c === 10) {
        if (mode === 'collapse') {
          if (!pendingSpace && !pendingBreak && !atLineStart) pendingSpace = { node, d0, d1 };
        } else {
          pendingSpace = null;
          pendingBreak = false;
          append('\n', node, d0, d1);
          atLineStart = true;
        }
      } else if (c === 32 || c === 9 || c === 12 || c === 13) {
        if (mode === 'preserve') {
          flush();
          append(tok, node, d0, d1);
          atLineStart = false;
        } else if (!pendingSpace && !pendingBreak && !atLineStart) {
          pendingSpace = { node, d0, d1 };
        }
      } else {
        flush();
        append(tok, node, d0, d1);
        atLineStart = false;
      }
    }
  };

  // A closed <details> shows only its first <summary>; the rest keeps its display but is not rendered.
  const closedDetails = (node) => {
    const parent = node.parentNode;
    if (!parent || parent.localName !== 'details' || parent.open) return false;
    return !(node.localName === 'summary' && parent.querySelector(':scope > summary') === node);
  };
  const accept = (el, style) => {
    if (isOurs(el)) return false;
    if (SKIP.has(el.localName)) return false;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    return style.display !== 'none';
  };

  const SHOW = win.NodeFilter.SHOW_ELEMENT | win.NodeFilter.SHOW_TEXT;
  const walker = doc.createTreeWalker(root, SHOW);
  const enter = (node) => {
    if (closedDetails(node)) {
      gap();
      return false;
    }
    if (node.nodeType === 3) {
      emitText(node);
      return false;
    }
    const style = win.getComputedStyle(node);
    if (!accept(node, style)) {
      gap();
      return false;
    }
    if (node.localName === 'br') {
      pendingBreak = false;
      pendingSpace = null;
      if (len > 0) separator();
      return false;
    }
    if (isBlock(style.display)) pendingBreak = true;
    styles.push(style);
    return true;
  };
  const leave = () => {
    const style = styles.pop();
    if (isBlock(style.display)) pendingBreak = true;
  };

  // Depth-first with explicit enter/leave, so block boundaries are seen on both sides. Only accepted
  // elements are descended into, so every ancestor met on the way up was entered.
  let node = walker.firstChild();
  while (node) {
    if (enter(node)) {
      const child = walker.firstChild();
      if (child) {
        node = child;
        continue;
      }
      leave(node);
    }
    let next = walker.nextSibling();
    while (!next) {
      const up = walker.parentNode();
      if (!up || up === root) break;
      leave(up);
      next = walker.nextSibling();
    }
    node = next;
  }

  return { text: chunks.join(''), pieces, gaps, nodes: indexNodes(pieces) };
}

function indexNodes(pieces) {
  const nodes = new Map();
  pieces.forEach((p, i) => {
    const list = nodes.get(p.node);
    if (list) list.push(i);
    else nodes.set(p.node, [i]);
  });
  return nodes;
}

const verbatim = (p) => p.t1 - p.t0 === p.d1 - p.d0;

/** Index of the first element of sorted `list` for which `pred` is true (list.length if none). */
function firstWhere(list, pred) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The DOM boundary points of text span [begin, end), or null when it covers no DOM text. */
export function boundaries(map, begin, end) {
  const { pieces } = map;
  const i = firstWhere(pieces, (p) => p.t1 > begin);
  const j = firstWhere(pieces, (p) => p.t0 >= end) - 1;
  if (i >= pieces.length || j < 0 || i > j || begin >= end) return null;
  const p = pieces[i];
  const q = pieces[j];
  const startOffset = begin <= p.t0 || !verbatim(p) ? p.d0 : p.d0 + (begin - p.t0);
  const endOffset = end >= q.t1 || !verbatim(q) ? q.d1 : q.d0 + (end - q.t0);
  return { startNode: p.node, startOffset, endNode: q.node, endOffset, first: i, last: j };
}

/** A live DOM Range for text span [begin, end), or null when the DOM no longer has those positions. */
export function rangeFor(map, begin, end) {
  const b = boundaries(map, begin, end);
  if (!b) return null;
  const range = b.startNode.ownerDocument.createRange();
  try {
    range.setStart(b.startNode, b.startOffset);
    range.setEnd(b.endNode, b.endOffset);
  } catch {
    return null; // the text node shrank since the walk
  }
  return range;
}

/** True when hidden content was skipped strictly inside [begin, end) (the range then contains it). */
export function crossesGap(map, begin, end) {
  const k = firstWhere(map.gaps, (g) => g > begin);
  return k < map.gaps.length && map.gaps[k] < end;
}

/** The characters the DOM holds now at the positions the walk mapped [begin, end) to (hidden parts left out). */
export function mappedText(map, begin, end) {
  const b = boundaries(map, begin, end);
  if (!b) return '';
  let s = '';
  for (let k = b.first; k <= b.last; k++) {
    const p = map.pieces[k];
    if (!p.node.isConnected) return null;
    const d0 = k === b.first ? b.startOffset : p.d0;
    const d1 = k === b.last ? b.endOffset : p.d1;
    s += p.node.data.slice(d0, d1);
  }
  return s;
}

/** The text offset of DOM position (node, offset), or -1 when that position is not in the analysed text. */
export function offsetAt(map, node, offset) {
  const list = map.nodes.get(node);
  if (!list) return -1;
  const k = firstWhere(list, (i) => map.pieces[i].d1 > offset);
  if (k === list.length) {
    const p = map.pieces[list[list.length - 1]];
    return offset === p.d1 ? p.t1 : -1;
  }
  const p = map.pieces[list[k]];
  if (offset < p.d0) return p.t0;
  return verbatim(p) ? p.t0 + (offset - p.d0) : p.t0;
}

/** Text compared with all white space removed: separators and collapsed runs are not DOM text. */
export function sameText(a, b) {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
