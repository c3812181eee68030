import type { Api, CatalogueEntry } from '@gatehouse/db';
import { notFound } from '../common/errors.ts';
import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { inUseError, type InUseErrorResult, type InUseReference } from '../common/in-use-error.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import { describeChanges, type AuditRepo } from '../audit/index.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type FieldError, type ValidationErrorResult } from '../common/validation-error.ts';
import type { PoliciesRepo, PolicyRecord } from './policies.repo.ts';
import { createPolicyInput, updatePolicyInput, type PolicyInput } from './policy-input.ts';
import type { CreatePolicyInput, UpdatePolicyInput } from '../../generated/graphql.ts';

export type SavePolicyResult<T extends 'CreatePolicySuccess' | 'UpdatePolicySuccess'> = { __typename: T; policy: PolicyRecord } | ValidationErrorResult;
export type DeletePolicyResult = { __typename: 'DeletePolicySuccess'; deletedId: string } | InUseErrorResult;

/** What the audit log records of a policy. */
const snapshot = (p: PolicyRecord) => ({
  name: p.name,
  apis: p.apis.map((a) => a.name),
  rateLimitRequests: p.rateLimitRequests,
  rateLimitPeriodSeconds: p.rateLimitPeriodSeconds,
  quotaMax: p.quotaMax,
  quotaRenewalSeconds: p.quotaRenewalSeconds,
  keyExpiresInSeconds: p.keyExpiresInSeconds,
  limitsWhenRedisDown: p.limitsWhenRedisDown,
  active: p.active,
});

/** What PoliciesService works with; server/create-services.ts builds it. */
export interface PoliciesDeps {
  policies: PoliciesRepo;
  audit: AuditRepo;
}

/** System Management -> Policies: which APIs, how often, for how long. Admins only. */
export class PoliciesService {
  constructor(private readonly deps: PoliciesDeps) {}

  async list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.policies.list(page), page);
  }

  async get(viewer: Viewer | null, id: string): Promise<PolicyRecord> {
    requireAdmin(viewer);
    const policy = await this.deps.policies.findById(id);
    if (!policy) throw notFound('Policy');
    return policy;
  }

  /** For field resolvers below an admin query. */
  defaultFor(policyId: string): Promise<Api[]> {
    return this.deps.policies.defaultFor(policyId);
  }

  catalogueEntries(policyId: string): Promise<CatalogueEntry[]> {
    return this.deps.policies.catalogueEntries(policyId);
  }

  async create(viewer: Viewer | null, raw: CreatePolicyInput): Promise<SavePolicyResult<'CreatePolicySuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = createPolicyInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const input = parsed.data;
    const errors = await this.check(input, null);
    if (errors.length > 0) return validationError(errors);
    const policy = await this.write(() => this.deps.policies.create(input), input);
    if ('__typename' in policy) return policy;
    await this.deps.audit.record({ actorId: admin.id, action: 'policy.created', targetType: 'Policy', targetId: policy.id, details: { name: policy.name, values: snapshot(policy) } });
    return { __typename: 'CreatePolicySuccess', policy };
  }

  async update(viewer: Viewer | null, raw: UpdatePolicyInput): Promise<SavePolicyResult<'UpdatePolicySuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = updatePolicyInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const { id, ...input } = parsed.data;
    const before = await this.deps.policies.findById(id);
    if (!before) throw notFound('Policy');
    const errors = await this.check(input, id);
    // An API's Default Policy must keep granting it (see ApisService.update).
    const orphaned = (await this.deps.policies.defaultFor(id)).filter((api) => !input.apiIds.includes(api.id));
    if (orphaned.length > 0) {
      errors.push({
        path: 'apiIds',
        message: `This is the Default Policy of ${orphaned.map((a) => a.name).join(', ')}, so it must keep granting ${orphaned.length === 1 ? 'it' : 'them'}; choose another Default Policy there first.`,
      });
    }
    if (errors.length > 0) return validationError(errors);
    const policy = await this.write(() => this.deps.policies.update(id, input), input);
    if ('__typename' in policy) return policy;
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'policy.updated',
      targetType: 'Policy',
      targetId: id,
      details: { name: policy.name, changes: describeChanges(snapshot(before), snapshot(policy)) },
    });
    return { __typename: 'UpdatePolicySuccess', policy };
  }

  async delete(viewer: Viewer | null, id: string): Promise<DeletePolicyResult> {
    const admin = requireAdmin(viewer);
    const policy = await this.deps.policies.findById(id);
    if (!policy) throw notFound('Policy');
    const usedBy: InUseReference[] = [
      ...(await this.deps.policies.catalogueEntries(id)).map((e) => ({ kind: 'CATALOGUE_ENTRY' as const, id: e.id, name: e.publicName })),
      ...(await this.deps.policies.defaultFor(id)).map((a) => ({ kind: 'API' as const, id: a.id, name: a.name })),
    ];
    if (usedBy.length > 0) {
      return inUseError(policy.name, usedBy, 'choose another policy there (or delete them) first.');
    }
    await this.deps.policies.delete(id);
    await this.deps.audit.record({ actorId: admin.id, action: 'policy.deleted', targetType: 'Policy', targetId: id, details: { name: policy.name, values: snapshot(policy) } });
    return { __typename: 'DeletePolicySuccess', deletedId: id };
  }

  private async check(input: PolicyInput, exceptId: string | null): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const sameName = await this.deps.policies.findByName(input.name);
    if (sameName && sameName.id !== exceptId) errors.push({ path: 'name', message: `A policy named ${input.name} exists already.` });
    if ((await this.deps.policies.countApis(input.apiIds)) !== input.apiIds.length) {
      errors.push({ path: 'apiIds', message: 'One of the selected APIs no longer exists; reload the page.' });
    }
    return errors;
  }

  private async write(run: () => Promise<PolicyRecord>, input: PolicyInput): Promise<PolicyRecord | ValidationErrorResult> {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return validationError([{ path: 'name', message: `A policy named ${input.name} exists already.` }]);
    }
  }
}
