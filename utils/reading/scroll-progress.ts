/** How far through the article the reader is, 0..1, from the window's scroll position. */
export function scrollProgress(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const max = scrollHeight - viewportHeight;
  if (!Number.isFinite(max) || max <= 0) return 1;
  const value = Math.min(1, Math.max(0, scrollTop / max));
  // Three decimals: enough to land on the same paragraph, and stable enough not to write on every pixel.
  return Math.round(value * 1000) / 1000;
}

/** The scrollTop that restores `progress`. */
export function scrollTopForProgress(progress: number, scrollHeight: number, viewportHeight: number): number {
  const max = Math.max(0, scrollHeight - viewportHeight);
  const clamped = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  return Math.round(clamped * max);
}
