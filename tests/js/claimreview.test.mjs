// The ClaimReview export through the wasm binding: the interface the page calls, and the same JSON-LD as
// the native CLI's --format claimreview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { loadModule } from '../../web/dist/factlight.js';

const mod = await loadModule();

for (const file of corpusFiles()) {
  test(`claimreview: native and wasm agree on ${file.name}`, () => {
    const native = runCli(['analyze', file.path, '--format', 'claimreview', '--offsets', 'utf16']);
    assert.equal(native.status, 0, native.stderr);
    const wasm = mod.claimreview(file.bytes.toString('utf8'), JSON.stringify({ claimThreshold: 0.5 }));
    assert.equal(wasm + '\n', native.stdout);
  });
}

test('claimreview: claimIds pick claims, spans index the JS string', () => {
  const text = 'Hi 😀. Unemployment rose to 12 percent in March, the highest since 1990. Is it?';
  const all = JSON.parse(mod.analyze(text, '{}'));
  const ids = all.claims.map((c) => c.id);
  const out = JSON.parse(mod.claimreview(text, JSON.stringify({ claimThreshold: 0.5, claimIds: ids })));
  assert.equal(out.length, ids.length);
  for (const review of out) {
    assert.equal(review['@type'], 'ClaimReview');
    const { begin, end } = review.factlight;
    assert.equal(text.slice(begin, end), review.claimReviewed);
  }
  const bad = JSON.parse(mod.claimreview(text, JSON.stringify({ claimIds: ['c42'] })));
  assert.match(bad.error, /c42/);
});
