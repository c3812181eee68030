import type { ServerResponse } from 'node:http';

/** One thing a process needs to serve: its name and whether it answered in time. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<ReadinessResult> | ReadinessResult;
}

export interface ReadinessResult {
  ok: boolean;
  /** Why not, or what was found; never a secret or a connection string. */
  detail?: string;
}

/** How long one check may take before it counts as failed: a load balancer's probe waits for the slowest. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * Runs every check at once and answers GET /readyz: 200 when all pass, 503 otherwise, with each
 * check's result, so a load balancer drops the process while an operator sees which part failed.
 * Liveness (/healthz) stays separate: a process whose database is away is alive and must not be
 * restarted for it.
 */
export async function sendReadiness(res: ServerResponse, checks: readonly ReadinessCheck[]): Promise<void> {
  const results = await Promise.all(checks.map(async ({ name, check }) => [name, await withTimeout(check)] as const));
  const ready = results.every(([, result]) => result.ok);
  const body = JSON.stringify({ status: ready ? 'ready' : 'not_ready', checks: Object.fromEntries(results) });
  res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

async function withTimeout(check: ReadinessCheck['check']): Promise<ReadinessResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadinessResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([Promise.resolve().then(check), timeout]);
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
