/**
 * Lets the browser run input, rendering and other tasks before carrying on: `scheduler.yield()` where the
 * browser has it (Chrome 129+: the continuation runs ahead of other queued tasks), else a new task.
 * https://developer.chrome.com/blog/use-scheduler-yield
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work between yields: well inside a 50 ms long task, a frame's worth at most. */
export const WORK_SLICE_MS = 8;
