import type { ReactNode } from 'react';
import { CopyButton } from '../../../../components/copy-button.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../../../graphql/generated/index.ts';
import { formatDateTime } from '../../../../lib/format-date.ts';
import { providerLabel } from '../../../../lib/provider-label.ts';
import { describePolicy } from '../../catalogue/describe-policy.ts';
import { ClientSecret } from './client-secret.tsx';

export const ClientDetails_client = graphql(`
  fragment ClientDetails_client on OAuthClient {
    id
    clientId
    clientSecret
    clientSecretExpiresAt
    clientName
    redirectUris
    grantTypes
    responseTypes
    tokenEndpointAuthMethod
    notRegisteredByIdp {
      metadata
      values
    }
    tokenEndpoint
    provider
    managedAtIdp
    createdAt
    apis {
      id
      publicName
      policy {
        id
        name
        rateLimitRequests
        rateLimitPeriodSeconds
        quotaMax
        quotaRenewalSeconds
        keyExpiresInSeconds
      }
    }
  }
`);

function List({ items, code = false }: { items: readonly string[]; code?: boolean }) {
  if (items.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{code ? <code className="code">{item}</code> : item}</li>
      ))}
    </ul>
  );
}

/**
 * What the API's settings asked for and the identity provider left out (RFC 7591 section 2 lets it
 * replace requested values), under the row that shows what it registered instead.
 */
function NotRegistered({ values }: { values: readonly string[] | undefined }) {
  if (!values?.length) return null;
  return (
    <p className="details__note">
      Asked for but not registered by the identity provider:{' '}
      {values.map((value, i) => (
        <span key={value}>
          {i > 0 ? ', ' : null}
          <code className="code">{value}</code>
        </span>
      ))}
    </p>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface ClientDetailsProps {
  client: FragmentType<typeof ClientDetails_client>;
  /** An admin's view: the API sends the secret to its developer only, so say that instead of "None". */
  secretOwnerOnly?: boolean;
}

/** Everything the IdP registered for the client, as the seed guide's "client details" screen. */
export function ClientDetails(props: ClientDetailsProps) {
  const c = getFragmentData(ClientDetails_client, props.client);
  const notRegistered = (metadata: string) => c.notRegisteredByIdp.find((n) => n.metadata === metadata)?.values;
  const confidential = c.clientSecret !== null || (props.secretOwnerOnly === true && c.tokenEndpointAuthMethod !== 'none');
  return (
    <dl className="details">
      <Row label="Client ID">
        <span className="secret">
          <code className="code">{c.clientId}</code>
          <CopyButton value={c.clientId} what="client ID" />
        </span>
      </Row>
      <Row label="Client secret">
        {c.clientSecret ? (
          <ClientSecret secret={c.clientSecret} />
        ) : confidential ? (
          <span className="muted">Only its developer can see it</span>
        ) : (
          <span className="muted">None (public client)</span>
        )}
      </Row>
      {confidential ? (
        <Row label="Secret expires">{c.clientSecretExpiresAt ? formatDateTime(c.clientSecretExpiresAt) : 'Never'}</Row>
      ) : null}
      <Row label="Grant types">
        <List items={c.grantTypes} code />
        <NotRegistered values={notRegistered('grant_types')} />
      </Row>
      <Row label="Response types">
        <List items={c.responseTypes} code />
        <NotRegistered values={notRegistered('response_types')} />
      </Row>
      <Row label="Redirect URIs">
        <List items={c.redirectUris} code />
      </Row>
      <Row label="Token endpoint auth method">
        <code className="code">{c.tokenEndpointAuthMethod}</code>
        <NotRegistered values={notRegistered('token_endpoint_auth_method')} />
      </Row>
      <Row label="Token endpoint">
        {c.tokenEndpoint ? (
          <span className="secret">
            <code className="code">{c.tokenEndpoint}</code>
            <CopyButton value={c.tokenEndpoint} what="token endpoint" />
          </span>
        ) : (
          <span className="muted">Not known</span>
        )}
      </Row>
      <Row label="APIs">
        <List items={c.apis.map((a) => a.publicName)} />
      </Row>
      <Row label="Policy">
        <ul className="plain-list">
          {/* One line per policy: several APIs may share one. */}
          {[...new Map(c.apis.map((a) => [a.policy.id, a.policy])).values()].map((policy) => {
            const grants = describePolicy(policy);
            return (
              <li key={policy.id}>
                {policy.name}: rate limit {grants.rateLimit.toLowerCase()}, quota {grants.quota.toLowerCase()}, expiry{' '}
                {grants.expiry.toLowerCase()}
              </li>
            );
          })}
        </ul>
      </Row>
      <Row label="Provider">{providerLabel(c.provider)}</Row>
      <Row label="Created">
        <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
      </Row>
    </dl>
  );
}
