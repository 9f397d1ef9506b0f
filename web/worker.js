// The Worker side of createAnalyzer({ worker: true }): loads the wasm once and answers
// { id, op, args, wasmUrl } with { id, result } or { id, error: { name, message } }.
// Runs as a module Worker in browsers and as a worker_threads Worker in Node.
import { handleRequest } from './factlight.js';

const port =
  typeof self === 'object' && typeof self.postMessage === 'function'
    ? { post: (m, t) => self.postMessage(m, t), listen: (f) => self.addEventListener('message', (e) => f(e.data)) }
    : await (async () => {
        const { parentPort } = await import('node:worker_threads');
        return { post: (m, t) => parentPort.postMessage(m, t), listen: (f) => parentPort.on('message', f) };
      })();

// An analysis comes as the core's compact form, three buffers handed over (not copied), which the page
// reads into the result: a few bytes per item to send, where the objects cloned across cost the page a
// task as long as JSON.parse of them, or slices of them sent as many messages.
function post(id, result) {
  const buffers = Array.isArray(result) && result.every((p) => p instanceof Uint8Array);
  port.post({ id, result }, buffers ? result.map((p) => p.buffer) : []);
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
