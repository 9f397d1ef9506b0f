// The maximum input size (Options::max_bytes; CLI --max-bytes; JS option maxBytes) is answered
// with a clear error, never a crash: exit status 1 and a message in the CLI, a rejected Error in
// the JS API. Malformed options are clear errors too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './corpus.mjs';
import { analyze } from '../../web/dist/factlight.js';

const kDefault = 64 * 1024 * 1024;
const limitMessage = (size, limit) =>
  new RegExp(`input is ${size} bytes, more than the limit of ${limit} bytes \\(option maxBytes\\)`);

test('CLI: an input over --max-bytes exits 1 with a clear message and an error object', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlight-limits-'));
  try {
    const file = join(dir, 'article.txt');
    writeFileSync(file, 'Officials said 12 people were hurt. '.repeat(3)); // 108 bytes
    const over = runCli(['analyze', file, '--max-bytes', '107']);
    assert.equal(over.status, 1);
    assert.match(over.stderr, limitMessage(108, 107));
    assert.match(JSON.parse(over.stdout).error, limitMessage(108, 107));
    const text = runCli(['analyze', file, '--max-bytes', '107', '--format', 'text']);
    assert.equal(text.status, 1);
    assert.match(text.stderr, limitMessage(108, 107));
    const at = runCli(['analyze', file, '--max-bytes', '108']);
    assert.equal(at.status, 0, at.stderr);
    assert.equal(JSON.parse(at.stdout).length, 108);
    const viaOptions = runCli(['analyze', file, '--options', '{"maxBytes": 50}']);
    assert.equal(viaOptions.status, 1);
    assert.match(viaOptions.stderr, limitMessage(108, 50));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CLI: the limit counts UTF-8 bytes, not characters', () => {
  const r = runCli(['analyze', '-', '--max-bytes', '100'], Buffer.from('é'.repeat(60)));
  assert.equal(r.status, 1);
  assert.match(r.stderr, limitMessage(120, 100));
});

test('CLI: the default limit is 64 MiB', () => {
  const r = runCli(['analyze', '-'], Buffer.alloc(kDefault + 1, 'a'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, limitMessage(kDefault + 1, kDefault));
});

test('CLI: a bad --max-bytes is a usage error', () => {
  for (const v of ['0', '-5', 'abc', '12kb', '']) {
    const r = runCli(['analyze', '-', '--max-bytes', v]); // refused before stdin is read
    assert.equal(r.status, 2, `--max-bytes ${JSON.stringify(v)}`);
    assert.match(r.stderr, /--max-bytes takes a/);
  }
});

test('CLI batch: a line over the limit is answered with an error, the others with results', () => {
  const lines = [
    { id: 1, text: 'Short.' },
    { id: 2, text: 'x'.repeat(200) },
    { id: 3, text: 'Also short.' },
  ].map((l) => JSON.stringify(l)).join('\n');
  const r = runCli(['batch', '--max-bytes', '100'], Buffer.from(lines + '\n'));
  assert.equal(r.status, 1);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), [1, 2, 3]);
  assert.equal(out[0].schema, 'factlight/1');
  assert.match(out[1].error, limitMessage(200, 100));
  assert.equal(out[2].length, 11);
});

test('JS API: an input over maxBytes rejects with a clear Error', async () => {
  const err = await analyze('x'.repeat(101), { maxBytes: 100 }).then(() => null, (e) => e);
  assert.ok(err instanceof Error, 'rejects with an Error');
  assert.match(err.message, limitMessage(101, 100));
  assert.equal((await analyze('x'.repeat(100), { maxBytes: 100 })).length, 100);
  // UTF-8 bytes: 60 characters of 'é' are 120 bytes.
  await assert.rejects(analyze('é'.repeat(60), { maxBytes: 100 }), limitMessage(120, 100));
});

test('JS API: the default limit is 64 MiB', async () => {
  await assert.rejects(analyze('a'.repeat(kDefault + 1)), limitMessage(kDefault + 1, kDefault));
});

test('JS API: malformed options reject with an Error that names the option', async () => {
  const cases = [
    [{ maxBytes: 0 }, /maxBytes must be a positive integer/],
    [{ maxBytes: -1 }, /maxBytes must be a positive integer/],
    [{ maxBytes: 1.5 }, /maxBytes must be a positive integer/],
    [{ maxBytes: '100' }, /maxBytes must be a positive integer/],
    [{ maxBytes: NaN }, /maxBytes must be a positive integer/],
    [{ offsets: 'bytes' }, /offsets must be/],
    [{ offsets: 16 }, /offsets must be/],
    [{ layers: true }, /layers must be an object/],
    [{ layers: { quotes: 'yes' } }, /layers\.quotes must be true or false/],
    [{ layers: { tables: true } }, /unknown layer "tables"/],
    [{ claimThreshold: 2 }, /claimThreshold must be a number in \[0, 1\]/],
    [{ timings: 1 }, /timings must be true or false/],
    [{ maxbytes: 10 }, /unknown option "maxbytes"/],
  ];
  for (const [options, message] of cases) {
    const err = await analyze('Officials said 12.', options).then(() => null, (e) => e);
    assert.ok(err instanceof Error, `${JSON.stringify(options)} rejects with an Error`);
    assert.match(err.message, message, JSON.stringify(options));
  }
});
