// Shared by the evaluations: where the data is, and the native CLI in batch mode.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const shared = process.env.FACTLIGHT_SHARED || `${root}../shared/`;
export const cli = process.env.FACTLIGHT_CLI || `${root}build/native-release/cli/factlight`;

export function requireData(path) {
  if (!existsSync(shared + path)) {
    console.error(`missing ${shared + path}: the evaluation data lives in ../shared beside the project`);
    process.exit(1);
  }
  return shared + path;
}

/** Analyses many texts in one CLI process: [{id, text}] -> Map(id -> result). */
export function analyzeBatch(items, args = []) {
  const input = items.map((it) => JSON.stringify({ id: it.id, text: it.text })).join('\n') + '\n';
  const r = spawnSync(cli, ['batch', ...args], { input, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const out = new Map();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    if (!line) continue;
    const j = JSON.parse(line);
    out.set(j.id, j);
  }
  return out;
}
