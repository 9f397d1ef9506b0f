// The Worker side of createAnalyzer({ worker: true }): loads the wasm once and answers
// { id, op, args, wasmUrl } with { id, result } or { id, error: { name, message } }, the result's long
// arrays sent ahead as { id, part, items } slices.
// Runs as a module Worker in browsers and as a worker_threads Worker in Node.
import { handleRequest } from './factlight.js';

const port =
  typeof self === 'object' && typeof self.postMessage === 'function'
    ? { post: (m) => self.postMessage(m), listen: (f) => self.addEventListener('message', (e) => f(e.data)) }
    : await (async () => {
        const { parentPort } = await import('node:worker_threads');
        return { post: (m) => parentPort.postMessage(m), listen: (f) => parentPort.on('message', f) };
      })();

// Reading a message is a task on the receiving thread: one 20 MB result (a 2 MB article) would block the
// page for half a second. Long arrays go ahead in slices of PART_SIZE items, each its own message (its
// own task there); the last message carries the rest, and the receiver puts the arrays back in place.
const PART_SIZE = 2000;

function post(id, result) {
  if (!result || typeof result !== 'object' || Array.isArray(result)) return port.post({ id, result });
  const rest = {};
  for (const [key, value] of Object.entries(result)) {
    if (Array.isArray(value) && value.length > PART_SIZE) {
      for (let i = 0; i < value.length; i += PART_SIZE) port.post({ id, part: key, items: value.slice(i, i + PART_SIZE) });
      rest[key] = [];
    } else rest[key] = value;
  }
  port.post({ id, result: rest });
}

// Requests are answered one at a time, in order: the wasm call is synchronous anyway.
let queue = Promise.resolve();
port.listen((msg) => {
  queue = queue.then(async () => {
    try {
      post(msg.id, await handleRequest(msg));
    } catch (e) {
      port.post({ id: msg.id, error: { name: e?.name === 'TypeError' ? 'TypeError' : 'Error', message: String(e?.message ?? e) } });
    }
  });
});
