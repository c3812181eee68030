import { AsyncLocalStorage } from 'node:async_hooks';

/** The ids of the request a process is serving, for its log lines and its outbound calls. */
export interface RequestIds {
  requestId: string;
  traceparent: string;
}

const storage = new AsyncLocalStorage<RequestIds>();

/** Runs `fn` with `ids` as the current request's, across every await it makes. */
export function runWithRequestIds<T>(ids: RequestIds, fn: () => T): T {
  return storage.run(ids, fn);
}

/** The ids of the request being served, or undefined outside one (start-up, timers). */
export function currentRequestIds(): RequestIds | undefined {
  return storage.getStore();
}
