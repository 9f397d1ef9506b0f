// Shared by the browser tests: Debian's chromium driven by playwright-core, and the static server.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, STRICT_CSP } from '../../scripts/serve.mjs';
import { root } from '../js/corpus.mjs';

export { STRICT_CSP, root };

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A fresh browser profile; close() removes it. */
export async function launch() {
  const dir = mkdtempSync(join(tmpdir(), 'factlight-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Serves web/ (or another root) on 127.0.0.1 with the strict CSP unless told otherwise. */
export function serve(opts = {}) {
  return startServer({ root: join(root, 'web'), ...opts });
}

/** Records every request a page makes, so tests can prove nothing leaves the origin. */
export function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}
