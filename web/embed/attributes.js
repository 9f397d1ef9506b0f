// Attach options from markup: data-* attributes of the auto.js script tag, plain attributes of
// <factlight-panel>. Same names, kebab-case: layers="quotes,figures" theme panel wasm-url debounce
// claim-threshold worker="false" cards="false".

/** `get(name)` returns the attribute's value or null. */
export function optionsFromAttributes(get) {
  const o = {};
  const layers = get('layers');
  if (layers !== null) {
    const on = new Set(layers.split(/[\s,]+/).filter(Boolean));
    o.layers = { quotes: on.has('quotes'), figures: on.has('figures'), claims: on.has('claims'), findings: on.has('findings') };
  }
  for (const [attr, key] of [['theme', 'theme'], ['panel', 'panel'], ['wasm-url', 'wasmUrl']]) {
    const v = get(attr);
    if (v !== null) o[key] = v;
  }
  for (const [attr, key] of [['debounce', 'debounce'], ['claim-threshold', 'claimThreshold']]) {
    const v = get(attr);
    if (v !== null && v.trim() !== '') o[key] = Number(v);
  }
  for (const [attr, key] of [['worker', 'worker'], ['cards', 'cards']]) {
    const v = get(attr);
    if (v !== null) o[key] = v !== 'false';
  }
  return o;
}
