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

/**
 * Resolves just after the browser has painted its next frame: a `requestAnimationFrame` callback runs
 * before that frame's paint, and a message posted from it is handled after the paint. A hidden page paints
 * no frames, so it never waits more than `limitMs`.
 */
export function afterNextPaint(limitMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limitMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        done();
      };
      channel.port2.postMessage(null);
    });
  });
}
