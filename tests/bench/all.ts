/**
 * `npm run bench`: every benchmark, one after another, then one table of every budget (each script's
 * tests/artifacts/bench/<name>.json) and the size of each entry of the Chrome build.
 *
 *   npm run bench                       build, run them all, print the tables
 *   npm run bench -- --only=card,consent
 *   npm run bench -- --no-build         use the build already in .output/chrome-mv3
 *   npm run bench -- --verbose          also show each script's own output as it runs
 *   npm run bench -- --only= --no-build only the bundle sizes
 *
 * Each script's full output is kept in tests/artifacts/bench/<name>.log; the tables are also written to
 * tests/artifacts/bench/summary.md. Targets not met do not fail the run; a benchmark that crashes does.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuildDir, repoRoot } from '../e2e/support/paths';
import { bundleSizes } from './bundle-sizes';
import { readBenchSummary, summaryDir, summaryFile, summaryTable } from './summary';

const BENCHES = ['extract', 'quotes', 'main-thread', 'card', 'consent', 'library', 'bluesky'] as const;

const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',')
  .filter(Boolean);
const unknown = only?.filter((name) => !(BENCHES as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.join(', ')}`);
  process.exit(2);
}
const selected = BENCHES.filter((name) => !only || only.includes(name));
const verbose = args.includes('--verbose');
const build = !args.includes('--no-build');

/** Runs a command, its output into `logFile` (and the terminal with --verbose); resolves to its exit code. */
function run(command: string, commandArgs: string[], logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, commandArgs, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.pipe(log, { end: false });
      if (verbose) stream.pipe(process.stdout, { end: false });
    }
    child.on('close', (code) => {
      log.end();
      resolve(code ?? 1);
    });
  });
}

const kb = (n: number) => n.toFixed(1);

function bundleTable(): string[] {
  const rows = bundleSizes(chromeBuildDir);
  const lines = [
    '| entry (.output/chrome-mv3) | files loaded | raw kB | gzip kB | loaded later (import()) raw / gzip kB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.entry} | ${row.files} | ${kb(row.raw)} | ${kb(row.gzip)} | ${row.lazyFiles ? `${kb(row.lazyRaw)} / ${kb(row.lazyGzip)} (${row.lazyFiles} files)` : ''} |`,
    ),
  ];
  const rules = path.join(chromeBuildDir, 'consent-rules.json');
  if (existsSync(rules)) {
    const bytes = readFileSync(rules);
    lines.push(
      `| consent-rules.json (read by the background on first use) | 1 | ${kb(bytes.length / 1024)} | ${kb(gzipSync(bytes).length / 1024)} | |`,
    );
  }
  return lines;
}

async function main(): Promise<number> {
  mkdirSync(summaryDir(), { recursive: true });
  const started = performance.now();
  if (build) {
    process.stdout.write('wxt build … ');
    const code = await run('npx', ['wxt', 'build'], path.join(summaryDir(), 'build.log'));
    console.log(code === 0 ? 'done' : `failed (exit ${code}, see tests/artifacts/bench/build.log)`);
    if (code !== 0) return 1;
  }
  const outcomes: Array<{ bench: string; failed: boolean }> = [];
  for (const bench of selected) {
    // An old result must not stand in for a run that failed.
    rmSync(summaryFile(bench), { force: true });
    const logFile = path.join(summaryDir(), `${bench}.log`);
    const t0 = performance.now();
    process.stdout.write(`bench:${bench} … `);
    const code = await run('npx', ['tsx', `tests/bench/${bench}.ts`], logFile);
    const seconds = ((performance.now() - t0) / 1000).toFixed(0);
    const failed = code !== 0 || readBenchSummary(bench) === null;
    console.log(
      `${failed ? `FAILED (exit ${code})` : 'done'} in ${seconds} s (output: ${path.relative(repoRoot, logFile)})`,
    );
    outcomes.push({ bench, failed });
  }

  const table = summaryTable(
    outcomes.map(({ bench, failed }) => ({ bench, failed, summary: readBenchSummary(bench) })),
  );
  const bundles = existsSync(path.join(chromeBuildDir, 'manifest.json')) ? bundleTable() : [];
  const lines = [
    `Budgets, ${new Date().toISOString().slice(0, 10)} (${((performance.now() - started) / 60_000).toFixed(1)} min in all)`,
    '',
    ...table,
    '',
    ...(bundles.length > 0
      ? ['Bundle sizes (what each entry loads when it opens; fonts excluded)', '', ...bundles]
      : []),
  ];
  console.log(`\n${lines.join('\n')}`);
  writeFileSync(path.join(summaryDir(), 'summary.md'), `${lines.join('\n')}\n`);
  return outcomes.some((outcome) => outcome.failed) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
