// Builds what the page ships of the JS API, beside the wasm in web/dist/: factlight.js and worker.js,
// minified by esbuild (a pinned devDependency) from web/factlight.js and web/worker.js, with source maps,
// and factlight.d.ts copied. Each file is minified on its own, not bundled: the worker imports
// ./factlight.js, the very URL the page imported, so the Worker's second load of it is a cache hit.
// web/factlight.js stays the readable source (Node users can import it as it is); FACTLIGHT_IN_DIST tells it
// that its built copy sits beside the wasm. No eval, no new Function: the strict CSP holds.
//   node scripts/build-js.mjs        (scripts/build runs it with the wasm preset)
// buildJs({ write: false }) gives the files without writing them (tests/js/dist.test.mjs checks web/dist/
// holds exactly what this builds from today's sources).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = `${root}web/`;
const dist = `${web}dist/`;

/** [{ path, contents: Uint8Array }] of web/dist/'s JS API files; written there unless write is false. */
export async function buildJs({ write = true } = {}) {
  const esbuild = await import('esbuild').catch(() => {
    throw new Error('scripts/build-js.mjs: esbuild is missing from node_modules: run scripts/setup (npm ci)');
  });
  const result = await esbuild.build({
    entryPoints: [`${web}factlight.js`, `${web}worker.js`],
    outdir: dist,
    bundle: false,
    minify: true,
    format: 'esm',
    sourcemap: 'linked',
    define: { FACTLIGHT_IN_DIST: 'true' },
    write: false,
    logLevel: 'warning',
  });
  const files = result.outputFiles.map((f) => ({ path: f.path, contents: f.contents }));
  files.push({ path: `${dist}factlight.d.ts`, contents: readFileSync(`${web}factlight.d.ts`) });
  if (write) {
    mkdirSync(dist, { recursive: true });
    for (const f of files) writeFileSync(f.path, f.contents);
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildJs();
