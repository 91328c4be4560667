import { describe, expect, it } from 'vitest';
import { applyChangedRows, PendingChanges } from '@/utils/library/changed-rows';
import { toListRow } from '@/utils/library/list';
import { makeItem } from '../library/helpers';

const row = (path: string, title = path) => toListRow(makeItem({ url: `https://a.example/${path}`, title }));

describe('changed rows', () => {
  it('merges a burst of messages into one read; all wins over ids until taken', () => {
    const pending = new PendingChanges();
    expect(pending.take()).toBeNull();
    pending.add({ kind: 'items', written: ['a', 'b'], removed: [] });
    pending.add({ kind: 'items', written: ['b'], removed: ['c'] });
    expect(pending.take()).toEqual({ all: false, ids: ['a', 'b', 'c'] });
    expect(pending.take()).toBeNull();
    pending.add({ kind: 'items', written: ['a'], removed: [] });
    pending.add({ kind: 'all' });
    pending.add({ kind: 'items', written: ['d'], removed: [] });
    expect(pending.take()).toEqual({ all: true });
    expect(pending.take()).toBeNull();
  });

  it('replaces changed rows in place, adds new ones and drops the ids the database no longer has', () => {
    const [one, two, three] = [row('1'), row('2'), row('3')];
    const renamed = { ...two, title: 'Two, renamed' };
    const added = row('4');
    const next = applyChangedRows([one, two, three], [two.id, three.id, added.id], [renamed, added]);
    expect(next).toEqual([one, renamed, added]);
    expect(next[0]).toBe(one);
  });
});
