// Live previews: edits re-analyse (debounced), highlights of untouched text stay put meanwhile, the new
// highlights follow the new text, and a result for text that has since changed is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedSuite, openFixture, analyzed, highlightTexts, reportedTexts, assertDrawnEqualsReported, assertClean,
} from './embed-common.mjs';

const env = embedSuite();

test('typing in the article re-analyses and the highlights follow', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.querySelector('article'), { panel: 'none', debounce: 1500 });
  });
  const first = await analyzed(page);
  const before = await highlightTexts(page);

  // Put the caret at the end of the last paragraph (selection only) and type like an editor would.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('article > p')].at(-1);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n;
    document.querySelector('article').focus();
    getSelection().collapse(last, last.data.length);
  });
  const added = ' The library fund now has 75 donors.';
  await page.keyboard.type(added);

  // Within the debounce: no new analysis yet, and the live ranges still cover exactly the same text.
  const meanwhile = await page.evaluate(() => window.__fl.events.length);
  assert.equal(meanwhile, 1, 'no analysis while typing');
  assert.deepEqual(await highlightTexts(page), before, 'untouched highlights stay put while the edit is pending');

  const second = await analyzed(page, 2);
  assert.ok(second.text.endsWith(`previous year.${added}`), 'the edit is in the analysed text');
  assert.notDeepEqual(second.result, first.result);
  const reported = reportedTexts(second.result, second.text);
  assertDrawnEqualsReported(await highlightTexts(page), reported, { skipped: second.skipped });
  const at = second.text.indexOf(added);
  assert.ok(second.result.figures.some((f) => f.begin > at && f.text === '75'), 'a figure in the typed sentence is reported');
  assert.ok((await highlightTexts(page)).figure.includes('75'), 'and highlighted');

  // A paragraph inserted at the top shifts every offset; the highlights still land.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '“Nothing is final until the budget passes,” said Ruth Adeyemi, who leads the opposition group.';
    document.querySelector('article header').after(p);
  });
  const third = await analyzed(page, 3);
  assert.ok(third.text.includes('Ruth Adeyemi'));
  assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(third.result, third.text), { skipped: third.skipped });
  await assertClean(opened, env.server);
  await page.close();
});

test('a result for text that changed while it was computed is dropped', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.querySelector('article'), { panel: 'none', debounce: 100 });
    await window.__handle.ready;
  });
  const { count } = await analyzed(page);
  // refresh() walks the edited article and starts an analysis; a second edit lands before it returns.
  const length = await page.evaluate(async () => {
    const h1 = document.querySelector('article h1').firstChild;
    const original = h1.data;
    h1.data = `Draft: ${original}`;
    const fresh = window.__handle.refresh(); // analyses the "Draft: " text
    h1.data = `Updated: ${original}`; // ... which is stale before its result comes back
    const result = await fresh;
    return result.length;
  });
  const latest = await analyzed(page, count + 1);
  const events = await page.evaluate((k) => window.__fl.events.slice(k).map((e) => e.text), count);
  assert.equal(events.length, 1, 'one analysis reached the page');
  assert.ok(events[0].startsWith('Updated: Council votes'), 'and it is of the edited text');
  assert.equal(length, latest.text.length, 'refresh() resolved with the fresh result');
  assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(latest.result, latest.text), { skipped: latest.skipped });
  await assertClean(opened, env.server);
  await page.close();
});

test('a re-render with the same text redraws on the new nodes without a new analysis', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.querySelector('article'), { panel: 'none', debounce: 50 });
    await window.__handle.ready;
  });
  const first = await analyzed(page);
  const redrawn = await page.evaluate(async () => {
    // A framework re-render: the same markup, all new nodes.
    const article = document.querySelector('article');
    article.innerHTML = article.innerHTML; // eslint-disable-line no-self-assign
    await window.__handle.refresh();
    return window.__handle.drawn.every((s) => article.contains(s.range.startContainer));
  });
  assert.equal(redrawn, true, 'every range is on the new nodes');
  assert.equal((await page.evaluate(() => window.__fl.events.length)), 1, 'no second analysis for the same text');
  assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(first.result, first.text));
  await assertClean(opened, env.server);
  await page.close();
});
