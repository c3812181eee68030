import { PROVIDER_LABELS, PROVIDER_REGISTRATION_NEEDS, type Provider } from '@gatehouse/dcr/provider-needs';
import {
  GRANT_TYPE_LABELS,
  GRANT_TYPES,
  RESPONSE_TYPE_LABELS,
  RESPONSE_TYPES,
  TOKEN_ENDPOINT_AUTH_METHOD_LABELS,
  TOKEN_ENDPOINT_AUTH_METHODS,
  type TokenEndpointAuthMethod,
} from '@gatehouse/dcr/rfc7591';
import { useId } from 'react';
import { TextField } from '../../../forms/text-field.tsx';
import { dcrDraftFindings, type DcrDraft, type DcrSettingsField } from './dcr-draft.ts';
import { DiscoveryResult } from './discovery-result.tsx';
import { errorsAt, type FieldErrorMap } from '../../../forms/field-errors.ts';
import { CheckboxField, CheckGroup, SelectField } from '../../../forms/form-fields.tsx';
import { useDiscovery } from './use-discovery.ts';

interface DcrSettingsSectionProps {
  draft: DcrDraft;
  onChange: (draft: DcrDraft) => void;
  /** Errors by input path; this section reads those under `prefix`. */
  errors: FieldErrorMap;
  prefix: string;
  /** Clears the errors of a field once the admin changes it. */
  onFieldEdited: (path: string) => void;
}

const providers = Object.keys(PROVIDER_LABELS) as Provider[];

/**
 * The seed guide's `Dynamic Client Registration for portal APIs` section, with its field names:
 * an enable switch, Providers, Grant Types, Token Endpoint Auth Method, Response Types, Identity
 * Provider Host (with Discover), Client Registration Endpoint and the write-only Initial
 * Registration Access Token. Warnings (RFC 9700) show as the admin chooses; errors after Save.
 */
export function DcrSettingsSection({ draft, onChange, errors, prefix, onFieldEdited }: DcrSettingsSectionProps) {
  const headingId = useId();
  const { state: discovery, discover } = useDiscovery();
  const warnings = dcrDraftFindings(draft).filter((f) => f.severity === 'warning');
  const warningsAt = (field: DcrSettingsField) => warnings.filter((w) => w.field === field).map((w) => w.message);
  const errorsOf = (field: DcrSettingsField) => errorsAt(errors, `${prefix}${field}`);
  const update = (changes: Partial<DcrDraft>, field?: DcrSettingsField) => {
    onChange({ ...draft, ...changes });
    if (field) onFieldEdited(`${prefix}${field}`);
  };
  const set = <K extends keyof DcrDraft>(key: K, value: DcrDraft[K], field?: DcrSettingsField) => update({ [key]: value }, field);
  const needs = PROVIDER_REGISTRATION_NEEDS[draft.provider];

  async function onDiscover() {
    const found = await discover(draft.identityProviderHost);
    if (!found) return;
    onChange({
      ...draft,
      identityProviderHost: found.issuer,
      clientRegistrationEndpoint: found.registrationEndpoint ?? draft.clientRegistrationEndpoint,
    });
    onFieldEdited(`${prefix}identityProviderHost`);
    onFieldEdited(`${prefix}clientRegistrationEndpoint`);
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="form-section__title">
        Dynamic Client Registration for portal APIs
      </h3>
      <p className="form-section__lead">
        How the portal registers developers’ OAuth clients at the identity provider (RFC 7591).
      </p>

      <CheckboxField
        asSwitch
        label="Enable Dynamic Client Registration"
        hint="Developers can create OAuth clients for these APIs only while this is on."
        checked={draft.enabled}
        onChange={(e) => set('enabled', e.currentTarget.checked, 'enabled')}
        errors={errorsOf('enabled')}
      />

      <SelectField
        label="Providers"
        hint="The identity provider vendor; each needs its own way of registering."
        value={draft.provider}
        onChange={(e) => {
          set('provider', e.currentTarget.value as Provider, 'provider');
          onFieldEdited(`${prefix}initialRegistrationAccessToken`);
        }}
        errors={errorsOf('provider')}
      >
        {providers.map((p) => (
          <option key={p} value={p}>
            {PROVIDER_LABELS[p]}
          </option>
        ))}
      </SelectField>

      <CheckGroup
        label="Grant Types"
        hint="What the registered clients may use."
        options={GRANT_TYPES.map((g) => ({ value: g, label: GRANT_TYPE_LABELS[g] }))}
        value={draft.grantTypes}
        onChange={(v) => {
          set('grantTypes', v, 'grantTypes');
          onFieldEdited(`${prefix}responseTypes`);
        }}
        errors={errorsOf('grantTypes')}
        warnings={warningsAt('grantTypes')}
      />

      <SelectField
        label="Token Endpoint Auth Method"
        hint="How clients authenticate at the identity provider’s token endpoint."
        value={draft.tokenEndpointAuthMethod}
        onChange={(e) => set('tokenEndpointAuthMethod', e.currentTarget.value as TokenEndpointAuthMethod, 'tokenEndpointAuthMethod')}
        errors={errorsOf('tokenEndpointAuthMethod')}
      >
        {TOKEN_ENDPOINT_AUTH_METHODS.map((m) => (
          <option key={m} value={m}>
            {TOKEN_ENDPOINT_AUTH_METHOD_LABELS[m]}
          </option>
        ))}
      </SelectField>

      <CheckGroup
        label="Response Types"
        hint="Authorization Code goes with the Authorization Code grant, Token with Implicit (RFC 7591 section 2.1)."
        options={RESPONSE_TYPES.map((r) => ({ value: r, label: RESPONSE_TYPE_LABELS[r] }))}
        value={draft.responseTypes}
        onChange={(v) => {
          set('responseTypes', v, 'responseTypes');
          onFieldEdited(`${prefix}grantTypes`);
        }}
        errors={errorsOf('responseTypes')}
        warnings={warningsAt('responseTypes')}
      />

      <div className="discover">
        <div className="discover__row">
          <TextField
            label="Identity Provider Host"
            hint="The identity provider’s base URL (its issuer). Discover reads its registration endpoint from it."
            inputMode="url"
            spellCheck={false}
            autoComplete="off"
            value={draft.identityProviderHost}
            onChange={(e) => set('identityProviderHost', e.currentTarget.value, 'identityProviderHost')}
            errors={errorsOf('identityProviderHost')}
          />
          <button
            type="button"
            className="button"
            onClick={() => void onDiscover()}
            disabled={discovery.status === 'loading'}
          >
            Discover
          </button>
        </div>
        <DiscoveryResult state={discovery} filled="filled in the Identity Provider Host and the Client Registration Endpoint." />
      </div>

      <TextField
        label="Client Registration Endpoint"
        hint={
          <>
            The OpenID Connect client registration endpoint, for {PROVIDER_LABELS[draft.provider]} usually{' '}
            <code className="code">…{needs.registrationPath}</code>
          </>
        }
        inputMode="url"
        spellCheck={false}
        autoComplete="off"
        value={draft.clientRegistrationEndpoint}
        onChange={(e) => set('clientRegistrationEndpoint', e.currentTarget.value, 'clientRegistrationEndpoint')}
        errors={errorsOf('clientRegistrationEndpoint')}
      />

      <InitialAccessToken draft={draft} update={update} errors={errorsOf('initialRegistrationAccessToken')} />
    </section>
  );
}

function InitialAccessToken({
  draft,
  update,
  errors,
}: {
  draft: DcrDraft;
  update: (changes: Partial<DcrDraft>, field?: DcrSettingsField) => void;
  errors: readonly string[];
}) {
  const needs = PROVIDER_REGISTRATION_NEEDS[draft.provider];
  const status = draft.clearToken ? 'Set; will be cleared when you save' : draft.tokenStored ? 'Set' : 'Not set';
  return (
    <div className="field">
      <TextField
        label="Initial Registration Access Token"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        value={draft.newToken}
        disabled={draft.clearToken}
        placeholder={draft.tokenStored ? 'Type a new token to replace the stored one' : ''}
        onChange={(e) => update({ newToken: e.currentTarget.value }, 'initialRegistrationAccessToken')}
        errors={errors}
        hint={
          <>
            {needs.token === 'required'
              ? `${PROVIDER_LABELS[draft.provider]} needs its ${needs.tokenName}.`
              : `Optional: the ${needs.tokenName}, if the endpoint requires one.`}{' '}
            Write-only: stored encrypted and never shown again; leave empty to keep the stored token.
          </>
        }
      />
      <div className="secret-status">
        <span>
          Stored token: <strong>{status}</strong>
        </span>
        {draft.tokenStored && !draft.clearToken ? (
          <button type="button" className="button button--small" onClick={() => update({ clearToken: true, newToken: '' }, 'initialRegistrationAccessToken')}>
            Clear token
          </button>
        ) : null}
        {draft.clearToken ? (
          <button type="button" className="button button--small" onClick={() => update({ clearToken: false }, 'initialRegistrationAccessToken')}>
            Keep token
          </button>
        ) : null}
      </div>
    </div>
  );
}
