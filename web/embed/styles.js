// The embed's CSS, as strings for constructable stylesheets (new CSSStyleSheet() + adoptedStyleSheets).
// Constructable sheets are not inline styles, so a host page with `style-src 'self'` allows them, and
// they never appear in document.styleSheets or the host's markup.

export const LAYERS = ['claim', 'quote', 'figure', 'finding']; // drawing order, lowest priority first

const COLORS = {
  light: {
    quote: 'rgba(37, 99, 235, 0.18)',
    figure: 'rgba(234, 179, 8, 0.38)',
    claim: 'rgba(22, 128, 61, 0.6)',
    finding: 'rgb(200, 30, 30)',
    focus: 'rgba(236, 72, 153, 0.35)',
  },
  dark: {
    quote: 'rgba(96, 165, 250, 0.30)',
    figure: 'rgba(250, 204, 21, 0.32)',
    claim: 'rgba(74, 222, 128, 0.6)',
    finding: 'rgb(248, 113, 113)',
    focus: 'rgba(244, 114, 182, 0.45)',
  },
};

function highlightRules(names, c) {
  return [
    `::highlight(${names.quote}) { background-color: ${c.quote}; }`,
    `::highlight(${names.figure}) { background-color: ${c.figure}; }`,
    `::highlight(${names.claim}) { text-decoration: underline 2px ${c.claim}; text-underline-offset: 3px; }`,
    `::highlight(${names.finding}) { text-decoration: underline wavy 1.5px ${c.finding}; text-underline-offset: 3px; }`,
    `::highlight(${names.focus}) { background-color: ${c.focus}; }`,
  ].join('\n');
}

/** ::highlight() rules for one handle's highlight names, in the requested theme. */
export function highlightCss(names, theme) {
  if (theme === 'light' || theme === 'dark') return highlightRules(names, COLORS[theme]);
  return `${highlightRules(names, COLORS.light)}\n@media (prefers-color-scheme: dark) {\n${highlightRules(names, COLORS.dark)}\n}`;
}

function vars(c, ui) {
  return `--fl-quote: ${c.quote}; --fl-figure: ${c.figure}; --fl-claim: ${c.claim}; --fl-finding: ${c.finding};
    --fl-focus: ${c.focus}; --fl-bg: ${ui.bg}; --fl-fg: ${ui.fg}; --fl-muted: ${ui.muted}; --fl-line: ${ui.line};
    --fl-hover: ${ui.hover}; color-scheme: ${ui.scheme};`;
}
const UI = {
  light: { bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', line: '#d0d7de', hover: '#f3f4f6', scheme: 'light' },
  dark: { bg: '#1c2128', fg: '#e6edf3', muted: '#9da7b3', line: '#3d444d', hover: '#262c36', scheme: 'dark' },
};

/** Styles of the shadow root that holds the panel, the hover card and the fallback overlay. */
export function shadowCss(theme) {
  const light = vars(COLORS.light, UI.light);
  const dark = vars(COLORS.dark, UI.dark);
  const themeRules =
    theme === 'dark' ? `:host { ${dark} }` : theme === 'light' ? `:host { ${light} }`
      : `:host { ${light} }\n@media (prefers-color-scheme: dark) { :host { ${dark} } }`;
  return `${themeRules}
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.overlay { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
.box { position: absolute; pointer-events: none; border-radius: 2px; }
.box.quote { background: var(--fl-quote); }
.box.figure { background: var(--fl-figure); }
.box.claim { border-bottom: 2px solid var(--fl-claim); }
.box.finding { border-bottom: 2px dashed var(--fl-finding); }
.box.focus { background: var(--fl-focus); }
.box.off { display: none; }
.panel { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fl-fg);
  background: var(--fl-bg); border: 1px solid var(--fl-line); display: flex; flex-direction: column;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.16); pointer-events: auto; overflow: hidden; }
.panel.right, .panel.left { position: fixed; top: 12px; bottom: 12px; width: min(320px, 42vw); border-radius: 10px;
  z-index: 2147483000; }
.panel.right { right: 12px; }
.panel.left { left: 12px; }
.panel.bottom { position: fixed; left: 12px; right: 12px; bottom: 12px; max-height: 38vh; border-radius: 10px;
  z-index: 2147483000; }
@media (max-width: 640px) {
  .panel.right, .panel.left { top: auto; left: 8px; right: 8px; bottom: 8px; width: auto; max-height: 45vh; }
  .panel.right.collapsed, .panel.left.collapsed { top: auto; }
}
.panel.inline { position: relative; max-height: 80vh; border-radius: 8px; box-shadow: none; }
.panel.collapsed { bottom: auto; top: auto; max-height: none; }
.panel.right.collapsed, .panel.left.collapsed { top: 12px; width: auto; }
.panel.collapsed .body { display: none; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 8px; padding: 8px 10px; border-bottom: 1px solid var(--fl-line); }
header strong { flex: 1; }
header strong { font-size: 14px; letter-spacing: 0.01em; }
.status { color: var(--fl-muted); order: 3; flex-basis: 100%; font-size: 12px; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; border-radius: 6px; }
button:focus-visible, input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.toggle { padding: 2px 8px; border: 1px solid var(--fl-line); }
.body { overflow: auto; flex: 1; }
.layers { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 8px 10px; border-bottom: 1px solid var(--fl-line); }
.layers label { display: inline-flex; align-items: center; gap: 5px; cursor: pointer; }
.swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.swatch.quote { background: var(--fl-quote); }
.swatch.figure { background: var(--fl-figure); }
.swatch.claim { border-bottom: 2px solid var(--fl-claim); }
.swatch.finding { border-bottom: 2px solid var(--fl-finding); }
section { padding: 6px 10px 8px; border-bottom: 1px solid var(--fl-line); }
section.off { display: none; }
h3 { margin: 2px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--fl-muted); }
ol { list-style: none; margin: 0; padding: 0; }
li button { display: block; width: 100%; text-align: left; padding: 4px 6px; }
li button:hover { background: var(--fl-hover); }
.who { display: block; color: var(--fl-muted); font-size: 12px; }
.excerpt { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.empty { color: var(--fl-muted); padding: 2px 6px; }
.note { color: var(--fl-muted); padding: 6px 10px; }
.card { position: fixed; z-index: 2147483001; max-width: 320px; padding: 8px 10px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fl-fg);
  background: var(--fl-bg); border: 1px solid var(--fl-line); box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  pointer-events: none; }
.card .item + .item { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--fl-line); }
.card .kind { font-weight: 600; }
.card .meta { color: var(--fl-muted); }
`;
}
