import { Spinner } from '../../../components/spinner.tsx';
import type { DiscoveryState } from './use-discovery.ts';

const list = (values: readonly string[]) => (values.length ? values.join(', ') : 'not advertised');

/** What Discover found (or why it found nothing), announced politely when it arrives. */
export function DiscoveryResult({ state, filled }: { state: DiscoveryState; filled: string }) {
  return (
    <div role="status" aria-live="polite">
      {state.status === 'loading' ? (
        <p className="actions__status">
          <Spinner size="sm" /> Reading {state.url}…
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {state.message}
        </p>
      ) : null}
      {state.status === 'found' ? (
        <section aria-label="Discovery result">
          <p className="alert__title">Found the identity provider; {filled}</p>
          <dl className="found">
            {(
              [
                ['Discovery document', state.discovery.discoveryUrl],
                ['Issuer', state.discovery.issuer],
                ['JWKS URI', state.discovery.jwksUri ?? 'not advertised'],
                ['Registration endpoint', state.discovery.registrationEndpoint ?? 'not advertised'],
                ['Token endpoint', state.discovery.tokenEndpoint ?? 'not advertised'],
                ['Grant types supported', list(state.discovery.grantTypesSupported)],
                ['Response types supported', list(state.discovery.responseTypesSupported)],
                ['Token endpoint auth methods', list(state.discovery.tokenEndpointAuthMethodsSupported)],
                ['Claims supported', list(state.discovery.claimsSupported)],
              ] as const
            ).map(([term, value]) => (
              <div key={term} className="found__row">
                <dt>{term}</dt>
                <dd>
                  <code className="code">{value}</code>
                </dd>
              </div>
            ))}
          </dl>
          {state.discovery.warnings.map((w) => (
            <p key={w} className="field__warning">
              <span className="visually-hidden">Warning: </span>
              {w}
            </p>
          ))}
        </section>
      ) : null}
    </div>
  );
}
