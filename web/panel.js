// The side panel and the hover/focus card. Everything from the article is set with textContent.

export const PALETTE_SIZE = 8;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-')) e.dataset[k.slice(5).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// No line break inside a value: its parts are joined by no-break spaces (NBSP).
const NBSP = '\u00a0';
const APPROX = { exact: '', about: '≈', over: '>', under: '<', at_least: '≥', at_most: '≤', vague: '~' };
const num = (n) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 6 }));

// Units written as symbols; the rest are written as words, plural where the value is not 1.
const UNIT_SYMBOL = { percent: '%', percentage_point: `${NBSP}pp`, celsius: `${NBSP}°C`, fahrenheit: `${NBSP}°F`, angle_degree: '°', times: '×' };
const PLURAL = { year: 'years', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes', second: 'seconds', decade: 'decades', century: 'centuries' };
const unitWord = (unit, n) => (n === 1 || !PLURAL[unit] ? label(unit) : PLURAL[unit]);

/** A date value (YYYYMMDD, YYYYMM or YYYY as a number) as ISO 8601: "2025-03-03", "2025-03", "1961". */
function isoDate(n, unit) {
  const s = String(Math.trunc(n));
  if (unit === 'yyyymmdd' && s.length > 4) return `${s.slice(0, -4)}-${s.slice(-4, -2)}-${s.slice(-2)}`;
  if (unit === 'yyyymm' && s.length > 2) return `${s.slice(0, -2)}-${s.slice(-2)}`;
  return s;
}

function ordinalSuffix(n) {
  const t = Math.abs(n) % 100;
  if (t >= 11 && t <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[t % 10] ?? 'th';
}

/**
 * A figure's normalised value as a reader would write it: "≈ USD 4,200,000", "15–20%", "2025-03-03",
 * "1 year ago", "2 years".
 */
export function figureValue(f) {
  const calendar = f.kind === 'date' && /^yyyy/.test(f.unit ?? '');
  if (f.kind === 'date' && f.relative && f.value != null && PLURAL[f.unit]) {
    const n = Math.abs(f.value);
    if (n === 0) return `this ${f.unit}`;
    const span = num(n) + NBSP + unitWord(f.unit, n);
    return f.value < 0 ? `${span} ago` : `in ${span}`;
  }
  // A relative duration is time before now ("three years ago").
  if (f.kind === 'duration' && f.relative && f.value != null && PLURAL[f.unit]) return `${num(f.value)}${NBSP}${unitWord(f.unit, f.value)} ago`;
  if (f.kind === 'ordinal' && Number.isInteger(f.value) && !f.unit) return num(f.value) + ordinalSuffix(f.value);
  const fmt = (n) => (calendar ? isoDate(n, f.unit) : num(n));
  const approx = APPROX[f.approx] ? APPROX[f.approx] + NBSP : '';
  // A tally ("voted 7-2") as the text writes it: the larger side first.
  if (f.unit === 'tally' && f.low != null && f.high != null) return `${approx}${num(f.high)}–${num(f.low)}`;
  let v;
  if (f.low != null && f.high != null) v = `${fmt(f.low)}–${fmt(f.high)}`;
  else if (f.value != null) v = fmt(f.value);
  else return '—';
  let unit = '';
  if (!calendar && f.unit) unit = UNIT_SYMBOL[f.unit] ?? `${NBSP}${unitWord(f.unit, f.high ?? f.value)}`;
  else if (!calendar && f.kind === 'percent') unit = '%';
  return approx + (f.currency ? f.currency + NBSP : '') + v + unit;
}

export const label = (s) => String(s).replace(/_/g, ' ');
export const scoreText = (s) => s.toFixed(2);
const snippet = (t, n = 160) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

// A claim can have a dozen reasons; the panel names the first few, the card all of them.
const REASONS_SHOWN = 3;
const reasonsText = (reasons) =>
  reasons.slice(0, REASONS_SHOWN).join(' · ') + (reasons.length > REASONS_SHOWN ? ` · +${reasons.length - REASONS_SHOWN} more` : '');

function entry(id, kind, ...content) {
  return el('button', { type: 'button', class: `entry entry-${kind}`, 'data-id': id }, ...content);
}

// A list shows its first LIST_STEP entries and a button for the next LIST_STEP: a 2 MB article has
// tens of thousands of figures and claims, and building all their rows at once would freeze the tab.
export const LIST_STEP = 100;

/**
 * Appends `items.slice(from, from + LIST_STEP)` to `list` (rendered by `row`), then, when some are left, a
 * "Show more" button inside `wrap(button)` that appends the next step in its place.
 */
function fill(list, items, row, noun, wrap = (b) => el('li', { class: 'more' }, b), from = 0) {
  const end = Math.min(items.length, from + LIST_STEP);
  for (let i = from; i < end; i++) list.append(row(items[i]));
  if (end >= items.length) return;
  const left = items.length - end;
  const button = el('button', { type: 'button', class: 'show-more', text: `Show ${Math.min(LIST_STEP, left)} more ${noun} (${left} not shown)` });
  const holder = wrap(button);
  button.addEventListener('click', () => {
    const focus = document.activeElement === button;
    holder.remove();
    fill(list, items, row, noun, wrap, end);
    // Keyboard users continue at the first new entry.
    if (focus) list.querySelectorAll('.entry')[end]?.focus();
  });
  list.append(holder);
}

/**
 * Fills the panel. `model` is the page's view of one analysis (see app.js): ranked claims, speakers,
 * figures, findings and the colour of each speaker.
 */
export function renderPanel(model, selected) {
  const { result } = model;
  const $ = (id) => document.getElementById(id);

  // Claims, ranked.
  const claims = $('claims-list');
  claims.replaceChildren();
  fill(claims, model.rankedClaims, (c) => {
    const box = el('input', { type: 'checkbox', class: 'pick', 'aria-label': `Select claim ${c.id} for ClaimReview export`, 'data-claim': c.id });
    box.checked = selected.has(c.id);
    const reasons = c.reasons.length ? el('span', { class: 'reasons', text: reasonsText(c.reasons) }) : null;
    return el('li', { class: `claim-item score-${model.claimLevel(c)}` }, box,
      entry(c.id, 'claim', el('span', { class: 'score', text: scoreText(c.score) }), el('span', { class: 'snippet', text: snippet(c.text) }), reasons));
  }, 'claims');
  if (!model.rankedClaims.length) claims.append(el('li', { class: 'empty', text: 'No claims above the shading threshold.' }));
  $('claims-count').textContent = `${model.checkWorthy.length} check-worthy of ${result.claims.length}`;

  // Speakers with their quotes, then the quotes nobody was found to have said.
  const speakers = $('speakers-list');
  speakers.replaceChildren();
  for (const group of model.speakerGroups) {
    const head = el('h3', { class: 'speaker' },
      el('span', { class: `swatch sw-${group.color}`, 'aria-hidden': 'true' }),
      el('span', { text: group.name ?? 'Unattributed' }),
      group.kind && group.name ? el('span', { class: 'muted', text: ` ${label(group.kind)}` }) : null);
    const about = group.descriptions?.length ? el('p', { class: 'speaker-about', text: group.descriptions.join('; ') }) : null;
    const list = el('ul', { class: 'entries' });
    fill(list, group.quotes, (q) =>
      el('li', {}, entry(q.id, 'quote', el('span', { class: 'snippet', text: snippet(q.text) }), el('span', { class: 'muted', text: `${label(q.kind)}${q.cue ? ` · ${q.cue.text}` : ''}` }))), 'quotes');
    speakers.append(el('div', { class: 'speaker-group' }, head, about, list));
  }
  if (!model.speakerGroups.length) speakers.append(el('p', { class: 'empty', text: 'No quotes found.' }));
  $('quotes-count').textContent = String(result.quotes.length);

  // Figures.
  const figures = $('figures-list');
  figures.replaceChildren();
  fill(figures, result.figures, (f) =>
    el('tr', {},
      el('td', {}, entry(f.id, 'figure', el('span', { class: 'figure-text', text: f.text }), el('span', { class: 'muted', text: label(f.kind) }))),
      el('td', { class: 'num', text: figureValue(f) }),
      el('td', { text: f.subject ? f.subject.text : '' })),
  'figures', (b) => el('tr', {}, el('td', { colspan: '3', class: 'more' }, b)));
  if (!result.figures.length) figures.append(el('tr', {}, el('td', { colspan: '3', class: 'empty', text: 'No figures found.' })));
  $('figures-count').textContent = String(result.figures.length);

  // Findings.
  const findings = $('findings-list');
  findings.replaceChildren();
  fill(findings, model.findings, (x) =>
    el('li', {}, entry(x.id, 'finding', el('span', { class: 'kind', text: label(x.kind) }), el('span', { class: 'snippet', text: x.message }))), 'findings');
  if (!model.findings.length) findings.append(el('li', { class: 'empty', text: 'No findings.' }));
  $('findings-count').textContent = String(model.findings.length);
}

export function clearPanel() {
  for (const id of ['claims-list', 'speakers-list', 'figures-list', 'findings-list']) document.getElementById(id).replaceChildren();
  for (const id of ['claims-count', 'quotes-count', 'figures-count', 'findings-count']) document.getElementById(id).textContent = '';
}

function rows(pairs) {
  const dl = el('dl');
  for (const [k, v] of pairs) if (v != null && v !== '') dl.append(el('dt', { text: k }), el('dd', { text: v }));
  return dl;
}

/** The card for the items under the pointer or caret (outermost first). */
export function cardContent(items) {
  const frag = document.createDocumentFragment();
  for (const it of items) {
    const d = it.data;
    let body;
    if (it.layer === 'quotes')
      body = rows([
        ['Speaker', d.speaker_name ? `${d.speaker_name} (${label(d.speaker_kind)})` : 'not found'],
        ['Cue', d.cue ? d.cue.text : '—'],
        ['Kind', label(d.kind)],
        ['Confidence', `${Math.round(d.confidence * 100)}%`],
      ]);
    else if (it.layer === 'figures')
      body = rows([
        ['Value', figureValue(d)],
        ['Kind', label(d.kind)],
        ['Unit', d.unit ?? d.currency ?? ''],
        ['Subject', d.subject ? d.subject.text : '—'],
        ['Relative', d.relative ? 'yes' : ''],
      ]);
    else if (it.layer === 'claims')
      body = rows([
        ['Score', scoreText(d.score)],
        ['Reasons', d.reasons.length ? d.reasons.join('; ') : 'none given'],
      ]);
    else body = rows([['', d.message]]);
    const title = { quotes: 'Quote', figures: 'Figure', claims: 'Claim', findings: label(d.kind) }[it.layer];
    const id = it.layer === 'findings' ? null : el('span', { class: 'id', text: ` ${it.id}` });
    frag.append(el('section', { class: `card-item card-${it.layer}` }, el('h3', {}, title, id), body));
  }
  return frag;
}
