import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Selected text, and where its bar goes: above the selection, in document coordinates. */
export interface SelectionSpot {
  text: string;
  top: number;
  left: number;
}

/** Waits this long after the selection stops changing before showing the bar. */
const SETTLE_MS = 120;

/**
 * Text selected inside `container`, and where to show a bar over it (document coordinates); null when
 * nothing is selected there. The setter lets Escape dismiss the bar.
 */
export function useTextSelection(container: RefObject<HTMLElement>) {
  const [spot, setSpot] = useState<SelectionSpot | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      const selection = document.getSelection();
      const text = selection?.toString().trim() ?? '';
      if (
        !selection ||
        selection.rangeCount === 0 ||
        text === '' ||
        !container.current?.contains(selection.anchorNode)
      ) {
        setSpot(null);
        return;
      }
      const rect = selection.getRangeAt(0).getBoundingClientRect();
      setSpot({
        text,
        top: Math.max(window.scrollY + 8, rect.top + window.scrollY - 48),
        left: rect.left + window.scrollX + rect.width / 2,
      });
    };
    const onChange = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (timer !== null) clearTimeout(timer);
    };
  }, [container]);
  return [spot, setSpot] as const;
}
