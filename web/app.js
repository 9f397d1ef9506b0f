// First page: paste an article, see quotes and figures highlighted. Text is only ever set as text.
import { analyze } from './factlight.js';

const input = document.getElementById('article');
const summary = document.getElementById('summary');
const rendered = document.getElementById('rendered');

function render(text, result) {
  const marks = [];
  for (const q of result.quotes) for (const f of q.fragments) marks.push({ ...f, cls: 'hl-quote', id: q.id });
  for (const f of result.figures) marks.push({ begin: f.begin, end: f.end, cls: 'hl-figure', id: f.id });
  marks.sort((a, b) => a.begin - b.begin || b.end - a.end);
  rendered.replaceChildren();
  let at = 0;
  for (const m of marks) {
    if (m.begin < at) continue; // nested marks: the outer one wins in this first page
    rendered.append(document.createTextNode(text.slice(at, m.begin)));
    const span = document.createElement('mark');
    span.className = m.cls;
    span.dataset.id = m.id;
    span.textContent = text.slice(m.begin, m.end);
    rendered.append(span);
    at = m.end;
  }
  rendered.append(document.createTextNode(text.slice(at)));
  summary.textContent = `${result.quotes.length} quotes, ${result.figures.length} figures, ${result.claims.filter((c) => c.score >= 0.5).length} check-worthy claims, ${result.findings.length} findings`;
  document.body.dataset.analyzed = 'true';
}

let timer = 0;
async function run() {
  const text = input.value;
  const result = await analyze(text);
  if (text === input.value) render(text, result);
}
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 150);
});
input.value = await (await fetch('sample-article.txt')).text();
run();
