/** Polls `url` until it answers 2xx, the process exits, or `timeoutMs` passes. */
export async function waitUntilReady(url: string, opts: { timeoutMs: number; exited: () => string | null }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const exit = opts.exited();
    if (exit) throw new Error(exit);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${opts.timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
