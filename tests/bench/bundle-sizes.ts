/**
 * What each entry of the built extension loads: an HTML page's script, the chunks it imports (statically,
 * through <link rel=modulepreload> and `import … from`) and its CSS; what it imports later (`import()`) is
 * listed apart. Fonts are left out: the browser fetches only the unicode ranges a page uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  entry: string;
  files: number;
  raw: number;
  gzip: number;
  lazyFiles: number;
  lazyRaw: number;
  lazyGzip: number;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;
const HTML_ASSET = /<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g;

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '').filter(Boolean);
}

/** Files a built entry loads at once, and those it may load later, as paths relative to `outDir`. */
export function entryFiles(outDir: string, entry: string): { initial: string[]; lazy: string[] } {
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const resolve = (from: string, spec: string) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const roots = entry.endsWith('.html') ? matches(read(entry), HTML_ASSET) : [entry];
  const initial = new Set<string>();
  const lazyRoots = new Set<string>();
  const walk = (file: string, into: Set<string>, onDynamic: (file: string) => void) => {
    if (into.has(file) || !existsSync(path.join(outDir, file))) return;
    into.add(file);
    if (!file.endsWith('.js')) return;
    const text = read(file);
    for (const spec of matches(text, STATIC_IMPORT)) walk(resolve(file, spec), into, onDynamic);
    for (const spec of matches(text, DYNAMIC_IMPORT)) onDynamic(resolve(file, spec));
  };
  for (const root of roots) walk(root, initial, (file) => lazyRoots.add(file));
  const lazy = new Set<string>();
  const pending = [...lazyRoots];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (initial.has(file)) continue;
    walk(file, lazy, (next) => pending.push(next));
  }
  for (const file of initial) lazy.delete(file);
  return { initial: [...initial].sort(), lazy: [...lazy].sort() };
}

/** Every entry of a build: its HTML pages, background, content scripts and injected scripts. */
export function bundleSizes(outDir: string): BundleSize[] {
  const topLevel = readdirSync(outDir).filter((name) => name.endsWith('.html') || name.endsWith('.js'));
  const contentScripts = existsSync(path.join(outDir, 'content-scripts'))
    ? readdirSync(path.join(outDir, 'content-scripts')).map((name) => `content-scripts/${name}`)
    : [];
  const size = (files: string[]) => {
    const bytes = files.map((file) => readFileSync(path.join(outDir, file)));
    return {
      raw: bytes.reduce((sum, b) => sum + b.length, 0) / 1024,
      gzip: bytes.reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024,
    };
  };
  return [...topLevel.sort(), ...contentScripts.sort()].map((entry) => {
    const { initial, lazy } = entryFiles(outDir, entry);
    const now = size(initial);
    const later = size(lazy);
    return {
      entry,
      files: initial.length,
      raw: now.raw,
      gzip: now.gzip,
      lazyFiles: lazy.length,
      lazyRaw: later.raw,
      lazyGzip: later.gzip,
    };
  });
}
