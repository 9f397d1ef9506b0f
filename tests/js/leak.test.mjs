// No leaks in the browser: 1,000 analyses in the wasm module leave its allocator where it settled
// after the first few. Wasm memory never shrinks, so the measure is malloc's bytes in use
// (heapStats(), from mallinfo()), not the size of the memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadModule, analyze, callCore } from '../../web/dist/factlight.js';

const sample = readFileSync(new URL('../../web/sample-article.txt', import.meta.url), 'utf8');
const mod = await loadModule();

// Every path through the binding: each unit, a layer switched off, an options error, an input over
// the limit, and text with emoji and a lone surrogate; the same through the compact form the JS API reads.
const calls = [
  () => mod.analyze(sample, '{}'),
  () => mod.analyze(sample, JSON.stringify({ offsets: 'utf8', timings: true })),
  () => mod.analyze(sample, JSON.stringify({ offsets: 'codepoint', layers: { claims: false } })),
  () => mod.analyze(sample, '{"offsets": "bytes"}'),
  () => mod.analyze(sample, '{not json'),
  () => mod.analyze(sample, JSON.stringify({ maxBytes: 100 })),
  () => mod.analyze(`😊 “Yes,” she said. \uD800 ${sample.slice(0, 500)}`, '{}'),
  () => mod.analyzeCompact(sample, '{}'),
  () => mod.analyzeCompact(sample, JSON.stringify({ offsets: 'codepoint', timings: true, reasonCodes: true })),
  () => mod.analyzeCompact(sample, '{not json'),
  () => mod.analyzeCompact(sample, JSON.stringify({ maxBytes: 100 })),
  () => mod.analyzeCompact('', '{}'),
  () => mod.analyzeCompact(sample, '{}', (views) => views.length),
  () => {
    try {
      mod.analyzeCompact(sample, '{}', () => { throw new Error('read failed'); });
    } catch (e) {
      return e.message; // thrown once the core is done: nothing of it left allocated
    }
  },
  () => callCore(mod, 'claimreview', sample, '{}'),
];

function settle(rounds) {
  for (let i = 0; i < rounds; i++)
    for (const call of calls) {
      const out = call();
      assert.ok(typeof out === 'string' || out === 3 || (Array.isArray(out) && out.every((p) => p instanceof Uint8Array)));
    }
}

test('heapStats reports the allocator and sees an allocation held', () => {
  const before = mod.heapStats();
  assert.ok(before.inUse > 0 && before.arena >= before.inUse, JSON.stringify(before));
  // A result is copied out to JS piece by piece, so nothing of an analysis stays allocated; the input's
  // buffer is visible while it lives. Check the instrument itself with a direct allocation.
  const p = mod.alloc(1 << 16);
  assert.ok(mod.heapStats().inUse >= before.inUse + (1 << 16));
  mod.release(p);
  assert.equal(mod.heapStats().inUse, before.inUse);
});

test('1,000 analyses of the sample article leave the allocator where it settled', () => {
  settle(3);
  const settled = mod.heapStats();
  for (let i = 0; i < 1000; i++) {
    const out = mod.analyze(sample, '{}');
    if (i === 0) assert.ok(JSON.parse(out).quotes.length > 0, 'the sample article has quotes');
  }
  const after = mod.heapStats();
  assert.equal(after.inUse, settled.inUse, `bytes in use went from ${settled.inUse} to ${after.inUse}`);
  assert.equal(after.arena, settled.arena, 'the allocator took more memory from wasm');
});

test('every path through the binding frees what it allocates', () => {
  settle(3);
  const settled = mod.heapStats().inUse;
  settle(100);
  assert.equal(mod.heapStats().inUse, settled);
});

test('the JS API leaves nothing behind either', async () => {
  for (let i = 0; i < 3; i++) await analyze(sample);
  const settled = mod.heapStats().inUse;
  for (let i = 0; i < 200; i++) await analyze(sample, { offsets: i % 2 ? 'utf16' : 'codepoint' });
  await assert.rejects(analyze(sample, { maxBytes: 10 }));
  assert.equal(mod.heapStats().inUse, settled);
});
