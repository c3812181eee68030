import { z } from 'zod';

/** RFC 6749 section 3.3: scope-tokens of %x21 / %x23-5B / %x5D-7E, separated by single spaces. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export const scopeField = z
  .string()
  .max(1000, { message: 'Scope must be at most 1000 characters.' })
  .nullish()
  .transform((value) => (value ?? '').trim().split(/\s+/).filter(Boolean))
  .refine((tokens) => tokens.every((t) => SCOPE_TOKEN.test(t)), {
    message: 'Scopes are words separated by spaces, without quotes or backslashes (RFC 6749 section 3.3).',
  })
  .transform((tokens) => [...new Set(tokens)].join(' '));

const id = z.string().min(1).max(64);

export const clientCredentialsInput = z.object({ clientId: id, scope: scopeField }).strict();
export type ClientCredentialsInput = z.output<typeof clientCredentialsInput>;

export const startAuthorizationInput = z
  .object({
    clientId: id,
    scope: scopeField,
    redirect: z.enum(['PORTAL_CALLBACK', 'CLIENT_REDIRECT_URI']),
    redirectUri: z.string().max(2000).nullish(),
    consentToAddPortalCallback: z.boolean().nullish(),
  })
  .strict();
export type StartAuthorizationInput = z.output<typeof startAuthorizationInput>;

export const exchangeCodeInput = z
  .object({
    state: z.string().min(1, { message: 'The state is missing; start the authorization again.' }).max(200),
    code: z
      .string()
      .trim()
      .min(1, { message: 'Paste the code from the redirect URL (its `code` parameter).' })
      .max(4096, { message: 'That is too long for an authorization code; paste only the `code` parameter.' }),
    iss: z.string().max(2000).nullish(),
  })
  .strict();
export type ExchangeCodeInput = z.output<typeof exchangeCodeInput>;
