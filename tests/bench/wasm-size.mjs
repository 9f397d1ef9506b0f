// What the wasm is made of: relinks the wasm build's objects with --profiling-funcs (function names kept,
// code otherwise the same) into build/bench/profiling/, then prints each section raw and brotli, the
// largest functions, and totals by family. Not part of scripts/bench (it relinks: about 15 s).
//   node tests/bench/wasm-size.mjs [TOP=40]
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { root } from './inputs.mjs';

const top = Number(process.argv[2] || 40);
const linkDir = `${root}build/wasm/wasm`;
const outDir = `${root}build/bench/profiling`;
mkdirSync(outDir, { recursive: true });
const link = readFileSync(`${linkDir}/CMakeFiles/factlight_wasm.dir/link.txt`, 'utf8').trim();
if (!link.includes('-o factlight_wasm.wasm')) throw new Error('unexpected link command: rebuild with scripts/build wasm');
execSync(link.replace('-o factlight_wasm.wasm', `--profiling-funcs -o ${outDir}/factlight_wasm.wasm`), {
  cwd: linkDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' },
});

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const wasm = readFileSync(`${outDir}/factlight_wasm.wasm`);
let p = 8;
const leb = () => {
  let r = 0, s = 0, x;
  do { x = wasm[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return r;
};
const str = () => { const n = leb(); const s = wasm.toString('utf8', p, p + n); p += n; return s; };
const SECTIONS = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 9: 'elem', 10: 'code', 11: 'data', 12: 'datacount' };
const sections = [];
const bodies = []; // [size, index among defined functions]
const names = new Map();
let imported = 0;
while (p < wasm.length) {
  const id = wasm[p++];
  const len = leb();
  const end = p + len;
  let label = SECTIONS[id] || String(id);
  if (id === 2) {
    for (let n = leb(), i = 0; i < n; i++) {
      str(); str();
      const kind = wasm[p++];
      if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; if (leb() & 1) leb(); leb(); } else if (kind === 2) { if (leb() & 1) leb(); leb(); } else p += 2;
    }
  } else if (id === 10) {
    for (let n = leb(), i = 0; i < n; i++) { const size = leb(); bodies.push([size, i]); p += size; }
  } else if (id === 0) {
    label = `custom "${str()}"`;
    if (label === 'custom "name"')
      while (p < end) {
        const sub = wasm[p++], subLen = leb(), subEnd = p + subLen;
        if (sub === 1) for (let n = leb(), i = 0; i < n; i++) { const idx = leb(); names.set(idx, str()); }
        p = subEnd;
      }
  }
  p = end;
  if (!label.startsWith('custom "name"')) sections.push({ label, raw: len, brotli: brotli(wasm.subarray(end - len, end)) });
}

const kib = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`wasm with names: ${wasm.length} bytes; sections (the name section left out):`);
for (const s of sections) console.log(`  ${s.label.padEnd(12)} ${kib(s.raw)} KiB raw ${kib(s.brotli)} KiB brotli`);

const FAMILIES = [
  ['nlohmann/json', /nlohmann|parse_options|claimreview|error_json/],
  ['std sorts', /__sort|__insertion_sort|__stable_sort|__inplace_merge|__merge_move|__buffered_inplace_merge|__sift|__pop_heap|__floyd|__partial_sort/],
  ['hash tables', /__hash_table|unordered_/],
  ['printf, strtod, long double', /printf|fmt_fp|pop_arg|strtod|floatscan|scanexp|__(add|sub|mul|div)tf3|__(fix|float|extend|trunc)\w*tf|__lttf2|__getf2|__eqtf2|__unordtf2|frexp|scalbn/],
  ['malloc', /malloc|emmalloc|free\b|dispose_chunk|sbrk|allocate_memory|claim_more_memory|free_list/],
  ['embind', /embind|emscripten::|emval|__getTypeName/],
  ['factlight', /factlight::/],
];
const family = (name) => (FAMILIES.find(([, re]) => re.test(name)) || ['other'])[0];
const named = bodies.map(([size, i]) => ({ size, name: names.get(imported + i) || `function ${imported + i}` }));
const totals = new Map();
for (const f of named) totals.set(family(f.name), (totals.get(family(f.name)) || 0) + f.size);
console.log(`\ncode by family (raw, ${named.length} functions; first match wins, in this order):`);
for (const [name] of [...FAMILIES, ['other']]) console.log(`  ${name.padEnd(28)} ${kib(totals.get(name) || 0)} KiB`);
console.log(`\nlargest ${top} functions (raw bytes):`);
for (const f of named.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`  ${String(f.size).padStart(7)}  ${f.name.length > 150 ? `${f.name.slice(0, 147)}...` : f.name}`);
