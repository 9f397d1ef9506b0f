// How the JS API loads the wasm in chromium: the wasm download and emcc's glue import do not wait for each
// other, and a server that sends the .wasm with the wrong MIME type still works (compiled from the bytes).
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
    const { analyze } = await import('/factlight.js');
    const r = await analyze('Costs rose 12% in 2024, “a record,” she said.');
    return r.figures.map((f) => f.text);
  });

test('the glue is requested while the wasm is still loading', async () => {
  const page = await freshPage();
  let glueRequested;
  const seen = new Promise((resolve) => (glueRequested = resolve));
  await page.route('**/dist/factlight_wasm.js', (route) => {
    glueRequested();
    return route.continue();
  });
  // The wasm's response is held back until the glue has been asked for (or 5 s have passed: then the
  // test fails). A loader that waits for the wasm before importing the glue only gets it at the timeout.
  let heldTooLong = false;
  await page.route('**/dist/factlight_wasm.wasm', async (route) => {
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000));
    heldTooLong = (await Promise.race([seen, timeout])) === 'timeout';
    return route.continue();
  });
  assert.deepEqual(await analyzeInPage(page), ['12%', '2024']);
  assert.equal(heldTooLong, false, 'the glue import waited for the wasm');
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
