// The embed under a strict Content-Security-Policy (<factlight-panel> fixture) and inside an iframe-based
// editor preview (auto.js loaded in the frame, or attached from the parent page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  embedSuite, openFixture, analyzed, highlightTexts, reportedTexts, assertDrawnEqualsReported, assertClean, snapshot,
} from './embed-common.mjs';
import { STRICT_CSP } from './browser.mjs';

const env = embedSuite({ csp: STRICT_CSP });

test('strict CSP: <factlight-panel> works with no policy violation', async () => {
  const opened = await openFixture(env.browser, env.server, 'csp.html');
  const { page, response } = opened;
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const { result, text, skipped } = await analyzed(page);
  assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(result, text), { skipped });
  // The panel is drawn in the element's own shadow root, where the host page put the element.
  const panel = await page.evaluate(() => {
    const el = document.querySelector('factlight-panel');
    return { status: el.shadowRoot.querySelector('.status').textContent, position: el.shadowRoot.querySelector('.panel').className, hosts: document.querySelectorAll('factlight-embed').length };
  });
  assert.match(panel.status, /^\d+ quotes · \d+ figures/);
  assert.equal(panel.position, 'panel inline');
  assert.equal(panel.hosts, 0, 'no extra host: the element is the panel');
  await assertClean(opened, env.server);
  // The violation listener is live: an inline <style> is blocked and reported under this policy.
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p { color: red }' })));
  await page.waitForFunction(() => window.__fl.violations.length > 0);
  assert.match((await page.evaluate(() => window.__fl.violations))[0], /^style-src/);
  // Removing the element detaches.
  const left = await page.evaluate(() => {
    document.querySelector('factlight-panel').remove();
    return [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight-')).length + document.adoptedStyleSheets.length;
  });
  assert.equal(left, 0);
  await page.close();
});

test('iframe editor preview: auto.js inside the frame highlights the frame and leaves the parent alone', async () => {
  const opened = await openFixture(env.browser, env.server, 'iframe.html');
  const { page } = opened;
  const parentBefore = await snapshot(page, 'nav');
  const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
  assert.ok(frame, 'the preview frame loaded');
  const { result, text, skipped } = await analyzed(frame);
  assert.ok(text.startsWith('Free school meals to reach 30,000 more pupils\n'));
  assertDrawnEqualsReported(await highlightTexts(frame), reportedTexts(result, text), { skipped });
  const inFrame = await frame.evaluate(() => ({ hosts: document.querySelectorAll('factlight-embed').length, panel: document.querySelector('factlight-embed').shadowRoot.querySelector('.panel').className }));
  assert.deepEqual(inFrame, { hosts: 1, panel: 'panel bottom' });
  assert.deepEqual(await snapshot(page, 'nav'), parentBefore, 'the editor page is unchanged');
  await assertClean(opened, env.server);
  await page.close();
});

test('iframe editor preview: the parent page attaches to the frame\'s article and hears its events', async () => {
  const opened = await openFixture(env.browser, env.server, 'iframe.html');
  const { page } = opened;
  const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
  await analyzed(frame);
  // The frame's own embed detaches through its module-level detach(root)...
  const frameBefore = await frame.evaluate(async () => {
    const { detach } = await import('/embed/embed.js');
    detach(document.querySelector('#story'));
    return { html: document.documentElement.outerHTML, adopted: document.adoptedStyleSheets.length };
  });
  assert.equal(frameBefore.html.includes('factlight-embed'), false);
  // ... and the editor (parent) attaches to the same article across the frame boundary.
  const seen = await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    const doc = document.querySelector('iframe').contentDocument;
    const story = doc.querySelector('#story');
    const event = new Promise((resolve) => doc.addEventListener('factlight:analyzed', (e) => resolve(e.detail), { once: true }));
    window.__handle = attach(story, { panel: 'none' });
    const detail = await event;
    const names = [...doc.defaultView.CSS.highlights.keys()].filter((k) => k.startsWith('factlight-'));
    return {
      text: detail.text,
      inFrame: names.length,
      inParent: [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight-')).length,
      frameAdopted: doc.adoptedStyleSheets.length,
      parentAdopted: document.adoptedStyleSheets.length,
    };
  });
  assert.ok(seen.text.startsWith('Free school meals'));
  assert.deepEqual([seen.inFrame, seen.inParent, seen.frameAdopted, seen.parentAdopted], [5, 0, frameBefore.adopted + 1, 0]);
  const { result, text, skipped } = await analyzed(frame, 2);
  assertDrawnEqualsReported(await highlightTexts(frame), reportedTexts(result, text), { skipped });
  await page.evaluate(() => window.__handle.detach());
  const frameAfter = await frame.evaluate(() => ({ html: document.documentElement.outerHTML, adopted: document.adoptedStyleSheets.length }));
  assert.deepEqual(frameAfter, frameBefore);
  await assertClean(opened, env.server);
  await page.close();
});
