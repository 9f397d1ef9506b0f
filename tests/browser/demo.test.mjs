// The demo page: sample article analysed, highlights equal the reported spans, nothing leaves the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, recordRequests } from './browser.mjs';
import { analyze } from '../../web/factlight.js';

let browser, server;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the sample article is analysed and highlighted in place', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const requests = recordRequests(page);
  await page.goto(server.url);
  await page.waitForSelector('body[data-analyzed="true"]', { timeout: 20000 });
  const text = await page.inputValue('#article');
  const expected = await analyze(text);
  const marks = await page.$$eval('#rendered mark', (ms) => ms.map((m) => ({ id: m.dataset.id, text: m.textContent })));
  const byId = new Map();
  for (const q of expected.quotes) byId.set(q.id, q.fragments.map((f) => text.slice(f.begin, f.end)));
  for (const f of expected.figures) byId.set(f.id, [f.text]);
  assert.ok(marks.some((m) => m.id.startsWith('q')), 'a quote is highlighted');
  assert.ok(marks.some((m) => m.id.startsWith('f')), 'a figure is highlighted');
  for (const m of marks) assert.ok(byId.get(m.id)?.includes(m.text), `highlight ${m.id} "${m.text}" equals a reported span`);
  assert.deepEqual(errors, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  await page.close();
});
