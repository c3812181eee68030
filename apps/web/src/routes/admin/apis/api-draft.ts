import { DEFAULT_IDENTITY_SOURCE, formatIdentitySource, parseIdentitySource } from '@gatehouse/dcr/identity-claims';
import type { UpdateApiInput } from '../../../graphql/generated/graphql.ts';

/** System Management -> APIs, as the form holds it (text fields as typed). */
export interface ApiDraft {
  name: string;
  listenPath: string;
  upstreamUrl: string;
  jwksUri: string;
  /** Claim names separated by spaces, as typed. */
  identitySource: string;
  issuer: string;
  audience: string;
  defaultPolicyId: string;
  active: boolean;
}

export function emptyApiDraft(name = ''): ApiDraft {
  return {
    name,
    listenPath: suggestListenPath(name),
    upstreamUrl: '',
    jwksUri: '',
    identitySource: formatIdentitySource(DEFAULT_IDENTITY_SOURCE),
    issuer: '',
    audience: '',
    defaultPolicyId: '',
    active: true,
  };
}

/** "curity-api" -> "/curity-api/": the listen path the seed guide's API ends up with. */
export function suggestListenPath(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `/${slug}/` : '';
}

export function apiDraftFrom(api: {
  name: string;
  listenPath: string;
  upstreamUrl: string;
  jwksUri: string;
  identitySource: readonly string[];
  issuer?: string | null;
  audience?: string | null;
  defaultPolicy?: { id: string } | null;
  active: boolean;
}): ApiDraft {
  return {
    name: api.name,
    listenPath: api.listenPath,
    upstreamUrl: api.upstreamUrl,
    jwksUri: api.jwksUri,
    identitySource: formatIdentitySource(api.identitySource),
    issuer: api.issuer ?? '',
    audience: api.audience ?? '',
    defaultPolicyId: api.defaultPolicy?.id ?? '',
    active: api.active,
  };
}

export function toApiInput(draft: ApiDraft): Omit<UpdateApiInput, 'id'> {
  return {
    name: draft.name.trim(),
    listenPath: draft.listenPath.trim(),
    upstreamUrl: draft.upstreamUrl.trim(),
    authMode: 'JWT',
    jwksUri: draft.jwksUri.trim(),
    identitySource: parseIdentitySource(draft.identitySource),
    issuer: draft.issuer.trim() || null,
    audience: draft.audience.trim() || null,
    defaultPolicyId: draft.defaultPolicyId || null,
    active: draft.active,
  };
}
