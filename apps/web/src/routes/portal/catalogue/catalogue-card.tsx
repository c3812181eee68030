import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { describePolicy } from './describe-policy.ts';

export const CatalogueCard_entry = graphql(`
  fragment CatalogueCard_entry on CatalogueEntry {
    id
    publicName
    description
    dcrEnabled
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
`);

/** One published API: what it is, what its policy grants, and whether clients can be created. */
export function CatalogueCard(props: { entry: FragmentType<typeof CatalogueCard_entry> }) {
  const entry = getFragmentData(CatalogueCard_entry, props.entry);
  const policy = describePolicy(entry.policy);
  const titleId = `catalogue-${entry.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId} className="card__title">
          {entry.publicName}
        </h2>
        {entry.dcrEnabled ? (
          <span className="badge badge--success">OAuth clients available</span>
        ) : (
          <span className="badge">OAuth clients not available</span>
        )}
      </div>
      <p className="card__text">{entry.description || 'No description yet.'}</p>
      <dl className="facts">
        <div className="facts__row">
          <dt>Policy</dt>
          <dd>{entry.policy.name}</dd>
        </div>
        <div className="facts__row">
          <dt>Rate limit</dt>
          <dd>{policy.rateLimit}</dd>
        </div>
        <div className="facts__row">
          <dt>Quota</dt>
          <dd>{policy.quota}</dd>
        </div>
        <div className="facts__row">
          <dt>Client expiry</dt>
          <dd>{policy.expiry}</dd>
        </div>
      </dl>
      {entry.dcrEnabled ? (
        <div className="card__actions">
          <Link
            className="button button--small"
            to={`/portal/clients/new?api=${encodeURIComponent(entry.id)}`}
            aria-label={`Create OAuth client for ${entry.publicName}`}
          >
            Create OAuth client
          </Link>
        </div>
      ) : null}
    </article>
  );
}
