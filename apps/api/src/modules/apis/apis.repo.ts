import type { Api, PrismaClient } from '@gatehouse/db';
import type { PolicyRecord } from '../policies/index.ts';
import { batchLoader } from '../common/batch-loader.ts';
import type { Page } from '../common/connection.ts';
import type { ApiInput } from './api-input.ts';

const policyInclude = { apis: { orderBy: { name: 'asc' } } } as const;

export class ApisRepo {
  constructor(private readonly db: PrismaClient) {}

  // One query per list instead of one per row (common/batch-loader.ts): Api.defaultPolicy and
  // Api.grantedBy are asked for every API of a page.
  private readonly policiesById = batchLoader<string, PolicyRecord | null>(async (ids) => {
    const policies = await this.db.policy.findMany({ where: { id: { in: ids } }, include: policyInclude });
    return new Map(policies.map((policy) => [policy.id, policy]));
  }, null);

  private readonly grantingPolicyIds = batchLoader<string, string[]>(async (apiIds) => {
    const apis = await this.db.api.findMany({
      where: { id: { in: apiIds } },
      select: { id: true, grantedBy: { select: { id: true }, orderBy: { name: 'asc' } } },
    });
    return new Map(apis.map((api) => [api.id, api.grantedBy.map((policy) => policy.id)]));
  }, []);

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
  async grantingPolicies(apiId: string): Promise<PolicyRecord[]> {
    const ids = await this.grantingPolicyIds.load(apiId);
    const policies = await Promise.all(ids.map((id) => this.policiesById.load(id)));
    return policies.filter((policy) => policy !== null);
  }

  defaultPolicy(api: Api): Promise<PolicyRecord | null> {
    if (!api.defaultPolicyId) return Promise.resolve(null);
    return this.policiesById.load(api.defaultPolicyId);
  }
}
