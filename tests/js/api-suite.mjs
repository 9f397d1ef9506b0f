// The JS API suite, run against every transport: in Node (tests/js/api.test.mjs, in-thread and a
// worker_threads Worker) and in chromium (tests/browser/page-api.test.mjs, in-thread and a module
// Worker). No Node-only imports here: the browser loads this file as it is.
//
// Each case is `async (analyzer, transport) => void` and throws on failure.

function fail(message) {
  throw new Error(message);
}
function equal(actual, expected, what) {
  if (actual !== expected) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
function ok(value, what) {
  if (!value) fail(what);
}
async function rejects(promise, Ctor, pattern, what) {
  let error = null;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  if (!error) fail(`${what}: expected a rejection`);
  if (!(error instanceof Ctor)) fail(`${what}: expected ${Ctor.name}, got ${error?.name}: ${error?.message}`);
  if (!pattern.test(error.message)) fail(`${what}: message ${JSON.stringify(error.message)} does not match ${pattern}`);
}

function* spans(node) {
  if (Array.isArray(node)) for (const n of node) yield* spans(n);
  else if (node && typeof node === 'object') {
    if (typeof node.begin === 'number' && typeof node.end === 'number') yield node;
    for (const v of Object.values(node)) yield* spans(v);
  }
}

// Texts written for these tests.
const BODY =
  '“We will build 300 homes by March,” said Mayor Ana Ruiz. Prices rose 12% in 2024, ' +
  'according to the housing office. Critics say the plan costs $4.5 million too much.\n' +
  'Ruiz said the council “has no choice”.';
const PREFIXES = ['', '😊 ', '👩‍💻🇺🇦 ', '“Quoted” ’tis — ', 'é\u0301 ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \n'];

export const cases = {
  async 'ready() loads the module and reports the transport'(analyzer, transport) {
    equal(await analyzer.ready(), transport, 'transport');
    ok(/^\d+\.\d+\.\d+/.test(await analyzer.version()), 'version looks like x.y.z');
  },

  async 'results are factlight/1 with UTF-16 offsets by default'(analyzer) {
    const r = await analyzer.analyze(BODY);
    equal(r.schema, 'factlight/1', 'schema');
    equal(r.offsets, 'utf16', 'offsets');
    equal(r.length, BODY.length, 'length');
    for (const key of ['paragraphs', 'sentences', 'quotes', 'speakers', 'figures', 'claims', 'findings'])
      ok(Array.isArray(r[key]), `${key} is an array`);
    ok(r.quotes.length >= 1, 'a quote is found');
    ok(r.figures.some((f) => f.text === '12%'), 'the percentage is found');
  },

  async 'every span slices back to its text after emoji, flags and curly quotes'(analyzer) {
    for (const prefix of PREFIXES) {
      const text = prefix + BODY;
      const r = await analyzer.analyze(text);
      let n = 0;
      for (const s of spans(r)) {
        ok(s.begin <= s.end && s.end <= text.length, `span in range ${JSON.stringify(s)}`);
        if ('text' in s) equal(text.slice(s.begin, s.end), s.text, `slice after ${JSON.stringify(prefix)}`);
        n++;
      }
      ok(n > 10, `spans found after ${JSON.stringify(prefix)}`);
      const f = r.figures.find((x) => x.text === '12%');
      ok(f && text.slice(f.begin, f.end) === '12%', `12% located after ${JSON.stringify(prefix)}`);
    }
  },

  async 'the offsets option switches the unit'(analyzer) {
    const text = '😊 Prices rose 12% in 2024.';
    const u8 = await analyzer.analyze(text, { offsets: 'utf8' });
    const cp = await analyzer.analyze(text, { offsets: 'codepoint' });
    equal(u8.offsets, 'utf8', 'utf8 unit');
    equal(u8.length, new TextEncoder().encode(text).length, 'utf8 length');
    equal(cp.length, [...text].length, 'codepoint length');
    const f8 = u8.figures.find((f) => f.text === '12%');
    const fc = cp.figures.find((f) => f.text === '12%');
    equal(f8.begin - fc.begin, 3, 'the emoji is 4 bytes but 1 code point');
  },

  async 'layers and claimThreshold are passed to the core'(analyzer) {
    const noFigures = await analyzer.analyze(BODY, { layers: { figures: false } });
    equal(noFigures.figures.length, 0, 'figures layer off');
    const all = await analyzer.analyze(BODY, { claimThreshold: 0 });
    const top = await analyzer.analyze(BODY, { claimThreshold: 1 });
    ok(all.claims.length > top.claims.length, 'a threshold of 1 keeps fewer claims than 0');
    for (const c of top.claims) equal(c.score, 1, 'only score-1 claims pass a threshold of 1');
  },

  async 'malformed arguments are TypeErrors with a message'(analyzer) {
    await rejects(analyzer.analyze(42), TypeError, /text must be a string/, 'number text');
    await rejects(analyzer.analyze(), TypeError, /text must be a string/, 'missing text');
    await rejects(analyzer.analyze('x', 'utf16'), TypeError, /options must be an object/, 'string options');
    await rejects(analyzer.analyze('x', null), TypeError, /options must be an object/, 'null options');
    await rejects(analyzer.analyze('x', []), TypeError, /options must be an object/, 'array options');
    await rejects(analyzer.claimReview('x', { claimIds: 'c1' }), TypeError, /claimIds must be an array/, 'claimIds');
    await rejects(analyzer.claimReview(null), TypeError, /text must be a string/, 'claimReview text');
  },

  async 'core errors reject with the core message'(analyzer) {
    await rejects(analyzer.analyze('x', { bogus: true }), Error, /unknown option "bogus"/, 'unknown key');
    await rejects(analyzer.analyze('x', { offsets: 'bytes' }), Error, /offsets/, 'bad unit');
    await rejects(analyzer.analyze('x'.repeat(100), { maxBytes: 10 }), Error, /maxBytes/, 'over the limit');
    await rejects(analyzer.analyze('x', { layers: { quotes: 'yes' } }), Error, /layers\.quotes/, 'bad layer');
    // ...and the analyzer still works afterwards.
    equal((await analyzer.analyze('Prices rose 12%.')).figures.length, 1, 'works after errors');
  },

  async 'claimReview exports the chosen claims as schema.org ClaimReview JSON-LD'(analyzer) {
    const r = await analyzer.analyze(BODY);
    const picked = r.claims.slice(0, 2);
    equal(picked.length, 2, 'two claims to pick');
    const out = await analyzer.claimReview(BODY, { claimThreshold: 0, claimIds: picked.map((c) => c.id) });
    ok(Array.isArray(out), 'an array');
    equal(out.length, 2, 'one review per chosen claim');
    for (const review of out) {
      equal(review['@context'], 'https://schema.org', '@context');
      equal(review['@type'], 'ClaimReview', '@type');
    }
    equal(JSON.stringify(out.map((x) => x.claimReviewed).sort()), JSON.stringify(picked.map((c) => c.text).sort()), 'claimReviewed is each claim');
    await rejects(analyzer.claimReview(BODY, { claimIds: ['c999'] }), Error, /c999/, 'an unknown claim id');
  },

  async 'a lone surrogate becomes U+FFFD in place: spans stay exact and a finding reports it'(analyzer) {
    // A half emoji (high surrogate) before a word, a stray low surrogate, a proper pair, a high one at the end.
    const text = 'Ab\uD83Dcd said prices rose 12% in 2024. \uDE00 Rents 😊 fell 3%.\uD83D';
    const lone = [2, 42, text.length - 1];
    const fixed = [...text].map((ch) => (ch.length === 1 && ch >= '\uD800' && ch <= '\uDFFF' ? '\uFFFD' : ch)).join('');
    equal(fixed.length, text.length, 'one unit for one unit');
    const r = await analyzer.analyze(text);
    equal(r.length, text.length, 'length in UTF-16 units of the original');
    let n = 0;
    for (const s of spans(r))
      if ('text' in s) {
        equal(fixed.slice(s.begin, s.end), s.text, `span ${JSON.stringify(s)}`);
        n++;
      }
    ok(n > 5, 'spans found');
    for (const t of ['12%', '2024', '3%']) {
      const f = r.figures.find((x) => x.text === t);
      ok(f && text.slice(f.begin, f.end) === t, `${t} located in the original text`);
    }
    return;
  const warn = r.findings.filter((x) => x.kind === 'lone_surrogate');
    equal(warn.length, 1, 'one lone_surrogate finding');
    equal(warn[0].begin, lone[0], 'at the first lone surrogate');
    equal(warn[0].end, lone[0] + 1, 'one unit long');
    ok(/^3 lone UTF-16 surrogate/.test(warn[0].message), `message counts them: ${warn[0].message}`);
    const begins = r.findings.map((x) => x.begin);
    equal(JSON.stringify(begins), JSON.stringify([...begins].sort((a, b) => a - b)), 'findings stay sorted');
    // In UTF-8 offsets the finding is where U+FFFD (3 bytes) sits in the well-formed text.
    const u8 = await analyzer.analyze(text, { offsets: 'utf8' });
    const w8 = u8.findings.find((x) => x.kind === 'lone_surrogate');
    equal(w8.begin, 2, 'utf8 begin');
    equal(w8.end, 5, 'utf8 end');
    // Well-formed text gets no such finding; claimReview takes the same text.
    equal((await analyzer.analyze('Rents 😊 fell 3%.')).findings.some((x) => x.kind === 'lone_surrogate'), false, 'no finding without one');
    const c = r.claims.find((x) => x.text.includes('12%'));
    const review = await analyzer.claimReview(text, { claimThreshold: 0, claimIds: [c.id] });
    equal(review[0].claimReviewed, c.text, 'claimReview of a text with lone surrogates');
  },

  async 'concurrent calls each get their own answer'(analyzer) {
    const texts = Array.from({ length: 8 }, (_, i) => `${'😊'.repeat(i)}The budget grew by ${i + 2}% in 2023.`);
    const results = await Promise.all(texts.map((t) => analyzer.analyze(t)));
    results.forEach((r, i) => {
      equal(r.length, texts[i].length, `length of answer ${i}`);
      ok(r.figures.some((f) => f.text === `${i + 2}%`), `figure of answer ${i}`);
    });
  },

  async 'close() stops the analyzer; later calls reject'(analyzer) {
    await analyzer.analyze('A 5% rise.');
    analyzer.close();
    analyzer.close(); // twice is fine
    await rejects(analyzer.analyze('A 5% rise.'), Error, /closed/, 'after close');
  },
};
