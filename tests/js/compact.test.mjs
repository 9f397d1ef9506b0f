// The JS API does not parse JSON: it reads the core's values from the module's compact form (fl_run op 1,
// write_compact: numbers, doubles and strings in three buffers) and builds the result itself. Whatever
// the options and the text, through either transport, that result must be exactly JSON.parse of the
// module's full JSON (op 0, byte-identical to the CLI): the same values and the same keys in the same
// order, errors included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, createAnalyzer, loadModule, wellFormed } from '../../web/dist/factlight.js';

const mod = await loadModule();
const sample = readFileSync(new URL('../../web/sample-article.txt', import.meta.url), 'utf8');

// Texts written for these tests. News-like text with characters beyond ASCII and beyond U+FFFF, quote
// marks of several languages, a lone surrogate of each kind; adversarial inputs in small copies.
const NEWS =
  'Señor Müller “said” the café’s 😊 budget rose 12 % to €3.5 bn in 2024, “a record,” she said.\n\n' +
  'Ein Beamter sagte: „Wir wissen es nicht.“ 東京の人口は1400万人だ。 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 « citation » — fin.\n\n' +
  '“We will build 300 homes by March,” said Mayor Ana Ruiz. Prices rose 12% in 2024, according to the ' +
  'housing office. Critics say the plan costs $4.5 million too much, up from about $3 million.\n\n' +
  'The so-called "reform" cut 12 bus routes, officials said. Officials said 14 routes were cut.\n\n' +
  'Unemployment fell to 4.1 percent in March, the lowest rate since 1969, the ministry said.\n\n';
const INPUTS = {
  sample,
  news: NEWS.repeat(3),
  'lone surrogates': `\ud83d ${NEWS}\udc00 “Costs rose 12%,” he said\ud800. ${NEWS.slice(0, 200)}`,
  'quote marks': '“'.repeat(3000) + ' he said 12 people ' + '"'.repeat(2000) + '”'.repeat(3000) + ' “a” “b” «c»',
  'digit runs': `${'1'.repeat(20000)} percent, ${'9'.repeat(5000)}.5 million and ${'12,'.repeat(3000)}0 people said “yes”.`,
  'one sentence': `The council said “${'costs rose 4% and '.repeat(1500)}the end,” she said`,
  'one paragraph': `${'Prices rose 3%. “It hurts,” a shopper said. '.repeat(400)}`,
  empty: '',
  // More bytes than characters by far: the text is encoded into wasm memory in room made for it.
  'beyond ASCII': `${'東京の人口は1400万人だと市は述べた。'.repeat(300)}\n\n${'«Цены выросли на 12 %», — сказал он. 😊'.repeat(200)}`,
  controls: 'a\u0000b “x\u0000y” she said\r\n\r\n\ufeffUnemployment fell to 4.1 percent.\r\n\t\u0007 5.3 percent.',
};

// Every combination of the options the API takes that change what the core writes: the unit, each layer
// on or off (all on, all off, each one off), timings, and span texts and reason codes set by the caller.
const OFFSETS = ['utf16', 'utf8', 'codepoint'];
const LAYERS = [undefined, { quotes: false, figures: false, claims: false, findings: false },
  { quotes: false }, { figures: false }, { claims: false }, { findings: false }];
function* optionSets() {
  for (const offsets of OFFSETS)
    for (const layers of LAYERS)
      for (const timings of [false, true]) yield { offsets, ...(layers && { layers }), ...(timings && { timings }) };
  for (const offsets of OFFSETS) {
    yield { offsets, spanTexts: false };
    yield { offsets, spanTexts: true };
    yield { offsets, reasonCodes: true };
    yield { offsets, reasonCodes: false, spanTexts: false, claimThreshold: 0.5 };
  }
}

// What the API must give for `text` with `options`: the module's JSON of the text the core sees (each
// lone surrogate as U+FFFD), with the API's lone_surrogate finding where it goes.
function expected(text, options) {
  const fixed = wellFormed(text);
  const json = mod.analyze(fixed.text, JSON.stringify(options));
  return { json, value: JSON.parse(json), lone: fixed.count };
}

// Timings are measured, so they differ from run to run: checked for their keys and types, then set equal.
function sameTimings(got, want, what) {
  assert.equal('timings' in got, 'timings' in want, `${what}: timings or not`);
  if (!want.timings) return;
  assert.deepStrictEqual(Object.keys(got.timings), Object.keys(want.timings), `${what}: timing keys`);
  for (const v of Object.values(got.timings)) assert.ok(typeof v === 'number' && v >= 0, `${what}: timing ${v}`);
  got.timings = want.timings;
}

function assertSame(got, text, options, what) {
  const want = expected(text, options);
  sameTimings(got, want.value, what);
  if (want.lone) {
    const i = got.findings.findIndex((f) => f.kind === 'lone_surrogate');
    assert.ok(i >= 0, `${what}: the lone_surrogate finding`);
    got.findings.splice(i, 1);
  }
  assert.deepStrictEqual(got, want.value, what);
  // Key order too: the same text as the core's JSON, once the values are the same.
  if (!options.timings) assert.equal(JSON.stringify(got), JSON.stringify(want.value), `${what}: key order`);
}

test('the JS API result is JSON.parse of the module JSON, for every input and option combination', async () => {
  let checked = 0;
  for (const [name, text] of Object.entries(INPUTS))
    for (const options of optionSets()) {
      assertSame(await analyze(text, options), text, options, `${name} ${JSON.stringify(options)}`);
      checked++;
    }
  assert.ok(checked > 400, `${checked} results checked`);
});

// Random texts from pieces that make quotes, figures, claims and findings, and from characters that
// trip offsets (astral, combining, lone surrogates, controls), with a fixed seed: the same texts each run.
test('on random texts the JS API result is JSON.parse of the module JSON', async () => {
  const PIECES = ['“', '”', '"', '‘', '’', '«', '»', ' said ', ' says ', 'Mayor Ana Ruiz', 'He', 'officials',
    ' 12%', ' $4.5 million', ' 1,200', ' 2024', ' three years ago', '.', ', ', '\n\n', '\n', ' ', 'rose', 'fell',
    '😊', '👩‍💻', 'é', 'e\u0301', '東京', '\ud800', '\udc00', '\u0000', '\t', 'according to the report',
    'The so-called "reform"', ' percent', ' €3', 'Prices', 'x'.repeat(40), '7-2', '½', '٣'];
  let seed = 12345;
  const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < 150; k++) {
    let text = '';
    for (let n = 5 + next(120); n > 0; n--) text += PIECES[next(PIECES.length)];
    const options = { offsets: OFFSETS[k % 3], ...(k % 5 === 0 && { reasonCodes: true }), ...(k % 7 === 0 && { spanTexts: false }) };
    assertSame(await analyze(text, options), text, options, `random text ${k} ${JSON.stringify(text.slice(0, 80))}`);
  }
});

test('the results checked are not trivial: every kind of item shows up', async () => {
  const all = await Promise.all(Object.values(INPUTS).map((text) => analyze(text, { offsets: 'utf8', timings: true })));
  const count = (f) => all.reduce((n, r) => n + f(r), 0);
  assert.ok(count((r) => r.quotes.filter((q) => q.cue && q.speaker && q.speaker_name).length) > 0, 'a quote with cue, speaker, name');
  assert.ok(count((r) => r.scare_quotes.length) > 0, 'a scare quote');
  assert.ok(count((r) => r.speakers.filter((s) => s.mentions.length && s.quotes.length).length) > 0, 'a speaker');
  assert.ok(count((r) => r.figures.filter((f) => f.value !== null && f.unit !== null).length) > 0, 'a figure with unit');
  assert.ok(count((r) => r.figures.filter((f) => f.currency !== null).length) > 0, 'money');
  assert.ok(count((r) => r.figures.filter((f) => f.value % 1 !== 0).length) > 0, 'a value with a fraction');
  assert.ok(count((r) => r.figures.filter((f) => f.subject !== null).length) > 0, 'a figure subject');
  assert.ok(count((r) => r.claims.filter((c) => c.reasons.length && c.figures.length && c.quotes.length).length) > 0, 'a claim');
  assert.ok(count((r) => r.findings.filter((f) => f.related.length).length) > 0, 'a finding with related spans');
  assert.ok(count((r) => r.findings.filter((f) => f.kind === 'lone_surrogate').length) === 1, 'one lone_surrogate finding');
});

test('the worker transport gives the same results', async () => {
  const analyzer = createAnalyzer({ worker: true });
  try {
    assert.equal(await analyzer.ready(), 'worker');
    for (const [name, text] of Object.entries(INPUTS))
      for (const options of [{}, { offsets: 'utf8', timings: true }, { offsets: 'codepoint', reasonCodes: true, layers: { figures: false } }])
        assertSame(await analyzer.analyze(text, options), text, options, `worker: ${name} ${JSON.stringify(options)}`);
  } finally {
    analyzer.close();
  }
});

test('the module reads any string as the UTF-8 of its well-formed form, whatever its mix of characters', () => {
  for (const text of ['\ud800', `${'東京'.repeat(500)}\ud83d`, `\udc00${'é😊'.repeat(400)}\ud800x`, `${'a'.repeat(900)}${'€'.repeat(300)}`]) {
    const fixed = wellFormed(text).text;
    assert.equal(mod.analyze(text, '{}'), mod.analyze(fixed, '{}'));
    assert.equal(JSON.parse(mod.analyze(text, '{}')).length, fixed.length);
  }
});

test('errors come back as the module writes them', async () => {
  for (const options of [{ maxBytes: 10 }, { offsets: 'bytes' }, { 'unknown “é”': 1 }, { layers: { claims: 'no' } }]) {
    const core = JSON.parse(mod.analyze('Le café “coûte” 3 €.', JSON.stringify(options)));
    assert.equal(typeof core.error, 'string');
    await assert.rejects(analyze('Le café “coûte” 3 €.', options), { message: `factlight: ${core.error}` });
  }
});

test('the compact form is three buffers, far smaller than the JSON', () => {
  const text = NEWS.repeat(20);
  const pieces = mod.analyzeCompact(text, '{}');
  assert.equal(pieces.length, 3);
  const [w, f, s] = pieces;
  assert.ok(w.length % 4 === 0 && f.length % 8 === 0, `${w.length} and ${f.length} bytes`);
  const json = mod.analyze(text, '{}');
  assert.ok(w.length + f.length + s.length < json.length / 2, `${w.length + f.length + s.length} bytes against ${json.length}`);
  const error = mod.analyzeCompact(text, '{not json');
  assert.deepStrictEqual(error.map((p) => p.length > 0), [true, false, false], 'an error: its JSON, then two empty pieces');
  assert.equal(typeof JSON.parse(new TextDecoder().decode(error[0])).error, 'string');
  // read() sees the pieces in wasm memory, where the core holds them (no copy), and gives the result.
  const sizes = mod.analyzeCompact(text, '{}', (views) => views.map((v) => [v.buffer === mod.HEAPU8.buffer, v.length]));
  assert.deepStrictEqual(sizes, pieces.map((p) => [true, p.length]));
  assert.throws(() => mod.analyzeCompact(text, '{}', () => { throw new RangeError('read failed'); }), RangeError);
});
