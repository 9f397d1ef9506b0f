// The native CLI and the wasm module must emit byte-identical JSON for the same input, and the JS API
// (which reads the module's compact form, not its JSON) must give the values of that JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { analyze, loadModule } from '../../web/dist/factlight.js';

const mod = await loadModule();

for (const file of corpusFiles()) {
  test(`native and wasm agree on ${file.name}`, async () => {
    for (const offsets of ['utf8', 'utf16', 'codepoint']) {
      const native = runCli(['analyze', file.path, '--offsets', offsets]);
      assert.equal(native.status, 0, native.stderr);
      const text = file.bytes.toString('utf8');
      const wasm = mod.analyze(text, JSON.stringify({ offsets }));
      assert.equal(wasm + '\n', native.stdout, `${file.name} differs in ${offsets}`);
      // The JS API's result, read from the module's compact form: the values of that JSON.
      assert.equal(JSON.stringify(await analyze(text, { offsets })), wasm, `${file.name}: the JS API differs`);
    }
  });
}
