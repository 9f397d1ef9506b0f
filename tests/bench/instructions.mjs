// Instructions per stage of the native CLI on one input, counted by valgrind's callgrind: the same
// count for the same binary and input however busy the machine is, so a change of a few per cent shows
// where wall times on a shared 2-core machine drown it. Prints a table (millions of instructions, and per
// MB of input); with --against another CLI binary, both and the difference.
//   node tests/bench/instructions.mjs [--input NAME|FILE] [--binary CLI] [--against CLI]
// NAME is one of the bench inputs (default news-1m, built from ../shared like scripts/bench's); the CLI
// runs `analyze FILE --offsets utf16` (the JS API's offsets), its output thrown away. The first analysis
// in a process builds the word tables once (a few million instructions, counted in the text stage).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInputs, inputDir, root } from './inputs.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const binary = opt('--binary', `${root}build/native-release/cli/factlight`);
const against = opt('--against', null);
let input = opt('--input', 'news-1m');
if (!input.includes('/')) {
  if (!existsSync(`${inputDir}${input}.txt`)) buildInputs({ full: input === 'news-10m', adversarialBytes: 100 * 1000 });
  input = `${inputDir}${input}.txt`;
}
const bytes = statSync(input).size;

// Inclusive counts of the functions that make each stage (analyze.cpp's order), by name prefix.
const STAGES = [
  ['text', ['factlight::Document::Document(']],
  ['figures', ['factlight::extract_figures(']],
  ['quotes', ['factlight::extract_quotes(', 'factlight::resolve_speakers(']],
  ['claims', ['factlight::lexicon::FeatureWords::FeatureWords(', 'factlight::lexicon::score_claims(']],
  ['findings', ['factlight::lexicon::find_issues(']],
  ['json', ['factlight::write_json(']],
];

function count(cli) {
  const dir = mkdtempSync(join(tmpdir(), 'factlight-callgrind-'));
  try {
    const out = join(dir, 'callgrind.out');
    execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, cli, 'analyze', input,
                              '--offsets', 'utf16'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const report = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out],
                                { encoding: 'utf8', maxBuffer: 1 << 28 });
    const counts = { process: 0 };
    for (const [stage] of STAGES) counts[stage] = 0;
    for (const line of report.split('\n')) {
      const m = line.match(/^\s*([\d,]+) \([^)]*\)\s+(.*)$/);
      if (!m) continue;
      const n = Number(m[1].replace(/,/g, ''));
      if (m[2].startsWith('PROGRAM TOTALS')) counts.process = n;
      const fn = m[2].replace(/^[^:]*\?\?\?:/, '');
      for (const [stage, prefixes] of STAGES)
        if (prefixes.some((p) => fn.startsWith(p))) counts[stage] += n;
    }
    counts.analysis = STAGES.reduce((sum, [stage]) => sum + counts[stage], 0);
    return counts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [...STAGES.map(([s]) => s), 'analysis', 'process'];
const M = (n) => (n / 1e6).toFixed(2);
const perMB = (n) => (n / 1e6 / (bytes / 1e6)).toFixed(1);
const a = count(binary);
console.log(`instructions (callgrind), factlight analyze ${input} --offsets utf16 (${bytes} bytes)`);
console.log(`binary: ${binary}${against ? `\nagainst: ${against}` : ''}`);
if (!against) {
  console.log('| stage | M instructions | M per MB |\n|---|---:|---:|');
  for (const r of rows) console.log(`| ${r} | ${M(a[r])} | ${perMB(a[r])} |`);
} else {
  const b = count(against);
  console.log('| stage | binary (M) | against (M) | change |\n|---|---:|---:|---:|');
  for (const r of rows) {
    const change = b[r] ? `${(((a[r] - b[r]) / b[r]) * 100).toFixed(2)} %` : '–';
    console.log(`| ${r} | ${M(a[r])} | ${M(b[r])} | ${change} |`);
  }
}
console.log('(analysis: the six stages summed; process: everything callgrind saw, start-up and file reading too)');
