import { redirectUriProblem, splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { z } from 'zod';

/** Parses the wizard's input; redirect URIs are split by the portal's configured separator. */
export function createOAuthClientInput(separator: string) {
  return z
    .object({
      catalogueEntryIds: z
        .array(z.string().min(1).max(64))
        .min(1, 'Select at least one API.')
        .max(20, 'Select at most 20 APIs for one client.'),
      clientName: z.string().trim().min(1, 'Enter a client name.').max(100, 'Use at most 100 characters.'),
      redirectUris: z
        .string()
        .max(4000, 'That is too long; register at most 20 redirect URLs.')
        .transform((value) => splitRedirectUris(value, separator))
        .pipe(
          z
            .array(z.string().max(2000, 'A redirect URL can have at most 2000 characters.'))
            .max(20, 'Register at most 20 redirect URLs.')
            .superRefine((uris, ctx) => {
              uris.forEach((uri, index) => {
                const problem = redirectUriProblem(uri);
                if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [index] });
              });
            }),
        ),
      idempotencyKey: z.string().min(8).max(100),
    })
    .strict();
}

export type CreateOAuthClientInput = z.infer<ReturnType<typeof createOAuthClientInput>>;
