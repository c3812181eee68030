import { useQueryRefHandlers, useReadQuery, type QueryRef } from '@apollo/client/react';
import { splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../../../components/describe-error.ts';
import { EmptyState } from '../../../../components/empty-state.tsx';
import { getFragmentData, graphql } from '../../../../graphql/generated/index.ts';
import type { CreateClientRouteQuery, CreateClientRouteQueryVariables } from '../../../../graphql/generated/graphql.ts';
import { apisShown } from '../../catalogue/catalogue-search-params.ts';
import { SearchBox } from '../../catalogue/search-box.tsx';
import { LoadMore, useLoadMore } from '../../../../components/load-more.tsx';
import { ClientDetailsStep } from './client-details-step.tsx';
import {
  emptyWizardFieldErrors,
  groupFieldErrors,
  hasFieldErrors,
  type WizardFieldErrors,
} from '../form/group-field-errors.ts';
import { useFormMutation } from '../../../../forms/cache-effects.ts';
import { validationErrorOf } from '../../../../forms/handle-payload.ts';
import { localFieldErrors } from '../form/local-field-errors.ts';
import { newIdempotencyKey } from './new-idempotency-key.ts';
import { pickerChoices, toggleChoice, type ApiChoice } from './picker-choices.ts';
import { SelectApisStep, SelectApisStep_entry } from './select-apis-step.tsx';
import { WizardProgress } from './wizard-progress.tsx';

const CreateOAuthClientMutation = graphql(`
  mutation CreateOAuthClient($input: CreateOAuthClientInput!) {
    createOAuthClient(input: $input) {
      __typename
      ... on CreateOAuthClientSuccess {
        client {
          id
          ...ClientDetails_client
        }
      }
      ...FieldErrors_validationError
      ... on IdpRegistrationError {
        error
        message
        path
      }
    }
  }
`);

/** What the alert above the form says after a failed Create. */
interface Summary {
  title: string;
  message: string;
  /** RFC 7591 error code from the IdP, for example `invalid_redirect_uri`. */
  code?: string;
  details?: string[];
}

interface CreateClientWizardProps {
  catalogueRef: QueryRef<CreateClientRouteQuery, CreateClientRouteQueryVariables>;
}

/** What the alert says when the IdP cannot be reached: the developer's input is kept. */
const KEPT = 'What you typed is kept: press Create again when the identity provider is back.';

/**
 * The Create OAuth client wizard: step 1 picks the APIs, step 2 names the client and its
 * redirect URLs, Create registers it at the identity provider (RFC 7591). Whatever the API
 * answers, the typed values stay; errors appear beside the fields their path names.
 */
export function CreateClientWizard({ catalogueRef }: CreateClientWizardProps) {
  const { data } = useReadQuery(catalogueRef);
  const { refetch } = useQueryRefHandlers(catalogueRef);
  const { loadMore, pending: loadingMore, error: moreError } = useLoadMore(catalogueRef);
  const { edges, pageInfo } = data.publishedApis;
  const page: readonly ApiChoice[] = getFragmentData(SelectApisStep_entry, edges.map((edge) => edge.node));
  const preselected = getFragmentData(SelectApisStep_entry, data.preselectedApi);
  const separator = data.redirectUriSeparator;
  const [search, setSearch] = useState('');
  const [searching, startSearch] = useTransition();
  const onSearch = useCallback(
    (q: string) => {
      setSearch(q);
      // The current choices stay on screen until the new search's first page arrives.
      startSearch(async () => {
        await refetch({ search: q || null });
      });
    },
    [refetch],
  );
  const navigate = useNavigate();

  // One key per wizard run: a double-clicked or retried Create must not register twice. The API
  // waits for a request in flight with the same key and replays a finished registration; it
  // stores no failures, so fixing the input and pressing Create again works with the same key.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [step, setStep] = useState<1 | 2>(1);
  const [selected, setSelected] = useState<ReadonlyMap<string, ApiChoice>>(() =>
    preselected ? toggleChoice(new Map(), preselected, true) : new Map(),
  );
  const [clientName, setClientName] = useState('');
  const [redirectUris, setRedirectUris] = useState('');
  const [errors, setErrors] = useState<WizardFieldErrors>(emptyWizardFieldErrors);
  const [summary, setSummary] = useState<Summary | null>(null);

  const [createClient, { loading }] = useFormMutation(CreateOAuthClientMutation);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const stepChanged = useRef(false);
  useEffect(() => {
    if (stepChanged.current) headingRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);

  if (edges.length === 0 && !search) {
    return (
      <EmptyState title="No APIs to choose from">
        <p>An OAuth client is created for APIs in the catalogue, and none is published yet.</p>
      </EmptyState>
    );
  }

  const apiIds = [...selected.keys()];
  const apiNames = [...selected.values()].map((e) => e.publicName);

  function goTo(next: 1 | 2) {
    stepChanged.current = true;
    setStep(next);
  }

  function onToggle(choice: ApiChoice, checked: boolean) {
    setSelected((prev) => toggleChoice(prev, choice, checked));
    setErrors((e) => ({ ...e, catalogueEntryIds: [] }));
  }

  function onContinue() {
    if (apiIds.length === 0) {
      setErrors((e) => ({ ...e, catalogueEntryIds: ['Select at least one API.'] }));
      return;
    }
    setSummary(null);
    goTo(2);
  }

  async function onCreate() {
    // The API runs the same checks; running them here first saves a round trip.
    const local = localFieldErrors(clientName, redirectUris, separator);
    if (hasFieldErrors(local)) {
      setErrors(local);
      setSummary(null);
      return;
    }
    setErrors(emptyWizardFieldErrors());
    setSummary(null);
    let payload;
    try {
      const result = await createClient({
        variables: {
          // The API takes a list; the separator is only how this text field holds several URLs.
          input: { catalogueEntryIds: apiIds, clientName: clientName.trim(), redirectUris: splitRedirectUris(redirectUris, separator), idempotencyKey },
        },
      });
      payload = result.data?.createOAuthClient;
    } catch (error) {
      const { title, message } = describeError(error);
      setSummary({ title: 'The client was not created', message: `${title}. ${message} ${KEPT}` });
      return;
    }
    if (!payload) return;

    switch (payload.__typename) {
      case 'CreateOAuthClientSuccess':
        await navigate(`/portal/clients/${encodeURIComponent(payload.client.id)}`, { state: { created: true } });
        return;
      case 'ValidationError': {
        const { message, fieldErrors } = validationErrorOf(payload);
        const grouped = groupFieldErrors(fieldErrors);
        setErrors(grouped);
        setSummary({ title: 'The client was not created', message, details: grouped.other });
        return;
      }
      case 'IdpRegistrationError': {
        const unreachable = payload.error === 'idp_unavailable';
        const title = unreachable
          ? 'The identity provider could not be reached'
          : 'The identity provider refused the registration';
        if (payload.path) {
          const grouped = groupFieldErrors([{ path: payload.path, message: `${payload.message} (${payload.error})` }]);
          setErrors(grouped);
          setSummary({
            title,
            message: grouped.other.length ? payload.message : 'See the error next to the field below.',
            code: payload.error,
          });
        } else {
          setSummary({ title, message: unreachable ? `${payload.message} ${KEPT}` : payload.message, code: unreachable ? undefined : payload.error });
        }
        return;
      }
    }
  }

  return (
    <div className="wizard">
      <WizardProgress current={step} />
      {summary ? (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p className="alert__title">{summary.title}</p>
          <p>{summary.message}</p>
          {summary.code ? (
            <p className="alert__code">
              Identity provider error: <code className="code">{summary.code}</code>
            </p>
          ) : null}
          {summary.details?.length ? (
            <ul>
              {summary.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {step === 1 ? (
        <SelectApisStep
          choices={pickerChoices(page, selected)}
          selected={new Set(selected.keys())}
          searchBox={<SearchBox label="Search APIs" value={search} onSearch={onSearch} pending={searching} />}
          showMore={
            <LoadMore
              shown={apisShown(edges.length)}
              label="Show more"
              errorTitle="More APIs did not load"
              hasNextPage={pageInfo.hasNextPage}
              endCursor={pageInfo.endCursor}
              pending={loadingMore}
              error={moreError}
              onLoadMore={loadMore}
            />
          }
          noMatchesFor={edges.length === 0 && search ? search : null}
          noneEnabled={!search && !pageInfo.hasNextPage && !page.some((e) => e.dcrEnabled)}
          stale={searching}
          errors={errors.catalogueEntryIds}
          headingRef={headingRef}
          onToggle={onToggle}
          onContinue={onContinue}
        />
      ) : (
        <ClientDetailsStep
          apiNames={apiNames}
          clientName={clientName}
          redirectUris={redirectUris}
          separator={separator}
          errors={errors}
          pending={loading}
          headingRef={headingRef}
          onClientNameChange={(v) => {
            setClientName(v);
            setErrors((e) => ({ ...e, clientName: [] }));
          }}
          onRedirectUrisChange={(v) => {
            setRedirectUris(v);
            setErrors((e) => ({ ...e, redirectUris: [], redirectUriItems: new Map() }));
          }}
          onBack={() => goTo(1)}
          onCreate={() => void onCreate()}
        />
      )}
    </div>
  );
}
