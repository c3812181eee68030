/** What other modules may use of this one (ADR 017); everything else here is its own. */
export type { PolicyRecord } from './policies.repo.ts';
