import {
  checkDcrSettings,
  outboundUrlProblem,
  GRANT_TYPES,
  PROVIDERS,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHODS,
  type GrantType,
  type ResponseType,
} from '@gatehouse/dcr';
import { z } from 'zod';
import type { SecretBox } from '@gatehouse/config';
import type { FieldError } from '../common/validation-error.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** Duplicates dropped, in the order of the spec table (stored and compared as one string). */
const inSpecOrder = <T extends string>(all: readonly T[]) => (values: T[]) => all.filter((v) => values.includes(v));

/**
 * `DcrSettingsInput` (GraphQL) as the API parses it: the shape here, the consistency rules in
 * @gatehouse/dcr's checkDcrSettings, which the SPA runs too.
 */
export const dcrSettingsInput = z
  .object({
    enabled: z.boolean(),
    provider: z.enum(PROVIDERS),
    grantTypes: z.array(z.enum(GRANT_TYPES)).max(GRANT_TYPES.length * 2).transform(inSpecOrder<GrantType>(GRANT_TYPES)),
    tokenEndpointAuthMethod: z.enum(TOKEN_ENDPOINT_AUTH_METHODS),
    responseTypes: z.array(z.enum(RESPONSE_TYPES)).max(RESPONSE_TYPES.length * 2).transform(inSpecOrder<ResponseType>(RESPONSE_TYPES)),
    identityProviderHost: optionalText(2000),
    clientRegistrationEndpoint: optionalText(2000),
    // Write-only (issue 3): absent or empty keeps the stored token.
    initialRegistrationAccessToken: z.string().trim().max(8192, 'That token is too long.').nullish().transform((v) => v || null),
    clearInitialRegistrationAccessToken: z.boolean().nullish().transform(Boolean),
  })
  .strict();

export type DcrSettingsInput = z.output<typeof dcrSettingsInput>;

export type TokenChange = 'replaced' | 'cleared' | 'unchanged';

export function tokenChange(input: DcrSettingsInput): TokenChange {
  if (input.clearInitialRegistrationAccessToken) return 'cleared';
  return input.initialRegistrationAccessToken ? 'replaced' : 'unchanged';
}

/**
 * The errors that refuse a save, with paths under `prefix` (e.g. `dcr.`) so they mirror the
 * mutation input. `tokenStored` says whether a token is stored now: keeping it satisfies a
 * provider that needs one.
 */
export function dcrSettingsErrors(input: DcrSettingsInput, tokenStored: boolean, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const change = tokenChange(input);
  if (input.clearInitialRegistrationAccessToken && input.initialRegistrationAccessToken) {
    errors.push({ path: `${prefix}initialRegistrationAccessToken`, message: 'Enter a new token or clear the stored one, not both.' });
  }
  const hasToken = change === 'replaced' || (change === 'unchanged' && tokenStored);
  for (const finding of checkDcrSettings({ ...input, hasInitialRegistrationAccessToken: hasToken })) {
    if (finding.severity === 'error') errors.push({ path: `${prefix}${finding.field}`, message: finding.message });
  }
  // The portal calls these URLs with credentials: https outside local mode (ADR 008). The shared
  // rules above cannot know the mode (the SPA runs them too), so the API adds this on save.
  for (const field of ['identityProviderHost', 'clientRegistrationEndpoint'] as const) {
    const path = `${prefix}${field}`;
    const problem = input[field] && !errors.some((e) => e.path === path) ? outboundUrlProblem(input[field]) : null;
    if (problem) errors.push({ path, message: problem });
  }
  return errors;
}

/** Column values of a DcrSettings row; the token is sealed, cleared, or left out (kept). */
export function toDcrSettingsData(input: DcrSettingsInput, secrets: SecretBox) {
  const change = tokenChange(input);
  return {
    enabled: input.enabled,
    provider: input.provider,
    grantTypes: input.grantTypes.join(' '),
    tokenEndpointAuthMethod: input.tokenEndpointAuthMethod,
    responseTypes: input.responseTypes.join(' '),
    idpHost: input.identityProviderHost,
    registrationEndpoint: input.clientRegistrationEndpoint,
    ...(change === 'replaced' ? { initialAccessTokenEnc: secrets.seal(input.initialRegistrationAccessToken!) } : {}),
    ...(change === 'cleared' ? { initialAccessTokenEnc: null } : {}),
  };
}

export type DcrSettingsData = ReturnType<typeof toDcrSettingsData>;
