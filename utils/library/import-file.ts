import type { Library } from './db';
import { type ImportPlan, planImport } from './import-merge';
import type { ImportResult, LibraryRow } from './types';

interface ImportFileSteps {
  /** Reads the file (the formats chunk's `parseImportAsync`, loaded when first used). */
  parse(fileName: string, bytes: Uint8Array): Promise<ImportResult>;
  /** Lets the page run between steps (yieldToMain). */
  pause(): Promise<void>;
  /** Every row of the library (the page reads them in slices). */
  readRows?(library: Library): Promise<LibraryRow[]>;
  /** Told how many items will be written, then after each written one. */
  onPlanned?(total: number): void;
  onWritten?(done: number, total: number): void;
  now: number;
}

/**
 * An import from file to library: parse, merge with what is there (`planImport`), write in one
 * transaction. A file that does not parse writes nothing; a write that fails writes nothing either (one
 * transaction), so the library is left exactly as it was.
 */
export async function importFile(
  library: Library,
  fileName: string,
  bytes: Uint8Array,
  steps: ImportFileSteps,
): Promise<{ result: ImportResult; plan: ImportPlan | null }> {
  const result = await steps.parse(fileName, bytes);
  if (!result.ok) return { result, plan: null };
  await steps.pause();
  // Rows tell which items are already here; only those are read whole (the merge keeps their content).
  const rows = await (steps.readRows ? steps.readRows(library) : library.listRows());
  const known = new Set(rows.map((row) => row.id));
  const existingItems = await library.getMany(
    result.items.filter((item) => known.has(item.id)).map((item) => item.id),
  );
  const existing = new Map(existingItems.map((item) => [item.id, item]));
  await steps.pause();
  const plan = planImport(result.items, existing, steps.now);
  steps.onPlanned?.(plan.items.length);
  await steps.pause();
  await library.putMany(plan.items, steps.onWritten);
  return { result, plan };
}
