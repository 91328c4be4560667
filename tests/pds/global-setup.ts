/**
 * Vitest global set-up of both projects: makes sure the reference PDS the Bluesky tests post to is installed
 * (tests/pds/install.sh), so `npm ci && npm test` passes on a fresh clone with nothing else run first. While
 * the install is stamped for the current tests/pds/package-lock.json this is one quick check; the first run
 * in a clone installs it (a minute or two; the compiled better-sqlite3 is cached per machine).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'install.sh');

export default function setup(): void {
  if (spawnSync('bash', [script, '--check'], { stdio: 'ignore' }).status === 0) return;
  console.log('Installing the reference Bluesky PDS for the tests (tests/pds/install.sh, once per clone)…');
  const run = spawnSync('bash', [script], { stdio: 'inherit' });
  if (run.error) throw run.error;
  if (run.status !== 0)
    throw new Error(`Installing the test PDS failed: tests/pds/install.sh exited ${run.status}`);
}
