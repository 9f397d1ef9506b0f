// The JS API suite (tests/js/api-suite.mjs) in chromium, under the strict CSP, against both transports:
// a module Worker and in-thread. Plus the fallback when a Worker cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, root } from './browser.mjs';
import { startServer, STRICT_CSP } from '../../scripts/serve.mjs';
import { cases } from '../js/api-suite.mjs';

let browser, server, page;
const problems = [];
before(async () => {
  server = await startServer({ root }); // the repo root, so the page can import the suite
  browser = await launch();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => problems.push(String(e)));
  const response = await page.goto(`${server.url}web/sample-article.txt`); // any same-origin document
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs every case in the page with a fresh analyzer of the given config; returns [{name, error}]. */
function runSuite(config, transport) {
  return page.evaluate(
    async ({ config, transport }) => {
      const { cases } = await import('/tests/js/api-suite.mjs');
      const { createAnalyzer } = await import('/web/dist/factlight.js');
      const out = [];
      for (const [name, run] of Object.entries(cases)) {
        const analyzer = createAnalyzer(config);
        try {
          await run(analyzer, transport);
          out.push({ name, error: null });
        } catch (e) {
          out.push({ name, error: `${e.name}: ${e.message}` });
        } finally {
          analyzer.close();
        }
      }
      return out;
    },
    { config, transport },
  );
}

for (const [transport, config] of [['worker', { worker: true }], ['in-thread', { worker: false }]]) {
  test(`the API suite in chromium, ${transport}`, async (t) => {
    const results = await runSuite(config, transport);
    assert.deepEqual(results.map((r) => r.name), Object.keys(cases), 'every case ran');
    for (const r of results)
      await t.test(r.name, () => {
        if (r.error) assert.fail(r.error);
      });
  });
}

test('where a Worker cannot start, the analyzer runs in-thread', async () => {
  const got = await page.evaluate(async () => {
    const { createAnalyzer } = await import('/web/dist/factlight.js');
    const missing = createAnalyzer({ worker: true, workerUrl: '/web/no-such-worker.js' });
    const a = [await missing.ready(), (await missing.analyze('Up 7%.')).figures.length];
    missing.close();
    const saved = globalThis.Worker;
    delete globalThis.Worker;
    try {
      const none = createAnalyzer({ worker: true });
      a.push(await none.ready(), (await none.analyze('Up 7%.')).figures.length);
      none.close();
    } finally {
      globalThis.Worker = saved;
    }
    return a;
  });
  assert.deepEqual(got, ['in-thread', 1, 'in-thread', 1]);
  assert.deepEqual(problems, []);
});
