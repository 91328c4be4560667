import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../e2e/support/paths';

/**
 * Bundle a benchmark page script (a file under tests/bench/ that sets a global) into one classic script,
 * to run the project's own code inside a plain Chromium page.
 */
export async function bundleForBrowser(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    alias: { '@': repoRoot },
  });
  const script = result.outputFiles[0]?.text;
  if (!script) throw new Error(`esbuild produced nothing for ${entry}`);
  return script;
}
