// The JS API suite (api-suite.mjs) against both transports in Node: in-thread and a worker_threads
// Worker running web/worker.js. tests/browser/page-api.test.mjs runs the same suite in chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cases } from './api-suite.mjs';
import { createAnalyzer, analyze, loadModule, version, wellFormed } from '../../web/dist/factlight.js';

const transports = { 'in-thread': { worker: false }, worker: { worker: true } };

for (const [transport, config] of Object.entries(transports)) {
  for (const [name, run] of Object.entries(cases)) {
    test(`${transport}: ${name}`, async () => {
      const analyzer = createAnalyzer(config);
      try {
        await run(analyzer, transport);
      } finally {
        analyzer.close();
      }
    });
  }
}

test('a Worker that cannot start falls back to in-thread', async () => {
  const analyzer = createAnalyzer({ worker: true, workerUrl: new URL('./no-such-worker.js', import.meta.url) });
  assert.equal(await analyzer.ready(), 'in-thread');
  assert.equal((await analyzer.analyze('Up 7% on the year.')).figures[0].text, '7%');
  analyzer.close();
});

test('a wrong wasmUrl is a clear error on both transports', async () => {
  for (const worker of [false, true]) {
    const analyzer = createAnalyzer({ worker, wasmUrl: new URL('./missing.wasm', import.meta.url) });
    await assert.rejects(analyzer.analyze('x'), /missing\.wasm|no such file|ENOENT/);
    analyzer.close();
  }
});

test('createAnalyzer checks its config', () => {
  assert.throws(() => createAnalyzer({ workers: true }), { name: 'TypeError', message: /unknown createAnalyzer option "workers"/ });
  assert.throws(() => createAnalyzer({ worker: 'yes' }), { name: 'TypeError', message: /worker must be true or false/ });
  assert.throws(() => createAnalyzer({ wasmUrl: 5 }), { name: 'TypeError', message: /wasmUrl must be a string or URL/ });
  assert.throws(() => createAnalyzer('worker'), { name: 'TypeError' });
});

test('the one-shot exports still work and share the loaded module', async () => {
  const [a, b] = await Promise.all([loadModule(), loadModule()]);
  assert.equal(a, b, 'the module is loaded once');
  assert.match(await version(), /^\d+\.\d+\.\d+/);
  const r = await analyze('“Yes,” she said. Costs rose 3%.');
  assert.equal(r.offsets, 'utf16');
  await assert.rejects(analyze(1), TypeError);
});

// The declarations must name exactly the fields the module emits (a drift check; tsc is not installed).
test('factlight.d.ts declares the fields of a real result', async () => {
  const { readFileSync } = await import('node:fs');
  const dts = readFileSync(new URL('../../web/factlight.d.ts', import.meta.url), 'utf8');
  const fieldsOf = (name) => {
    const m = dts.match(new RegExp(`interface ${name}(?: extends ([\\w, ]+))? \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(m, `interface ${name} declared`);
    const own = [...m[2].matchAll(/^ {2}'?([\w@]+)'?\??:/gm)].map((x) => x[1]);
    const inherited = m[1] ? m[1].split(',').flatMap((b) => fieldsOf(b.trim())) : [];
    return [...new Set([...inherited, ...own])].sort();
  };
  const text = readFileSync(new URL('../../web/sample-article.txt', import.meta.url), 'utf8') +
    '\n“Hi,” said Ann Lee, the mayor.\nExperts say costs rose 12% this year.\nExperts say costs rose 12% this year.';
  const r = await analyze(text, { timings: true });
  const keys = (o) => Object.keys(o).sort();
  assert.deepEqual(keys(r), fieldsOf('Result'));
  const checks = { Quote: r.quotes, Speaker: r.speakers, Figure: r.figures, Claim: r.claims, Finding: r.findings, Sentence: r.sentences };
  for (const [name, list] of Object.entries(checks)) {
    assert.ok(list.length > 0, `the text yields a ${name}`);
    for (const item of list) assert.deepEqual(keys(item), fieldsOf(name), name);
  }
});

// Engines without String.prototype.toWellFormed (older than Chromium 111 / Node 20) take the manual path.
test('wellFormed replaces lone surrogates the same way with and without toWellFormed', () => {
  const texts = ['', 'plain', '\uD800', '\uDC00x', 'a\uD83D\uDE00b', 'a\uDE00\uD83Db', '\uD83D\uD83D\uDE00\uDE00', 'x\uDBFF'];
  const native = texts.map((t) => wellFormed(t));
  const { toWellFormed, isWellFormed } = String.prototype;
  try {
    delete String.prototype.toWellFormed;
    delete String.prototype.isWellFormed;
    const manual = texts.map((t) => wellFormed(t));
    assert.deepEqual(manual, native);
  } finally {
    Object.assign(String.prototype, { toWellFormed, isWellFormed });
  }
  assert.deepEqual(native.map((w) => w.text), texts.map((t) => t.toWellFormed()));
  assert.deepEqual(native.map((w) => [w.first, w.count]), [[-1, 0], [-1, 0], [0, 1], [0, 1], [-1, 0], [1, 2], [0, 2], [1, 1]]);
});

// worker.js sends an analysis as the core's compact form, which the page reads into the result: a long
// one must come back whole, in order, with its keys in the core's order, and calls interleaved with it
// must each get their own answer.
test('a result with long arrays arrives whole through the Worker', async () => {
  const text = Array.from({ length: 2600 }, (_, i) => `Sales rose ${i + 1}% in ${1900 + (i % 100)}.`).join(' ');
  const inThread = createAnalyzer({ worker: false });
  const worker = createAnalyzer({ worker: true });
  try {
    assert.equal(await worker.ready(), 'worker');
    const [a, b] = await Promise.all([inThread.analyze(text), worker.analyze(text)]);
    assert.ok(a.figures.length > 5000 && a.sentences.length === 2600, `${a.figures.length} figures, ${a.sentences.length} sentences`);
    assert.equal(JSON.stringify(b), JSON.stringify(a));
    // Calls interleaved with a long one get their own answers.
    const [c, d] = await Promise.all([worker.analyze(text), worker.analyze('Up 7%.')]);
    assert.equal(JSON.stringify(c), JSON.stringify(a));
    assert.equal(d.figures.length, 1);
  } finally {
    inThread.close();
    worker.close();
  }
});
