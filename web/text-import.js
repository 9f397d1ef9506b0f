// Turning what the user opens or drops into plain article text. HTML is parsed with DOMParser into an
// inert document (no scripts run, nothing loads) and reduced to its text; it is never rendered.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED',
  'SVG', 'MATH', 'CANVAS', 'NAV', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION']);

/** The text of an HTML document: one line per block, whitespace collapsed (kept inside <pre>). */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  const out = [];
  // Iterative walk: deeply nested markup must not overflow the stack.
  const stack = [{ node: root, pre: false, leave: false }];
  while (stack.length) {
    const { node, pre, leave } = stack.pop();
    if (leave) {
      out.push('\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push(pre ? node.data : node.data.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = node.tagName.toUpperCase();
    if (SKIP.has(tag) || node.hidden) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.push('\n');
      stack.push({ node, pre, leave: true });
    }
    const inPre = pre || tag === 'PRE';
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push({ node: c, pre: inPre, leave: false });
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** True when a file should be read as HTML (by type or name, or because it starts like HTML). */
export function looksLikeHtml(name, type, text) {
  if (/html/i.test(type) || /\.x?html?$/i.test(name)) return true;
  if (/^text\/plain/i.test(type) || /\.te?xt$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

/** Reads a File as article text. */
export async function readArticleFile(file) {
  const raw = await file.text();
  return looksLikeHtml(file.name, file.type, raw) ? htmlToText(raw) : raw.replace(/\r\n?/g, '\n');
}
