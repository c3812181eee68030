import { TOKEN_PROFILES, type Provider, type TokenVendor } from '@gatehouse/dcr/identity-claims';
import { useId, useState, type ReactNode } from 'react';
import { EditorForm } from '../../../forms/editor-form.tsx';
import { SubmitActions } from '../../../forms/submit-status.tsx';
import type { DraftForm } from '../../../forms/use-draft-form.ts';
import { TextField } from '../../../forms/text-field.tsx';
import { DiscoveryResult } from '../components/discovery-result.tsx';
import { CheckboxField, SelectField } from '../../../forms/form-fields.tsx';
import { useDiscovery } from '../components/use-discovery.ts';
import type { ApiDraft } from './api-draft.ts';
import { IdentitySourceField } from './identity-source-field.tsx';

export const API_FIELD_PATHS = ['name', 'listenPath', 'upstreamUrl', 'authMode', 'jwksUri', 'identitySource', 'issuer', 'audience', 'defaultPolicyId', 'active'];

interface ApiFormProps {
  form: DraftForm<ApiDraft, 'api'>;
  /** The provider of the portal's DCR settings, whose tokens' identity source the form suggests first. */
  dcrProvider?: Provider | null;
  /** Policies that grant this API: the only valid Default Policy choices. Null while the API is new. */
  defaultPolicyOptions: readonly { id: string; name: string }[] | null;
  pending: boolean;
  onSubmit: () => void;
  /** Extra buttons beside Save, for example Delete API. */
  actions?: ReactNode;
}

/**
 * The API form: name, listen path and upstream, then the seed guide's Authentication section
 * (JSON Web Token (JWT), JWKS URI with Discover, Identity source, issuer and audience checks,
 * Default Policy).
 */
export function ApiForm({ form, dcrProvider = null, defaultPolicyOptions, pending, onSubmit, actions }: ApiFormProps) {
  const { draft, edit: set, at } = form;
  const authId = useId();
  const [issuerUrl, setIssuerUrl] = useState(draft.issuer);
  const { state: discovery, discover } = useDiscovery();
  const [vendor, setVendor] = useState<TokenVendor | ''>(dcrProvider ?? '');

  async function onDiscover() {
    const found = await discover(issuerUrl);
    if (!found) return;
    // An audience the issuer implies (Okta's api://default) is proposed, never put over one typed in.
    const audience = draft.audience.trim() ? draft.audience : (found.suggestedAudience ?? draft.audience);
    form.setDraft({ ...draft, jwksUri: found.jwksUri ?? draft.jwksUri, issuer: found.issuer, audience });
    if (found.tokenVendor) setVendor(found.tokenVendor);
    for (const path of ['jwksUri', 'issuer', 'audience']) form.clear(path);
  }

  return (
    <EditorForm form={form} pending={pending} onSubmit={onSubmit} submitLabel="Save">
      <div className="form-section">
        <TextField label="API Name" autoComplete="off" required value={draft.name} onChange={(e) => set('name', e.currentTarget.value)} errors={at('name')} />
        <div className="field-row">
          <TextField
            label="Listen path"
            hint="Path prefix on the gateway, for example /curity-api/."
            autoComplete="off"
            spellCheck={false}
            value={draft.listenPath}
            onChange={(e) => set('listenPath', e.currentTarget.value)}
            errors={at('listenPath')}
          />
          <TextField
            label="Upstream URL"
            hint="The target URL the gateway forwards requests to."
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={draft.upstreamUrl}
            onChange={(e) => set('upstreamUrl', e.currentTarget.value)}
            errors={at('upstreamUrl')}
          />
        </div>
      </div>

      <section className="form-section" aria-labelledby={authId}>
        <h2 id={authId} className="form-section__title">
          Authentication
        </h2>
        <SelectField label="Authentication mode" value="JWT" onChange={() => {}} errors={at('authMode')}>
          <option value="JWT">JSON Web Token (JWT)</option>
        </SelectField>

        <div className="discover">
          <div className="discover__row">
            <TextField
              label="Issuer or discovery URL"
              hint="The identity provider’s issuer, or its .well-known/openid-configuration URL. Discover fills in the JWKS URI and the issuer."
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={issuerUrl}
              onChange={(e) => setIssuerUrl(e.currentTarget.value)}
            />
            <button type="button" className="button" onClick={() => void onDiscover()} disabled={discovery.status === 'loading'}>
              Discover
            </button>
          </div>
          <DiscoveryResult
            state={discovery}
            filled={
              discovery.status === 'found' && discovery.discovery.tokenVendor
                ? `filled in the JWKS URI and the Issuer; its tokens look like ${TOKEN_PROFILES[discovery.discovery.tokenVendor].label}’s${discovery.discovery.suggestedAudience ? `, whose audience is ${discovery.discovery.suggestedAudience}` : ''}.`
                : 'filled in the JWKS URI and the Issuer.'
            }
          />
        </div>

        <TextField
          label="JWKS URI"
          hint="The keys the gateway checks token signatures against (the discovery document’s jwks_uri)."
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={draft.jwksUri}
          onChange={(e) => set('jwksUri', e.currentTarget.value)}
          errors={at('jwksUri')}
        />
        <IdentitySourceField
          value={draft.identitySource}
          onChange={(value) => set('identitySource', value)}
          errors={at('identitySource')}
          vendor={vendor}
          onVendorChange={setVendor}
          claimsSupported={discovery.status === 'found' ? discovery.discovery.claimsSupported : null}
        />
        <div className="field-row">
          <TextField
            label="Issuer"
            hint="Tokens must carry this iss; leave empty to skip the check."
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            value={draft.issuer}
            onChange={(e) => set('issuer', e.currentTarget.value)}
            errors={at('issuer')}
          />
          <TextField
            label="Audience"
            hint={`Tokens must carry this aud (a token listing several passes when one of them is this); leave empty to skip the check. Okta's default authorization server uses api://default. ${
              vendor ? `${TOKEN_PROFILES[vendor].label}: ${TOKEN_PROFILES[vendor].audienceHint}.` : ''
            }`.trim()}
            autoComplete="off"
            spellCheck={false}
            value={draft.audience}
            onChange={(e) => set('audience', e.currentTarget.value)}
            errors={at('audience')}
          />
        </div>
        <SelectField
          label="Default Policy"
          hint={
            defaultPolicyOptions === null
              ? 'Save the API first; then add it to a policy under Policies and choose that policy here.'
              : defaultPolicyOptions.length === 0
                ? 'No policy grants this API yet: add it to one under System Management -> Policies.'
                : 'The policy clients of this API get. Only policies that grant this API are listed.'
          }
          value={draft.defaultPolicyId}
          disabled={defaultPolicyOptions === null}
          onChange={(e) => set('defaultPolicyId', e.currentTarget.value)}
          errors={at('defaultPolicyId')}
        >
          <option value="">None</option>
          {(defaultPolicyOptions ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </section>

      <div className="form-section">
        <CheckboxField
          label="Active"
          hint="The gateway serves only active APIs."
          checked={draft.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
          errors={at('active')}
        />
        <SubmitActions label="Save" pending={pending}>
          {actions}
        </SubmitActions>
      </div>
    </EditorForm>
  );
}
