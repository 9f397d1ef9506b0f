// What a page downloads: factlight's wasm + its JS API beside each peer's browser bundle,
// raw, gzip (level 9) and brotli (quality 11).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { root } from './inputs.mjs';

function measure(buffers) {
  const all = Buffer.concat(buffers);
  // Compressed per file, as a server sends them, then added up.
  const gzip = buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const brotli = buffers.reduce((n, b) => n + brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }).length, 0);
  return { raw: all.length, gzip, brotli };
}

// Peers without a prebuilt browser bundle are bundled and minified with esbuild, as an app would ship them.
async function bundle(contents) {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    stdin: { contents, resolveDir: root }, bundle: true, minify: true, write: false,
    platform: 'browser', format: 'esm', logLevel: 'silent',
  });
  return Buffer.from(r.outputFiles[0].contents);
}

/** [{name, what, raw, gzip, brotli}] */
export async function bundleSizes() {
  const file = (p) => readFileSync(root + p);
  return [
    { name: 'factlight', what: 'web/dist/factlight_wasm.wasm + web/dist/factlight.js (the JS API, minified, which instantiates the wasm itself)',
      ...measure([file('web/dist/factlight_wasm.wasm'), file('web/dist/factlight.js')]) },
    { name: 'compromise', what: 'builds/compromise.js as shipped (minified)',
      ...measure([file('node_modules/compromise/builds/compromise.js')]) },
    { name: 'wink-nlp', what: 'wink-nlp + wink-eng-lite-web-model, bundled and minified (esbuild)',
      ...measure([await bundle("import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; globalThis.nlp = w(m);")]) },
    { name: 'recognizers', what: '@microsoft/recognizers-text-suite, bundled and minified (esbuild)',
      ...measure([await bundle("import * as R from '@microsoft/recognizers-text-suite'; globalThis.R = R;")]) },
  ];
}
