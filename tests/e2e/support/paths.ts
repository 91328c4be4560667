import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const chromeBuildDir = path.join(repoRoot, '.output/chrome-mv3');
export const firefoxBuildDir = path.join(repoRoot, '.output/firefox-mv2');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/pages');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

/** The first of a browser's binaries that exists, `env` first; an error naming the Debian package if none. */
function findBrowser(env: string, candidates: string[], debianPackage: string): string {
  const found = [process.env[env], ...candidates].find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
  if (!found)
    throw new Error(`No ${debianPackage} found: install Debian's "${debianPackage}" package or set ${env}.`);
  return found;
}

/** Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export function chromiumPath(): string {
  return findBrowser('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium');
}

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  return findBrowser('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');
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
