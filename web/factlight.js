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

// The wasm is in dist/, beside the minified copy of this file that the page loads (scripts/build-js.mjs
// builds that copy with FACTLIGHT_IN_DIST defined, and this picks its path).
const defaultWasmUrl =
  typeof FACTLIGHT_IN_DIST !== 'undefined'
    ? new URL('./factlight_wasm.wasm', import.meta.url)
    : new URL('./dist/factlight_wasm.wasm', import.meta.url);
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

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The module is the .wasm alone (wasm/binding.cpp: C exports, no emcc glue to fetch): one download,
// compiled as it streams in, instantiated here with the few imports it takes. Its output comes back
// through fl_sink, one piece at a time, to whoever called.
async function instantiate(wasmUrl) {
  let x; // the exports
  let sink = null; // the current call's receiver of output pieces
  const heap = () => new Uint8Array(x.memory.buffer); // anew each time: growing the memory detaches views
  const imports = {
    env: {
      fl_sink: (ptr, size) => sink(heap().subarray(ptr >>> 0, (ptr >>> 0) + (size >>> 0))),
      emscripten_notify_memory_growth: () => {},
    },
    wasi_snapshot_preview1: {
      // For the per-stage timings option: nanoseconds of a monotonic clock.
      clock_time_get: (id, precision, out) => {
        new DataView(x.memory.buffer).setBigUint64(out >>> 0, BigInt(Math.round(performance.now() * 1e6)), true);
        return 0;
      },
      // abort(): out of memory, or nlohmann/json where it would throw. A trap, as for any other failure.
      proc_exit: (code) => {
        throw new WebAssembly.RuntimeError(`factlight: the wasm module aborted (${code})`);
      },
    },
  };
  x = (await WebAssembly.instantiate(await compiledModule(wasmUrl), imports)).exports;
  x._initialize();

  // `s` as UTF-8 in wasm memory: [pointer, bytes]. Encoded straight into it (encodeInto: no copy, and in
  // Chromium 15 times as fast as encode() on 1 MB), in room for a few characters beyond ASCII, else in
  // room for as many bytes as its characters can take.
  const put = (s) => {
    let room = s.length + (s.length >> 3) + 8;
    for (;;) {
      const p = x.fl_alloc(room) >>> 0;
      const { read, written } = encoder.encodeInto(s, heap().subarray(p, p + room));
      if (read === s.length) return [p, written];
      x.fl_free(p);
      room = s.length;
      for (let i = 0; i < s.length; i++) room += (s.charCodeAt(i) >= 0x80) + (s.charCodeAt(i) >= 0x800);
    }
  };

  // Runs one core operation (wasm/binding.cpp: 0 analyze, JSON; 1 analyze, compact; 2 claimreview) on
  // `text` with `optionsJson`; returns the output decoded, or for op 1 what read() makes of its three
  // pieces, called with views of wasm memory while the core still holds them (no copy). Nothing read()
  // throws unwinds through the core (which would leak what it holds): it is thrown after.
  const run = (op, text, optionsJson, read) => {
    const [tp, tn] = put(text);
    const [opts, on] = put(optionsJson);
    const parts = [];
    let out;
    let failed = null;
    try {
      sink = (piece) => {
        parts.push(read ? piece : decoder.decode(piece));
        if (read && parts.length === 3) {
          try {
            out = read(parts);
          } catch (e) {
            failed = e;
          }
        }
      };
      x.fl_run(op, tp, tn, opts, on);
      if (failed) throw failed;
      return read ? out : parts.join('');
    } finally {
      sink = null;
      try {
        x.fl_free(tp);
        x.fl_free(opts);
      } catch {
        // A module that trapped is dropped by its caller; keep the original error.
      }
    }
  };
  const version = () => {
    let v = '';
    sink = (piece) => (v = decoder.decode(piece));
    try {
      x.fl_version();
    } finally {
      sink = null;
    }
    return v;
  };
  return {
    /** The whole JSON of an analysis (options as JSON text): one piece, as the CLI writes it. */
    analyze: (text, optionsJson) => run(0, text, optionsJson),
    /**
     * The values of that JSON as write_compact's three pieces, what the JS API reads (decodeCompact); an
     * error as its JSON in the first piece, the others empty. `read` gets views of wasm memory, valid
     * during the call only; by default it copies them.
     */
    analyzeCompact: (text, optionsJson, read = (pieces) => pieces.map((p) => p.slice())) =>
      run(1, text, optionsJson, read),
    /** ClaimReview JSON-LD skeletons. */
    claimreview: (text, optionsJson) => run(2, text, optionsJson),
    version,
    /** malloc's bytes in use and the bytes it has taken from wasm memory (the leak test's measure). */
    heapStats: () => ({ inUse: x.fl_heap(0), arena: x.fl_heap(1) }),
    alloc: (bytes) => x.fl_alloc(bytes) >>> 0,
    release: (ptr) => x.fl_free(ptr),
    get HEAPU8() {
      return heap();
    },
  };
}

const compiled = new Map(); // wasm URL -> Promise<WebAssembly.Module>

// The compiled wasm at a URL, compiled once: a fresh instance after a trap, or a Worker handed the module
// (startWorker), does not download it again.
function compiledModule(wasmUrl, module) {
  const key = String(wasmUrl);
  if (module && !compiled.has(key)) compiled.set(key, Promise.resolve(module));
  if (!compiled.has(key)) {
    const p = compileWasm(new URL(key, isNode ? `file://${process.cwd()}/` : globalThis.location?.href));
    p.catch(() => compiled.delete(key));
    compiled.set(key, p);
  }
  return compiled.get(key);
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
// wasm boundary encodes strings as UTF-8, where a lone surrogate has no encoding (TextEncoder writes
// U+FFFD for it, silently). So each lone surrogate is replaced by U+FFFD here first (one unit for one
// unit: UTF-16 offsets into the original text stay exact, and span texts are sliced from the text the
// core saw), and the result says so with a `lone_surrogate` finding, as the core does for invalid UTF-8.

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
 * The result of the core's analysis from write_compact's pieces (core/src/json_writer.cpp's Compact):
 * the objects JSON.parse gives for the core's JSON, keys in the same order, read in the order the core
 * writes them (Writer::write_compact, which follows Writer::write: keep the three in step). Each span's
 * text is sliced from `text`, the text the core analysed (null under spanTexts: false), and each claim
 * reason is its text (its code, with the texts in reason_texts, under reasonCodes: true).
 */
function decodeCompact(pieces, text, options) {
  const view = (Type, p) => new Type(p.buffer, p.byteOffset, p.length / Type.BYTES_PER_ELEMENT);
  const w = view(Uint32Array, pieces[0]);
  const f = view(Float64Array, pieces[1]);
  const s = decoder.decode(pieces[2]);
  let i = 0; // next number of w
  let k = 0; // next double of f
  let p = 0; // next string's start in s
  const u = () => w[i++];
  const isNull = () => w[i] === 0xffffffff && ++i > 0; // kNull
  const str = () => s.slice(p, (p += w[i++]));
  const optStr = () => (isNull() ? null : str());
  const num = () => {
    const x = f[k++];
    return Number.isFinite(x) ? x || 0 : null; // JSON has no NaN or infinity, and writes -0 as 0
  };
  // Arrays of their exact size, as JSON.parse makes them (one pushed to grows room for 17), but not
  // the longest (a large new Array(n) has slow elements).
  const list = (item) => {
    const n = u();
    const a = n > 1000 ? [] : new Array(n);
    for (let j = 0; j < n; j++) a[j] = item();
    return a;
  };
  // A name or a claim reason: its number in `known`, the string after it the first time.
  const code = (known) => {
    const c = u();
    if (c === known.length) known.push(str());
    return c;
  };
  const names = [];
  const name = () => names[code(names)];
  const reasons = [];
  const reason = options.reasonCodes ? () => code(reasons) : () => reasons[code(reasons)];
  const schema = str();
  const offsets = str();
  const at = options.spanTexts === false ? 0 : utf16Positions(text, offsets);
  const slice = (b, e) => (at === 0 ? null : at ? text.slice(at[b], at[e]) : text.slice(b, e));
  const span = () => ({ begin: u(), end: u() });
  const spanText = () => {
    const begin = u();
    const end = u();
    return { begin, end, text: slice(begin, end) };
  };
  const optSpanText = () => (isNull() ? null : spanText());
  // A quote's or figure's id ("q12"), one string for the item and every reference to it.
  const known = { q: [], f: [] };
  const id = (c) => {
    const n = u();
    return (known[c][n] ??= c + n);
  };
  const qid = () => id('q');
  const fid = () => id('f');
  const result = {
    schema,
    offsets,
    length: u(),
    paragraphs: list(span),
    sentences: list(() => ({ begin: u(), end: u(), paragraph: u() })),
    quotes: list(() => {
      const id = qid();
      const kind = name();
      const begin = u();
      const end = u();
      return {
        id, kind, begin, end, text: slice(begin, end), fragments: list(span), cue: optSpanText(),
        speaker: optSpanText(), speaker_name: optStr(), speaker_kind: name(), confidence: num(),
      };
    }),
    scare_quotes: list(spanText),
    speakers: list(() => ({ name: str(), kind: name(), mentions: list(span), descriptions: list(str), quotes: list(qid) })),
    figures: list(() => {
      const id = fid();
      const kind = name();
      const begin = u();
      const end = u();
      return {
        id, kind, begin, end, text: slice(begin, end), value: num(), low: num(), high: num(), unit: optStr(),
        currency: optStr(), approx: name(), subject: optSpanText(), relative: u() === 1,
      };
    }),
    claims: list(() => {
      const id = 'c' + u();
      const sentence = u();
      const begin = u();
      const end = u();
      return {
        id, sentence, begin, end, text: slice(begin, end), score: num(), reasons: list(reason), figures: list(fid),
        quotes: list(qid),
      };
    }),
  };
  if (options.reasonCodes) result.reason_texts = reasons;
  result.findings = list(() => {
    const kind = str();
    const begin = u();
    const end = u();
    return { kind, begin, end, text: slice(begin, end), message: str(), related: list(spanText) };
  });
  if (u()) result.timings = { text: num(), figures: num(), quotes: num(), claims: num(), findings: num() };
  return result;
}

// ---- the in-thread engine (also what the Worker runs) -----------------------------------------------

/**
 * Calls the core for its JSON: `op` is 'analyze' or 'claimreview'; returns exactly what mod.analyze() /
 * mod.claimreview() return. (The JS API itself reads mod.analyzeCompact(): the same values.)
 */
export function callCore(mod, op, text, optionsJson) {
  return op === 'analyze' ? mod.analyze(text, optionsJson) : mod.claimreview(text, optionsJson);
}

function parseOutput(json) {
  const out = JSON.parse(json);
  if (out && !Array.isArray(out) && typeof out === 'object' && typeof out.error === 'string')
    throw new Error(`factlight: ${out.error}`);
  return out;
}

// An analysis comes out of the core as the compact form's pieces (mod.analyzeCompact) and becomes the
// result here (a Worker sends the pieces and the page calls this: fewer bytes to send than the objects,
// and nothing to clone).
function analysisResult(pieces, args, fixed = wellFormed(args.text)) {
  if (!pieces[1].length) return parseOutput(decoder.decode(pieces[0]));
  return reportLoneSurrogates(decodeCompact(pieces, fixed.text, args.options), fixed);
}

// Runs one operation on the module (an analysis as its pieces when `pieces`, for the Worker). A wasm
// trap (out of memory, abort) leaves the module unusable, so it is dropped from the cache and the next
// call loads a fresh one.
async function run(op, args, wasmUrl, pieces) {
  const key = String(wasmUrl);
  const mod = await loadModule(key);
  try {
    if (op === 'analyze') {
      // The core's values come as numbers and strings, not as JSON to write, copy and parse (decodeCompact),
      // read where the core wrote them (a Worker sends copies).
      const fixed = wellFormed(args.text);  // checked once: on 1 MB, isWellFormed() alone takes half a millisecond
      const options = JSON.stringify(args.options);
      return pieces
        ? mod.analyzeCompact(fixed.text, options)
        : mod.analyzeCompact(fixed.text, options, (p) => analysisResult(p, args, fixed));
    }
    if (op === 'claimReview') {
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

/**
 * For web/worker.js: answers one request message (`module`: the wasm compiled by the page, if sent); an
 * analysis as the compact form's pieces, which the page turns into the result.
 */
export async function handleRequest({ op, args, wasmUrl, module }) {
  if (module instanceof WebAssembly.Module) compiledModule(wasmUrl, module);
  return run(op, args, wasmUrl, true);
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
    pending.delete(msg.id);
    pendingChanged();
    if (msg.error) {
      const Ctor = msg.error.name === 'TypeError' ? TypeError : Error;
      p.reject(new Ctor(msg.error.message));
    } else if (p.args) {
      try {
        p.resolve(analysisResult(msg.result, p.args));
      } catch (e) {
        p.reject(e);
      }
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
  const call = (op, args, module) => {
    if (broken) return Promise.reject(broken);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, args: op === 'analyze' && args });
      pendingChanged();
      const msg = { id, op, args, wasmUrl: String(wasmUrl) };
      try {
        worker.postMessage(module ? { ...msg, module } : msg);
      } catch {
        worker.postMessage(msg); // a module that cannot be cloned there: the worker loads its own
      }
    });
  };
  try {
    // In a browser the page downloads and compiles the wasm while the Worker starts (it has worker.js
    // and factlight.js to fetch first), and hands it the compiled module: no download waits for those.
    const module = isNode ? undefined : await compiledModule(wasmUrl).catch(() => undefined);
    await call('ready', {}, module);
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
