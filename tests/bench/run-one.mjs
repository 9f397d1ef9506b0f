// Runs one engine on one input in this (fresh) Node process and prints one JSON object:
//   {runs_ms:[...], stages_ms:{...}?, found, peak_rss_kib, wasm_memory_bytes?, load_ms}
// One process per measurement, so that the peak resident set belongs to that engine and input alone.
//   node tests/bench/run-one.mjs ENGINE FILE [--warmup N] [--warmup-ms MS] [--runs N] [--min-ms MS] [--max-ms MS]
// ENGINE: wasm-module (the module's analyze(), JSON string out), wasm-api (web/dist/factlight.js analyze(),
// parsed result out), or a peer of peers.mjs.
import { readFileSync } from 'node:fs';
import { PEERS } from './peers.mjs';

const [engine, file, ...rest] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : dflt;
};
const warmup = opt('--warmup', 2);
const runs = opt('--runs', 5);
const minMs = opt('--min-ms', 0);
const maxMs = opt('--max-ms', Infinity); // stop after the run that passes this, whatever --runs says
// Warm-up lasts --warmup runs and at least --warmup-ms: V8 runs a wasm function in its baseline tier until
// it is hot, then swaps in optimised code compiled in the background; on a short input that takes many runs.
const warmupMs = opt('--warmup-ms', 0);

const text = readFileSync(file, 'utf8');
const STAGES = ['text', 'figures', 'quotes', 'claims', 'findings'];
const options = { offsets: 'utf16', timings: true };

const t0 = performance.now();
let run; // text -> {found, timings?}
let module = null;
if (engine === 'wasm-module' || engine === 'wasm-api') {
  const api = await import('../../web/dist/factlight.js');
  module = await api.loadModule();
  const optionsJson = JSON.stringify(options);
  run = engine === 'wasm-module'
    ? (t) => {
        const json = module.analyze(t, optionsJson);
        // Only the timings are read back, from the end of the string: no JSON.parse of the whole.
        const at = json.lastIndexOf('"timings":');
        return { found: json.length, timings: at >= 0 ? JSON.parse(json.slice(at + 10, json.indexOf('}', at) + 1)) : null };
      }
    : async (t) => {
        const r = await api.analyze(t, options);
        return { found: r.quotes.length + r.figures.length + r.claims.length + r.findings.length, timings: r.timings };
      };
} else if (PEERS[engine]) {
  const f = await PEERS[engine].setup();
  run = (t) => ({ found: f(t) });
} else {
  console.error(`run-one: unknown engine ${engine}`);
  process.exit(2);
}
const loadMs = performance.now() - t0;

const runsMs = [];
const stages = Object.fromEntries(STAGES.map((s) => [s, []]));
let found = 0;
let measured = 0;
let started = performance.now();
let warm = warmup === 0 && warmupMs === 0;
for (let i = 0; ; ++i) {
  const a = performance.now();
  const r = await run(text);
  const ms = performance.now() - a;
  found = r.found;
  if (warm || performance.now() - started > maxMs) {
    runsMs.push(ms);
    measured += ms;
    if (r.timings) for (const s of STAGES) stages[s].push(r.timings[s]);
  } else if (i + 1 >= warmup && performance.now() - started >= warmupMs) {
    warm = true;
    started = performance.now(); // --max-ms counts the measured runs
  }
  const done = runsMs.length >= runs && measured >= minMs;
  if (done || (runsMs.length > 0 && performance.now() - started > maxMs)) break;
}
const out = { runs_ms: runsMs, found, load_ms: loadMs, peak_rss_kib: process.resourceUsage().maxRSS };
if (module) {
  out.wasm_memory_bytes = module.HEAPU8.length;
  out.stages_ms = stages;
}
console.log(JSON.stringify(out));
