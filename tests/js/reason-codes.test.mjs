// The JS API asks the core for each claim reason as a code (option reasonCodes: true: an index into the
// result's reason_texts, each distinct text written once) and puts the texts back. What a caller gets
// must be exactly the core's full result; the coded form must map back to exactly the written texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusFiles, runCli } from './corpus.mjs';
import { analyze, loadModule } from '../../web/dist/factlight.js';

const mod = await loadModule();

// Texts written for these tests: claims with cue reasons that raise and lower the score, and wording.
const OURS = [
  'Unemployment fell to 4.1 percent in March, the lowest rate since 1969, the ministry said.',
  'Thank you all. Do you like it? I feel we are great. Prices rose 12% and wages fell 3% since 2019.',
  'The senator said the law cut taxes by $3 billion. Hello! Why? The study found crime fell 20 percent.',
];

function inputs() {
  return [...corpusFiles().map((f) => ({ name: f.name, text: f.bytes.toString('utf8') })),
    ...OURS.map((text, i) => ({ name: `ours ${i}`, text }))];
}

test('coded reasons map back to exactly the written reasons, each text once', () => {
  let reasons = 0;
  let lowers = 0;
  let wording = 0;
  for (const { name, text } of inputs()) {
    for (const offsets of ['utf8', 'utf16']) {
      for (const coded of [JSON.parse(mod.analyze(text, JSON.stringify({ offsets, reasonCodes: true })))]) {
        const written = JSON.parse(mod.analyze(text, JSON.stringify({ offsets })));
        const texts = coded.reason_texts;
        assert.ok(Array.isArray(texts), `${name}: reason_texts`);
        assert.equal(new Set(texts).size, texts.length, `${name}: a text written twice`);
        assert.equal(coded.claims.length, written.claims.length, name);
        const used = new Set();
        coded.claims.forEach((c, i) => {
          for (const r of c.reasons) {
            assert.ok(Number.isInteger(r) && r >= 0 && r < texts.length, `${name}: code ${r}`);
            used.add(r);
          }
          assert.deepStrictEqual(c.reasons.map((r) => texts[r]), written.claims[i].reasons, `${name} c${i + 1}`);
        });
        assert.equal(used.size, texts.length, `${name}: a text no reason uses`);
        // Nothing else differs.
        delete coded.reason_texts;
        for (const c of coded.claims) c.reasons = c.reasons.map(() => 0);
        for (const c of written.claims) c.reasons = c.reasons.map(() => 0);
        assert.deepStrictEqual(coded, written, name);
      }
      const all = JSON.parse(mod.analyze(text, JSON.stringify({ offsets }))).claims.flatMap((c) => c.reasons);
      reasons += all.length;
      lowers += all.filter((r) => r.endsWith('(lowers the score)')).length;
      wording += all.filter((r) => r.startsWith('wording')).length;
    }
  }
  assert.ok(reasons > 200, `only ${reasons} reasons checked`);
  assert.ok(lowers > 0 && wording > 0, `${lowers} lowering and ${wording} wording reasons`);
});

test('the CLI writes the same coded form as the module', () => {
  for (const { name, text } of inputs().slice(0, 4)) {
    const options = JSON.stringify({ offsets: 'utf16', reasonCodes: true });
    const native = runCli(['analyze', '-', '--options', options], text);
    assert.equal(native.status, 0, native.stderr);
    assert.equal(mod.analyze(text, options) + '\n', native.stdout, name);
  }
});

test('the JS API result is the core JSON with its reason texts, in every unit, spanTexts or not', async () => {
  for (const { name, text } of inputs()) {
    for (const offsets of ['utf16', 'utf8', 'codepoint']) {
      const core = mod.analyze(text, JSON.stringify({ offsets }));
      assert.equal(JSON.stringify(await analyze(text, { offsets })), core, `${name} in ${offsets}`);
      assert.equal(JSON.stringify(await analyze(text, { offsets, spanTexts: true })), core, `${name} in ${offsets}, texts`);
    }
  }
});

test('reasonCodes set by the caller is passed through', async () => {
  const text = OURS[1];
  const coded = await analyze(text, { reasonCodes: true });
  assert.ok(coded.reason_texts.length > 0);
  assert.ok(coded.claims.some((c) => c.reasons.length > 0));
  for (const c of coded.claims) for (const r of c.reasons) assert.equal(typeof coded.reason_texts[r], 'string');
  const plain = await analyze(text, { reasonCodes: false });
  assert.equal('reason_texts' in plain, false);
  assert.deepStrictEqual(plain, await analyze(text));
  const none = await analyze(text, { layers: { claims: false } });
  assert.equal('reason_texts' in none, false);
  assert.deepStrictEqual(none.claims, []);
  await assert.rejects(analyze('x', { reasonCodes: 'yes' }), /reasonCodes must be true or false/);
});
