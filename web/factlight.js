// factlight JS API: load the wasm module once, analyse text, get the parsed factlight/1 result.
// Offsets are UTF-16 code units unless options.offsets says otherwise, so text.slice(begin, end)
// gives back each span's text.

const moduleUrl = new URL('./dist/factlight_wasm.js', import.meta.url);
const defaultWasmUrl = new URL('./dist/factlight_wasm.wasm', import.meta.url);
const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

const loaded = new Map(); // wasm URL -> Promise<module>

async function instantiate(wasmUrl) {
  const { default: createFactlightModule } = await import(moduleUrl.href);
  if (isNode) {
    // emcc's loader would try fetch() on a file path in Node 20: hand it the bytes instead.
    const { readFile } = await import('node:fs/promises');
    const url = new URL(String(wasmUrl));
    const bytes = url.protocol === 'file:' ? await readFile(url) : new Uint8Array(await (await fetch(url)).arrayBuffer());
    return createFactlightModule({ wasmBinary: bytes });
  }
  return createFactlightModule({ locateFile: () => String(wasmUrl) });
}

/** Loads (once per URL) the wasm module. */
export function loadModule(wasmUrl = defaultWasmUrl) {
  const key = String(wasmUrl);
  if (!loaded.has(key)) {
    const p = instantiate(key);
    p.catch(() => loaded.delete(key));
    loaded.set(key, p);
  }
  return loaded.get(key);
}

/** Analyses `text` in this thread and returns the parsed result (throws on bad arguments). */
export async function analyze(text, options = {}, wasmUrl = defaultWasmUrl) {
  if (typeof text !== 'string') throw new TypeError('factlight: text must be a string');
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError('factlight: options must be an object');
  const mod = await loadModule(wasmUrl);
  const result = JSON.parse(mod.analyze(text, JSON.stringify(options)));
  if (result.error) throw new Error(`factlight: ${result.error}`);
  return result;
}

/** The core's version string. */
export async function version(wasmUrl = defaultWasmUrl) {
  return (await loadModule(wasmUrl)).version();
}
