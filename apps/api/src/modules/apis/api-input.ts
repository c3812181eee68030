import { listenPathProblem, upstreamUrlProblem } from '@gatehouse/config';
import { httpUrlProblem, outboundUrlProblem } from '@gatehouse/dcr';
import { formatIdentitySource, identityClaimProblem, MAX_IDENTITY_CLAIMS } from '@gatehouse/dcr/identity-claims';
import { z } from 'zod';

/** An absolute http(s) URL, required or optional, checked by the rule the SPA uses too. */
export const httpUrl = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(2000, 'Use at most 2000 characters.')
    .superRefine((value, ctx) => {
      const problem = httpUrlProblem(value, label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * A URL Gatehouse itself fetches (the gateway reads the JWKS): https outside local mode, by the
 * outbound policy (docs/decisions/008-outbound-calls.md).
 */
const fetchedUrl = (label: string) =>
  httpUrl(label).superRefine((value, ctx) => {
    if (httpUrlProblem(value, label)) return;
    const problem = outboundUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
  });

export const optionalHttpUrl = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .pipe(httpUrl(label).nullable());

/** A custom issue per problem the rule finds, so the field error says what to change. */
const refuseBy = (rule: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const problem = rule(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

/**
 * "curity-api" or "/curity-api" becomes "/curity-api/": the gateway matches whole path segments.
 * The gateway's own rule (gateway-paths.ts) then refuses what it would not route: dot segments
 * and its reserved prefix.
 */
const listenPath = z
  .string()
  .trim()
  .max(200, 'Use at most 200 characters.')
  .transform((v) => `/${v.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'))
  .pipe(
    z
      .string()
      .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, {
        message: 'Use letters, digits, dots, dashes, underscores or tildes between slashes, for example /curity-api/.',
        abort: true,
      })
      .superRefine(refuseBy(listenPathProblem)),
  );

/**
 * Identity source: claim names in order, each checked by the rule the gateway compiles them with,
 * stored space-separated. Errors point at the entry (`identitySource.1`).
 */
const identitySource = z
  .array(
    z
      .string()
      .trim()
      .superRefine((name, ctx) => {
        const problem = identityClaimProblem(name);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
  )
  .min(1, 'Name at least one claim, for example client_id.')
  .max(MAX_IDENTITY_CLAIMS, `Use at most ${MAX_IDENTITY_CLAIMS} claims.`)
  .superRefine((names, ctx) => {
    names.forEach((name, i) => {
      if (names.indexOf(name) < i) ctx.addIssue({ code: 'custom', path: [i], message: `${name} is already in the list.` });
    });
  })
  .transform(formatIdentitySource);

/** The fields of System Management -> APIs, as CreateApiInput and UpdateApiInput carry them. */
const apiFields = {
  name: z.string().trim().min(1, 'Enter a name, for example curity-api.').max(100, 'Use at most 100 characters.'),
  listenPath,
  // The gateway appends each request's path and query to it, so it carries no query of its own.
  upstreamUrl: httpUrl('Upstream URL').superRefine((value, ctx) => {
    if (!httpUrlProblem(value, 'Upstream URL')) refuseBy(upstreamUrlProblem)(value, ctx);
  }),
  authMode: z.enum(['JWT']),
  jwksUri: fetchedUrl('JWKS URI'),
  identitySource,
  issuer: optionalHttpUrl('Issuer'),
  audience: z
    .string()
    .trim()
    .max(500, 'Use at most 500 characters.')
    .nullish()
    .transform((v) => v || null),
  defaultPolicyId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  active: z.boolean(),
};

export const createApiInput = z.object(apiFields).strict();
export const updateApiInput = z.object({ id: z.string().min(1).max(64), ...apiFields }).strict();
export type ApiInput = z.output<typeof createApiInput>;
