import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
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
const ALL_SOURCES = ['entrypoints', 'components', 'hooks', 'utils'].flatMap((dir) =>
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
  // One envelope on every channel (utils/messaging/envelope.ts): no message leaves in a shape of its own.
  { chore: 'runtime messages', helper: 'utils/messaging/send.ts', raw: /\b(?:runtime|tabs)\.sendMessage\(/ },
  {
    chore: 'extension page addresses',
    helper: 'utils/routes.ts',
    raw: /['"`/](?:reader|library|studio|options|welcome|popup)\.html\b/,
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

/**
 * Each source file's imports of other source files, resolved to paths: static, dynamic and (unless
 * `runtimeOnly`) type-only ones, which load nothing.
 */
function importGraph(runtimeOnly = false): Map<string, string[]> {
  const known = new Set(ALL_SOURCES);
  const resolve = (from: string, specifier: string): string | null => {
    let base: string;
    if (specifier.startsWith('@/')) base = specifier.slice(2);
    else if (specifier.startsWith('.')) base = path.join(path.dirname(from), specifier);
    else return null;
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
      if (known.has(candidate)) return candidate;
    }
    return null;
  };
  const graph = new Map<string, string[]>();
  for (const file of ALL_SOURCES) {
    const code = runtimeOnly ? read(file).replace(/^(?:import|export) type [^;]*;/gm, '') : read(file);
    const specifiers = [...code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
      (match) => match[1] ?? '',
    );
    graph.set(
      file,
      specifiers.map((specifier) => resolve(file, specifier)).filter((target) => target !== null),
    );
  }
  return graph;
}

describe('who may import whom', () => {
  const graph = importGraph();

  it('finds the imports', () => {
    expect(graph.get('utils/i18n.ts')).toContain('utils/localized.ts');
  });

  it('no import cycles: every module can be read (and loaded) before the ones that use it', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('layers', () => {
  const graph = importGraph();
  const runtime = importGraph(true);

  it('no entrypoint imports another entrypoint: pages share code through components/ and utils/', () => {
    const entry = (file: string) =>
      file
        .split('/')
        .slice(0, 2)
        .join('/')
        .replace(/\.tsx?$/, '');
    const crossings = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => target.startsWith('entrypoints/') && entry(target) !== entry(file))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('hooks/ import only hooks/ and utils/: no page, no component', () => {
    const hooks = [...graph].filter(([file]) => file.startsWith('hooks/'));
    expect(hooks.length).toBeGreaterThan(0);
    const outward = hooks.flatMap(([file, targets]) =>
      targets
        .filter((target) => !target.startsWith('hooks/') && !target.startsWith('utils/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(outward).toEqual([]);
  });

  it('utils/ (and so the pure core) never imports a hook or a component', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith('utils/')
        ? targets
            .filter((target) => target.startsWith('hooks/') || target.startsWith('components/'))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('components/ and utils/ never import an entrypoint', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith('entrypoints/')
        ? []
        : targets
            .filter((target) => target.startsWith('entrypoints/'))
            .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('the pure core loads no module that touches the extension API, however indirectly', () => {
    const touchesBrowser = (file: string) => {
      const code = read(file).replace(/^(?:import|export) type [^;]*;/gm, '');
      return FORBIDDEN.some((pattern) => pattern.test(code));
    };
    const pure = ALL_SOURCES.filter((file) => PURE_DIRS.some((dir) => file.startsWith(`${dir}/`)));
    const offenders: string[] = [];
    for (const start of pure) {
      const seen = new Set<string>();
      const queue: Array<{ file: string; trail: string[] }> = [{ file: start, trail: [start] }];
      while (queue.length > 0) {
        const { file, trail } = queue.shift() as { file: string; trail: string[] };
        if (seen.has(file)) continue;
        seen.add(file);
        if (file !== start && touchesBrowser(file)) offenders.push(trail.join(' → '));
        for (const next of runtime.get(file) ?? []) queue.push({ file: next, trail: [...trail, next] });
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('helpers defined once', () => {
  it.each([
    ['escapeHtml', 'utils/escape-html.ts'],
    ['isRecord', 'utils/is-record.ts'],
    ['textParagraphs', 'utils/paragraphs.ts'],
    ['downloadFile', 'utils/browser/download.ts'],
  ])('%s is defined only in %s', (name, home) => {
    const definition = new RegExp(`(?:function|const|let)\\s+${name}\\b`);
    expect(ALL_SOURCES.filter((file) => definition.test(read(file)))).toEqual([home]);
  });
});

/** A page is a thin shell: its logic lives in hooks/ and utils/, its sections in components/. */
const MAX_ENTRYPOINT_LINES = 250;

describe('thin pages', () => {
  const lines = (file: string) => readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;
  const pages = ALL_SOURCES.filter((file) => file.startsWith('entrypoints/'));

  it(`no file under entrypoints/ is over ${MAX_ENTRYPOINT_LINES} lines`, () => {
    expect(pages.length).toBeGreaterThan(0);
    const long = pages
      .filter((file) => lines(file) > MAX_ENTRYPOINT_LINES)
      .map((file) => `${file}: ${lines(file)} lines`);
    expect(long).toEqual([]);
  });
});

/** A function a reader can hold in their head: longer ones are split into named steps (data tables are not functions). */
const MAX_FUNCTION_LINES = 80;

interface Node {
  type: string;
  loc?: { start: { line: number }; end: { line: number } } | null;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** Every function in `source` (declarations, expressions, arrows, methods) longer than `max` lines. */
function longFunctions(source: string, max: number, jsx = false): string[] {
  const ast = parse(source, { sourceType: 'module', plugins: jsx ? ['typescript', 'jsx'] : ['typescript'] });
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (/Function|ObjectMethod|ClassMethod/.test(node.type) && node.loc) {
      const length = node.loc.end.line - node.loc.start.line + 1;
      if (length > max) found.push(`line ${node.loc.start.line}: ${length} lines`);
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'loc') continue;
      if (Array.isArray(child)) for (const item of child) if (isNode(item)) visit(item);
      if (isNode(child)) visit(child);
    }
  };
  visit(ast.program as unknown as Node);
  return found;
}

describe('short functions', () => {
  it('finds a long function when there is one', () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `  const v${i} = ${i};`).join('\n');
    expect(longFunctions(`export function long() {\n${body}\n}`, MAX_FUNCTION_LINES)).toEqual([
      `line 1: ${MAX_FUNCTION_LINES + 2} lines`,
    ]);
    expect(longFunctions('const short = () => 1;', MAX_FUNCTION_LINES)).toEqual([]);
  });

  it(`no function in utils/, hooks/, components/ or entrypoints/ is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(ALL_SOURCES.length).toBeGreaterThan(0);
    const long = ALL_SOURCES.flatMap((file) =>
      longFunctions(
        readFileSync(path.join(root, file), 'utf8'),
        MAX_FUNCTION_LINES,
        file.endsWith('.tsx'),
      ).map((where) => `${file} ${where}`),
    );
    expect(long).toEqual([]);
  });
});
