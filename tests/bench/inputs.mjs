// The benchmark's inputs, built at run time into build/bench/inputs/ (never committed): the page's
// sample article, news streams of about 100 KB, 1 MB and 10 MB made by concatenating PolNeAR article
// texts from ../shared, and adversarial inputs (issue 9) that would expose a quadratic stage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** ../shared beside the project; from a git worktree elsewhere, beside the main checkout. */
function findShared() {
  if (process.env.FACTLIGHT_SHARED) return process.env.FACTLIGHT_SHARED.replace(/\/?$/, '/');
  if (existsSync(`${root}../shared/data`)) return `${root}../shared/`;
  try {
    const common = execFileSync('git', ['-C', root, 'rev-parse', '--path-format=absolute', '--git-common-dir'],
                                { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const beside = `${dirname(dirname(common))}/shared/`;
    if (existsSync(`${beside}data`)) return beside;
  } catch {}
  return `${root}../shared/`;
}
export const shared = findShared();
export const inputDir = `${root}build/bench/inputs/`;

const KB = 1000;
const MB = 1000 * 1000;

/** Article texts of the PolNeAR files, in file order (train, then dev). */
function newsArticles() {
  const texts = [];
  for (const part of ['train', 'dev']) {
    const path = `${shared}data/quotes/polnear_${part}.jsonl`;
    if (!existsSync(path)) throw new Error(`missing ${path}: the news texts come from ../shared beside the project`);
    for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  return texts;
}

/**
 * Whole articles separated by a blank line until `bytes` would be passed. The corpus holds about 4.3 MB
 * of text, so the 10 MB stream repeats it (about 2.3 times): its later articles are exact duplicates.
 */
function newsStream(articles, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; ; i = (i + 1) % articles.length) {
    const add = Buffer.byteLength(articles[i]) + 2;
    if (size + add > bytes && size > 0) break;
    parts.push(articles[i]);
    size += add;
  }
  return parts.join('\n\n') + '\n';
}

/**
 * About `bytes` bytes of distinct capitalised two-word names between commas ("Kobe Tanaru, Vel Oruka, ..."),
 * one paragraph: every name is a new entry in the speaker resolver's table of names. Deterministic.
 */
function distinctNames(bytes) {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'be', 'do', 'fa', 'gu', 'hi', 'jo', 'pe', 'su'];
  // The number n spelt in syllables (base 16, at least two): a different word for every n.
  const word = (n) => {
    let w = '';
    for (let k = 0; k < 2 || n > 0; k++, n = Math.floor(n / 16)) w += syllables[n % 16];
    return w[0].toUpperCase() + w.slice(1);
  };
  const parts = [];
  for (let n = 0, size = 0; size < bytes; n++) {
    const name = `${word(n)} ${word(n * 7919 + 13)}, `;
    parts.push(name);
    size += name.length;
  }
  return parts.join('');
}

/** `unit` repeated to about `bytes` bytes. */
function repeat(unit, bytes) {
  return unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));
}

/** Digit runs of 100,000 digits, plain and with thousands separators and decimal points. */
function digitRuns(bytes) {
  const plain = '1234567890'.repeat(10000);
  const grouped = '1' + ',000'.repeat(25000);
  const decimal = '3.' + '1415926535'.repeat(10000);
  return repeat(`${plain} ${grouped} ${decimal} `, bytes);
}

/**
 * The inputs of one run. `full` adds the 10 MB stream; adversarial inputs are `adversarialBytes` long.
 * Returns [{name, kind: 'sample'|'news'|'adversarial', path, bytes, words, note}].
 */
export function buildInputs({ full = true, adversarialBytes = 10 * MB } = {}) {
  mkdirSync(inputDir, { recursive: true });
  const articles = newsArticles();
  const sizes = full ? [['news-100k', 100 * KB], ['news-1m', MB], ['news-10m', 10 * MB]]
                     : [['news-100k', 100 * KB], ['news-1m', MB]];
  const inputs = [{ name: 'sample', kind: 'sample', text: readFileSync(`${root}web/sample-article.txt`, 'utf8'),
                    note: 'web/sample-article.txt, the page\'s sample article' }];
  for (const [name, bytes] of sizes)
    inputs.push({ name, kind: 'news', text: newsStream(articles, bytes),
                  note: `PolNeAR article texts concatenated${bytes > 4 * MB ? ' (the corpus repeats: about 4.3 MB of distinct text)' : ''}` });
  const base = newsStream(articles, adversarialBytes);
  const mb = adversarialBytes >= MB ? `${Math.round(adversarialBytes / MB)} MB` : `${Math.round(adversarialBytes / KB)} KB`;
  inputs.push(
    { name: 'adv-quote-marks', kind: 'adversarial', text: repeat('“a "b ”c «d „e \'f "', adversarialBytes),
      note: `${mb} of quote marks of every kind, unbalanced, between one-letter words, in one paragraph` },
    { name: 'adv-digit-runs', kind: 'adversarial', text: digitRuns(adversarialBytes),
      note: `${mb} of 100,000-digit numbers: plain, with thousands separators, with a decimal point` },
    { name: 'adv-one-sentence', kind: 'adversarial', text: base.replace(/[.!?\n]/g, ' '),
      note: `${mb} of news text without . ! ? or line breaks: one sentence` },
    { name: 'adv-one-paragraph', kind: 'adversarial', text: base.replace(/\n+/g, ' '),
      note: `${mb} of news text without line breaks: one paragraph of many sentences` },
    { name: 'adv-names', kind: 'adversarial', text: distinctNames(adversarialBytes),
      note: `${mb} of distinct capitalised two-word names between commas, in one paragraph` },
  );
  for (const input of inputs) {
    input.path = `${inputDir}${input.name}.txt`;
    writeFileSync(input.path, input.text);
    input.bytes = Buffer.byteLength(input.text);
    input.words = (input.text.match(/\S+/gu) || []).length;
    delete input.text;
  }
  return inputs;
}
