import type { UpdateCatalogueEntryInput } from '../../../graphql/generated/graphql.ts';
import { dcrDraftFindings, emptyDcrDraft, findingsAsFieldErrors, toDcrSettingsInput, type DcrDraft } from '../components/dcr-draft.ts';

/** Portal Management -> Catalogue, both tabs, as the form holds it. */
export interface CatalogueEntryDraft {
  publicName: string;
  description: string;
  policyId: string;
  visible: boolean;
  overrideGlobalSettings: boolean;
  dcr: DcrDraft;
}

export function emptyCatalogueEntryDraft(): CatalogueEntryDraft {
  return { publicName: '', description: '', policyId: '', visible: true, overrideGlobalSettings: false, dcr: emptyDcrDraft() };
}

/**
 * The mutation input. The override is sent only while ticked; unticked, the stored override is
 * kept as it is (and the global settings apply), so ticking it again restores it.
 */
export function toCatalogueEntryInput(draft: CatalogueEntryDraft): Omit<UpdateCatalogueEntryInput, 'id'> {
  return {
    publicName: draft.publicName.trim(),
    description: draft.description.trim(),
    policyId: draft.policyId,
    visible: draft.visible,
    overrideGlobalSettings: draft.overrideGlobalSettings,
    ...(draft.overrideGlobalSettings ? { dcr: toDcrSettingsInput(draft.dcr) } : {}),
  };
}

/** What the browser can tell before sending, with the API's paths and messages. */
export function catalogueEntryDraftErrors(draft: CatalogueEntryDraft): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (!draft.publicName.trim()) errors.push({ path: 'publicName', message: 'Enter a public name, for example Curity Demo API.' });
  if (!draft.policyId) errors.push({ path: 'policyId', message: 'Select a policy.' });
  if (draft.overrideGlobalSettings) errors.push(...findingsAsFieldErrors(dcrDraftFindings(draft.dcr), 'error', 'dcr.'));
  return errors;
}
