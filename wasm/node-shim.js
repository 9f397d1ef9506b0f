// Placed before emcc's ES module glue (--extern-pre-js). emcc 3.1.6 emits CommonJS names
// (require, __dirname) on its Node path even in EXPORT_ES6 mode; define them for Node only.
// Browsers and workers skip both dynamic imports.
const factlightIsNode = typeof process == 'object' && typeof process.versions == 'object' && typeof process.versions.node == 'string';
var require = factlightIsNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
var __dirname = factlightIsNode ? require('node:path').dirname(require('node:url').fileURLToPath(import.meta.url)) : '';
