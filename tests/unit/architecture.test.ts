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
