import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const chromeBuildDir = path.join(repoRoot, '.output/chrome-mv3');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/pages');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
  if (!found) {
    throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  }
  return found;
}

/**
 * Chromium flags every test browser shares: the extension loaded (both flags: Playwright adds
 * --disable-extensions otherwise), *.test hostnames served from this machine, and nothing that talks to
 * the network on its own (this machine has none).
 */
export function extensionBrowserArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
