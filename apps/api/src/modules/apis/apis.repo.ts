import type { Api, PrismaClient } from '@gatehouse/db';
import type { PolicyRecord } from '../policies/policies.repo.ts';
import type { Page } from '../common/connection.ts';
import type { ApiInput } from './api-input.ts';

const policyInclude = { apis: { orderBy: { name: 'asc' } } } as const;

export class ApisRepo {
  constructor(private readonly db: PrismaClient) {}

  list(page: Page): Promise<Api[]> {
    return this.db.api.findMany({
      orderBy: { id: 'asc' },
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
    });
  }

  findById(id: string): Promise<Api | null> {
    return this.db.api.findUnique({ where: { id } });
  }

  findByIds(ids: string[]): Promise<Api[]> {
    return this.db.api.findMany({ where: { id: { in: ids } }, orderBy: { name: 'asc' } });
  }

  /** Another API that already has this name or listen path (both are unique). */
  findClash(input: { name: string; listenPath: string }, exceptId: string | null): Promise<Api[]> {
    return this.db.api.findMany({
      where: { OR: [{ name: input.name }, { listenPath: input.listenPath }], ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    });
  }

  create(input: ApiInput): Promise<Api> {
    return this.db.api.create({ data: input });
  }

  update(id: string, input: ApiInput): Promise<Api> {
    return this.db.api.update({ where: { id }, data: input });
  }

  delete(id: string): Promise<Api> {
    return this.db.api.delete({ where: { id } });
  }

  /** Policies that grant access to the API. */
  grantingPolicies(apiId: string): Promise<PolicyRecord[]> {
    return this.db.policy.findMany({ where: { apis: { some: { id: apiId } } }, orderBy: { name: 'asc' }, include: policyInclude });
  }

  defaultPolicy(api: Api): Promise<PolicyRecord | null> {
    if (!api.defaultPolicyId) return Promise.resolve(null);
    return this.db.policy.findUnique({ where: { id: api.defaultPolicyId }, include: policyInclude });
  }
}
