import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
// The pure core takes its world as a parameter so it runs the same in the page, in an extension page and
// in Node tests (architecture.md, house style 2).
const PURE_DIRS = ['utils/article', 'utils/quotes', 'utils/share', 'utils/card'];
const FORBIDDEN = [
  /from\s+['"]wxt\/browser['"]/,
  /from\s+['"]webextension-polyfill['"]/,
  /from\s+['"]#imports['"]/,
  /\bchrome\.(runtime|tabs|storage|scripting)\b/,
  /\bbrowser\.(runtime|tabs|storage|scripting|i18n)\b/,
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('the pure core never touches the extension API', () => {
  const files = PURE_DIRS.flatMap((dir) => sourceFiles(path.join(root, dir)));

  it('has pure modules to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [path.relative(root, file), file]))('%s', (_relative, file) => {
    const source = readFileSync(file, 'utf8');
    const offending = FORBIDDEN.filter((pattern) => pattern.test(source)).map(String);
    expect(offending).toEqual([]);
  });
});

/** Every source file outside tests, relative to the root. */
const ALL_SOURCES = ['entrypoints', 'components', 'utils'].flatMap((dir) =>
  sourceFiles(path.join(root, dir)).map((file) => path.relative(root, file)),
);

/**
 * One helper per browser chore (as refined-github's lint rule keeps `safeCreateTab` the only way to open a
 * tab): the raw call appears in its helper and nowhere else, so a fix to the chore lands everywhere.
 */
const CHORES: Array<{ chore: string; helper: string; raw: RegExp }> = [
  // A link's `download` attribute, set as a property or in JSX.
  {
    chore: 'downloads',
    helper: 'utils/browser/download.ts',
    raw: /\.download\s*=|<a\b[^>]*\sdownload[\s=>]/,
  },
  { chore: 'clipboard writes', helper: 'utils/browser/clipboard.ts', raw: /navigator\.clipboard\b/ },
  {
    chore: 'date formatting',
    helper: 'utils/time.ts',
    raw: /\bIntl\.DateTimeFormat\(|\.toLocale(?:Date|Time)?String\(/,
  },
];

describe.each(CHORES)('$chore only through $helper', ({ helper, raw }) => {
  it('the helper exists and does the chore', () => {
    expect(raw.test(readFileSync(path.join(root, helper), 'utf8'))).toBe(true);
  });

  it('no other file does it by hand', () => {
    const offenders = ALL_SOURCES.filter((file) => file !== helper && raw.test(read(file)));
    expect(offenders).toEqual([]);
  });
});

/** A source file's code without its comments (a comment may name the raw call it tells you not to use). */
function read(file: string): string {
  return readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}
