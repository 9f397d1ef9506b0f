// How the JS API loads the wasm in chromium: one request (the .wasm, instantiated by factlight.js itself),
// and a server that sends the .wasm with the wrong MIME type still works (compiled from the bytes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve } from './browser.mjs';

let browser, server;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A fresh page on the server with nothing loaded yet (each test its own module map).
async function freshPage() {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}sample-article.txt`);
  return page;
}

const analyzeInPage = (page) =>
  page.evaluate(async () => {
    const { analyze } = await import('/dist/factlight.js');
    const r = await analyze('Costs rose 12% in 2024, “a record,” she said.');
    return r.figures.map((f) => f.text);
  });

test('loading is one request, the wasm: no JS glue to fetch after it', async () => {
  const page = await freshPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.evaluate(() => import('/dist/factlight.js'));
  const before = requested.length;
  assert.deepEqual(await analyzeInPage(page), ['12%', '2024']);
  assert.deepEqual(requested.slice(before), ['/dist/factlight_wasm.wasm']);
  await page.close();
});

test('a .wasm served as application/octet-stream is compiled from its bytes', async () => {
  const page = await freshPage();
  let served = 0;
  await page.route('**/dist/factlight_wasm.wasm', async (route) => {
    const response = await route.fetch();
    served++;
    return route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  assert.deepEqual(await analyzeInPage(page), ['12%', '2024']);
  assert.equal(served, 1, 'one download: the fallback reads the bytes of the same response');
  await page.close();
});

test('a Worker is handed the wasm the page compiled: one download, not waiting for the worker to start', async () => {
  const page = await freshPage();
  const requested = [];
  browser.context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const [kind, figures] = await page.evaluate(async () => {
    const { createAnalyzer } = await import('/dist/factlight.js');
    const analyzer = createAnalyzer({ worker: true });
    const k = await analyzer.ready();
    const r = await analyzer.analyze('Costs rose 12% in 2024, “a record,” she said.');
    analyzer.close();
    return [k, r.figures.map((f) => f.text)];
  });
  assert.equal(kind, 'worker');
  assert.deepEqual(figures, ['12%', '2024']);
  const wasm = requested.filter((p) => p === '/dist/factlight_wasm.wasm');
  assert.equal(wasm.length, 1, requested.join(' '));
  // The page's request for the wasm goes out before the worker's own import of factlight.js.
  assert.ok(requested.indexOf('/dist/factlight_wasm.wasm') < requested.lastIndexOf('/dist/factlight.js'), requested.join(' '));
  await page.close();
});

test('the page preloads the wasm: one download, asked for before the scripts have run', async () => {
  const page = await browser.context.newPage();
  const requested = [];
  const listen = (r) => requested.push(new URL(r.url()).pathname);
  browser.context.on('request', listen);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(server.url);
  await page.waitForSelector('body[data-analyzed="true"]');
  const wasm = requested.filter((p) => p === '/dist/factlight_wasm.wasm');
  assert.equal(wasm.length, 1, `the JS API's fetch takes the preloaded response: ${requested.join(' ')}`);
  assert.ok(requested.indexOf('/dist/factlight_wasm.wasm') < requested.indexOf('/dist/worker.js'), requested.join(' '));
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  browser.context.off('request', listen);
  await page.close();
});
