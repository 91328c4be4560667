/**
 * `npm start`: open Chromium with the freshly built extension and the bundled demo article
 * (tests/fixtures/pages/seed-news), served on this machine as http://localhost:PORT/… (the tests use a
 * *.test hostname through --host-resolver-rules; a person's browser window would show a warning bar for it).
 * Nothing is fetched from the internet. Needs a display; on a machine without one: `xvfb-run npm start`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { chromeBuildDir, chromiumPath } from '../tests/e2e/support/paths';

const DEMO = 'seed-news';

async function main() {
  if (!existsSync(path.join(chromeBuildDir, 'manifest.json'))) {
    throw new Error(`No build in ${chromeBuildDir}: run "npm run build" first (npm start does it for you).`);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    throw new Error(
      'No display to open a browser window on. On a machine without one, run: xvfb-run npm start',
    );
  }
  const server = await startFixtureServer();
  const demo = new URL(server.urlFor(DEMO));
  demo.hostname = 'localhost';
  const demoUrl = demo.href;
  const profile = mkdtempSync(path.join(tmpdir(), 'pullquote-demo-'));
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${chromeBuildDir}`,
    `--load-extension=${chromeBuildDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--window-size=1280,900',
    // Chromium refuses to run as root with its sandbox on (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demoUrl,
  ];
  // Chromium's own log goes to this terminal: a pipe nobody reads would fill up and stall the browser.
  const browser = spawn(chromiumPath(), args, { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`Pullquote demo: ${demoUrl}`);
  console.log(
    'Click the Pullquote button in the toolbar (pin it from the puzzle-piece menu). Close the browser to stop.',
  );

  const stop = () => browser.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await new Promise<number | null>((resolve) => browser.on('exit', resolve));
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exitCode = code ?? 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
