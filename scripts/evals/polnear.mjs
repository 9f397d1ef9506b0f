// PolNeAR attributions and their scoring, shared by the quotes evaluation and the peers comparison.
// Protocol (scripts/evals/quotes.mjs says it in full): items per role compared as sets of code point
// spans per article; fragments separated only by white space are joined, in gold and prediction alike.
import { readFileSync } from 'node:fs';

export const MARKS = /["“”«»„]/;
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'his', 'her', 'their', 'its',
  'him', 'them', 'which', 'that', 'our', 'my', 'me', 'us', 'one']);

export function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

// Joins spans (sorted) whose gap is only white space. cps = array of code points of the text.
export function joinFragments(spans, cps) {
  const s = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const sp of s) {
    const last = out[out.length - 1];
    if (last && sp[0] >= last[1] && cps.slice(last[1], sp[0]).every((c) => /\s/u.test(c))) {
      last[1] = Math.max(last[1], sp[1]);
    } else if (last && sp[0] < last[1]) {
      last[1] = Math.max(last[1], sp[1]);
    } else {
      out.push([sp[0], sp[1]]);
    }
  }
  return out;
}

export const key = (sp) => `${sp[0]}:${sp[1]}`;

// Attributions: {content: [[b,e]], source: [[b,e]], cue: [[b,e]], marks, speechVerb, pronoun}
export function goldAttributions(article, cps, speechCues) {
  return article.quotes.map((q) => {
    const content = joinFragments(q.contents.map((f) => [f.start, f.end]), cps);
    const source = q.sources.map((f) => [f.start, f.end]);
    const cue = q.cue.map((f) => [f.start, f.end]);
    if (q.cue_is_speech_verb) for (const c of q.cue) speechCues.add(c.text.toLowerCase());
    return {
      content, source, cue, cueText: q.cue.map((c) => c.text).join(' '),
      marks: q.has_quote_marks,
      speechVerb: q.cue_is_speech_verb,
      pronoun: q.sources.some((s) => PRONOUNS.has(s.text.toLowerCase())),
    };
  });
}

export function predictedAttributions(result, cps, speechCues) {
  const groups = new Map();
  const list = [];
  for (const q of result.quotes || []) {
    const k = q.speaker && q.cue ? `${key([q.speaker.begin, q.speaker.end])}|${key([q.cue.begin, q.cue.end])}` : null;
    let a = k ? groups.get(k) : undefined;
    if (!a) {
      a = { frags: [], source: q.speaker ? [[q.speaker.begin, q.speaker.end]] : [],
        cue: q.cue ? [[q.cue.begin, q.cue.end]] : [], cueText: q.cue ? q.cue.text : '',
        sourceText: q.speaker ? q.speaker.text : '' };
      if (k) groups.set(k, a);
      list.push(a);
    }
    for (const f of q.fragments) a.frags.push([f.begin, f.end]);
  }
  return list.map((a) => {
    const content = joinFragments(a.frags, cps);
    const text = content.map(([b, e]) => cps.slice(b, e).join('')).join(' ');
    return {
      content, source: a.source, cue: a.cue, cueText: a.cueText,
      marks: MARKS.test(text),
      speechVerb: speechCues.has(a.cueText.toLowerCase()),
      pronoun: PRONOUNS.has(a.sourceText.toLowerCase()),
    };
  });
}

export class Score {
  constructor() { this.tp = 0; this.np = 0; this.ng = 0; this.ttp = 0; this.tnp = 0; this.tng = 0; }
  add(pred, gold, cps, wordAt) {
    const g = new Set(gold.map(key));
    const p = new Set(pred.map(key));
    this.np += p.size; this.ng += g.size;
    for (const k of p) if (g.has(k)) this.tp++;
    const cover = (spans) => {
      const s = new Set();
      for (const [b, e] of spans) for (let i = b; i < e; i++) if (wordAt[i] >= 0) s.add(wordAt[i]);
      return s;
    };
    const pt = cover(pred), gt = cover(gold);
    this.tnp += pt.size; this.tng += gt.size;
    for (const t of pt) if (gt.has(t)) this.ttp++;
  }
  row() {
    const f = (tp, np, ng) => {
      const p = np ? tp / np : 0, r = ng ? tp / ng : 0;
      return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
    };
    const [p, r, f1] = f(this.tp, this.np, this.ng);
    const [, , tf] = f(this.ttp, this.tnp, this.tng);
    return { p, r, f1, tf, n: this.ng, tp: this.tp, np: this.np };
  }
}

export function wordIndex(cps) {
  const at = new Array(cps.length).fill(-1);
  let w = -1, inWord = false;
  for (let i = 0; i < cps.length; i++) {
    const isw = /[\p{L}\p{N}]/u.test(cps[i]);
    if (isw && !inWord) w++;
    inWord = isw;
    if (isw) at[i] = w;
  }
  return at;
}
