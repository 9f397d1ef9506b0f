// The embed never changes the host page: the article's innerHTML, the whole document's markup and its
// style sheets are identical before attach, while attached and after detach. What does change is said
// exactly: with the Highlight API, document.adoptedStyleSheets holds one more (constructable) sheet with
// our ::highlight() rules, which is not in document.styleSheets and not in the markup; a panel or card adds
// one <factlight-embed> shadow host outside the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSuite, openFixture, analyzed, snapshot, assertClean } from './embed-common.mjs';

const env = embedSuite();

const attachIn = (page, options) =>
  page.evaluate(async (opts) => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.querySelector('article'), opts);
    await window.__handle.ready;
    return { mode: window.__handle.mode, drawn: window.__handle.drawn.length };
  }, options);

test('Highlight API without a panel: the document is identical before, while and after', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const before = await snapshot(page);
  const { mode, drawn } = await attachIn(page, { panel: 'none' });
  assert.equal(mode, 'highlight');
  assert.ok(drawn > 0);
  const during = await snapshot(page);
  assert.equal(during.article, before.article, 'article innerHTML unchanged while attached');
  assert.equal(during.document, before.document, 'document markup unchanged while attached');
  assert.deepEqual(during.styleSheets, before.styleSheets, 'document.styleSheets unchanged while attached');
  assert.equal(during.adopted, before.adopted + 1, 'one adopted sheet with the ::highlight() rules');
  assert.equal(during.highlights.length, 5, 'four layers and the focus highlight are registered');
  const rules = await page.evaluate(() => [...document.adoptedStyleSheets.at(-1).cssRules].map((r) => r.cssText).join('\n'));
  assert.match(rules, /::highlight\(factlight-\d+-quote\)/);

  // Hovering a figure creates the card's shadow host, outside the article; the article stays as it was.
  const point = await page.evaluate(() => {
    const r = window.__handle.drawn.find((s) => s.layer === 'figure').range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => document.querySelector('factlight-embed')?.shadowRoot.querySelector('.card:not([hidden])'));
  const hovered = await page.evaluate(() => ({
    article: document.querySelector('article').innerHTML,
    inArticle: !!document.querySelector('factlight-embed').closest('article'),
  }));
  assert.deepEqual(hovered, { article: before.article, inArticle: false });

  await page.evaluate(() => window.__handle.detach());
  const after = await snapshot(page);
  assert.deepEqual(after, before, 'identical after detach, adopted sheets and highlights included');
  await assertClean(opened, env.server);
  await page.close();
});

test('with the panel: only a shadow host outside the article is added, and detach(root) removes it', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const before = await snapshot(page);
  await attachIn(page, { panel: 'right', theme: 'dark' });
  const during = await snapshot(page);
  assert.equal(during.article, before.article, 'article innerHTML unchanged');
  assert.deepEqual(during.styleSheets, before.styleSheets);
  const host = await page.evaluate(() => {
    const hosts = document.querySelectorAll('factlight-embed');
    const clone = document.documentElement.cloneNode(true);
    clone.querySelectorAll('factlight-embed').forEach((h) => h.remove());
    return { count: hosts.length, inArticle: !!hosts[0].closest('article'), parent: hosts[0].parentElement.localName, rest: clone.outerHTML, shadow: !!hosts[0].shadowRoot };
  });
  assert.deepEqual([host.count, host.inArticle, host.parent, host.shadow], [1, false, 'body', true]);
  assert.equal(host.rest.replace(/\n<\/body>/, '</body>'), before.document.replace(/\n<\/body>/, '</body>'), 'the rest of the document is unchanged');

  // Attaching again replaces the handle (one host), and the module-level detach(root) removes every trace.
  await attachIn(page, { panel: 'left' });
  assert.equal(await page.evaluate(() => document.querySelectorAll('factlight-embed').length), 1);
  // The analysis runs in a Worker (the JS API's createAnalyzer), so the host page never blocks on it.
  // (The replaced handle's Worker was terminated; the browser reports that asynchronously.)
  for (let i = 0; i < 50 && page.workers().length !== 1; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(page.workers().length, 1, 'one analysis Worker while attached');
  assert.match(page.workers()[0].url(), /\/worker\.js$/);
  const removed = await page.evaluate(async () => (await import('/embed/embed.js')).detach(document.querySelector('article')));
  assert.equal(removed, true);
  assert.deepEqual(await snapshot(page), before);
  for (let i = 0; i < 50 && page.workers().length; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(page.workers().length, 0, 'detach stops the Worker');
  await assertClean(opened, env.server);
  await page.close();
});

test('bad options are TypeErrors and leave nothing behind', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const before = await snapshot(page);
  const messages = await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    const root = document.querySelector('article');
    const out = [];
    for (const opts of [{ panel: 'top' }, { theme: 'pink' }, { layers: { quotes: 'yes' } }, { debounce: -1 }, { colour: 'red' }]) {
      try {
        attach(root, opts);
        out.push('no error');
      } catch (e) {
        out.push(`${e.name}: ${e.message}`);
      }
    }
    try {
      attach(null);
    } catch (e) {
      out.push(`${e.name}: ${e.message}`);
    }
    return out;
  });
  assert.equal(messages.length, 6);
  for (const m of messages) assert.match(m, /^TypeError: factlight: /);
  assert.deepEqual(await snapshot(page), before);
  await assertClean(opened, env.server);
  await page.close();
});

test('layers option and toggles: a layer that is off is neither analysed nor registered', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await attachIn(page, { panel: 'right', layers: { quotes: true, figures: true, claims: false, findings: false } });
  const { result } = await analyzed(page);
  assert.equal(result.claims.length, 0);
  assert.ok(result.figures.length > 0);
  const registered = async () => (await snapshot(page)).highlights.map((n) => n.replace(/^factlight-\d+-/, '')).sort();
  assert.deepEqual(await registered(), ['figure', 'focus', 'quote']);
  // Unticking "Figures" in the panel removes that highlight from the registry; ticking brings it back.
  const figures = page.locator('factlight-embed .layers input[data-layer="figure"]');
  await figures.uncheck();
  assert.deepEqual(await registered(), ['focus', 'quote']);
  await figures.check();
  assert.deepEqual(await registered(), ['figure', 'focus', 'quote']);
  await assertClean(opened, env.server);
  await page.close();
});

test('an analysis that fails is a factlight:error event and a rejected ready, drawn as a panel status', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page, errors, requests } = opened;
  const out = await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    const root = document.querySelector('article');
    const event = new Promise((r) => root.addEventListener('factlight:error', (e) => r(e.detail.error.message), { once: true }));
    const h = attach(root, { panel: 'right', wasmUrl: '/missing.wasm' });
    const ready = await h.ready.then(() => 'resolved', (e) => `rejected: ${e.message}`);
    const status = document.querySelector('factlight-embed').shadowRoot.querySelector('.status').textContent;
    return { event: await event, ready, status, analyzed: window.__fl.events.length, highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) };
  });
  assert.match(out.event, /missing\.wasm/);
  assert.equal(out.ready, `rejected: ${out.event}`);
  assert.equal(out.status, `Error: ${out.event}`);
  assert.deepEqual([out.analyzed, out.highlights], [0, 0]);
  assert.ok(requests.some((u) => u.endsWith('/missing.wasm')), 'the overridden wasm URL was used');
  assert.ok(errors.every((e) => /404/.test(e)), `only the missing file is an error: ${errors}`);
  await page.close();
});

test('attached to <body>: the shadow host goes to <html>, is never analysed and triggers no re-analysis', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const bodyBefore = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(document.body, { panel: 'bottom', debounce: 50 });
    await window.__handle.ready;
  });
  // Hover a figure so the card is created too, then give a would-be feedback loop time to show.
  const point = await page.evaluate(() => {
    const r = window.__handle.drawn.find((s) => s.layer === 'figure').range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => document.querySelector('factlight-embed')?.shadowRoot.querySelector('.card:not([hidden])'));
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    parent: document.querySelector('factlight-embed').parentElement.localName,
    body: document.body.innerHTML,
    events: window.__fl.events.length,
    text: window.__handle.text,
  }));
  assert.equal(state.parent, 'html');
  assert.equal(state.body, bodyBefore);
  assert.equal(state.events, 1, 'our own host and card never trigger an analysis');
  assert.ok(state.text.startsWith('Council votes') && !/factlight|Quotes|Hide/.test(state.text));
  await page.evaluate(() => window.__handle.detach());
  assert.equal(await page.evaluate(() => document.querySelectorAll('factlight-embed').length), 0);
  await assertClean(opened, env.server);
  await page.close();
});

test('two articles on one page share one analysis Worker; the last detach stops it', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const workers = async (n) => {
    for (let i = 0; i < 50 && page.workers().length !== n; i++) await new Promise((r) => setTimeout(r, 20));
    return page.workers().length;
  };
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    const second = document.createElement('section');
    second.id = 'second';
    second.append(Object.assign(document.createElement('p'), { textContent: '“Rents rose 12% this year,” said Lena Fox, who runs the tenants’ union.' }));
    document.body.append(second);
    window.__a = attach(document.querySelector('article'), { panel: 'none' });
    window.__b = attach(second, { panel: 'none' });
    await Promise.all([window.__a.ready, window.__b.ready]);
  });
  assert.equal(await workers(1), 1, 'one Worker for both');
  assert.ok(await page.evaluate(() => window.__b.drawn.some((s) => s.layer === 'figure' && s.text === '12%')));
  await page.evaluate(() => window.__a.detach());
  assert.equal(await workers(1), 1, 'still in use by the second article');
  const after = await page.evaluate(() => {
    window.__b.root.querySelector('p').append(' They fell by 3% in 2020.');
    return window.__b.refresh().then(() => window.__b.text);
  });
  assert.ok(after.endsWith('They fell by 3% in 2020.'), 'and it still analyses');
  await page.evaluate(() => window.__b.detach());
  assert.equal(await workers(0), 0, 'the last detach stops it');
  await assertClean(opened, env.server);
  await page.close();
});
