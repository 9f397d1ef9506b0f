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

const APPROX = { exact: '', about: '≈ ', over: '> ', under: '< ', at_least: '≥ ', at_most: '≤ ', vague: '~ ' };
const num = (n) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 6 }));

/** A figure's normalised value as a reader would write it: "≈ USD 4,200,000", "15–20 %". */
export function figureValue(f) {
  let v;
  if (f.low != null && f.high != null) v = `${num(f.low)}–${num(f.high)}`;
  else if (f.value != null) v = num(f.value);
  else return '—';
  const unit = f.unit ?? (f.kind === 'percent' ? '%' : '');
  const s = (f.currency ? `${f.currency} ` : '') + v + (unit ? (unit === '%' ? '%' : ` ${unit}`) : '');
  return (APPROX[f.approx] ?? '') + s;
}

export const label = (s) => String(s).replace(/_/g, ' ');
export const scoreText = (s) => s.toFixed(2);
const snippet = (t, n = 160) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

function entry(id, kind, ...content) {
  return el('button', { type: 'button', class: `entry entry-${kind}`, 'data-id': id }, ...content);
}

const LIST_LIMIT = 300; // the panel lists at most this many of a kind; the highlights show them all

function more(list, total, noun) {
  if (total > LIST_LIMIT) list.append(el('li', { class: 'more', text: `…and ${total - LIST_LIMIT} more ${noun}` }));
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
  for (const c of model.rankedClaims.slice(0, LIST_LIMIT)) {
    const box = el('input', { type: 'checkbox', class: 'pick', 'aria-label': `Select claim ${c.id} for ClaimReview export`, 'data-claim': c.id });
    box.checked = selected.has(c.id);
    const reasons = c.reasons.length ? el('span', { class: 'reasons', text: c.reasons.join(' · ') }) : null;
    claims.append(
      el('li', { class: `claim-item score-${model.claimLevel(c)}` }, box,
        entry(c.id, 'claim', el('span', { class: 'score', text: scoreText(c.score) }), el('span', { class: 'snippet', text: snippet(c.text) }), reasons)),
    );
  }
  more(claims, model.rankedClaims.length, 'claims');
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
    for (const q of group.quotes.slice(0, LIST_LIMIT))
      list.append(el('li', {}, entry(q.id, 'quote', el('span', { class: 'snippet', text: snippet(q.text) }), el('span', { class: 'muted', text: `${label(q.kind)}${q.cue ? ` · ${q.cue.text}` : ''}` }))));
    more(list, group.quotes.length, 'quotes');
    speakers.append(el('div', { class: 'speaker-group' }, head, about, list));
  }
  if (!model.speakerGroups.length) speakers.append(el('p', { class: 'empty', text: 'No quotes found.' }));
  $('quotes-count').textContent = String(result.quotes.length);

  // Figures.
  const figures = $('figures-list');
  figures.replaceChildren();
  for (const f of result.figures.slice(0, LIST_LIMIT))
    figures.append(el('tr', {},
      el('td', {}, entry(f.id, 'figure', el('span', { text: f.text }))),
      el('td', { text: label(f.kind) }),
      el('td', { class: 'num', text: figureValue(f) }),
      el('td', { text: f.subject ? f.subject.text : '' })));
  if (result.figures.length > LIST_LIMIT)
    figures.append(el('tr', {}, el('td', { colspan: '4', class: 'more', text: `…and ${result.figures.length - LIST_LIMIT} more figures` })));
  if (!result.figures.length) figures.append(el('tr', {}, el('td', { colspan: '4', class: 'empty', text: 'No figures found.' })));
  $('figures-count').textContent = String(result.figures.length);

  // Findings.
  const findings = $('findings-list');
  findings.replaceChildren();
  for (const x of model.findings.slice(0, LIST_LIMIT))
    findings.append(el('li', {}, entry(x.id, 'finding', el('span', { class: 'kind', text: label(x.kind) }), el('span', { class: 'snippet', text: x.message }))));
  more(findings, model.findings.length, 'findings');
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
