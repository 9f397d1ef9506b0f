// factlight JS API. One async interface, two transports:
//
//   const analyzer = createAnalyzer({ worker: true });      // Worker, or in-thread where none can start
//   const result = await analyzer.analyze(text, options);    // parsed factlight/1, UTF-16 offsets
//   const jsonld = await analyzer.claimReview(text, { claimIds: ['c3'] });
//   analyzer.close();
//
// The wasm module is loaded once, lazily, on first use; `wasmUrl` overrides where it comes from.
// Arguments are checked here, before any transport, so both transports fail the same way: a TypeError
// for malformed arguments, an Error carrying the core's message for an analysis error (unknown option,
// input over maxBytes). Offsets are UTF-16 code units unless options.offsets says otherwise, so
// text.slice(begin, end) gives back each span's text (with U+FFFD for a lone surrogate, which a
// `lone_surrogate` finding reports).
//
// The older one-shot exports `analyze`, `loadModule` and `version` work in-thread, as before.

const moduleUrl = new URL('./dist/factlight_wasm.js', import.meta.url);
const defaultWasmUrl = new URL('./dist/factlight_wasm.wasm', import.meta.url);
const defaultWorkerUrl = new URL('./worker.js', import.meta.url);
const isNode = typeof process !== 'undefined' && !!(process.versions && process.versions.node);

const loaded = new Map(); // wasm URL -> Promise<module>

// Compiles the wasm at `url`: streamed from the network as it arrives where the browser can (a server
// sending the .wasm with the wrong MIME type still works: compiled from the bytes instead), from the file
// in Node.
async function compileWasm(url) {
  if (isNode && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`factlight: cannot load ${url.href} (HTTP ${response.status})`);
  if (typeof WebAssembly.compileStreaming === 'function') {
    const copy = response.clone();
    try {
      return await WebAssembly.compileStreaming(response);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e; // only a MIME-type complaint falls back to bytes
      return WebAssembly.compile(await copy.arrayBuffer());
    }
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// The download and compilation of the wasm start at once, beside the import of emcc's glue (they used to
// wait for each other: a cold start paid two round trips in a row). We instantiate it ourselves
// (instantiateWasm hook), so the same path works in a page, a module Worker (where emcc's loader has no
// fallback reader) and Node.
async function instantiate(wasmUrl) {
  const url = new URL(String(wasmUrl), isNode ? `file://${process.cwd()}/` : globalThis.location?.href);
  const compiled = compileWasm(url);
  compiled.catch(() => {}); // reported below, once the glue is in
  const { default: createFactlightModule } = await import(moduleUrl.href);
  let failed;
  const failure = new Promise((_, reject) => (failed = reject));
  const instantiateWasm = (imports, done) => {
    compiled.then((module) => WebAssembly.instantiate(module, imports)).then((instance) => done(instance, null), (e) => failed(e));
    return {};
  };
  return Promise.race([createFactlightModule({ instantiateWasm }), failure]);
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

// ---- argument checks, shared by both transports ---------------------------------------------------

function checkText(text) {
  if (typeof text !== 'string') throw new TypeError(`factlight: text must be a string, not ${describe(text)}`);
}

function checkOptions(options, what = 'options') {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new TypeError(`factlight: ${what} must be an object, not ${describe(options)}`);
  return options;
}

function checkClaimReviewOptions(options) {
  const o = checkOptions(options);
  if ('claimIds' in o && !(Array.isArray(o.claimIds) && o.claimIds.every((id) => typeof id === 'string')))
    throw new TypeError('factlight: options.claimIds must be an array of claim ids such as "c1"');
  if ('claimThreshold' in o && typeof o.claimThreshold !== 'number')
    throw new TypeError('factlight: options.claimThreshold must be a number in [0, 1]');
  return o;
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : `${typeof v}`;
}

// ---- lone surrogates ---------------------------------------------------------------------------------

// A JS string may hold a lone UTF-16 surrogate (a pasted half of an emoji, a string cut mid-pair). The
// wasm boundary encodes strings as UTF-8, where a lone surrogate has no encoding: emscripten's encoder
// pairs it with whatever unit follows, and every offset after it goes wrong. So each lone surrogate is
// replaced by U+FFFD first (one unit for one unit: UTF-16 offsets into the original text stay exact),
// and the result says so with a `lone_surrogate` finding, as the core does for invalid UTF-8 bytes.

/** The indices of the lone surrogates of `text`, in order. */
function* loneSurrogates(text) {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 1 < n) {
      const v = text.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        i++; // a proper pair
        continue;
      }
    }
    yield i;
  }
}

/** `text` with every lone surrogate replaced by U+FFFD; where the first one was (or -1) and how many. */
export function wellFormed(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return { text, first: -1, count: 0 };
  let first = -1;
  let count = 0;
  for (const i of loneSurrogates(text)) {
    if (first < 0) first = i;
    count++;
  }
  if (!count) return { text, first, count };
  if (typeof text.toWellFormed === 'function') return { text: text.toWellFormed(), first, count };
  const parts = [];
  let from = 0;
  for (const i of loneSurrogates(text)) {
    parts.push(text.slice(from, i), '\uFFFD');
    from = i + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), first, count };
}

// An offset into `text` (UTF-16 units) in the result's unit.
function offsetIn(text, at, unit) {
  if (unit === 'utf8') return new TextEncoder().encode(text.slice(0, at)).length;
  if (unit === 'codepoint') {
    let n = 0;
    for (let i = 0; i < at; i++) {
      const u = text.charCodeAt(i);
      if (!(u >= 0xdc00 && u <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
    }
    return n;
  }
  return at;
}

/** Adds the `lone_surrogate` finding to a result (kept sorted by position). */
function reportLoneSurrogates(result, fixed) {
  if (!fixed.count || !Array.isArray(result?.findings)) return result;
  const begin = offsetIn(fixed.text, fixed.first, result.offsets);
  const end = begin + (result.offsets === 'utf8' ? 3 : 1);
  const finding = {
    kind: 'lone_surrogate',
    begin,
    end,
    text: '\uFFFD',
    message: `${fixed.count} lone UTF-16 surrogate(s) were read as U+FFFD; offsets still index the original text.`,
    related: [],
  };
  let i = 0;
  while (i < result.findings.length && result.findings[i].begin <= begin) i++;
  result.findings.splice(i, 0, finding);
  return result;
}

// ---- span texts -------------------------------------------------------------------------------------

// Where each offset of `unit` into the well-formed `text` is in UTF-16 units, or null where the units
// agree (always for utf16; for utf8 on ASCII text; for codepoint without astral characters).
function utf16Positions(text, unit) {
  if (unit === 'utf16' || (unit === 'utf8' ? !/[^\0-\x7f]/.test(text) : !/[\ud800-\udfff]/.test(text))) return null;
  const n = text.length;
  const width = unit === 'utf8'
    ? (u) => (u < 0x80 ? 1 : u < 0x800 ? 2 : u >= 0xd800 && u <= 0xdfff ? 2 : 3) // a pair: 2 + 2 bytes
    : (u) => (u >= 0xdc00 && u <= 0xdfff ? 0 : 1); // a pair: one code point, at its first unit
  let size = 0;
  for (let i = 0; i < n; i++) size += width(text.charCodeAt(i));
  const at = new Uint32Array(size + 1);
  for (let i = 0, pos = 0; i < n; i++) for (let w = width(text.charCodeAt(i)); w > 0; w--) at[pos++] = i;
  at[size] = n;
  return at;
}

/**
 * Fills in each span's text (null from the core under spanTexts: false) with its slice of `text`, the
 * text the core analysed: the same string the core would have written, in the same place.
 */
function fillSpanTexts(result, text) {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return;
  const at = utf16Positions(text, result.offsets);
  const fill = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') fill(item);
      return;
    }
    if (node.text === null && typeof node.begin === 'number')
      node.text = at ? text.slice(at[node.begin], at[node.end]) : text.slice(node.begin, node.end);
    for (const key in node) {
      const v = node[key];
      if (v !== null && typeof v === 'object') fill(v);
    }
  };
  fill(result);
}

// ---- the in-thread engine (also what the Worker runs) -----------------------------------------------

const encoder = new TextEncoder();

/**
 * Calls the core through the module's buffer form (wasm/binding.cpp): the text goes into wasm memory as
 * UTF-8 in one copy, and the JSON comes back in pieces decoded as they arrive, so neither side runs a JS
 * loop per byte and the whole output is never held in wasm memory. `op` is 'analyze' or 'claimreview';
 * returns the JSON text, exactly what mod.analyze() would return. Builds without the buffer form fall
 * back to the string functions.
 */
export function callCore(mod, op, text, optionsJson) {
  if (typeof mod.analyzeUtf8 !== 'function') return mod[op](text, optionsJson);
  const bytes = encoder.encode(text);
  const ptr = mod.alloc(bytes.length) >>> 0;
  const parts = [];
  const decoder = new TextDecoder(); // streaming: a piece may end inside a character
  try {
    mod.HEAPU8.set(bytes, ptr);
    const sink = (piece) => parts.push(decoder.decode(piece, { stream: true }));
    (op === 'analyze' ? mod.analyzeUtf8 : mod.claimreviewUtf8)(ptr, bytes.length, optionsJson, sink);
    parts.push(decoder.decode());
    return parts.join('');
  } finally {
    try {
      mod.release(ptr);
    } catch {
      // A module that trapped is dropped by run(); keep the original error.
    }
  }
}

function parseOutput(json) {
  const out = JSON.parse(json);
  if (out && !Array.isArray(out) && typeof out === 'object' && typeof out.error === 'string')
    throw new Error(`factlight: ${out.error}`);
  return out;
}

// Runs one operation on the module. A wasm trap (out of memory, abort) leaves the module unusable, so
// it is dropped from the cache and the next call loads a fresh one.
async function run(op, args, wasmUrl) {
  const key = String(wasmUrl);
  const mod = await loadModule(key);
  try {
    if (op === 'analyze') {
      const fixed = wellFormed(args.text);
      // The span texts are sliced here from the text we already hold, rather than written, copied and
      // parsed (about 30 % of the JSON); a caller who sets spanTexts gets what the core gives.
      const slicing = !('spanTexts' in args.options);
      const options = slicing ? { ...args.options, spanTexts: false } : args.options;
      const result = parseOutput(callCore(mod, 'analyze', fixed.text, JSON.stringify(options)));
      if (slicing) fillSpanTexts(result, fixed.text);
      return reportLoneSurrogates(result, fixed);
    }
    if (op === 'claimReview') {
      if (typeof mod.claimreview !== 'function' && typeof mod.claimreviewUtf8 !== 'function')
        throw new Error('factlight: claimReview is not available in this build (the wasm module has no claimreview)');
      return parseOutput(callCore(mod, 'claimreview', wellFormed(args.text).text, JSON.stringify(args.options)));
    }
    if (op === 'version') return mod.version();
    if (op === 'ready') return mod.version();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) loaded.delete(key);
    throw e;
  }
  throw new Error(`factlight: unknown operation ${op}`);
}

/** For web/worker.js: answers one request message. */
export async function handleRequest({ op, args, wasmUrl }) {
  return run(op, args, wasmUrl);
}

// ---- transports ---------------------------------------------------------------------------------

function inThread(wasmUrl) {
  return { kind: 'in-thread', call: (op, args) => run(op, args, wasmUrl), alive: () => true, close() {} };
}

// Starts a module Worker (browser) or a worker_threads Worker (Node) and waits for it to load the wasm.
// Resolves to a transport, or to null when no Worker can start here (caller falls back to in-thread).
async function startWorker(workerUrl, wasmUrl) {
  let worker;
  const pending = new Map();
  let nextId = 1;
  let broken = null;
  let pendingChanged = () => {};
  const failAll = (err) => {
    broken = err;
    for (const { reject } of pending.values()) reject(err);
    pending.clear();
    pendingChanged();
  };
  const onReply = (msg) => {
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.part !== undefined) {
      // A slice of one of the result's long arrays (worker.js); kept until the result arrives.
      p.parts ??= new Map();
      const list = p.parts.get(msg.part);
      if (list) for (const item of msg.items) list.push(item);
      else p.parts.set(msg.part, msg.items);
      return;
    }
    pending.delete(msg.id);
    if (p.parts && msg.result) for (const [key, list] of p.parts) msg.result[key] = list;
    pendingChanged();
    if (msg.error) {
      const Ctor = msg.error.name === 'TypeError' ? TypeError : Error;
      p.reject(new Ctor(msg.error.message));
    } else p.resolve(msg.result);
  };
  try {
    if (isNode) {
      const { Worker: NodeWorker } = await import('node:worker_threads');
      worker = new NodeWorker(new URL(String(workerUrl)));
      worker.on('message', onReply);
      worker.on('error', (e) => failAll(new Error(`factlight: the worker failed: ${e.message}`)));
      worker.on('exit', () => failAll(new Error('factlight: the worker stopped')));
      // An idle analyzer does not keep Node alive; one with calls in flight does.
      const onIdle = () => (pending.size ? worker.ref() : worker.unref());
      pendingChanged = onIdle;
      onIdle();
    } else {
      if (typeof Worker !== 'function') return null;
      worker = new Worker(workerUrl, { type: 'module' });
      worker.addEventListener('message', (e) => onReply(e.data));
      worker.addEventListener('error', (e) => {
        e.preventDefault?.();
        failAll(new Error(`factlight: the worker failed${e.message ? `: ${e.message}` : ''}`));
      });
      worker.addEventListener('messageerror', () => failAll(new Error('factlight: a worker message could not be read')));
    }
  } catch {
    return null; // no Worker constructor, blocked by CSP, bad URL
  }
  const call = (op, args) => {
    if (broken) return Promise.reject(broken);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      pendingChanged();
      worker.postMessage({ id, op, args, wasmUrl: String(wasmUrl) });
    });
  };
  try {
    await call('ready', {});
  } catch {
    worker.terminate();
    return null; // the worker could not start or could not load the wasm there: try in this thread
  }
  return {
    kind: 'worker',
    call,
    alive: () => !broken,
    close() {
      failAll(new Error('factlight: the analyzer is closed'));
      worker.terminate();
    },
  };
}

/**
 * Creates an analyzer. Nothing loads until the first call (or ready()).
 * @param {{worker?: boolean, wasmUrl?: string|URL, workerUrl?: string|URL}} [config]
 */
export function createAnalyzer(config = {}) {
  const c = checkOptions(config, 'createAnalyzer config');
  for (const key of Object.keys(c))
    if (!['worker', 'wasmUrl', 'workerUrl'].includes(key))
      throw new TypeError(`factlight: unknown createAnalyzer option "${key}" (worker, wasmUrl, workerUrl)`);
  if ('worker' in c && typeof c.worker !== 'boolean') throw new TypeError('factlight: config.worker must be true or false');
  // Resolve relative URLs against the page (or cwd), not against worker.js, so both transports agree.
  const base = isNode ? `file://${process.cwd()}/` : globalThis.location?.href;
  const resolveUrl = (u, name) => {
    if (u === undefined) return undefined;
    if (typeof u !== 'string' && !(u instanceof URL)) throw new TypeError(`factlight: config.${name} must be a string or URL`);
    try {
      return new URL(String(u), base).href;
    } catch {
      throw new TypeError(`factlight: config.${name} is not a valid URL: ${String(u)}`);
    }
  };
  const wasmUrl = resolveUrl(c.wasmUrl, 'wasmUrl') ?? defaultWasmUrl.href;
  const workerUrl = resolveUrl(c.workerUrl, 'workerUrl') ?? defaultWorkerUrl.href;
  const wantWorker = c.worker ?? !isNode; // pages default to a Worker; Node to in-thread

  let transport = null; // Promise<transport>
  let closed = false;
  const start = () => {
    if (closed) return Promise.reject(new Error('factlight: the analyzer is closed'));
    if (!transport)
      transport = (async () => (wantWorker && (await startWorker(workerUrl, wasmUrl))) || inThread(wasmUrl))();
    return transport;
  };
  // A Worker that died (crashed, killed) is replaced on the next call; its pending calls were rejected.
  const call = async (op, args) => {
    let t = await start();
    if (!t.alive()) {
      transport = null;
      t = await start();
    }
    return t.call(op, args);
  };

  return {
    /** Analyses text; resolves to the parsed factlight/1 result. */
    async analyze(text, options) {
      checkText(text);
      const o = checkOptions(options);
      return call('analyze', { text, options: o });
    },
    /** ClaimReview JSON-LD (schema.org) for the selected claims. */
    async claimReview(text, options) {
      checkText(text);
      const o = checkClaimReviewOptions(options);
      return call('claimReview', { text, options: o });
    },
    /** The core's version string. */
    async version() {
      return call('version', {});
    },
    /** Loads the wasm (and starts the Worker); resolves to the transport in use. */
    async ready() {
      const t = await start();
      await t.call('ready', {});
      return t.kind;
    },
    /** Stops the Worker; later calls reject. */
    close() {
      if (closed) return;
      closed = true;
      transport?.then((t) => t.close(), () => {});
    },
  };
}

// ---- one-shot, in-thread exports (kept for existing callers) ---------------------------------------

/** Analyses `text` in this thread and returns the parsed result (rejects on bad arguments). */
export async function analyze(text, options = {}, wasmUrl = defaultWasmUrl) {
  checkText(text);
  return run('analyze', { text, options: checkOptions(options) }, wasmUrl);
}

/** ClaimReview JSON-LD for the selected claims, in this thread. */
export async function claimReview(text, options = {}, wasmUrl = defaultWasmUrl) {
  checkText(text);
  return run('claimReview', { text, options: checkClaimReviewOptions(options) }, wasmUrl);
}

/** The core's version string. */
export async function version(wasmUrl = defaultWasmUrl) {
  return (await loadModule(wasmUrl)).version();
}
