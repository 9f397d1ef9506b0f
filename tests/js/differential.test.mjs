// The native CLI and the wasm module must emit byte-identical JSON for the same input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { loadModule } from '../../web/factlight.js';

const mod = await loadModule();

for (const file of corpusFiles()) {
  test(`native and wasm agree on ${file.name}`, () => {
    for (const offsets of ['utf8', 'utf16', 'codepoint']) {
      const native = runCli(['analyze', file.path, '--offsets', offsets]);
      assert.equal(native.status, 0, native.stderr);
      const wasm = mod.analyze(file.bytes.toString('utf8'), JSON.stringify({ offsets }));
      assert.equal(wasm + '\n', native.stdout, `${file.name} differs in ${offsets}`);
    }
  });
}
