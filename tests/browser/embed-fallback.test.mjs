// Without the CSS Custom Highlight API (CSS.highlights deleted before any script runs) the embed draws an
// overlay of boxes in a shadow root whose host sits outside the article; the boxes cover the reported
// spans, follow edits, and detach removes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSuite, openFixture, analyzed, snapshot, assertClean } from './embed-common.mjs';

const env = embedSuite();

const noHighlights = () => {
  delete CSS.highlights;
};

/**
 * For every drawn quote and figure: its range's text equals the reported text, each of its text rects is
 * covered by a box of its layer, and every box of those layers lies on some drawn range of its layer.
 */
function checkBoxes(page) {
  return page.evaluate(() => {
    const handle = window.__handle;
    const shadow = document.querySelector('factlight-embed').shadowRoot;
    const problems = [];
    const inside = (r, b) => r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
    const textRects = (range) => [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    let boxesChecked = 0;
    for (const layer of ['quote', 'figure']) {
      const spans = handle.drawn.filter((s) => s.layer === layer);
      const boxes = [...shadow.querySelectorAll(`.box.${layer}`)].map((b) => b.getBoundingClientRect());
      for (const s of spans) {
        if (window.__flShown(s.range).replace(/\s+/g, ' ') !== s.text.replace(/\s+/g, ' ')) problems.push(`${layer} ${s.id} text`);
        for (const r of textRects(s.range)) {
          const c = { left: r.left + r.width / 2, right: r.left + r.width / 2, top: r.top + r.height / 2, bottom: r.top + r.height / 2 };
          if (!boxes.some((b) => inside(c, b))) problems.push(`${layer} ${s.id} "${s.text}" has no box`);
        }
      }
      for (const b of boxes) {
        boxesChecked++;
        if (!spans.some((s) => textRects(s.range).some((r) => inside(b, r)))) problems.push(`stray ${layer} box at ${b.left},${b.top}`);
      }
    }
    return { problems, boxesChecked, mode: handle.mode };
  });
}

test('the overlay draws the spans when CSS.highlights is missing, follows edits and detaches cleanly', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html', { init: noHighlights });
  const { page } = opened;
  assert.equal(await page.evaluate(() => 'highlights' in CSS), false, 'the API is gone');
  const before = await snapshot(page).catch(() => null); // snapshot() reads CSS.highlights
  assert.equal(before, null);
  const doc = () => page.evaluate(() => ({ article: document.querySelector('article').innerHTML, document: document.documentElement.outerHTML, adopted: document.adoptedStyleSheets.length }));
  const initial = await doc();
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.querySelector('article'), { panel: 'none', debounce: 100 });
  });
  await analyzed(page);
  const first = await checkBoxes(page);
  assert.equal(first.mode, 'overlay');
  assert.deepEqual(first.problems, []);
  assert.ok(first.boxesChecked > 3, `${first.boxesChecked} boxes`);
  const during = await doc();
  assert.equal(during.article, initial.article, 'article untouched');
  assert.equal(during.adopted, initial.adopted, 'no document-level sheet needed');
  const host = await page.evaluate(() => {
    const h = document.querySelector('factlight-embed');
    return { inArticle: !!h.closest('article'), parent: h.parentElement.localName };
  });
  assert.deepEqual(host, { inArticle: false, parent: 'body' });

  // Edit: a new paragraph at the top moves everything down; the boxes follow after re-analysis.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Three councillors abstained, and 40 residents spoke during the six-hour debate.';
    document.querySelector('article header').after(p);
  });
  await analyzed(page, 2);
  const second = await checkBoxes(page);
  assert.deepEqual(second.problems, []);
  // A window resize reflows the article; the boxes are laid out again.
  await page.setViewportSize({ width: 520, height: 800 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.deepEqual((await checkBoxes(page)).problems, []);

  await page.evaluate(() => window.__handle.detach());
  const after = await doc();
  assert.equal(after.adopted, initial.adopted);
  assert.equal(after.document.includes('factlight-embed'), false, 'the shadow host is gone');
  // The only change left is the paragraph this test inserted.
  assert.equal(after.document.replace(/<p>Three councillors[^<]*<\/p>/, ''), initial.document);
  await assertClean(opened, env.server);
  await page.close();
});

test('the one-tag preview also falls back to the overlay, with its panel', async () => {
  const opened = await openFixture(env.browser, env.server, 'plain.html', { init: noHighlights });
  const { page } = opened;
  await analyzed(page);
  await page.evaluate(async () => {
    const { handleOf } = await import('/embed/embed.js');
    window.__handle = handleOf(document.querySelector('article'));
  });
  const r = await checkBoxes(page);
  assert.equal(r.mode, 'overlay');
  assert.deepEqual(r.problems, []);
  assert.ok(r.boxesChecked > 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('factlight-embed').length), 1, 'overlay and panel share one host');
  await assertClean(opened, env.server);
  await page.close();
});
