// The JS API parses the module's ASCII form of the analysis (fl_run op 3: every character beyond ASCII
// written as a \u escape, a surrogate pair beyond U+FFFF). It must be pure ASCII and read back as exactly
// the values of the JSON the CLI writes, errors included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles } from './corpus.mjs';
import { loadModule } from '../../web/dist/factlight.js';

const mod = await loadModule();

function assertAscii(s, what) {
  const at = s.search(/[^\x00-\x7f]/);
  assert.equal(at, -1, `${what}: a character beyond ASCII at ${at}: ${JSON.stringify(s.slice(at - 20, at + 20))}`);
}

function assertSameValues(text, options, what) {
  const json = JSON.stringify(options);
  const ascii = mod.analyzeAscii(text, json);
  assertAscii(ascii, what);
  assert.deepStrictEqual(JSON.parse(ascii), JSON.parse(mod.analyze(text, json)), what);
}

for (const file of corpusFiles()) {
  test(`the ASCII form of ${file.name} has the same values`, () => {
    const text = file.bytes.toString('utf8');
    for (const offsets of ['utf8', 'utf16']) assertSameValues(text, { offsets }, `${file.name} ${offsets}`);
    assertSameValues(text, { spanTexts: false }, `${file.name} without span texts`);
    assertSameValues(text, { spanTexts: false, reasonCodes: true }, `${file.name} with reason codes`);
  });
}

test('characters beyond ASCII and beyond U+FFFF come back the same, across pieces', () => {
  const para = 'Señor Müller “said” the café’s 😊 budget rose 12 % to €3.5 bn in 2024, “a record,” she said.\n\n' +
    'Ein Beamter sagte: „Wir wissen es nicht.“ 東京の人口は1400万人だ。 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 « citation » — fin.\n\n';
  const text = para.repeat(300);
  const ascii = mod.analyzeAscii(text, JSON.stringify({ offsets: 'utf16' }));
  assert.ok(ascii.length > 4 * 65536, `${ascii.length} characters: several pieces`);
  assert.match(ascii, /\\ud83d\\ude0a/, 'the emoji as a surrogate pair');
  assertSameValues(text, { offsets: 'utf16' }, 'multi-byte text');
  assertSameValues(text, { offsets: 'codepoint' }, 'multi-byte text, code points');
});

test('errors in the ASCII form read back the same', () => {
  for (const options of ['{not json', JSON.stringify({ maxBytes: 10 }), JSON.stringify({ 'unknown “é”': 1 })]) {
    const ascii = mod.analyzeAscii('Le café “coûte” 3 €.', options);
    assertAscii(ascii, options);
    const parsed = JSON.parse(ascii);
    assert.equal(typeof parsed.error, 'string');
    assert.deepStrictEqual(parsed, JSON.parse(mod.analyze('Le café “coûte” 3 €.', options)), options);
  }
});
