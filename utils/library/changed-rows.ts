import type { FeedMessage } from './change-feed';
import type { LibraryRow } from './types';

/** What a page must re-read after the feed's messages: every row, or these ids. */
export type PendingRead = { all: true } | { all: false; ids: string[] };

/**
 * The feed's messages since the last read, merged: a burst of writes (a background fetch of many links)
 * becomes one read of the ids it touched. Written and removed ids alike are re-read: the database says
 * which are still there, whatever order the messages came in.
 */
export class PendingChanges {
  private all = false;
  private readonly ids = new Set<string>();

  add(message: FeedMessage): void {
    if (message.kind === 'all') {
      this.all = true;
      this.ids.clear();
      return;
    }
    if (this.all) return;
    for (const id of message.written) this.ids.add(id);
    for (const id of message.removed) this.ids.add(id);
  }

  /** What to read now (null: nothing), and forget it. */
  take(): PendingRead | null {
    const read: PendingRead | null = this.all
      ? { all: true }
      : this.ids.size > 0
        ? { all: false, ids: [...this.ids] }
        : null;
    this.all = false;
    this.ids.clear();
    return read;
  }
}

/**
 * `current` with the rows of `ids` as the database holds them now (`fresh`): changed rows replaced in
 * place, new ones added at the end (the view sorts), the ids `fresh` lacks removed.
 */
export function applyChangedRows<Row extends LibraryRow>(
  current: readonly Row[],
  ids: readonly string[],
  fresh: readonly Row[],
): Row[] {
  const byId = new Map(fresh.map((row) => [row.id, row]));
  const asked = new Set(ids);
  const next: Row[] = [];
  for (const row of current) {
    if (!asked.has(row.id)) next.push(row);
    else {
      const now = byId.get(row.id);
      if (now) {
        next.push(now);
        byId.delete(row.id);
      }
    }
  }
  for (const row of byId.values()) next.push(row);
  return next;
}
