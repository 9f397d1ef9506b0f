// How many findings of each kind factlight raises on real news: every PolNeAR article
// (../shared/data/quotes/polnear_{train,dev}.jsonl, 924 texts). There is no gold for findings, so this
// measures volume, the noise an editor would wade through; read the cases to judge them.
//   scripts/eval findings [--show KIND] [--limit N] [--seed S]
// --show KIND prints up to N (default 20) findings of that kind, picked at random with seed S, each with
// its sentence and the sentence of its first related span.
import { readFileSync } from 'node:fs';
import { analyzeBatch, requireData } from './common.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const show = opt('--show', null);
const limit = Number(opt('--limit', 20));
let seed = Number(opt('--seed', 1));

const items = [];
for (const split of ['train', 'dev']) {
  const path = requireData(`data/quotes/polnear_${split}.jsonl`);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line);
    items.push({ id: `${split}/${a.id}`, text: a.text });
  }
}
const results = analyzeBatch(items, ['--offsets', 'utf16']);

const counts = new Map();
const cases = [];
for (const { id, text } of items) {
  const r = results.get(id);
  const sentenceAt = (at) => r.sentences.find((s) => s.begin <= at && at < s.end) || { begin: at, end: at };
  const slice = (s) => text.slice(s.begin, s.end).replace(/\s+/g, ' ');
  for (const f of r.findings) {
    counts.set(f.kind, (counts.get(f.kind) || 0) + 1);
    if (f.kind === show) {
      cases.push({ id, message: f.message, at: slice(sentenceAt(f.begin)),
        related: f.related.length ? slice(sentenceAt(f.related[0].begin)) : '' });
    }
  }
}

console.log(`findings on ${items.length} PolNeAR articles (train + dev; no gold: volume only)`);
console.log('kind                      count  per 100 articles');
for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`${kind.padEnd(24)} ${String(n).padStart(6)}  ${(100 * n / items.length).toFixed(1).padStart(8)}`);

if (show) {
  // A small seeded generator, so a sample can be read again.
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = cases.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [cases[i], cases[j]] = [cases[j], cases[i]];
  }
  console.log(`\n${Math.min(limit, cases.length)} of ${cases.length} ${show} findings:`);
  for (const c of cases.slice(0, limit)) {
    console.log(`* ${c.id}: ${c.message}\n    here:    ${c.at}`);
    if (c.related && c.related !== c.at) console.log(`    related: ${c.related}`);
  }
}
