// The page, the embed and these tests load web/dist/factlight.js and web/dist/worker.js, minified from
// web/factlight.js and web/worker.js by scripts/build-js.mjs. They must be what today's sources build to
// (a stale copy would test yesterday's API), export what the source exports, and use nothing the strict
// Content-Security-Policy forbids.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildJs } from '../../scripts/build-js.mjs';
import { root } from './corpus.mjs';

test('web/dist holds what scripts/build-js.mjs builds from the sources now', async () => {
  const files = await buildJs({ write: false });
  assert.ok(files.length >= 4, files.map((f) => f.path).join(' '));
  for (const f of files) {
    let shipped;
    try {
      shipped = readFileSync(f.path);
    } catch {
      assert.fail(`missing ${f.path}: run scripts/build wasm`);
    }
    assert.ok(Buffer.from(f.contents).equals(shipped), `${f.path} is stale: run scripts/build wasm`);
  }
});

test('the minified API exports what the source exports', async () => {
  const source = await import('../../web/factlight.js');
  const shipped = await import('../../web/dist/factlight.js');
  assert.deepEqual(Object.keys(shipped).sort(), Object.keys(source).sort());
  for (const key of Object.keys(source)) assert.equal(typeof shipped[key], typeof source[key], key);
  // The same answer from both, each loading the wasm from where it looks by default.
  const text = 'Prices rose 12% in 2024, “a record,” she said.';
  assert.deepEqual(await shipped.analyze(text), await source.analyze(text));
});

test('the minified files stay within the strict CSP: no eval, no Function constructor', () => {
  for (const name of ['factlight.js', 'worker.js']) {
    const code = readFileSync(`${root}web/dist/${name}`, 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(/, name);
    assert.ok(code.length < readFileSync(`${root}web/${name}`, 'utf8').length, `${name} is smaller than its source`);
  }
});
