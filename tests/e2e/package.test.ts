import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths';

/**
 * `npm run zip` makes what the stores take: the Chrome zip, the Firefox zip and the sources zip AMO asks
 * for. The zips are read back here; the sources zip is unpacked and built again, and must give the Firefox
 * zip's files byte for byte.
 */

const version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
const zipPath = (kind: string) => path.join(repoRoot, '.output', `pullquote-${version}-${kind}.zip`);
const STORE_ICON_SIZES = [16, 32, 48, 96, 128];

/**
 * A release build's environment: vitest sets NODE_ENV=test, which makes Preact's JSX transform emit its
 * development form (with absolute file names) into the build.
 */
const releaseEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
  NODE_ENV: 'production',
};

let zips: Record<'chrome' | 'firefox' | 'sources', Record<string, Uint8Array>>;
const scratch: string[] = [];

beforeAll(() => {
  execFileSync('npm', ['run', 'zip'], { cwd: repoRoot, stdio: 'pipe', env: releaseEnv });
  const read = (kind: string) => unzipSync(readFileSync(zipPath(kind)));
  zips = { chrome: read('chrome'), firefox: read('firefox'), sources: read('sources') };
}, 300_000);

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const text = (files: Record<string, Uint8Array>, name: string) => {
  const file = files[name];
  if (!file) throw new Error(`${name} is not in the zip`);
  return new TextDecoder().decode(file);
};

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...bytes.subarray(0, 8)]).toEqual(signature);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function expectIcons(files: Record<string, Uint8Array>, icons: Record<string, string>) {
  expect(Object.keys(icons).map(Number)).toEqual(expect.arrayContaining(STORE_ICON_SIZES));
  for (const [size, file] of Object.entries(icons)) {
    const bytes = files[file];
    expect(bytes, `icon ${file}`).toBeDefined();
    if (bytes) expect(pngSize(bytes)).toEqual({ width: Number(size), height: Number(size) });
  }
}

describe('npm run zip', () => {
  it('makes a Chrome MV3 zip with its manifest, every icon size and every file the manifest names', () => {
    const files = zips.chrome;
    const manifest = JSON.parse(text(files, 'manifest.json'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expectIcons(files, manifest.icons);
    expectIcons(files, { ...manifest.action.default_icon, 96: manifest.icons[96], 128: manifest.icons[128] });
    const named = [
      manifest.background.service_worker,
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
      '_locales/en/messages.json',
      'welcome.html',
    ];
    for (const file of named) expect(files[file], file).toBeDefined();
    expect(Object.keys(files).filter((name) => /\.(ts|tsx|map)$/.test(name))).toEqual([]);
    // A production build: no development JSX, and nothing that names this machine's folders.
    const leaks = Object.entries(files)
      .filter(([name]) => /\.(js|html|css)$/.test(name))
      .filter(([, bytes]) => {
        const code = new TextDecoder().decode(bytes);
        return code.includes(repoRoot) || code.includes('jsxDEV') || code.includes('columnNumber:');
      })
      .map(([name]) => name);
    expect(leaks).toEqual([]);
  });

  it('makes a Firefox MV2 zip with its add-on id, every icon size and every file the manifest names', () => {
    const files = zips.firefox;
    const manifest = JSON.parse(text(files, 'manifest.json'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_specific_settings.gecko.id).toBe('pullquote@pullquote.app');
    expectIcons(files, manifest.icons);
    for (const file of [
      ...manifest.background.scripts,
      manifest.browser_action.default_popup,
      ...Object.values(manifest.browser_action.default_icon as Record<string, string>),
      'welcome.html',
    ]) {
      expect(files[file], file).toBeDefined();
    }
  });

  it('makes a sources zip with what a rebuild needs and nothing from node_modules, .output or tests', () => {
    const names = Object.keys(zips.sources);
    for (const needed of [
      'package.json',
      'package-lock.json',
      'wxt.config.ts',
      'tsconfig.json',
      'README.md',
      'LICENSE',
      'entrypoints/background.ts',
      'entrypoints/welcome/App.tsx',
      'utils/article/index.ts',
      'public/_locales/en/messages.json',
      'public/icon/128.png',
    ]) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((name) => /(^|\/)(node_modules|\.output|\.wxt|\.git|tests)\//.test(name))).toEqual(
      [],
    );
    expect(text(zips.sources, 'README.md')).toContain('npm run build:firefox');
  });

  it('rebuilds the Firefox zip byte for byte from the sources zip', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pullquote-sources-'));
    scratch.push(dir);
    execFileSync('unzip', ['-q', zipPath('sources'), '-d', dir]);
    // The dependencies as `npm ci` would install them from package-lock.json (this machine is offline).
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
    execFileSync(path.join(dir, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: dir,
      stdio: 'pipe',
      env: releaseEnv,
    });
    const outDir = path.join(dir, '.output/firefox-mv2');
    const rebuilt = (sub = ''): string[] =>
      readdirSync(path.join(outDir, sub)).flatMap((entry) => {
        const rel = sub ? `${sub}/${entry}` : entry;
        return statSync(path.join(outDir, rel)).isDirectory() ? rebuilt(rel) : [rel];
      });
    const names = rebuilt().sort();
    expect(names).toEqual(Object.keys(zips.firefox).sort());
    const differing = names.filter(
      (name) =>
        Buffer.compare(readFileSync(path.join(outDir, name)), Buffer.from(zips.firefox[name] ?? [])) !== 0,
    );
    expect(differing).toEqual([]);
  }, 180_000);
});
