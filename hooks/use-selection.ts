import { useEffect, useState } from 'preact/hooks';

/** The ids the reader ticked, kept to those `present` still holds. */
export function useSelection(present: ReadonlyMap<string, unknown>) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (selected.size === 0) return;
    const kept = [...selected].filter((id) => present.has(id));
    if (kept.length !== selected.size) setSelected(new Set(kept));
  }, [present, selected]);
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { selected, setSelected, toggle };
}
