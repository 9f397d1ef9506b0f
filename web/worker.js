// The Worker side of createAnalyzer({ worker: true }): loads the wasm once and answers
// { id, op, args, wasmUrl } with { id, result } or { id, error: { name, message } }.
// Runs as a module Worker in browsers and as a worker_threads Worker in Node.
import { handleRequest } from './factlight.js';

const port =
  typeof self === 'object' && typeof self.postMessage === 'function'
    ? { post: (m) => self.postMessage(m), listen: (f) => self.addEventListener('message', (e) => f(e.data)) }
    : await (async () => {
        const { parentPort } = await import('node:worker_threads');
        return { post: (m) => parentPort.postMessage(m), listen: (f) => parentPort.on('message', f) };
      })();

// Requests are answered one at a time, in order: the wasm call is synchronous anyway.
let queue = Promise.resolve();
port.listen((msg) => {
  queue = queue.then(async () => {
    try {
      port.post({ id: msg.id, result: await handleRequest(msg) });
    } catch (e) {
      port.post({ id: msg.id, error: { name: e?.name === 'TypeError' ? 'TypeError' : 'Error', message: String(e?.message ?? e) } });
    }
  });
});
