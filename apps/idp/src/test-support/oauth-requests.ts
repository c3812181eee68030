import type { Idp } from '../create-idp.ts';

/** A web client as the portal's wizard registers it (RFC 7591 section 2). */
export const WEB_CLIENT = {
  client_name: 'Test app',
  redirect_uris: ['http://localhost:7777', 'https://oauth.tools/callback/code'],
  grant_types: ['authorization_code', 'client_credentials', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_post',
  scope: 'openid read',
};

export interface Registration {
  client_id: string;
  client_secret?: string;
  registration_access_token: string;
  registration_client_uri: string;
  [metadata: string]: unknown;
}

export async function register(idp: Idp, metadata: object = WEB_CLIENT, authorization?: string) {
  const res = await fetch(idp.endpoints.registration, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(metadata),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Registration & { error?: string; error_description?: string } };
}

/** RFC 6749 section 4.4 with client_secret_post (section 2.3.1), and no `scope` or `resource`. */
export async function clientCredentials(idp: Idp, client: { client_id: string; client_secret?: string }, extra: Record<string, string> = {}) {
  const res = await fetch(idp.endpoints.token, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.client_id, client_secret: client.client_secret ?? '', ...extra }),
  });
  return { status: res.status, body: (await res.json()) as { access_token?: string; token_type?: string; expires_in?: number; scope?: string; error?: string; error_description?: string } };
}

/** RFC 7592 sections 2.1-2.3: read, replace or delete at registration_client_uri. */
export async function manage(reg: Pick<Registration, 'registration_client_uri' | 'registration_access_token'>, method: 'GET' | 'PUT' | 'DELETE', body?: object) {
  const res = await fetch(reg.registration_client_uri, {
    method,
    headers: { authorization: `Bearer ${reg.registration_access_token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as (Registration & { error?: string }) | undefined };
}
