// scripts/bench: factlight (native, wasm in Node, wasm in chromium) beside its peers on the same inputs.
// Prints a table and (full runs) regenerates docs/benchmarks.md. Targets are reported, never asserted.
//   node tests/bench/bench.mjs [--quick] [--out FILE] [--no-doc]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { buildInputs, root } from './inputs.mjs';
import { PEERS, installedVersion } from './peers.mjs';
import { benchChromium } from './chromium.mjs';
import { bundleSizes } from './sizes.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const docPath = outIndex >= 0 ? args[outIndex + 1] : quick || args.includes('--no-doc') ? null : `${root}docs/benchmarks.md`;

const MB = 1e6;
const KIB = 1024;
const MIB = 1024 * 1024;
const NATIVE = `${root}build/native-release/tests/bench/factlight_bench`;

// How long each measurement may take. A measurement is one fresh process (or page) per engine and input.
const P = quick
  ? { warm: { warmup: 1, warmupMs: 300, runs: 3, minMs: 0, maxMs: 1500 },
      adversarial: { warmup: 0, runs: 1, minMs: 0, maxMs: 1 },
      peer: { warmup: 1, runs: 3, minMs: 0, maxMs: 3000 },
      peerCutoffMs: 4000, peerMaxBytes: 200e3, timeoutMs: 30e3, coldTrials: 3, adversarialBytes: 1 * MB }
  : { warm: { warmup: 2, warmupMs: 2000, runs: 7, minMs: 1000, maxMs: 6000 },
      adversarial: { warmup: 0, runs: 3, minMs: 0, maxMs: 4000 },
      peer: { warmup: 1, runs: 5, minMs: 0, maxMs: 15000 },
      peerCutoffMs: 25000, peerMaxBytes: 1.1 * MB, timeoutMs: 90e3, coldTrials: 7, adversarialBytes: 10 * MB };

const TARGETS = {
  nativeMBs: 50, wasmMBs: 25, adversarialMBs: 10, linearity: 0.8, coldMs: 20, brotliKiB: 150,
  memBytesPerByte: 16, memBaseMiB: 8, vsWink: 5, vsCompromise: 100,
};

// ---------------------------------------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const min = (xs) => Math.min(...xs);
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const fmtRate = (x) => (!Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));
const fmtBytes = (n) => (n >= MB ? `${(n / MB).toFixed(n >= 10 * MB ? 0 : 1)} MB` : n >= 1000 ? `${(n / 1000).toFixed(0)} KB` : `${n} B`);
const fmtWords = (x) => (!Number.isFinite(x) ? '–' : x >= 1e6 ? `${(x / 1e6).toFixed(1)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(0)} k` : x.toFixed(0));
const yes = (ok) => (ok === null || ok === undefined ? 'n/a' : ok ? 'yes' : '**no**');
const log = (...m) => console.error('bench:', ...m);

function sh(cmd, argv) {
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return '';
  }
}

/** Runs a child that prints one JSON object; returns it, or {error}. */
function child(cmd, argv, timeoutMs) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 26 });
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL')
    return { error: `timed out after ${timeoutMs / 1000} s`, timedOut: true };
  if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').pop() };
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return { error: 'unreadable output' };
  }
}

const runArgs = (p) => ['--warmup', p.warmup, '--runs', p.runs, '--min-ms', p.minMs, '--max-ms', p.maxMs].map(String);
// The wasm runs (Node and chromium) also warm up for p.warmupMs: until V8 has swapped optimised code in.
const wasmRunArgs = (p) => [...runArgs(p), '--warmup-ms', String(p.warmupMs ?? 0)];

/** Adds throughput figures to a result of one engine on one input. */
function summarise(r, input) {
  if (!r || r.error) return r;
  const med = median(r.runs_ms);
  const best = min(r.runs_ms);
  r.median_ms = med;
  r.min_ms = best;
  r.mbs = input.bytes / MB / (med / 1000);
  r.mbs_best = input.bytes / MB / (best / 1000);
  r.words_s = input.words / (med / 1000);
  r.n = r.runs_ms.length;
  if (r.stages_ms) {
    r.stage_median = Object.fromEntries(Object.entries(r.stages_ms).map(([k, v]) => [k, median(v)]));
    if (!('json' in r.stage_median)) {
      // wasm: what the stages do not cover is writing the JSON, the copies in and out and (JS API) JSON.parse.
      const staged = Object.values(r.stage_median).reduce((a, b) => a + b, 0);
      r.stage_median.json = Math.max(0, med - staged);
    }
  }
  return r;
}

// ---------------------------------------------------------------------------------------------- run
const started = Date.now();
if (!existsSync(NATIVE)) throw new Error(`missing ${NATIVE}: run scripts/build native-release`);
for (const f of ['factlight_wasm.wasm', 'factlight.js'])
  if (!existsSync(`${root}web/dist/${f}`)) throw new Error(`missing web/dist/${f}: run scripts/build wasm`);

log(`building inputs (${quick ? 'quick' : 'full'} run)`);
const inputs = buildInputs({ full: !quick, adversarialBytes: P.adversarialBytes });
const regular = inputs.filter((i) => i.kind !== 'adversarial');
const news = inputs.filter((i) => i.kind === 'news');
const load = { start: loadavg()[0] };

const results = {}; // engine -> input name -> result
const set = (engine, input, r) => ((results[engine] ??= {})[input.name] = summarise(r, input));

log('native');
for (const input of inputs) {
  const p = input.kind === 'adversarial' ? P.adversarial : P.warm;
  set('native', input, child(NATIVE, [input.path, ...runArgs(p)], P.timeoutMs));
}

for (const engine of ['wasm-module', 'wasm-api']) {
  log(`${engine} in Node`);
  // The JS API on the adversarial inputs too, as the native CLI: its wasm memory is held to the budget.
  for (const input of engine === 'wasm-api' ? inputs : regular) {
    const p = input.kind === 'adversarial' ? P.adversarial : P.warm;
    set(engine, input, child(process.execPath, [`${root}tests/bench/run-one.mjs`, engine, input.path, ...wasmRunArgs(p)], P.timeoutMs));
  }
}

log('chromium');
let chromiumVersion = '';
const cold = [];
const coldSplit = [];
try {
  const c = await benchChromium(regular, { ...P.warm, timeoutMs: P.timeoutMs, coldTrials: P.coldTrials });
  chromiumVersion = c.version;
  cold.push(...c.cold_ms);
  coldSplit.push(...c.cold_split);
  for (const input of regular) set('wasm-chromium', input, c.warm[input.name]);
} catch (e) {
  log(`chromium failed: ${e.message}`);
  for (const input of regular) set('wasm-chromium', input, { error: `chromium failed: ${e.message.split('\n')[0]}` });
}

for (const peer of Object.keys(PEERS)) {
  log(peer);
  let msPerByte = 0;
  for (const input of regular) {
    const projected = msPerByte * input.bytes;
    if (input.bytes > P.peerMaxBytes) {
      set(peer, input, { error: `not run: peers run on inputs up to ${fmtBytes(P.peerMaxBytes)}${quick ? ' in --quick' : ''}`, cut: true });
    } else if (projected > P.peerCutoffMs) {
      set(peer, input, { error: `cut off: about ${fmt(projected / 1000, 0)} s per run projected`, cut: true });
    } else {
      const r = set(peer, input, child(process.execPath, [`${root}tests/bench/run-one.mjs`, peer, input.path, ...runArgs(P.peer)],
                                       Math.max(P.timeoutMs, 3 * P.peerCutoffMs)));
      if (r.error) msPerByte = Infinity;
      else msPerByte = Math.max(msPerByte, r.median_ms / input.bytes);
    }
  }
}

log('bundle sizes');
const sizes = await bundleSizes();
load.end = loadavg()[0];
const elapsedS = (Date.now() - started) / 1000;

// ---------------------------------------------------------------------------------------------- figures
const ENGINES = [
  ['native', 'factlight native (C++, in-process)'],
  ['wasm-module', 'factlight wasm, Node (module call, JSON string out)'],
  ['wasm-api', 'factlight wasm, Node (JS API analyze(), parsed result)'],
  ['wasm-chromium', `factlight wasm, chromium (JS API analyze())`],
  ...Object.keys(PEERS).map((p) => [p, `${p} (Node)`]),
];
const r = (engine, name) => results[engine]?.[name];
const largestNews = news[news.length - 1];
const smallestNews = news[0];

const linearity = Object.fromEntries(['native', 'wasm-module', 'wasm-api', 'wasm-chromium'].map((e) => {
  const a = r(e, smallestNews.name), b = r(e, largestNews.name);
  return [e, a && b && !a.error && !b.error ? b.mbs / a.mbs : NaN];
}));

/** factlight's throughput over a peer's on the largest input the peer completed. */
function ratio(engine, peer) {
  for (const input of [...regular].reverse()) {
    const p = r(peer, input.name), f = r(engine, input.name);
    if (p && !p.error && f && !f.error) return { input: input.name, ratio: f.mbs / p.mbs };
  }
  return { input: '', ratio: NaN };
}
const ratios = Object.keys(PEERS).map((peer) => ({ peer, native: ratio('native', peer), wasm: ratio('wasm-api', peer) }));

const memBudget = (bytes) => TARGETS.memBytesPerByte * bytes + TARGETS.memBaseMiB * MIB;
const nativeLargest = r('native', largestNews.name);
const fl = sizes.find((s) => s.name === 'factlight');
const adversarial = inputs.filter((i) => i.kind === 'adversarial');
const wasmMBs = (e) => r(e, largestNews.name)?.mbs;
const targetRows = [
  [`native throughput, ${largestNews.name}`, `>= ${TARGETS.nativeMBs} MB/s`, `${fmtRate(nativeLargest?.mbs)} MB/s`, nativeLargest?.mbs >= TARGETS.nativeMBs],
  [`wasm in Node (JS API), ${largestNews.name}`, `>= ${TARGETS.wasmMBs} MB/s`, `${fmtRate(wasmMBs('wasm-api'))} MB/s`, wasmMBs('wasm-api') >= TARGETS.wasmMBs],
  [`wasm in chromium (JS API), ${largestNews.name}`, `>= ${TARGETS.wasmMBs} MB/s`, `${fmtRate(wasmMBs('wasm-chromium'))} MB/s`, wasmMBs('wasm-chromium') >= TARGETS.wasmMBs],
  ...adversarial.map((i) => [`native, ${i.name}`, `>= ${TARGETS.adversarialMBs} MB/s`,
    r('native', i.name)?.error ? r('native', i.name).error : `${fmtRate(r('native', i.name)?.mbs)} MB/s`, r('native', i.name)?.mbs >= TARGETS.adversarialMBs]),
  ...['native', 'wasm-api', 'wasm-chromium'].map((e) => [`linearity ${e}: ${largestNews.name} / ${smallestNews.name}`,
    `>= ${TARGETS.linearity}`, fmt(linearity[e], 2), linearity[e] >= TARGETS.linearity]),
  ...ratios.filter((x) => x.peer === 'wink-nlp' || x.peer === 'compromise').map((x) => {
    const t = x.peer === 'wink-nlp' ? TARGETS.vsWink : TARGETS.vsCompromise;
    return [`wasm (Node, JS API) over ${x.peer}, ${x.wasm.input}`, `>= ${t}x`, `${fmt(x.wasm.ratio, 0)}x`, x.wasm.ratio >= t];
  }),
  ['cold start in chromium (median)', `< ${TARGETS.coldMs} ms`, `${fmt(median(cold))} ms`, median(cold) < TARGETS.coldMs],
  ['wasm + JS API, brotli', `< ${TARGETS.brotliKiB} KiB`, `${fmt(fl.brotli / KIB)} KiB`, fl.brotli / KIB < TARGETS.brotliKiB],
  ...[...news, ...adversarial].filter((i) => r('native', i.name) && !r('native', i.name).error).map((i) => {
    const peak = r('native', i.name).peak_rss_kib * KIB;
    return [`native peak RSS, ${i.name}`, `<= 16 B/byte + 8 MiB = ${fmt(memBudget(i.bytes) / MIB)} MiB`,
      `${fmt(peak / MIB)} MiB (${fmt(peak / i.bytes)} B/byte)`, peak <= memBudget(i.bytes)];
  }),
  ...[['wasm-api', largestNews], ['wasm-chromium', largestNews], ...adversarial.map((i) => ['wasm-api', i])].map(([e, i]) => {
    const x = r(e, i.name);
    return [`${e} wasm memory, ${i.name}`, `<= ${fmt(memBudget(i.bytes) / MIB)} MiB`,
      x && !x.error ? `${fmt(x.wasm_memory_bytes / MIB)} MiB (${fmt(x.wasm_memory_bytes / i.bytes)} B/byte)` : '–',
      x && !x.error ? x.wasm_memory_bytes <= memBudget(i.bytes) : null];
  }),
];

// ---------------------------------------------------------------------------------------------- machine
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || cpus()[0]?.model || '?';
const gitRev = sh('git', ['-C', root, 'rev-parse', '--short', 'HEAD']);
const dirty = sh('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no']) ? ' (with uncommitted changes)' : '';
const nativeVersion = r('native', 'sample')?.version || '?';
const cxx = sh('c++', ['--version']).split('\n')[0];
const emcc = (() => {
  const cache = existsSync(`${root}build/wasm/CMakeCache.txt`) ? readFileSync(`${root}build/wasm/CMakeCache.txt`, 'utf8') : '';
  return (cache.match(/CMAKE_CXX_COMPILER_VERSION:\w*=(.*)/) || [])[1] || sh('emcc', ['--version']).split('\n')[0];
})();
const machine = [
  ['date', new Date().toISOString().replace(/\.\d+Z$/, 'Z')],
  ['machine', `${cpuModel}, ${cpus().length} cores, ${fmt(totalmem() / 1024 ** 3, 0)} GiB RAM, ${sh('uname', ['-sr'])}, Debian ${sh('cat', ['/etc/debian_version'])}`],
  ['load average (1 min) at start / end', `${fmt(load.start, 2)} / ${fmt(load.end, 2)}`],
  ['factlight', `${nativeVersion}, commit ${gitRev}${dirty}`],
  ['compilers', `${cxx} (-O2 Release); emcc ${emcc} (-Oz)`],
  ['runtimes', `Node ${process.version}; chromium ${chromiumVersion || '?'} (headless, playwright-core ${installedVersion('playwright-core')})`],
  ['peers', Object.entries(PEERS).map(([n, p]) => `${n} ${p.version()}`).join('; ')],
  ['run', `${quick ? 'scripts/bench --quick' : 'scripts/bench'}, ${fmt(elapsedS, 0)} s`],
];

// ---------------------------------------------------------------------------------------------- output
function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
const cell = (x, f = (v) => `${fmtRate(v.mbs)} (${fmtRate(v.mbs_best)})`) => (!x ? '–' : x.error ? (x.cut ? 'not run' : 'failed') : f(x));

const throughputRows = ENGINES.map(([e, label]) => [label, ...regular.map((i) => cell(r(e, i.name)))]);
const wordsRows = ENGINES.map(([e, label]) => [label, ...regular.map((i) => cell(r(e, i.name), (v) => fmtWords(v.words_s)))]);
const STAGES = ['text', 'figures', 'quotes', 'claims', 'findings', 'json'];
const stageRows = [];
for (const e of ['native', 'wasm-api', 'wasm-chromium'])
  for (const i of regular) {
    const x = r(e, i.name);
    if (!x || x.error || !x.stage_median) continue;
    const total = median(x.runs_ms);
    stageRows.push([e, i.name, fmt(total, 2), ...STAGES.map((s) => `${fmt(x.stage_median[s], 2)} (${fmt((100 * x.stage_median[s]) / total, 0)}%)`)]);
  }
const advRows = adversarial.map((i) => {
  const x = r('native', i.name);
  const w = r('wasm-api', i.name);
  return [i.name, fmtBytes(i.bytes), i.note, x?.error ? x.error : `${fmtRate(x.mbs)} (${fmtRate(x.mbs_best)})`,
    x?.error ? '–' : STAGES.map((s) => `${s} ${fmt(x.stage_median[s], 0)}`).join(', '), x?.error ? '–' : `${fmt(x.peak_rss_kib / KIB)} MiB`,
    cell(w)];
});
const memRows = [];
for (const i of [...regular, ...adversarial]) {
  const n = r('native', i.name), a = r('wasm-api', i.name), c = r('wasm-chromium', i.name);
  memRows.push([i.name, fmtBytes(i.bytes), n && !n.error ? `${fmt(n.peak_rss_kib / KIB)} MiB` : '–',
    a && !a.error ? `${fmt(a.wasm_memory_bytes / MIB)} MiB` : '–', c && !c.error ? `${fmt(c.wasm_memory_bytes / MIB)} MiB` : '–',
    ...Object.keys(PEERS).map((p) => (r(p, i.name) && !r(p, i.name).error ? `${fmt(r(p, i.name).peak_rss_kib / KIB)} MiB` : '–')),
    fmt(memBudget(i.bytes) / MIB)]);
}
const sizeRows = sizes.map((s) => [s.name, s.what, `${fmt(s.raw / KIB)}`, `${fmt(s.gzip / KIB)}`, `${fmt(s.brotli / KIB)}`,
  s.name === 'factlight' ? '1' : `${fmt(s.brotli / fl.brotli, 1)}x`]);
const ratioRows = ratios.map((x) => [x.peer, PEERS[x.peer].job, x.native.input, `${fmt(x.native.ratio, 0)}x`, `${fmt(x.wasm.ratio, 0)}x`]);
const errors = [];
for (const [e] of ENGINES) for (const i of inputs) { const x = r(e, i.name); if (x?.error) errors.push(`${e} on ${i.name}: ${x.error}`); }

// Terminal
const term = [];
term.push(`factlight benchmark (${quick ? 'quick' : 'full'}): ${machine[1][1]}`);
term.push(`MB/s median (best); MB = 10^6 bytes`);
const head = ['engine', ...regular.map((i) => `${i.name} (${fmtBytes(i.bytes)})`)];
const coldParts = ['import', 'load', 'first']
  .map((k) => `${k === 'import' ? 'import of web/dist/factlight.js' : k === 'load' ? 'wasm load' : 'first analysis'} ${fmt(median(coldSplit.map((c) => c[k])))} ms`)
  .join(', ');
const widths = head.map((h, c) => Math.max(h.length, ...throughputRows.map((row) => String(row[c]).length)));
const line = (row) => row.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]) : String(v).padStart(widths[c]))).join('  ');
term.push(line(head), ...throughputRows.map(line));
term.push('', 'adversarial inputs, MB/s median (best), native / wasm JS API in Node:');
for (const row of advRows) term.push(`  ${row[0].padEnd(18)} ${row[3]} / ${row[6]}`);
term.push('', `cold start in chromium: median ${fmt(median(cold))} ms, min ${fmt(cold.length ? min(cold) : NaN)} ms over ${cold.length} fresh contexts (${coldParts})`);
term.push(`download: ${sizes.map((s) => `${s.name} ${fmt(s.brotli / KIB)} KiB br`).join(', ')}`);
term.push('', 'targets:');
for (const [what, target, got, ok] of targetRows) term.push(`  ${ok ? 'ok  ' : ok === null ? 'n/a ' : 'MISS'} ${what}: ${got} (target ${target})`);
if (errors.length) term.push('', 'not measured:', ...errors.map((e) => `  ${e}`));
console.log(term.join('\n'));

// Markdown
if (docPath) {
  const KEEP = '<!-- Notes written by hand go below this line; scripts/bench keeps them. -->';
  const old = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
  const kept = old.includes(KEEP) ? old.slice(old.indexOf(KEEP) + KEEP.length).replace(/^\n+/, '') : '';
  const md = `# Benchmarks

Generated by \`scripts/bench\` (\`${quick ? 'scripts/bench --quick' : 'scripts/bench'}\`); do not edit above the notes line, run it again.
Targets are measured here and never asserted in tests. Throughput is MB/s (MB = 10^6 bytes of UTF-8 input),
median over the measured runs after warm-up, best run in parentheses.

## Machine and versions

${table(['', ''], machine)}

The machine is shared with other builds while the benchmark runs (see the load average): absolute figures are
noisy, the ratios between engines measured in the same run hold better.

## Targets

${table(['what', 'target', 'measured', 'met'], targetRows.map(([a, b, c, d]) => [a, b, c, yes(d)]))}

## Throughput on news text

${table(['engine', ...regular.map((i) => `${i.name} (${fmtBytes(i.bytes)})`)], throughputRows)}

Words per second (median; words = runs of non-space characters):

${table(['engine', ...regular.map((i) => i.name)], wordsRows)}

Inputs: ${regular.map((i) => `**${i.name}**: ${i.note}, ${i.bytes} bytes, ${i.words} words`).join('; ')}.

- **native**: \`tests/bench/native_bench.cpp\` calls \`factlight::analyze()\` then \`write_json()\` in-process, the JSON
  streamed in pieces as the CLI streams it to stdout (no process start, no file reading), UTF-16 offsets as the
  browser asks for; one process per input.
- **wasm, Node (module call)**: \`analyze(text, options)\` of \`web/dist/factlight.js\`'s \`loadModule()\`, JSON string out:
  the native work plus the copy of the text into wasm memory and the JSON decoded out of it.
- **wasm, Node / chromium (JS API)**: \`analyze(text, {timings: true})\` of \`web/dist/factlight.js\`, which also parses the JSON
  result into objects; chromium loads the page \`tests/bench/page.html\` from \`scripts/serve.mjs\` (strict CSP), one
  fresh page per input.
- Runs: ${P.warm.warmup} warm-up (the wasm runs: and at least ${P.warm.warmupMs / 1000} s of them, until V8 has swapped its
  optimised code in), then at least ${P.warm.runs} runs${P.warm.minMs ? ` and ${P.warm.minMs / 1000} s` : ''}, stopping after ${P.warm.maxMs / 1000} s;
  peers ${P.peer.warmup} warm-up and at most ${P.peer.runs} runs or ${P.peer.maxMs / 1000} s.

## What each peer does

${table(['peer', 'version', 'its closest equivalent of factlight\'s job'], Object.entries(PEERS).map(([n, p]) => [n, p.version(), p.job]))}

Peers run in Node, one process per peer and input, library loaded before timing. A peer is not run on
inputs over ${fmtBytes(P.peerMaxBytes)}, nor where its time per byte on a smaller input projects more than
${P.peerCutoffMs / 1000} s per run ("not run" above).

## factlight against each peer (throughput ratio)

${table(['peer', 'job', 'input', 'native / peer', 'wasm (Node, JS API) / peer'], ratioRows)}

## Linearity (throughput at ${largestNews.name} over ${smallestNews.name})

${table(['engine', 'ratio'], Object.entries(linearity).map(([e, v]) => [e, fmt(v, 2)]))}
${largestNews.bytes > 4.3 * MB ? `\n${largestNews.name} repeats the 4.3 MB corpus, so about half its paragraphs are exact duplicates of earlier ones\n(duplicate-paragraph findings appear that the smaller inputs do not have).\n` : ''}
## Time by stage (milliseconds, median; share of the total)

${table(['engine', 'input', 'total', ...STAGES], stageRows)}

Stages are \`Analysis::times\` (text model, figures, quotes and speakers, claims, findings). For native, *json* is
\`write_json()\`; for wasm it is what the stages do not cover: writing the JSON, the copies into and out of wasm
memory (one copy in with TextEncoder; the JSON decoded with TextDecoder, in one piece for the module call,
streamed in pieces for the JS API), and \`JSON.parse\` of the result in the JS API.

## Adversarial inputs (issue 9: native, target >= ${TARGETS.adversarialMBs} MB/s; and the wasm JS API in Node)

${table(['input', 'size', 'what', 'native MB/s median (best)', 'native stages, ms', 'native peak RSS', 'wasm JS API, Node: MB/s median (best)'], advRows)}

## Peak memory

${table(['input', 'size', 'native peak RSS', 'wasm memory, Node', 'wasm memory, chromium', ...Object.keys(PEERS).map((p) => `${p} process peak RSS`), 'budget MiB (16 B/byte + 8 MiB)'], memRows)}

Native: the bench process's VmHWM (its own input copy, the analysis and the JSON output included). wasm: the
size of the module's linear memory after the runs (it only grows). Peers: Node's process peak RSS (Node alone
takes about 40 MiB).

## Cold start in chromium

${fmt(median(cold))} ms median, ${fmt(cold.length ? min(cold) : NaN)} ms best over ${cold.length} fresh browser contexts (nothing
cached): from \`import('/web/dist/factlight.js')\` to the sample article analysed, fetching and compiling the wasm from
the local server included. Each: ${cold.map((x) => fmt(x)).join(', ')} ms. Medians of its parts: ${coldParts}.

## Download size (KiB)

${table(['bundle', 'what', 'raw', 'gzip -9', 'brotli -q 11', 'brotli vs factlight'], sizeRows)}
${errors.length ? `\n## Not measured\n\n${errors.map((e) => `- ${e}`).join('\n')}\n` : ''}
${KEEP}

${kept}`;
  writeFileSync(docPath, md.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n'));
  log(`wrote ${docPath}`);
}
