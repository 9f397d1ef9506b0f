// In JS, text.slice(begin, end) gives back every span's text, whatever precedes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles } from './corpus.mjs';
import { analyze } from '../../web/dist/factlight.js';

function* spans(node) {
  if (Array.isArray(node)) for (const n of node) yield* spans(n);
  else if (node && typeof node === 'object') {
    if (typeof node.begin === 'number' && typeof node.end === 'number') yield node;
    for (const v of Object.values(node)) yield* spans(v);
  }
}

function checkAll(text, result) {
  assert.equal(result.offsets, 'utf16');
  assert.equal(result.length, text.length);
  let n = 0;
  for (const s of spans(result)) {
    assert.ok(s.begin <= s.end && s.end <= text.length, JSON.stringify(s));
    if ('text' in s) assert.equal(text.slice(s.begin, s.end), s.text);
    n++;
  }
  return n;
}

test('spans slice correctly on the whole corpus', async () => {
  for (const f of corpusFiles()) {
    const text = f.bytes.toString('utf8');
    checkAll(text, await analyze(text));
  }
});

test('emoji, flags and curly quotes before the spans do not shift them', async () => {
  const prefixes = ['', '😊 ', '👩‍💻🇺🇦 ', '“Quoted” ’tis — ', 'é\u0301 ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 '];
  const body = '“We will build 300 homes,” said Mayor Ana Ruiz. Prices rose 12% in 2024.';
  for (const p of prefixes) {
    const text = p + body;
    const r = await analyze(text);
    const n = checkAll(text, r);
    assert.ok(n > 5, `expected spans for ${JSON.stringify(p)}`);
    assert.ok(r.figures.some((f) => f.text.includes('12')), 'the percentage is found');
  }
});

test('bad arguments give clear errors', async () => {
  await assert.rejects(analyze(42), /text must be a string/);
  await assert.rejects(analyze('x', 'utf16'), /options must be an object/);
  await assert.rejects(analyze('x', { offsets: 'bytes' }), /offsets/);
  await assert.rejects(analyze('x'.repeat(100), { maxBytes: 10 }), /maxBytes/);
});
