// Shared by the JS tests: the golden corpus and the native CLI.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const corpusDir = `${root}tests/corpus/`;
export const cli = process.env.FACTLIGHT_CLI || `${root}build/native-release/cli/factlight`;

export function corpusFiles() {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
    .map((name) => ({ name, path: corpusDir + name, bytes: readFileSync(corpusDir + name) }));
}

export function runCli(args, input) {
  const r = spawnSync(cli, args, { input, maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}
