// factlight's wasm module in headless chromium, through the page's JS API (web/dist/factlight.js, minified from web/factlight.js), served by
// scripts/serve.mjs with the strict CSP: warm throughput per input, and cold start (a fresh browser
// context loads the module and analyses the sample article).
import { chromium } from 'playwright-core';
import { relative } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';
import { root } from './inputs.mjs';

const PAGE = 'tests/bench/page.html';

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${what}: timed out after ${ms} ms`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

// Runs in the page: the same loop as run-one.mjs, around the JS API's analyze().
async function warmInPage({ url, warmup, warmupMs = 0, runs, minMs, maxMs }) {
  const api = await import('/web/dist/factlight.js');
  const text = await (await fetch(url)).text();
  const mod = await api.loadModule();
  const STAGES = ['text', 'figures', 'quotes', 'claims', 'findings'];
  const runsMs = [];
  const stages = Object.fromEntries(STAGES.map((s) => [s, []]));
  let measured = 0;
  let started = performance.now();
  let warm = warmup === 0 && warmupMs === 0;
  for (let i = 0; ; ++i) {
    const a = performance.now();
    const r = await api.analyze(text, { offsets: 'utf16', timings: true });
    const ms = performance.now() - a;
    if (warm || performance.now() - started > maxMs) {
      runsMs.push(ms);
      measured += ms;
      for (const s of STAGES) stages[s].push(r.timings[s]);
    } else if (i + 1 >= warmup && performance.now() - started >= warmupMs) {
      warm = true;
      started = performance.now();
    }
    if ((runsMs.length >= runs && measured >= minMs) || (runsMs.length > 0 && performance.now() - started > maxMs)) break;
  }
  return { runs_ms: runsMs, stages_ms: stages, wasm_memory_bytes: mod.HEAPU8.length };
}

// Runs in a fresh page: from nothing loaded to the sample article analysed, split into the import of the
// JS API, loading the wasm (download, compile, instantiate: what analyze() awaits first)
// and the first analysis (where V8 compiles each wasm function at its first call).
async function coldInPage() {
  const sample = await (await fetch('/web/sample-article.txt')).text();
  const t0 = performance.now();
  const api = await import('/web/dist/factlight.js');
  const t1 = performance.now();
  await api.loadModule();
  const t2 = performance.now();
  const r = await api.analyze(sample);
  const t3 = performance.now();
  return { ms: t3 - t0, import_ms: t1 - t0, load_ms: t2 - t1, first_ms: t3 - t2, found: r.quotes.length + r.figures.length };
}

// The same through createAnalyzer() with its default transport, a Worker: load is ready() (the Worker
// started and the wasm loaded there), first the first analyze().
async function coldWorkerInPage() {
  const sample = await (await fetch('/web/sample-article.txt')).text();
  const t0 = performance.now();
  const api = await import('/web/dist/factlight.js');
  const t1 = performance.now();
  const analyzer = api.createAnalyzer();
  await analyzer.ready();
  const t2 = performance.now();
  const r = await analyzer.analyze(sample);
  const t3 = performance.now();
  analyzer.close();
  return { ms: t3 - t0, import_ms: t1 - t0, load_ms: t2 - t1, first_ms: t3 - t2, found: r.quotes.length + r.figures.length };
}

/**
 * inputs: [{name, path}]; coldWorker: cold trials through a Worker (createAnalyzer) instead of in-thread;
 * returns {version, warm: {name -> result|{error}}, cold_ms: [...],
 * cold_split: [{import, load, first}] (ms, per cold trial)}.
 */
export async function benchChromium(inputs, { warmup, warmupMs = 0, runs, minMs, maxMs, timeoutMs, coldTrials, coldWorker = false }) {
  const server = await startServer({ root });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
  });
  const out = { version: browser.version(), warm: {}, cold_ms: [], cold_split: [] };
  try {
    for (let i = 0; i < coldTrials; ++i) {
      const context = await browser.newContext(); // nothing cached from an earlier trial
      const page = await context.newPage();
      await page.goto(server.url + PAGE);
      const cold = await withTimeout(page.evaluate(coldWorker ? coldWorkerInPage : coldInPage), timeoutMs, 'cold start');
      out.cold_ms.push(cold.ms);
      out.cold_split.push({ import: cold.import_ms, load: cold.load_ms, first: cold.first_ms });
      await context.close();
    }
    for (const input of inputs) {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(server.url + PAGE);
        const url = '/' + relative(root, input.path);
        out.warm[input.name] = await withTimeout(page.evaluate(warmInPage, { url, warmup, warmupMs, runs, minMs, maxMs }),
                                                 timeoutMs, input.name);
      } catch (e) {
        out.warm[input.name] = { error: String(e.message || e).split('\n')[0] };
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
