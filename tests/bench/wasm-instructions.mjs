// Instructions per warm analysis in the wasm, counted by callgrind in Node with every function compiled by
// the optimising tier up front (--no-liftoff: no tier-up timing to vary between runs). Two processes, one
// analysing FILE `runs` times and one `runs + extra` times; the difference over `extra` is one analysis
// (JS API: the core, write_compact and the JS decoding; GC moves it by a percent or two). For build flags
// that trade size against speed (core/CMakeLists.txt), where wall times on a shared machine are too noisy.
//   node tests/bench/wasm-instructions.mjs [FILE=build/bench/inputs/news-100k.txt] [DIST=web/dist] [RUNS=4] [EXTRA=5]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from './inputs.mjs';

const [fileArg, distArg, runsArg, extraArg] = process.argv.slice(2);
if (process.env.FL_CHILD) {
  const api = await import(resolve(process.env.FL_CHILD, 'factlight.js'));
  const text = readFileSync(fileArg, 'utf8');
  for (let i = 0; i < Number(runsArg); i++) await api.analyze(text, { offsets: 'utf16' });
  process.exit(0);
}
const file = fileArg || `${root}build/bench/inputs/news-100k.txt`;
if (!existsSync(file)) throw new Error(`no ${file}: run scripts/bench once, or name a file`);
const dist = resolve(distArg || `${root}web/dist`);
const runs = Number(runsArg || 4);
const extra = Number(extraArg || 5);
const dir = mkdtempSync(join(tmpdir(), 'fl-wasm-ins-'));
const count = (n) => {
  const out = join(dir, `cg.${n}`);
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--no-liftoff', '--single-threaded',
    new URL(import.meta.url).pathname, file, dist, String(n)], { env: { ...process.env, FL_CHILD: dist }, stdio: 'ignore' });
  const m = /^summary:\s*(\d+)/m.exec(readFileSync(out, 'utf8'));
  return Number(m[1]);
};
const a = count(runs);
const b = count(runs + extra);
rmSync(dir, { recursive: true, force: true });
console.log(`${((b - a) / extra / 1e6).toFixed(1)} M instructions per analysis of ${file} (${dist})`);
