import { describe, expect, it } from 'vitest';
import { emptyDcrDraft } from '../components/dcr-draft.ts';
import { catalogueEntryDraftErrors, emptyCatalogueEntryDraft, toCatalogueEntryInput } from './catalogue-entry-draft.ts';

describe('catalogue entry draft', () => {
  it('sends the DCR settings only while Override global settings is ticked', () => {
    const draft = { ...emptyCatalogueEntryDraft(), publicName: ' Curity Demo API ', policyId: 'p1' };
    expect(toCatalogueEntryInput(draft)).toEqual({ publicName: 'Curity Demo API', description: '', policyId: 'p1', visible: true, overrideGlobalSettings: false });
    expect(toCatalogueEntryInput({ ...draft, overrideGlobalSettings: true }).dcr).toMatchObject({ enabled: false, provider: 'OTHER' });
  });

  it('checks the name, the policy and, when overriding, the DCR rules', () => {
    const dcr = { ...emptyDcrDraft(), enabled: true, responseTypes: [], clientRegistrationEndpoint: 'https://idp.example/register' };
    expect(catalogueEntryDraftErrors({ ...emptyCatalogueEntryDraft(), overrideGlobalSettings: true, dcr }).map((e) => e.path)).toEqual(['publicName', 'policyId', 'dcr.responseTypes']);
    expect(catalogueEntryDraftErrors({ ...emptyCatalogueEntryDraft(), publicName: 'A', policyId: 'p', dcr })).toEqual([]);
  });
});
