// Shared by the embed browser tests (tests/browser/embed*.test.mjs): fixture pages in web/embed/fixtures/,
// served from web/ with the strict CSP, and helpers that read what the embed drew.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { launch, serve, recordRequests } from './browser.mjs';

export { launch, serve };

/**
 * Registers the before/after hooks of an embed test file: one static server (strict CSP) and one
 * chromium for the whole file (`serveOptions` go to serve(), e.g. { csp }). Returns the object the hooks fill in: { browser, server }.
 */
export function embedSuite(serveOptions) {
  const env = {};
  before(async () => {
    env.server = await serve(serveOptions);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
export const FIXTURES = 'embed/fixtures/';

/**
 * Opens a fixture and records, in every frame, the factlight:analyzed events (window.__fl.events), CSP
 * violations (window.__fl.violations); on the Node side page errors, console errors and requests.
 * `init` is an extra init script (a function run before the page's scripts).
 */
export async function openFixture(browser, server, name, { init, viewport } = {}) {
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const requests = recordRequests(page);
  await page.addInitScript(() => {
    window.__fl = { events: [], violations: [] };
    document.addEventListener('securitypolicyviolation', (e) => window.__fl.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('factlight:analyzed', (e) => window.__fl.events.push(e.detail), true);
    // The text a reader sees highlighted for a range: characters of hidden elements inside it are left
    // out (the browser paints nothing for them).
    window.__flShown = (r) => {
      const root = r.commonAncestorContainer;
      if (root.nodeType === 3) return r.toString();
      let s = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!r.intersectsNode(n)) continue;
        const el = n.parentElement;
        if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('[aria-hidden="true"]')) continue;
        s += n.data.slice(n === r.startContainer ? r.startOffset : 0, n === r.endContainer ? r.endOffset : n.data.length);
      }
      return s;
    };
  });
  if (init) await page.addInitScript(init);
  const response = await page.goto(server.url + FIXTURES + name);
  return { page, errors, requests, response };
}

/** Resolves when `frame` has seen at least `n` factlight:analyzed events; returns the last detail. */
export async function analyzed(frame, n = 1) {
  await frame.waitForFunction((k) => window.__fl && window.__fl.events.length >= k, n, { timeout: 30000 });
  return frame.evaluate(() => {
    const { result, text, skipped } = window.__fl.events.at(-1);
    return { result, text, skipped, count: window.__fl.events.length };
  });
}

/**
 * The text of every range in the document's factlight highlights, per layer, in drawing order: the text a
 * reader sees highlighted (window.__flShown), so characters of hidden elements inside a range (a footnote
 * marker with aria-hidden, display:none) are left out.
 */
export function highlightTexts(frame) {
  return frame.evaluate(() => {
    const shown = window.__flShown;
    const out = { quote: [], figure: [], claim: [], finding: [] };
    for (const [name, h] of CSS.highlights) {
      const m = /^factlight-\d+-(\w+)$/.exec(name);
      if (m && m[1] in out) for (const r of h) out[m[1]].push(shown(r));
    }
    return out;
  });
}

/** What the result reports, per layer, as text: quote fragments, figures, claims, findings. */
export function reportedTexts(result, text) {
  const slice = (s) => text.slice(s.begin, s.end);
  const out = {
    quote: result.quotes.flatMap((q) => q.fragments.map((f) => ({ begin: f.begin, text: slice(f) }))),
    figure: result.figures.map((f) => ({ begin: f.begin, text: f.text })),
    claim: result.claims.map((c) => ({ begin: c.begin, text: c.text })),
    finding: result.findings.map((f) => ({ begin: f.begin, text: f.text })),
  };
  for (const [layer, spans] of Object.entries(out)) {
    for (const s of spans) assert.equal(s.text, text.slice(s.begin, s.begin + s.text.length), `${layer} text equals its slice`);
    out[layer] = spans.sort((a, b) => a.begin - b.begin || b.text.length - a.text.length).map((s) => s.text);
  }
  return out;
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const strip = (s) => s.replace(/\s+/g, '');

/**
 * Every drawn range's text equals the reported span's text, layer by layer and in order. A range's text
 * is the DOM's: source line breaks inside a paragraph are white space the analysed text collapsed, and a
 * span across a block boundary has a "\n" the DOM may not have; so spans within one paragraph must match
 * with white-space runs squashed, and spans across paragraphs with white space removed.
 */
export function assertDrawnEqualsReported(drawn, reported, { skipped = 0 } = {}) {
  let total = 0;
  for (const layer of Object.keys(reported)) {
    const want = reported[layer];
    const got = drawn[layer]; // drawn in text order
    assert.equal(got.length, want.length, `${layer}: ${got.length} ranges drawn for ${want.length} reported`);
    want.forEach((w, i) => {
      if (w.includes('\n')) assert.equal(strip(got[i]), strip(w), `${layer} ${i}`);
      else assert.equal(squash(got[i]), squash(w), `${layer} ${i}`);
    });
    total += want.length;
  }
  assert.equal(skipped, 0, 'no span was skipped');
  return total;
}

/** The host page as the embed must leave it. */
export function snapshot(frame, selector = 'article') {
  return frame.evaluate((sel) => ({
    article: document.querySelector(sel).innerHTML,
    document: document.documentElement.outerHTML,
    styleSheets: [...document.styleSheets].map((s) => ({
      href: s.href,
      owner: s.ownerNode ? s.ownerNode.outerHTML : null,
      rules: [...s.cssRules].map((r) => r.cssText),
    })),
    adopted: document.adoptedStyleSheets.length,
    highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('factlight-')),
  }), selector);
}

/** Checks nothing left the origin, no page errors, no CSP violations in any frame. */
export async function assertClean(opened, server) {
  const { page, errors, requests } = opened;
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), [], 'no request leaves the origin');
  for (const frame of page.frames()) assert.deepEqual(await frame.evaluate(() => window.__fl.violations), [], `no CSP violation in ${frame.url()}`);
  assert.deepEqual(errors, [], 'no page or console errors');
}
