// The native CLI and the wasm module must emit byte-identical JSON for the same input, through both of
// the module's ways in (strings, and the buffer form the JS API uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { loadModule, callCore } from '../../web/dist/factlight.js';

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

// The streamed form hands JS pieces of about 64 KiB, each decoded on its own: the core cuts between JSON
// values, and a cut inside a character would show here, on a long text dense in multi-byte characters.
test('the streamed JSON decodes the same, piece by piece', () => {
  const para = 'Señor Müller “said” the café’s 😊 budget rose 12 % to €3.5 bn in 2024, “a record,” she said.\n\n';
  const text = para.repeat(400);
  for (const offsets of ['utf8', 'utf16']) {
    const whole = mod.analyze(text, JSON.stringify({ offsets }));
    assert.ok(whole.length > 4 * 65536, `${whole.length} characters: several pieces`);
    assert.equal(callCore(mod, 'analyze', text, JSON.stringify({ offsets })), whole);
  }
});
