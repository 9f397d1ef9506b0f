// The CMS embed on the plain and nested fixture previews: the text it analyses, and highlights that land
// on exactly the reported spans (CSS Custom Highlight API), the panel and the hover card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../web/dist/factlight.js';
import {
  embedSuite, openFixture, analyzed, highlightTexts, reportedTexts, assertDrawnEqualsReported, assertClean,
} from './embed-common.mjs';

const env = embedSuite();

test('one script tag: the plain preview is analysed and every highlight equals its reported span', async () => {
  const opened = await openFixture(env.browser, env.server, 'plain.html');
  const { page } = opened;
  const { result, text, skipped } = await analyzed(page);
  // The embed analysed the article's visible text, and the result is the core's analysis of that text.
  assert.ok(text.startsWith('Harbour ferry to double its crossings after a record summer\nThe operator says'));
  assert.ok(text.includes('“We have never seen queues like this,” said Priya Raman'), 'source line breaks collapse to spaces');
  assert.deepEqual(result, await analyze(text, { offsets: 'utf16', layers: { quotes: true, figures: true, claims: true, findings: true }, claimThreshold: 0.5 }));
  const reported = reportedTexts(result, text);
  const drawn = await highlightTexts(page);
  const total = assertDrawnEqualsReported(drawn, reported, { skipped });
  assert.ok(drawn.quote.length > 0 && drawn.figure.length > 0, 'quotes and figures are highlighted');
  // Offsets after an astral character (the emoji) still land: some span starts after it.
  const emoji = text.indexOf('🚢');
  assert.ok(emoji > 0);
  assert.ok(result.figures.some((f) => f.begin > emoji), 'a figure after the emoji is drawn');
  // The panel lives in a shadow root outside the article and counts what was drawn.
  const panel = await page.evaluate(() => {
    const host = document.querySelector('factlight-embed');
    const status = host.shadowRoot.querySelector('.status').textContent;
    return { inArticle: !!host.closest('article'), parent: host.parentElement.localName, status };
  });
  assert.equal(panel.inArticle, false);
  assert.equal(panel.parent, 'body');
  assert.match(panel.status, new RegExp(`^${new Set(result.quotes.map((q) => q.id)).size} quotes · ${result.figures.length} figures`));
  assert.ok(total > 0);
  await assertClean(opened, env.server);
  await page.close();
});

test('nested markup: one walk skips hidden content, joins inline markup and maps every span back', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await page.evaluate(async () => {
    const { attach } = await import('/embed/embed.js');
    attach(document.querySelector('article'), { panel: 'none' });
  });
  const { result, text, skipped } = await analyzed(page);
  assert.equal(
    text,
    [
      'Council votes to keep all branch libraries open',
      'By Ana Lopes · 12 May 2026',
      'The city council voted 31 to 9 on Monday night to keep all fourteen branch libraries open, reversing a plan that would have closed four of them by 2027.',
      'Readers at the Eastside branch, which lends 40,000 books a year.',
      '“Libraries are the last warm room in town that asks nothing of you,” said councillor Marek Nowak.',
      'The budget office had estimated savings of $2.3 million a year. Opponents of the closures disputed that figure.',
      'Librarians welcomed the vote. 📚',
      'Opening hours will rise to 52 a week.',
      'Sunday opening returns in three branches.',
      'Turnout at the meeting was 210 people.',
      '“We will hold them to it,” a spokesperson for the Friends of the Library group said. A 2019 survey found that 62% of residents had used a branch in the previous year.',
    ].join('\n'),
  );
  assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(result, text), { skipped });
  // A figure split over nested elements ($<span>2.3</span> million) is one range across three text nodes.
  const money = result.figures.find((f) => f.text.includes('2.3'));
  assert.ok(money, 'the money figure is reported');
  const crossing = await page.evaluate(async (begin) => {
    const { handleOf } = await import('/embed/embed.js');
    const span = handleOf(document.querySelector('article')).drawn.find((s) => s.layer === 'figure' && s.begin === begin);
    return span.range.startContainer !== span.range.endContainer;
  }, money.begin);
  assert.equal(crossing, true);
  // A quote with a hidden footnote marker inside (“We will hold<sup aria-hidden>[2]</sup> them to it,”) is
  // one range over the hidden element; it was verified on its visible characters and drawn.
  const hold = await page.evaluate(async () => {
    const { handleOf } = await import('/embed/embed.js');
    const span = handleOf(document.querySelector('article')).drawn.find((s) => s.layer === 'quote' && s.text.includes('hold'));
    return span && span.range.toString();
  });
  assert.equal(hold, '“We will hold[2] them to it,”');
  await assertClean(opened, env.server);
  await page.close();
});

// Markup → analysed text. Every case also checks the map: each non-separator character maps back to a DOM
// position holding that character (or collapsed white space), and the whole text maps to one range.
const WALK_CASES = [
  ['<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
  ['line one<br>line two', 'line one\nline two'],
  ['<p>  lots   of\n   space  </p>', 'lots of space'],
  ['a <em> b </em> c', 'a b c'],
  ['x<span hidden>hidden</span>y', 'xy'],
  ['x<span aria-hidden="true">[1]</span>y', 'xy'],
  ['x<span class="gone">gone</span>y', 'xy'],
  ['<span class="invisible">no <span class="visible-again">yes</span></span>', 'yes'],
  ['<pre>a\n  b</pre>', 'a\n  b'],
  ['<div><p>In</p></div><div>Out</div>', 'In\nOut'],
  ['<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\nafter'],
  ['a<script type="application/json">{"b":1}</script><template>t</template><noscript>n</noscript>c', 'ac'],
  ['😀 “quoted” <b>bold</b>', '😀 “quoted” bold'],
  ['<p>a<br></p><p>b</p>', 'a\nb'],
  ['<details><summary>More</summary><p>closed body</p>tail</details>after', 'More\nafter'],
  ['<details open><summary>More</summary><p>open body</p></details>', 'More\nopen body'],
  ['', ''],
];

test('the text walk: a table of markup cases and their map back to the DOM', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  const results = await page.evaluate(async (cases) => {
    const { buildTextMap, boundaries, rangeFor, crossesGap, mappedText, sameText } = await import('/embed/textmap.js');
    const box = document.createElement('div');
    document.querySelector('main').append(box);
    return cases.map(([html]) => {
      box.innerHTML = html;
      const map = buildTextMap(box);
      const problems = [];
      for (let t = 0; t < map.text.length; t++) {
        const ch = map.text[t];
        const b = boundaries(map, t, t + 1);
        if (!b) {
          if (ch !== '\n') problems.push(`no DOM position for ${JSON.stringify(ch)} at ${t}`);
          continue;
        }
        const dom = b.startNode === b.endNode ? b.startNode.data.slice(b.startOffset, b.endOffset) : null;
        if (dom !== ch && !(/\s/.test(ch) && /^\s+$/.test(dom ?? ''))) problems.push(`${t}: ${JSON.stringify(ch)} maps to ${JSON.stringify(dom)}`);
      }
      if (map.text) {
        // The whole text as one range: its DOM text (hidden parts included when it spans them) and the
        // characters it was mapped to both equal the analysed text, modulo white space.
        const whole = rangeFor(map, 0, map.text.length).toString();
        if (!crossesGap(map, 0, map.text.length) && !sameText(whole, map.text)) problems.push(`range text ${JSON.stringify(whole)}`);
        if (!sameText(mappedText(map, 0, map.text.length), map.text)) problems.push('mapped text differs');
      }
      return { text: map.text, problems };
    });
  }, WALK_CASES);
  WALK_CASES.forEach(([html, want], i) => {
    assert.equal(results[i].text, want, html);
    assert.deepEqual(results[i].problems, [], html);
  });
  await assertClean(opened, env.server);
  await page.close();
});

test('hover card and panel: a figure shows its card, a panel entry scrolls to and flashes its span', async () => {
  const opened = await openFixture(env.browser, env.server, 'plain.html', { viewport: { width: 1280, height: 600 } });
  const { page } = opened;
  const { result } = await analyzed(page);
  const figure = result.figures.at(-1);
  const point = await page.evaluate(async (begin) => {
    const { handleOf } = await import('/embed/embed.js');
    const span = handleOf(document.querySelector('article')).drawn.find((s) => s.layer === 'figure' && s.begin === begin);
    span.range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); // the scroll event has passed
    const r = span.range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, figure.begin);
  await page.mouse.move(point.x, point.y);
  const card = await page.waitForFunction(() => {
    const c = document.querySelector('factlight-embed').shadowRoot.querySelector('.card');
    return c && !c.hidden && c.textContent;
  });
  const cardText = await card.jsonValue();
  assert.ok(cardText.includes(figure.text), `card "${cardText}" shows the figure`);
  assert.ok(cardText.includes(figure.kind), 'and its kind');
  await page.mouse.move(1, 1);

  // Click the last claim in the panel: it scrolls into view and the focus highlight holds that span.
  const claim = result.claims.at(-1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('factlight-embed .panel section[data-layer="claim"] li button').last().click();
  const focused = await page.waitForFunction(() => {
    const h = [...CSS.highlights].find(([name]) => /^factlight-\d+-focus$/.test(name));
    const r = h && [...h[1]][0];
    if (!r) return null;
    const rect = r.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight ? r.toString() : null;
  });
  assert.equal((await focused.jsonValue()).replace(/\s+/g, ' '), claim.text.replace(/\s+/g, ' '));
  // Host styles (button { background: hotpink }) do not reach the panel.
  const bg = await page.evaluate(() => getComputedStyle(document.querySelector('factlight-embed').shadowRoot.querySelector('li button')).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 105, 180)');
  await assertClean(opened, env.server);
  await page.close();
});

test('a long article (2,000 paragraphs, nested inline markup, emoji, quote marks) maps every span', async () => {
  const opened = await openFixture(env.browser, env.server, 'nested.html');
  const { page } = opened;
  await page.evaluate(async () => {
    const article = document.querySelector('article');
    for (let i = 0; i < 2000; i++) {
      const p = document.createElement('p');
      const em = document.createElement('em');
      em.textContent = `${(i * 7) % 90 + 10} percent`;
      const b = document.createElement('b');
      b.textContent = i % 3 ? 'the mayor' : 'Jo Park 🙂';
      p.append(`Item ${i + 1}: “Fares rose by `, em, `,” said `, b, `. The fund holds $${i + 1}.5 million${i % 5 ? '' : ' “'}`);
      article.append(p);
    }
    const { attach } = await import('/embed/embed.js');
    window.__handle = attach(article, { panel: 'right' });
  });
  const { result, text, skipped } = await analyzed(page);
  assert.ok(text.split('\n').length > 2000);
  const total = assertDrawnEqualsReported(await highlightTexts(page), reportedTexts(result, text), { skipped });
  assert.ok(total > 4000, `${total} spans drawn`);
  await assertClean(opened, env.server);
  await page.close();
});
