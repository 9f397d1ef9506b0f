// Where a cold start goes in headless chromium: one fresh context per trial traced through the DevTools
// protocol (V8, wasm compile, loading, timeline categories). Per phase of the cold start (import the JS
// API, load the wasm, first analysis of the sample article) it prints the wall time, the main thread's
// CPU time, and the part of it V8 spent compiling wasm functions at their first call (Liftoff) and JS
// functions; medians over the trials. Thread times hold up on a busy machine where wall times do not.
//   node tests/bench/cold-trace.mjs [TRIALS=5] [--detail] [--save DIR]
// --detail adds each trial's main-thread events by name; DIR gets trace-N.json (chrome://tracing).
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS } from '../browser/browser.mjs';
import { root } from './inputs.mjs';

const args = process.argv.slice(2);
const saveAt = args.indexOf('--save');
const saveDir = saveAt >= 0 ? args.splice(saveAt, 2)[1] : null;
const detailAt = args.indexOf('--detail');
const detail = detailAt >= 0 && args.splice(detailAt, 1).length > 0;
const trials = Number(args[0] || 5);
const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'v8.wasm',
  'disabled-by-default-v8.wasm.detailed', 'v8.compile', 'disabled-by-default-v8.compile', 'blink.user_timing',
  'loading', 'netlog', 'blink',
];

async function coldInPage() {
  const sample = await (await fetch('/web/sample-article.txt')).text();
  performance.mark('fl-import');
  const t0 = performance.now();
  const api = await import('/web/dist/factlight.js');
  performance.mark('fl-load');
  const t1 = performance.now();
  await api.loadModule();
  performance.mark('fl-first');
  const t2 = performance.now();
  await api.analyze(sample);
  performance.mark('fl-end');
  const t3 = performance.now();
  return { import_ms: t1 - t0, load_ms: t2 - t1, first_ms: t3 - t2 };
}

const server = await startServer({ root });
const rows = [];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
try {
  for (let trial = 0; trial < trials; trial++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + 'tests/bench/page.html');
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    const r = await page.evaluate(coldInPage);
    await cdp.send('Tracing.end');
    await done;
    await context.close();
    if (saveDir) writeFileSync(`${saveDir}/trace-${trial}.json`, JSON.stringify({ traceEvents: events }));
    rows.push(split(r, events));
    if (detail) report(trial, r, events);
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`${trials} cold trials, medians in ms (wall: between the marks; cpu: main thread's own time)`);
console.log('phase    wall    cpu   wasm-compile (functions)   js-compile');
for (const phase of ['import', 'load', 'first']) {
  const m = (k) => median(rows.map((r) => r[phase][k])).toFixed(1).padStart(6);
  console.log(`${phase.padEnd(6)} ${m('wall')} ${m('cpu')}   ${m('wasm')} (${median(rows.map((r) => r[phase].n))})`.padEnd(44) + m('js'));
}
console.log(`wasm compiled at first call: ${median(rows.map((r) => r.bytes))} bytes of code in ${median(rows.map((r) => r.first.n))} functions`);
const names = [...new Set(rows.flatMap((r) => Object.keys(r.fetch)))];
console.log(`downloads, request to last byte: ${names.map((n) => `${n} ${median(rows.filter((r) => n in r.fetch).map((r) => r.fetch[n])).toFixed(1)} ms`).join(', ')}`);

// Per phase: wall time, the main thread's CPU time (its top-level tasks), wasm lazy compilation and JS
// compilation on the main thread (thread times, ms).
function split(r, events) {
  const marks = {};
  for (const e of events) if (e.name.startsWith('fl-') && e.cat.includes('user_timing')) marks[e.name] = e;
  const { pid, tid } = marks['fl-import'];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.tdur !== undefined);
  // The outermost events (whatever their names): each nested event's time is part of its parent's.
  const top = [];
  for (const e of [...main].sort((x, y) => x.ts - y.ts || y.dur - x.dur)) {
    const last = top[top.length - 1];
    if (!last || e.ts >= last.ts + last.dur) top.push(e);
  }
  const out = { bytes: 0 };
  for (const [phase, from, to] of [['import', 'fl-import', 'fl-load'], ['load', 'fl-load', 'fl-first'], ['first', 'fl-first', 'fl-end']]) {
    const a = marks[from].ts, b = marks[to].ts;
    const inside = main.filter((e) => e.ts >= a && e.ts < b);
    const sum = (name) => inside.filter((e) => e.name === name).reduce((n, e) => n + e.tdur, 0) / 1000;
    // Outermost events only, each counted for the part of it inside the phase: the task that runs the
    // page's script spans all three.
    let cpu = 0;
    for (const e of top)
      if (e.ts < b && e.ts + e.dur > a && e.dur > 0) cpu += (e.tdur * (Math.min(b, e.ts + e.dur) - Math.max(a, e.ts))) / e.dur;
    out[phase] = {
      wall: { import: r.import_ms, load: r.load_ms, first: r.first_ms }[phase],
      cpu: cpu / 1000,
      wasm: sum('wasm.CompileLazy'),
      n: inside.filter((e) => e.name === 'wasm.CompileLazy').length,
      js: sum('V8.CompileCode') + sum('V8.ParseFunction'),
    };
    if (phase === 'first') out.bytes = inside.filter((e) => e.name === 'wasm.CompileBaseline').reduce((n, e) => n + (e.args.bodySize || 0), 0);
  }
  // Each download: from the request sent to its last byte received (the page waits on the network
  // service and the server: no CPU of its own).
  const sent = new Map();
  out.fetch = {};
  for (const e of events) {
    const d = e.args?.data;
    if (e.name === 'ResourceSendRequest' && d?.url) sent.set(d.requestId, { url: d.url, ts: e.ts });
    if (e.name === 'ResourceFinish' && sent.has(d?.requestId)) {
      const { url, ts } = sent.get(d.requestId);
      const name = url.split('/').pop();
      if (name === 'factlight.js' || name.endsWith('.wasm')) out.fetch[name] = (e.ts - ts) / 1000;
    }
  }
  return out;
}

function report(trial, r, events) {
  const marks = {};
  for (const e of events) if (e.name.startsWith('fl-') && e.cat.includes('user_timing')) marks[e.name] = { ts: e.ts, pid: e.pid, tid: e.tid };
  const { pid, tid } = marks['fl-import'];
  const phases = [['import', 'fl-import', 'fl-load'], ['load', 'fl-load', 'fl-first'], ['first', 'fl-first', 'fl-end']];
  console.log(`trial ${trial}: import ${r.import_ms.toFixed(1)} ms, load ${r.load_ms.toFixed(1)} ms, first ${r.first_ms.toFixed(1)} ms`);
  const threadName = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  // Complete events ('X'), and B/E pairs turned into them.
  const spans = [];
  const open = new Map();
  for (const e of events) {
    if (e.ph === 'X') spans.push({ name: e.name, ts: e.ts, dur: e.dur || 0, pid: e.pid, tid: e.tid, depth: 0 });
    else if (e.ph === 'B') (open.get(`${e.pid}:${e.tid}`) || open.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)).push(e);
    else if (e.ph === 'E') {
      const b = open.get(`${e.pid}:${e.tid}`)?.pop();
      if (b) spans.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, pid: e.pid, tid: e.tid });
    }
  }
  for (const [phase, from, to] of phases) {
    const a = marks[from].ts, b = marks[to].ts;
    const totals = new Map();
    const wasmOther = new Map();
    for (const s of spans) {
      if (s.ts + s.dur < a || s.ts > b) continue;
      const d = Math.min(s.ts + s.dur, b) - Math.max(s.ts, a);
      const map = s.pid === pid && s.tid === tid ? totals : /wasm|Wasm|compile|Compile/.test(s.name) ? wasmOther : null;
      if (!map) continue;
      const key = map === totals ? s.name : `${threadName.get(`${s.pid}:${s.tid}`) || s.tid}: ${s.name}`;
      const t = map.get(key) || { ms: 0, n: 0 };
      t.ms += d / 1000;
      t.n++;
      map.set(key, t);
    }
    console.log(`  ${phase}: ${((b - a) / 1000).toFixed(1)} ms between marks; main thread (inclusive, nested events overlap):`);
    for (const [k, t] of [...totals].sort((x, y) => y[1].ms - x[1].ms).slice(0, 14))
      console.log(`    ${t.ms.toFixed(2).padStart(7)} ms ${String(t.n).padStart(5)}x  ${k}`);
    if (wasmOther.size) console.log('   other threads, compile events:');
    for (const [k, t] of [...wasmOther].sort((x, y) => y[1].ms - x[1].ms).slice(0, 6))
      console.log(`    ${t.ms.toFixed(2).padStart(7)} ms ${String(t.n).padStart(5)}x  ${k}`);
  }
}
