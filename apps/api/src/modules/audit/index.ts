/** What other modules may use of this one (ADR 017); everything else here is its own. */
export type { AuditRepo } from './audit.repo.ts';
export { describeChanges } from './describe-changes.ts';
