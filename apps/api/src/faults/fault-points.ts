import type { Logger } from 'pino';

/**
 * Named points of the client registration where a test can make the API process stop, to
 * prove that a crash there loses and orphans nothing (issue 7, "Faults"). In order:
 */
export const FAULT_POINTS = [
  /** The IdP answered with a client; nothing of the answer is in the database yet. */
  'registration-answered',
  /** The answer (client_id, RFC 7592 means) is in the journal; the client is not stored yet. */
  'registration-journalled',
  /** The client is stored and the journal entry gone; the developer has no answer yet. */
  'client-stored',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

/** kill: SIGKILL the process, as a crash or the OOM killer would. pause: stop there for good. */
export const FAULT_ACTIONS = ['kill', 'pause'] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

/** What the operations call at each point, only when a test asked for a fault. */
export interface Faults {
  reach(point: FaultPoint): Promise<void>;
}

/**
 * Faults from GATEHOUSE_FAULT (`<point>:<action>`, e.g. `registration-journalled:kill`), which
 * @gatehouse/config refuses outside local mode. An unknown point or action stops the start with
 * a message naming the variable, so a typo cannot make a fault test pass vacuously. Unset, there
 * are none: the operations skip the points without a call, so production pays nothing for them.
 */
export function faultsFrom(spec: string | undefined, logger: Logger): Faults | undefined {
  if (!spec) return undefined;
  const [point, action] = spec.split(':') as [FaultPoint, FaultAction];
  if (!FAULT_POINTS.includes(point) || !FAULT_ACTIONS.includes(action)) {
    throw new Error(`GATEHOUSE_FAULT: "${spec}" is not <point>:<action> with a point among ${FAULT_POINTS.join(', ')} and an action among ${FAULT_ACTIONS.join(', ')}`);
  }
  logger.warn({ point, action }, 'fault injection is on (GATEHOUSE_FAULT): for tests only');
  return {
    async reach(reached) {
      if (reached !== point) return;
      logger.warn({ point, action }, 'fault point reached');
      if (action === 'kill') process.kill(process.pid, 'SIGKILL');
      await new Promise<never>(() => undefined);
    },
  };
}
