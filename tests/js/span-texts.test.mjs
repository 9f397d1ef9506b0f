// The JS API asks the core for no span texts (option spanTexts: false) and slices them from the input
// itself. What a caller gets must be exactly the core's full result: same values, same key order, for
// every kind of span with a text, in every offset unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles } from './corpus.mjs';
import { analyze, loadModule } from '../../web/dist/factlight.js';

const mod = await loadModule();
const UNITS = ['utf16', 'utf8', 'codepoint'];

// Texts written for these tests: astral characters, lone surrogates, combining marks, controls and
// quote marks before and inside the spans, so that a unit mix-up shows as a wrong slice.
const HOSTILE = [
  '',
  '😊',
  '\ud83d',
  '\udc00 “Costs rose 12%,” he said.',
  '“We built 300 homes,” said Mayor Ana Ruiz\ud800. Prices rose 4.5% in 2024.',
  '👩‍💻🇺🇦 “Rents are up 40 %,” the 𝔘𝔫𝔦𝔬𝔫 said. It ‘would’ cost $3bn — or €2.8bn.',
  'é\u0301 Officials said 1,200 jobs were lost; officials said 1,300 jobs were lost.',
  'a\u0000b “x\u0000y” she said\r\n\r\nUnemployment fell to 4.1 percent.\r\nUnemployment fell to 5.3 percent.',
  '\ufeff"Quoted" \'tis — «Nous avons 20 ans», a-t-il dit. 𝟏𝟐 people, ١٢ people.',
  '“'.repeat(300) + ' said 7 people ' + '”'.repeat(300),
  '1'.repeat(5000) + ' percent of 😊 “voters”, he said.',
];

// The lists and objects that carry a span text, so that a test cannot pass on results without any.
function textsIn(node, out = []) {
  if (Array.isArray(node)) for (const n of node) textsIn(n, out);
  else if (node && typeof node === 'object') {
    if ('text' in node && typeof node.begin === 'number') out.push(node.text);
    for (const v of Object.values(node)) textsIn(v, out);
  }
  return out;
}

// Each kind of span that carries a text, as [kind, spans of a result].
const KINDS = [
  ['quote', (r) => r.quotes],
  ['cue', (r) => r.quotes.map((q) => q.cue)],
  ['speaker', (r) => r.quotes.map((q) => q.speaker)],
  ['scare quote', (r) => r.scare_quotes],
  ['figure', (r) => r.figures],
  ['subject', (r) => r.figures.map((f) => f.subject)],
  ['claim', (r) => r.claims],
  ['finding', (r) => r.findings],
  ['related span', (r) => r.findings.flatMap((f) => f.related)],
];

test('on the corpus, the JS API result is the core JSON, key for key, for every kind of span text', async () => {
  const seen = Object.fromEntries(KINDS.map(([kind]) => [kind, 0]));
  let texts = 0;
  const inputs = corpusFiles().map((f) => ({ name: f.name, text: f.bytes.toString('utf8') }));
  // The corpus has no scare quote or title: one of ours.
  inputs.push({ name: 'scare quotes', text: 'The so-called "reform" cut 12 bus routes. She reads “War and Peace” every winter.' });
  for (const { name, text } of inputs) {
    for (const offsets of UNITS) {
      const core = mod.analyze(text, JSON.stringify({ offsets }));
      const api = await analyze(text, { offsets });
      assert.equal(JSON.stringify(api), core, `${name} in ${offsets}`);
      texts += textsIn(api).length;
      for (const [kind, spans] of KINDS) seen[kind] += spans(api).filter((s) => s && typeof s.text === 'string').length;
    }
  }
  assert.ok(texts > 500, `only ${texts} span texts checked`);
  for (const [kind, n] of Object.entries(seen)) assert.ok(n > 0, `no ${kind} text in the results`);
});

test('on hostile strings, sliced texts equal the core texts (spanTexts: true) in every unit', async () => {
  for (const text of HOSTILE) {
    for (const offsets of UNITS) {
      const sliced = await analyze(text, { offsets });
      const written = await analyze(text, { offsets, spanTexts: true });
      assert.equal(JSON.stringify(sliced), JSON.stringify(written), `${JSON.stringify(text.slice(0, 40))} in ${offsets}`);
      assert.ok(!textsIn(sliced).includes(null), 'no text left null');
    }
  }
});

test('spanTexts: false is passed through: the texts stay null', async () => {
  const r = await analyze('Costs rose 12%, “he said”.', { spanTexts: false });
  assert.ok(r.figures.length > 0 && r.figures.every((f) => f.text === null));
  await assert.rejects(analyze('x', { spanTexts: 'no' }), /spanTexts must be true or false/);
});
