import { z } from 'zod';
import { clientNameField, redirectUrisField } from './client-fields.ts';

/** Parses the edit form: the new name and redirect URLs, which replace the registered ones. */
export const updateOAuthClientInput = z
  .object({
    id: z.string().min(1).max(64),
    clientName: clientNameField,
    redirectUris: redirectUrisField,
  })
  .strict();

export type UpdateOAuthClientInput = z.infer<typeof updateOAuthClientInput>;
