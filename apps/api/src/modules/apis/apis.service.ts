import type { Api } from '@gatehouse/db';
import { notFound } from '../common/errors.ts';
import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { describeChanges, type AuditRepo } from '../audit/index.ts';
import type { PolicyRecord } from '../policies/index.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type FieldError, type ValidationErrorResult } from '../common/validation-error.ts';
import { createApiInput, updateApiInput, type ApiInput } from './api-input.ts';
import type { ApisRepo } from './apis.repo.ts';
import { inUseError, type InUseErrorResult } from '../common/in-use-error.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import type { CreateApiInput, UpdateApiInput } from '../../generated/graphql.ts';

export type SaveApiResult<T extends 'CreateApiSuccess' | 'UpdateApiSuccess'> = { __typename: T; api: Api } | ValidationErrorResult;
export type DeleteApiResult = { __typename: 'DeleteApiSuccess'; deletedId: string } | InUseErrorResult;

/** What the audit log records of an API: every field an admin sets (none is secret). */
const snapshot = (api: Api) => ({
  name: api.name,
  listenPath: api.listenPath,
  upstreamUrl: api.upstreamUrl,
  authMode: api.authMode,
  jwksUri: api.jwksUri,
  identitySource: api.identitySource,
  issuer: api.issuer,
  audience: api.audience,
  defaultPolicyId: api.defaultPolicyId,
  active: api.active,
});

/** What ApisService works with; server/create-services.ts builds it. */
export interface ApisDeps {
  apis: ApisRepo;
  audit: AuditRepo;
  /** The gateway's public URL, where developers call the APIs. */
  gatewayUrl: string;
}

/** System Management -> APIs: what the gateway protects and how it checks tokens. Admins only. */
export class ApisService {
  constructor(private readonly deps: ApisDeps) {}

  async list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.apis.list(page), page);
  }

  async get(viewer: Viewer | null, id: string): Promise<Api> {
    requireAdmin(viewer);
    const api = await this.deps.apis.findById(id);
    if (!api) throw notFound('API');
    return api;
  }

  /** For field resolvers below an admin query. */
  defaultPolicy(api: Api): Promise<PolicyRecord | null> {
    return this.deps.apis.defaultPolicy(api);
  }

  grantingPolicies(api: Api): Promise<PolicyRecord[]> {
    return this.deps.apis.grantingPolicies(api.id);
  }

  byIds(ids: string[]): Promise<Api[]> {
    return this.deps.apis.findByIds(ids);
  }

  async create(viewer: Viewer | null, raw: CreateApiInput): Promise<SaveApiResult<'CreateApiSuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = createApiInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const input = parsed.data;
    const errors = await this.clashes(input, null);
    if (input.defaultPolicyId) {
      // A default policy must grant the API, and no policy can grant an API that does not exist yet.
      errors.push({ path: 'defaultPolicyId', message: 'Save the API first, add it to a policy, then choose that policy as its Default Policy.' });
    }
    if (errors.length > 0) return validationError(errors);
    const api = await this.write(() => this.deps.apis.create(input), input);
    if ('__typename' in api) return api;
    await this.deps.audit.record({ actorId: admin.id, action: 'api.created', targetType: 'Api', targetId: api.id, details: { name: api.name, values: snapshot(api) } });
    return { __typename: 'CreateApiSuccess', api };
  }

  async update(viewer: Viewer | null, raw: UpdateApiInput): Promise<SaveApiResult<'UpdateApiSuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = updateApiInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const { id, ...input } = parsed.data;
    const before = await this.deps.apis.findById(id);
    if (!before) throw notFound('API');
    const errors = await this.clashes(input, id);
    if (input.defaultPolicyId) {
      const granting = await this.deps.apis.grantingPolicies(id);
      if (!granting.some((p) => p.id === input.defaultPolicyId)) {
        errors.push({ path: 'defaultPolicyId', message: `The Default Policy must grant access to ${before.name}; add the API to that policy first.` });
      }
    }
    if (errors.length > 0) return validationError(errors);
    const api = await this.write(() => this.deps.apis.update(id, input), input);
    if ('__typename' in api) return api;
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'api.updated',
      targetType: 'Api',
      targetId: id,
      details: { name: api.name, changes: describeChanges(snapshot(before), snapshot(api)) },
    });
    return { __typename: 'UpdateApiSuccess', api };
  }

  async delete(viewer: Viewer | null, id: string): Promise<DeleteApiResult> {
    const admin = requireAdmin(viewer);
    const api = await this.deps.apis.findById(id);
    if (!api) throw notFound('API');
    const policies = await this.deps.apis.grantingPolicies(id);
    if (policies.length > 0) {
      return inUseError(
        api.name,
        policies.map((p) => ({ kind: 'POLICY', id: p.id, name: p.name })),
        'remove the API from them first.',
      );
    }
    await this.deps.apis.delete(id);
    await this.deps.audit.record({ actorId: admin.id, action: 'api.deleted', targetType: 'Api', targetId: id, details: { name: api.name, values: snapshot(api) } });
    return { __typename: 'DeleteApiSuccess', deletedId: id };
  }

  /** Where developers call the API: the gateway's public URL plus the listen path. */
  gatewayUrlFor(listenPath: string): string {
    return new URL(listenPath, this.deps.gatewayUrl).toString();
  }

  private async clashes(input: ApiInput, exceptId: string | null): Promise<FieldError[]> {
    const others = await this.deps.apis.findClash(input, exceptId);
    const errors: FieldError[] = [];
    const byName = others.find((o) => o.name === input.name);
    const byPath = others.find((o) => o.listenPath === input.listenPath);
    if (byName) errors.push({ path: 'name', message: `An API named ${input.name} exists already.` });
    if (byPath) errors.push({ path: 'listenPath', message: `${byPath.name} listens on ${input.listenPath} already.` });
    return errors;
  }

  /** Runs the write; a unique clash that raced past `clashes` becomes the same field errors. */
  private async write(run: () => Promise<Api>, input: ApiInput): Promise<Api | ValidationErrorResult> {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return validationError([
        { path: 'name', message: `An API named ${input.name} or listening on ${input.listenPath} exists already.` },
      ]);
    }
  }
}
