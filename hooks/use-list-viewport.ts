import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Used until the container has been measured (and in DOMs without layout, like happy-dom). */
const FALLBACK_VIEWPORT = 720;

/**
 * A virtualized list's scroll container: its measured height (kept up to date as it resizes), its scroll
 * position (read once a frame while scrolling), and a reset to the top when a shorter list (new filter,
 * search) would leave it scrolled past its end.
 */
export function useListViewport(scroller: RefObject<HTMLDivElement>, contentHeight: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      if (element.clientHeight > 0) setViewport(element.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    const element = scroller.current;
    if (element && element.scrollTop > contentHeight) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
  }, [contentHeight]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(scroller.current?.scrollTop ?? 0));
  };
  return { scrollTop, setScrollTop, viewport, onScroll };
}
