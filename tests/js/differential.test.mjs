// The native CLI and the wasm module must emit byte-identical JSON for the same input, through both of
// the module's ways in (strings, and the buffer form the JS API uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { loadModule, callCore } from '../../web/factlight.js';

const mod = await loadModule();

for (const file of corpusFiles()) {
  test(`native and wasm agree on ${file.name}`, () => {
    for (const offsets of ['utf8', 'utf16', 'codepoint']) {
      const native = runCli(['analyze', file.path, '--offsets', offsets]);
      assert.equal(native.status, 0, native.stderr);
      const text = file.bytes.toString('utf8');
      const wasm = mod.analyze(text, JSON.stringify({ offsets }));
      assert.equal(wasm + '\n', native.stdout, `${file.name} differs in ${offsets}`);
      // The JS API's path into the module (text encoded into wasm memory, JSON decoded out of it).
      assert.equal(callCore(mod, 'analyze', text, JSON.stringify({ offsets })), wasm, `${file.name}: buffer form differs`);
    }
  });
}
