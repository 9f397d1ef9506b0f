// factlight beside the JavaScript tools a newsroom developer would pick instead, on the same gold data
// and under one matching rule for every system (the peers are the pinned npm devDependencies that
// scripts/bench times):
//   scripts/eval peers [--show SYSTEM]
// Figures: quantulum3's 148 quantities in 101 sentences. A system's mention matches a quantity by its
//   span (its text, trimmed of trailing punctuation and of a leading approximator or "from"/"between",
//   is the quantity's surface) and by its value (it overlaps the surface and has the quantity's value;
//   money in major or minor units). quantulum3 lists some years as quantities: a system's bare year
//   found as a date counts for them, but dates and ranks are left out of every system's mentions and
//   precision: span precision counts the mentions whose span is a quantity's, overlap precision those that
//   overlap one. --show SYSTEM prints the quantities a system misses.
//   - factlight: its figures (a range's value is its midpoint, as quantulum3 writes it);
//   - compromise: doc.numbers() (money and percentages are numbers there);
//   - wink-nlp: entities CARDINAL, MONEY, PERCENT, DURATION (no values: span only);
//   - Recognizers-Text: the number, percentage, currency, dimension, temperature and age models and the
//     durations of the date-time model, a result inside a longer one dropped (a duration's value is in
//     seconds, so only its span counts).
// Quotes: PolNeAR dev, the content of attributions in quote marks (has_quote_marks), exact spans as in
//   scripts/eval quotes. compromise's doc.quotations() is the only peer that finds quotations; no peer
//   names who said them.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { analyzeBatch, requireData } from './common.mjs';
import { goldAttributions, predictedAttributions, readJsonl, Score, wordIndex } from './polnear.mjs';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? args[showAt + 1] : null;

// ---- figures ------------------------------------------------------------------------------------

const num = (s) => (s === null || s === undefined || s === '' ? null : Number(String(s).replace(/[%,]/g, '')));
const close = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const LEAD = /^(about|approximately|around|roughly|nearly|almost|over|under|more than|less than|fewer than|up to|at least|at most|some|from|between)\s+/i;
const sameSpan = (t, surface) => {
  const u = t.replace(/[\s.,;:!?]+$/u, '');
  return u === surface || u.replace(LEAD, '') === surface;
};

const wink = winkNLP(winkModel);
const WINK_TYPES = new Set(['CARDINAL', 'MONEY', 'PERCENT', 'DURATION']);
const RT_MODELS = ['recognizeCurrency', 'recognizeDimension', 'recognizeTemperature', 'recognizeAge',
  'recognizePercentage', 'recognizeNumber', 'recognizeDateTime'];

// Each system: sentences -> per sentence a list of mentions {begin, end (UTF-16, exclusive), value}.
const figureSystems = {
  factlight(sentences) {
    const res = analyzeBatch(sentences.map((text, k) => ({ id: `s${k}`, text })), ['--offsets', 'utf16']);
    return sentences.map((_, k) => (res.get(`s${k}`).figures || [])
      .filter((f) => (f.kind !== 'date' || f.unit === 'yyyy') && f.kind !== 'ordinal')
      .map((f) => ({ begin: f.begin, end: f.end, value: f.kind === 'range' ? (f.low + f.high) / 2 : f.value,
        year: f.kind === 'date' })));
  },
  compromise(sentences) {
    return sentences.map((text) => nlp(text).numbers().json({ offset: true })
      .filter((n) => !(n.number && n.number.ordinal) && !/^\d+(st|nd|rd|th)$/i.test(n.text))
      .map((n) => ({ begin: n.offset.start, end: n.offset.start + n.offset.length, value: n.number ? n.number.num : null })));
  },
  'wink-nlp'(sentences) {
    return sentences.map((text) => {
      const doc = wink.readDoc(text);
      const out = [];
      let from = 0;
      doc.entities().each((e) => {
        const type = e.out(wink.its.type);
        const t = e.out();
        const at = text.indexOf(t, from);
        if (at < 0) return;
        from = at + t.length;
        if (WINK_TYPES.has(type) || (type === 'DATE' && /^\d{4}$/.test(t)))
          out.push({ begin: at, end: at + t.length, value: undefined, year: type === 'DATE' });
      });
      return out;
    });
  },
  'Recognizers-Text'(sentences) {
    return sentences.map((text) => {
      const found = [];
      for (const model of RT_MODELS) {
        for (const r of Recognizers[model](text, Recognizers.Culture.English)) {
          if (model === 'recognizeDateTime' && r.typeName !== 'datetimeV2.duration') continue;
          const value = model === 'recognizeDateTime' ? undefined : num(r.resolution && r.resolution.value);
          found.push({ begin: r.start, end: r.end + 1, value });
        }
      }
      // A result inside a longer one ("4.5 billion" in "$4.5 billion") is the same mention.
      return found.filter((m, i) => !found.some((o, j) => j !== i && o.begin <= m.begin && m.end <= o.end &&
        (o.end - o.begin > m.end - m.begin || j < i)));
    });
  },
};

function compareFigures() {
  const data = JSON.parse(readFileSync(requireData('data/figures/quantulum3_quantities.json'), 'utf8'));
  const sentences = data.map((d) => d.req);
  console.log('figures: quantulum3, 101 sentences, 148 quantities (one matching rule for every system)');
  console.log('| system | span found | value found | mentions | span precision | overlap precision |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, run] of Object.entries(figureSystems)) {
    const mentions = run(sentences);
    let quantities = 0, spanHits = 0, valueHits = 0, total = 0, overlapping = 0, exact = 0;
    const hasValues = mentions.flat().some((m) => m.value !== undefined);
    data.forEach((d, k) => {
      const golds = d.res.map((q) => {
        const surface = q.surface.replace(/(s)['\u2019]$/, '$1');
        const at = d.req.indexOf(surface);
        return { surface, begin: at, end: at + surface.length, value: q.value };
      });
      for (const g of golds) {
        quantities++;
        const mine = mentions[k];
        const span = mine.some((m) => sameSpan(d.req.slice(m.begin, m.end), g.surface));
        const value = mine.some((m) => m.begin < g.end && g.begin < m.end && m.value !== undefined &&
          (close(m.value, g.value) || close(m.value * 100, g.value)));
        if (span) spanHits++;
        if (value) valueHits++;
        if (show === name && !(span && (value || !hasValues)))
          console.log(`  miss ${JSON.stringify(g.surface)} = ${g.value} in ${JSON.stringify(d.req)}: ${JSON.stringify(mine.map((m) => [d.req.slice(m.begin, m.end), m.value]))}`);
      }
      const counted = mentions[k].filter((m) => !m.year);
      total += counted.length;
      overlapping += counted.filter((m) => golds.some((g) => m.begin < g.end && g.begin < m.end)).length;
      exact += counted.filter((m) => golds.some((g) => sameSpan(d.req.slice(m.begin, m.end), g.surface))).length;
    });
    const pc = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
    console.log(`| ${name} | ${spanHits} (${pc(spanHits, quantities)}) | ${hasValues ? `${valueHits} (${pc(valueHits, quantities)})` : 'no values'} | ${total} | ${pc(exact, total)} | ${pc(overlapping, total)} |`);
  }
}

// ---- quotes -------------------------------------------------------------------------------------

// compromise's quotations as attributions with content only, in code points.
function compromiseQuotes(text, cps) {
  const cpAt = new Uint32Array(text.length + 1);
  for (let i = 0, cp = 0; i <= text.length; i++) {
    cpAt[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
  }
  // Its offset starts after an opening mark that its text holds: the text is found at or before it.
  return nlp(text).quotations().json({ offset: true }).map((q) => {
    const t = q.text.trim();
    const at = text.lastIndexOf(t, q.offset.start);
    return at < 0 ? null : { content: [[cpAt[at], cpAt[at + t.length]]], source: [], cue: [], marks: true };
  }).filter(Boolean);
}

function compareQuotes() {
  const articles = readJsonl(requireData('data/quotes/polnear_dev.jsonl'));
  const results = analyzeBatch(articles.map((a) => ({ id: a.id, text: a.text })), ['--offsets', 'codepoint']);
  const scores = { factlight: new Score(), compromise: new Score() };
  const speechCues = new Set();
  for (const a of articles) {
    const cps = Array.from(a.text);
    const gold = goldAttributions(a, cps, speechCues).filter((g) => g.marks).flatMap((g) => g.content);
    const wordAt = wordIndex(cps);
    const ours = predictedAttributions(results.get(a.id), cps, speechCues).filter((p) => p.marks);
    scores.factlight.add(ours.flatMap((p) => p.content), gold, cps, wordAt);
    scores.compromise.add(compromiseQuotes(a.text, cps).flatMap((p) => p.content), gold, cps, wordAt);
  }
  console.log('');
  console.log('quotes: PolNeAR dev, content of attributions in quote marks (773 gold), exact spans');
  console.log('| system | predicted | exact | P | R | F1 | token F1 | speakers |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const [name, s] of Object.entries(scores)) {
    const x = s.row();
    console.log(`| ${name} | ${x.np} | ${x.tp} | ${x.p.toFixed(3)} | ${x.r.toFixed(3)} | ${x.f1.toFixed(3)} | ${x.tf.toFixed(3)} | ${name === 'factlight' ? 'yes' : 'none'} |`);
  }
  console.log('wink-nlp and Recognizers-Text find no quotations.');
}

compareFigures();
compareQuotes();
