import { expect } from 'vitest';
import type { ApiHarness } from './api-harness.ts';

/** One admin operation with variables that would pass validation, so only the role can stop it. */
export interface AdminOperation {
  name: string;
  query: string;
  variables?: () => Record<string, unknown>;
}

/**
 * Issue 3: a developer gets FORBIDDEN and an anonymous caller UNAUTHENTICATED from every admin
 * operation, thrown before anything is read or changed (no audit row appears).
 */
export async function expectAdminOnly(h: ApiHarness, op: AdminOperation): Promise<void> {
  const developer = await h.signInAs('developer');
  const auditBefore = await h.db.auditEvent.count({ where: { NOT: { action: 'session.created' } } });
  const anonymous = await h.gql(op.query, op.variables?.());
  expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  expect(anonymous.data ?? null).toBeNull();
  const asDeveloper = await h.gql(op.query, op.variables?.(), developer);
  expect(asDeveloper.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(asDeveloper.data ?? null).toBeNull();
  expect(await h.db.auditEvent.count({ where: { NOT: { action: 'session.created' } } })).toBe(auditBefore);
}
