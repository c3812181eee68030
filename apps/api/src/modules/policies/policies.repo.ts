import type { Api, CatalogueEntry, Policy, PrismaClient } from '@gatehouse/db';
import { batchLoader, groupBy } from '../common/batch-loader.ts';
import type { Page } from '../common/connection.ts';
import type { PolicyInput } from './policy-input.ts';

export type PolicyRecord = Policy & { apis: Api[] };

const include = { apis: { orderBy: { name: 'asc' } } } as const;

const columns = ({ apiIds: _apiIds, ...rest }: PolicyInput) => rest;

export class PoliciesRepo {
  constructor(private readonly db: PrismaClient) {}

  // Policy.defaultForApis is asked for every policy of a page: one query for the page
  // (common/batch-loader.ts).
  private readonly defaultForLoader = batchLoader<string, Api[]>(async (policyIds) => {
    const apis = await this.db.api.findMany({ where: { defaultPolicyId: { in: policyIds } }, orderBy: { name: 'asc' } });
    return groupBy(apis, (api) => api.defaultPolicyId!);
  }, []);

  list(page: Page): Promise<PolicyRecord[]> {
    return this.db.policy.findMany({
      orderBy: { id: 'asc' },
      take: page.take,
      ...(page.afterId ? { cursor: { id: page.afterId }, skip: 1 } : {}),
      include,
    });
  }

  findById(id: string): Promise<PolicyRecord | null> {
    return this.db.policy.findUnique({ where: { id }, include });
  }

  findByName(name: string): Promise<Policy | null> {
    return this.db.policy.findUnique({ where: { name } });
  }

  countApis(ids: string[]): Promise<number> {
    return this.db.api.count({ where: { id: { in: ids } } });
  }

  create(input: PolicyInput): Promise<PolicyRecord> {
    return this.db.policy.create({ data: { ...columns(input), apis: { connect: input.apiIds.map((id) => ({ id })) } }, include });
  }

  update(id: string, input: PolicyInput): Promise<PolicyRecord> {
    return this.db.policy.update({ where: { id }, data: { ...columns(input), apis: { set: input.apiIds.map((id) => ({ id })) } }, include });
  }

  delete(id: string): Promise<Policy> {
    return this.db.policy.delete({ where: { id } });
  }

  /** APIs whose Default Policy this is. */
  defaultFor(policyId: string): Promise<Api[]> {
    return this.defaultForLoader.load(policyId);
  }

  /** Catalogue entries that publish APIs with this policy. */
  catalogueEntries(policyId: string): Promise<CatalogueEntry[]> {
    return this.db.catalogueEntry.findMany({ where: { policyId }, orderBy: { publicName: 'asc' } });
  }
}
