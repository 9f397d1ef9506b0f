// The panel (counts, layer toggles, lists; click an entry to scroll to it) and the hover card. Both live in
// a shadow root the embed owns. Article text is only ever set with textContent.
import { LAYERS } from './styles.js';

const TITLES = { quote: 'Quotes', figure: 'Figures', claim: 'Claims', finding: 'Findings' };
const MAX_ITEMS = 200; // per list; the highlights are all drawn regardless

function el(doc, tag, cls, text) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function excerpt(s, n = 140) {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function describe(span) {
  const d = span.data;
  switch (span.layer) {
    case 'quote': {
      const who = d.speaker_name ?? (d.speaker ? d.speaker.text : null);
      return {
        kind: `${d.kind} quote`,
        main: excerpt(d.text),
        meta: [who ? `speaker: ${who}` : 'no speaker found', d.cue ? `cue: ${d.cue.text}` : null, `confidence ${d.confidence}`],
        who,
      };
    }
    case 'figure': {
      const value = d.low != null && d.high != null ? `${d.low}–${d.high}` : d.value;
      return {
        kind: `figure · ${d.kind}`,
        main: d.text,
        meta: [
          value != null ? `value: ${value}${d.unit ? ` ${d.unit}` : ''}${d.currency ? ` ${d.currency}` : ''}` : null,
          d.approx && d.approx !== 'exact' ? `approx: ${d.approx.replace('_', ' ')}` : null,
          d.subject ? `subject: ${d.subject.text}` : null,
        ],
      };
    }
    case 'claim':
      return {
        kind: `claim · score ${Number(d.score).toFixed(2)}`,
        main: excerpt(d.text),
        meta: [d.reasons && d.reasons.length ? d.reasons.join(', ') : null],
      };
    default:
      return { kind: `finding · ${d.kind.replace(/_/g, ' ')}`, main: d.message || excerpt(d.text), meta: [d.message ? `“${excerpt(d.text, 80)}”` : null] };
  }
}

export class Panel {
  /**
   * container: a ShadowRoot (or element in one); position: right | left | bottom | inline.
   * hooks: { toggle(layer, on), select(span), visible: {layer: bool} }
   */
  constructor(container, position, hooks) {
    const doc = container.ownerDocument;
    this.doc = doc;
    this.hooks = hooks;
    this.root = el(doc, 'aside', `panel ${position}`);
    this.root.setAttribute('aria-label', 'factlight');
    this.root.setAttribute('part', 'panel');
    const header = el(doc, 'header');
    header.append(el(doc, 'strong', '', 'factlight'));
    this.status = el(doc, 'span', 'status', 'Analysing…');
    this.status.setAttribute('role', 'status');
    const collapse = el(doc, 'button', 'toggle', 'Hide');
    collapse.type = 'button';
    collapse.setAttribute('aria-expanded', 'true');
    collapse.addEventListener('click', () => {
      const collapsed = this.root.classList.toggle('collapsed');
      collapse.textContent = collapsed ? 'Show' : 'Hide';
      collapse.setAttribute('aria-expanded', String(!collapsed));
    });
    header.append(this.status, collapse);
    this.body = el(doc, 'div', 'body');
    this.layers = el(doc, 'div', 'layers');
    this.checks = {};
    this.counts = {};
    this.sections = {};
    this.lists = {};
    for (const layer of LAYERS) {
      const label = el(doc, 'label');
      const box = el(doc, 'input');
      box.type = 'checkbox';
      box.checked = hooks.visible[layer] !== false;
      box.dataset.layer = layer;
      box.addEventListener('change', () => {
        this.sections[layer].classList.toggle('off', !box.checked);
        hooks.toggle(layer, box.checked);
      });
      this.counts[layer] = el(doc, 'span', 'count', '0');
      label.append(box, el(doc, 'span', `swatch ${layer}`), `${TITLES[layer]} `, this.counts[layer]);
      this.checks[layer] = box;
      this.layers.append(label);
      const section = el(doc, 'section', box.checked ? '' : 'off');
      section.dataset.layer = layer;
      section.append(el(doc, 'h3', '', TITLES[layer]));
      this.lists[layer] = el(doc, 'ol');
      section.append(this.lists[layer]);
      this.sections[layer] = section;
    }
    this.note = el(doc, 'p', 'note');
    this.note.hidden = true;
    this.body.append(this.layers, ...['quote', 'claim', 'figure', 'finding'].map((l) => this.sections[l]), this.note);
    this.root.append(header, this.body);
    container.append(this.root);
  }

  setStatus(text) {
    this.status.textContent = text;
  }

  /** spans: {layer, id, begin, end, data, drawn}[] in text order. */
  render(spans, skipped) {
    const doc = this.doc;
    for (const layer of LAYERS) {
      const list = spans.filter((s) => s.layer === layer);
      // A quote with several fragments is one entry.
      const ids = new Set();
      const entries = layer === 'quote' ? list.filter((s) => !ids.has(s.id) && ids.add(s.id)) : list;
      this.counts[layer].textContent = String(entries.length);
      const items = entries.slice(0, MAX_ITEMS).map((span) => {
        const d = describe(span);
        const li = el(doc, 'li');
        const b = el(doc, 'button', '');
        b.type = 'button';
        b.dataset.id = span.id;
        b.append(el(doc, 'span', 'excerpt', d.main));
        const sub =
          layer === 'quote' ? (d.who ? `— ${d.who}` : '— no speaker')
            : layer === 'figure' ? [span.data.kind, d.meta[0]].filter(Boolean).join(' · ')
              : layer === 'claim' ? `score ${Number(span.data.score).toFixed(2)}` : null;
        if (sub) b.append(el(doc, 'span', 'who', sub));
        b.addEventListener('click', () => this.hooks.select(span));
        li.append(b);
        return li;
      });
      if (entries.length > MAX_ITEMS) items.push(el(doc, 'li', 'empty', `… ${entries.length - MAX_ITEMS} more`));
      if (!entries.length) items.push(el(doc, 'li', 'empty', 'none'));
      this.lists[layer].replaceChildren(...items);
    }
    this.note.hidden = !skipped;
    this.note.textContent = skipped ? `${skipped} span(s) not drawn: the page changed under them.` : '';
  }

  destroy() {
    this.root.remove();
  }
}

export class Card {
  constructor(container) {
    this.root = el(container.ownerDocument, 'div', 'card');
    this.root.setAttribute('role', 'tooltip');
    this.root.hidden = true;
    container.append(this.root);
    this.key = '';
  }

  show(spans, x, y) {
    const key = spans.map((s) => `${s.layer}:${s.id}`).join(' ');
    if (key !== this.key) {
      this.key = key;
      const doc = this.root.ownerDocument;
      this.root.replaceChildren(
        ...spans.map((s) => {
          const d = describe(s);
          const item = el(doc, 'div', `item ${s.layer}`);
          item.append(el(doc, 'div', 'kind', d.kind), el(doc, 'div', 'main', d.main));
          for (const m of d.meta) if (m) item.append(el(doc, 'div', 'meta', m));
          return item;
        }),
      );
    }
    this.root.hidden = false;
    const win = this.root.ownerDocument.defaultView;
    const w = this.root.offsetWidth;
    const h = this.root.offsetHeight;
    const left = Math.max(4, Math.min(x + 14, win.innerWidth - w - 4));
    const top = y + 18 + h > win.innerHeight ? Math.max(4, y - h - 12) : y + 18;
    this.root.style.left = `${left}px`;
    this.root.style.top = `${top}px`;
  }

  hide() {
    this.root.hidden = true;
    this.key = '';
  }

  destroy() {
    this.root.remove();
  }
}
