// The page writes each figure's normalised value the way a reader would (web/panel.js figureValue):
// figures from the CLI's own output for sentences written here, so a change in the core's figures or in
// the panel's wording fails a case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './corpus.mjs';
import { figureValue } from '../../web/panel.js';

const CASES = [
  ['The council voted 7-2 to approve the plan.', '7-2', '7–2'],
  ['The home side won 45-40 after extra time.', '45-40', '45–40'],
  ['Supporters outnumbered them more than 3-1 at the rally.', 'more than 3-1', '>\u00a03–1'],
  ['Between 5-10 people came to the meeting.', '5-10', '5–10'],
  ['The fund lost $4.2 million last year.', '$4.2 million', 'USD\u00a04,200,000'],
  ['Turnout rose to 61.5% in the city.', '61.5%', '61.5%'],
  ['The trial began on March 3, 2025.', 'March 3, 2025', '2025-03-03'],
  ['He was jailed three years ago.', 'three years ago', '3\u00a0years ago'],
  ['The trial lasted three years.', 'three years', '3\u00a0years'],
  ['Last year, prices rose.', 'Last year', '1\u00a0year ago'],
];

test('figureValue writes the core figures as a reader would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factlight-fv-'));
  for (const [sentence, text, want] of CASES) {
    const file = join(dir, 'in.txt');
    writeFileSync(file, sentence);
    const r = runCli(['analyze', file]);
    assert.equal(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    const f = result.figures.find((g) => g.text === text);
    assert.ok(f, `${sentence}: no figure "${text}" in ${JSON.stringify(result.figures.map((g) => g.text))}`);
    assert.equal(figureValue(f), want, sentence);
  }
});
