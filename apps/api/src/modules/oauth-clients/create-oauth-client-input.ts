import { z } from 'zod';
import { clientNameField, redirectUrisField } from './client-fields.ts';

/** Parses the wizard's input. */
export const createOAuthClientInput = z
  .object({
    catalogueEntryIds: z
      .array(z.string().min(1).max(64))
      .min(1, 'Select at least one API.')
      .max(20, 'Select at most 20 APIs for one client.'),
    clientName: clientNameField,
    redirectUris: redirectUrisField,
    idempotencyKey: z.string().min(8).max(100),
  })
  .strict();

export type CreateOAuthClientInput = z.infer<typeof createOAuthClientInput>;
