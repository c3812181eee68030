import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../../test-support/api-harness.ts';
import { AuditRepo } from './audit.repo.ts';

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h?.close());

describe('auditEvents', () => {
  it('shows who did what and when, newest first, filtered by target, with secrets redacted', async () => {
    const admin = await h.signInAs('admin');
    // A caller that slips a secret into the details still does not get it into the log.
    const adminUser = await h.db.user.findUniqueOrThrow({ where: { email: 'admin@gatehouse.local' } });
    await new AuditRepo(h.db).record({ actorId: adminUser.id, action: 'test.recorded', targetType: 'Test', targetId: 't1', details: { clientSecret: 'leaked?', name: 'kept' } });

    const { data } = await h.gql(
      '{ auditEvents(first: 5, targetType: "Test", targetId: "t1") { edges { node { action targetType targetId actor { email } details createdAt } } } }',
      {},
      admin,
    );
    const [event] = data!.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(event).toMatchObject({ action: 'test.recorded', targetType: 'Test', targetId: 't1', actor: { email: 'admin@gatehouse.local' } });
    expect(JSON.parse(event.details)).toEqual({ clientSecret: '[redacted]', name: 'kept' });
    expect(Date.now() - Date.parse(event.createdAt)).toBeLessThan(60_000);
  });

  it('pages with a bounded first', async () => {
    const admin = await h.signInAs('admin');
    const { data } = await h.gql('{ auditEvents(first: 1000) { edges { cursor } pageInfo { hasNextPage } } }', {}, admin);
    expect(data!.auditEvents.edges.length).toBeLessThanOrEqual(100);
  });
});
