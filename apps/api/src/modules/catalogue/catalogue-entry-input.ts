import { z } from 'zod';
import { dcrSettingsInput } from '../dcr-settings/index.ts';

/** Portal Management -> Catalogue (`Add New API` and its `Settings` tab). */
const catalogueEntryFields = {
  publicName: z.string().trim().min(1, 'Enter a public name, for example Curity Demo API.').max(100, 'Use at most 100 characters.'),
  description: z.string().trim().max(2000, 'Use at most 2000 characters.').nullish().transform((v) => v ?? ''),
  policyId: z.string().min(1, 'Select a policy.').max(64),
  visible: z.boolean(),
  overrideGlobalSettings: z.boolean(),
  dcr: dcrSettingsInput.nullish().transform((v) => v ?? null),
};

export const createCatalogueEntryInput = z.object(catalogueEntryFields).strict();
export const updateCatalogueEntryInput = z.object({ id: z.string().min(1).max(64), ...catalogueEntryFields }).strict();
export type CatalogueEntryInput = z.output<typeof createCatalogueEntryInput>;
