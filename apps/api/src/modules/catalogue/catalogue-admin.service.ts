import type { SecretBox } from '@gatehouse/config';
import { notFound } from '../common/errors.ts';
import { requireAdmin, type Viewer } from '../common/viewer.ts';
import { inUseError, type InUseErrorResult } from '../common/in-use-error.ts';
import { isUniqueViolation } from '../common/is-unique-violation.ts';
import { describeChanges, type AuditRepo } from '../audit/index.ts';
import { batchLoader, groupBy } from '../common/batch-loader.ts';
import { toConnection, toPage, type PageArgs } from '../common/connection.ts';
import { fromZodError, validationError, type FieldError, type ValidationErrorResult } from '../common/validation-error.ts';
import { dcrSettingsErrors, dcrSettingsSnapshot, toDcrSettingsData, tokenChange } from '../dcr-settings/index.ts';
import { createCatalogueEntryInput, updateCatalogueEntryInput, type CatalogueEntryInput } from './catalogue-entry-input.ts';
import type { CatalogueEntryRecord, CatalogueRepo } from './catalogue.repo.ts';
import type { CatalogueEntryView, CatalogueService } from './catalogue.service.ts';
import type { CreateCatalogueEntryInput, UpdateCatalogueEntryInput } from '../../generated/graphql.ts';

export type SaveCatalogueEntryResult<T extends 'CreateCatalogueEntrySuccess' | 'UpdateCatalogueEntrySuccess'> =
  | { __typename: T; entry: CatalogueEntryView }
  | ValidationErrorResult;
export type DeleteCatalogueEntryResult = { __typename: 'DeleteCatalogueEntrySuccess'; deletedId: string } | InUseErrorResult;

/** What the audit log records of a catalogue entry; the token only as set or not set. */
const snapshot = (e: CatalogueEntryRecord) => ({
  publicName: e.publicName,
  description: e.description,
  policy: e.policy.name,
  visible: e.visible,
  overrideGlobalSettings: e.overrideGlobalDcr,
  dcr: dcrSettingsSnapshot(e.dcrOverride),
});

/** What CatalogueAdminService works with; server/create-services.ts builds it. */
export interface CatalogueAdminDeps {
  catalogue: CatalogueRepo;
  /** Adds the effective DCR settings to entries. */
  views: CatalogueService;
  audit: AuditRepo;
  /** Seals the initial registration access tokens. */
  secrets: SecretBox;
}

/** Portal Management -> Catalogue: publishing APIs and their DCR settings. Admins only. */
export class CatalogueAdminService {
  constructor(private readonly deps: CatalogueAdminDeps) {}

  async list(viewer: Viewer | null, args: PageArgs) {
    requireAdmin(viewer);
    const page = toPage(args);
    return toConnection(await this.deps.views.toViews(await this.deps.catalogue.list(page)), page);
  }

  async get(viewer: Viewer | null, id: string): Promise<CatalogueEntryView> {
    requireAdmin(viewer);
    const entry = await this.deps.catalogue.findById(id);
    if (!entry) throw notFound('Catalogue API');
    const [view] = await this.deps.views.toViews([entry]);
    return view!;
  }

  // Policy.catalogueEntries is asked for every policy of a page: one entries query and one
  // settings read for the page (common/batch-loader.ts).
  private readonly entriesByPolicy = batchLoader<string, CatalogueEntryView[]>(async (policyIds) => {
    const views = await this.deps.views.toViews(await this.deps.catalogue.listByPolicies(policyIds));
    return groupBy(views, (view) => view.policyId);
  }, []);

  /** For Policy.catalogueEntries, below an admin query. */
  byPolicy(policyId: string): Promise<CatalogueEntryView[]> {
    return this.entriesByPolicy.load(policyId);
  }

  async create(viewer: Viewer | null, raw: CreateCatalogueEntryInput): Promise<SaveCatalogueEntryResult<'CreateCatalogueEntrySuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = createCatalogueEntryInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const input = parsed.data;
    const errors = await this.check(input, null);
    if (errors.length > 0) return validationError(errors);
    const entry = await this.write(input, () =>
      this.deps.catalogue.create(columns(input), input.dcr ? toDcrSettingsData(input.dcr, this.deps.secrets) : null),
    );
    if ('__typename' in entry) return entry;
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'catalogue_entry.created',
      targetType: 'CatalogueEntry',
      targetId: entry.id,
      details: { publicName: entry.publicName, values: snapshot(entry), initialRegistrationAccessTokenChange: input.dcr ? tokenChange(input.dcr) : 'unchanged' },
    });
    return { __typename: 'CreateCatalogueEntrySuccess', entry: await this.view(entry) };
  }

  async update(viewer: Viewer | null, raw: UpdateCatalogueEntryInput): Promise<SaveCatalogueEntryResult<'UpdateCatalogueEntrySuccess'>> {
    const admin = requireAdmin(viewer);
    const parsed = updateCatalogueEntryInput.safeParse(raw);
    if (!parsed.success) return fromZodError(parsed.error);
    const { id, ...input } = parsed.data;
    const before = await this.deps.catalogue.findById(id);
    if (!before) throw notFound('Catalogue API');
    const errors = await this.check(input, before);
    if (errors.length > 0) return validationError(errors);
    const entry = await this.write(input, () =>
      this.deps.catalogue.update(id, columns(input), input.dcr ? toDcrSettingsData(input.dcr, this.deps.secrets) : null),
    );
    if ('__typename' in entry) return entry;
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'catalogue_entry.updated',
      targetType: 'CatalogueEntry',
      targetId: id,
      details: {
        publicName: entry.publicName,
        changes: describeChanges(snapshot(before), snapshot(entry)),
        initialRegistrationAccessTokenChange: input.dcr ? tokenChange(input.dcr) : 'unchanged',
      },
    });
    return { __typename: 'UpdateCatalogueEntrySuccess', entry: await this.view(entry) };
  }

  /** Refused while OAuth clients were created for it: they would lose their API. Hiding it is the alternative. */
  async delete(viewer: Viewer | null, id: string): Promise<DeleteCatalogueEntryResult> {
    const admin = requireAdmin(viewer);
    const entry = await this.deps.catalogue.findById(id);
    if (!entry) throw notFound('Catalogue API');
    const clients = await this.deps.catalogue.clients(id);
    if (clients.length > 0) {
      return inUseError(
        entry.publicName,
        clients.map((c) => ({ kind: 'OAUTH_CLIENT', id: c.id, name: c.clientName })),
        'hide it instead, so developers cannot create new clients for it.',
      );
    }
    await this.deps.catalogue.delete(entry);
    await this.deps.audit.record({
      actorId: admin.id,
      action: 'catalogue_entry.deleted',
      targetType: 'CatalogueEntry',
      targetId: id,
      details: { publicName: entry.publicName, values: snapshot(entry) },
    });
    return { __typename: 'DeleteCatalogueEntrySuccess', deletedId: id };
  }

  private async check(input: CatalogueEntryInput, before: CatalogueEntryRecord | null): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const sameName = await this.deps.catalogue.findByPublicName(input.publicName);
    if (sameName && sameName.id !== before?.id) errors.push({ path: 'publicName', message: `${input.publicName} is in the catalogue already.` });
    if (!(await this.deps.catalogue.policyExists(input.policyId))) errors.push({ path: 'policyId', message: 'Select a policy; the one chosen no longer exists.' });
    if (input.dcr) {
      errors.push(...dcrSettingsErrors(input.dcr, Boolean(before?.dcrOverride?.initialAccessTokenEnc), 'dcr.'));
    } else if (input.overrideGlobalSettings && !before?.dcrOverride) {
      errors.push({ path: 'dcr', message: 'Fill in the Dynamic Client Registration settings that override the global ones.' });
    }
    return errors;
  }

  private async write(input: CatalogueEntryInput, run: () => Promise<CatalogueEntryRecord>): Promise<CatalogueEntryRecord | ValidationErrorResult> {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return validationError([{ path: 'publicName', message: `${input.publicName} is in the catalogue already.` }]);
    }
  }

  private async view(entry: CatalogueEntryRecord): Promise<CatalogueEntryView> {
    const [view] = await this.deps.views.toViews([entry]);
    return view!;
  }
}

function columns(input: CatalogueEntryInput) {
  return {
    publicName: input.publicName,
    description: input.description,
    policyId: input.policyId,
    visible: input.visible,
    overrideGlobalDcr: input.overrideGlobalSettings,
  };
}
