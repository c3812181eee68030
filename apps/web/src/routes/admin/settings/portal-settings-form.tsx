import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/describe-error.ts';
import { Spinner } from '../../../components/spinner.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { dcrDraftFindings, dcrDraftFrom, findingsAsFieldErrors, toDcrSettingsInput, type DcrDraft } from '../components/dcr-draft.ts';
import { DcrSettingsSection } from '../components/dcr-settings-section.tsx';
import { evictRootFields } from '../components/evict-root-fields.ts';
import { errorsAt, toFieldErrorMap, unplacedErrors } from '../components/field-error-map.ts';
import { FormAlert, type FormAlertContent } from '../components/form-alert.tsx';
import { CheckboxField, SelectField } from '../components/form-fields.tsx';
import { useFieldErrors } from '../components/use-field-errors.ts';

export const PortalSettingsForm_settings = graphql(`
  fragment PortalSettingsForm_settings on PortalSettings {
    redirectUriSeparator
    signupEnabled
    dcr {
      enabled
      provider
      grantTypes
      tokenEndpointAuthMethod
      responseTypes
      identityProviderHost
      clientRegistrationEndpoint
      initialRegistrationAccessTokenSet
    }
  }
`);

const UpdatePortalSettingsMutation = graphql(`
  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {
    updatePortalSettings(input: $input) {
      __typename
      ... on UpdatePortalSettingsSuccess {
        settings {
          ...PortalSettingsForm_settings
        }
      }
      ... on ValidationError {
        message
        fieldErrors {
          path
          message
        }
      }
    }
  }
`);

/** The separators the API accepts (the seed's oauth_redirect_uri_separator), with readable names. */
const SEPARATORS = [
  { value: ';', label: '; (semicolon, the default)' },
  { value: ',', label: ', (comma)' },
  { value: '|', label: '| (vertical bar)' },
  { value: ' ', label: 'A space' },
] as const;

/** Portal Management -> Settings: redirect URI separator, self sign-up, global DCR settings. */
export function PortalSettingsForm(props: { settings: FragmentType<typeof PortalSettingsForm_settings> }) {
  const settings = getFragmentData(PortalSettingsForm_settings, props.settings);
  const [separator, setSeparator] = useState(settings.redirectUriSeparator);
  const [signupEnabled, setSignupEnabled] = useState(settings.signupEnabled);
  const [dcr, setDcr] = useState<DcrDraft>(() => dcrDraftFrom(settings.dcr));
  const { errors, show, clear, reset } = useFieldErrors();
  const [alert, setAlert] = useState<FormAlertContent | null>(null);
  const [update, { loading }] = useMutation(UpdatePortalSettingsMutation, {
    // Catalogue APIs without an override show the global settings.
    update: (cache) => evictRootFields(cache, 'catalogue', 'publishedApis', 'publishedApi', 'catalogueEntries', 'catalogueEntry', 'redirectUriSeparator'),
  });

  function showErrors(list: readonly { path: string; message: string }[], title: string) {
    show(list);
    setAlert({ kind: 'error', title, messages: unplacedErrors(toFieldErrorMap(list), ['redirectUriSeparator', 'signupEnabled', 'dcr']) });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setAlert(null);
    const local = findingsAsFieldErrors(dcrDraftFindings(dcr), 'error', 'dcr.');
    if (local.length > 0) return showErrors(local, 'Some fields need attention.');
    try {
      const { data } = await update({ variables: { input: { redirectUriSeparator: separator, signupEnabled, dcr: toDcrSettingsInput(dcr) } } });
      const payload = data?.updatePortalSettings;
      if (payload?.__typename === 'UpdatePortalSettingsSuccess') {
        reset();
        setDcr(dcrDraftFrom(getFragmentData(PortalSettingsForm_settings, payload.settings).dcr));
        setAlert({ kind: 'success', title: 'The settings were saved.' });
      } else if (payload?.__typename === 'ValidationError') {
        showErrors(payload.fieldErrors, payload.message);
      }
    } catch (error) {
      setAlert({ kind: 'error', title: describeError(error).message });
    }
  }

  return (
    <>
      <FormAlert alert={alert} />
      <form className="form-panel" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading || undefined}>
        <div className="form-section">
          <SelectField
            label="Redirect URI separator"
            hint="Developers type several redirect URLs in one field, split by this character (the seed’s oauth_redirect_uri_separator)."
            value={separator}
            onChange={(e) => {
              setSeparator(e.currentTarget.value);
              clear('redirectUriSeparator');
            }}
            errors={errorsAt(errors, 'redirectUriSeparator')}
          >
            {SEPARATORS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label="Developers may sign up themselves"
            hint="Otherwise an admin adds each developer under Portal Management -> Developers."
            checked={signupEnabled}
            onChange={(e) => setSignupEnabled(e.currentTarget.checked)}
            errors={errorsAt(errors, 'signupEnabled')}
          />
        </div>
        <p className="form-section__lead">
          These Dynamic Client Registration settings apply to every catalogue API that does not tick Override global settings.
        </p>
        <DcrSettingsSection draft={dcr} onChange={setDcr} errors={errors} prefix="dcr." onFieldEdited={clear} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            Save
          </button>
          <span className="actions__status" role="status">
            {loading ? (
              <>
                <Spinner size="sm" /> Saving…
              </>
            ) : null}
          </span>
        </div>
      </form>
    </>
  );
}
