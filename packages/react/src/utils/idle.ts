/**
 * Runs `callback` once the browser is idle (`requestIdleCallback`, at most `timeout` ms later on
 * a busy page; else a short timeout). Returns the cancel. Used for work nobody waits for: a part
 * fetched ahead of use, the legend drawn for paper.
 * @internal
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  const w = window as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(callback, { timeout });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}
