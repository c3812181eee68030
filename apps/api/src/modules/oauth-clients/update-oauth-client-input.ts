import { z } from 'zod';
import { clientNameField, perSeparator, redirectUrisField } from './client-fields.ts';

/** Parses the edit form: the new name and redirect URLs, which replace the registered ones. */
export const updateOAuthClientInput = perSeparator((separator: string) =>
  z
    .object({
      id: z.string().min(1).max(64),
      clientName: clientNameField,
      redirectUris: redirectUrisField(separator),
    })
    .strict(),
);

export type UpdateOAuthClientInput = z.infer<ReturnType<typeof updateOAuthClientInput>>;
