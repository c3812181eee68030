import { getFragmentData, graphql, type FragmentType } from '../../../graphql/generated/index.ts';
import { dcrDraftFindings, dcrDraftFrom, findingsAsFieldErrors, toDcrSettingsInput } from '../components/dcr-draft.ts';
import { DcrSettingsSection } from '../components/dcr-settings-section.tsx';
import { useFormMutation } from '../../../forms/cache-effects.ts';
import { EditorForm } from '../../../forms/editor-form.tsx';
import { CheckboxField, SelectField } from '../../../forms/form-fields.tsx';
import { SubmitActions } from '../../../forms/submit-status.tsx';
import { useDraftForm } from '../../../forms/use-draft-form.ts';

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
      ...FieldErrors_validationError
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
  const form = useDraftForm({
    initial: () => ({ redirectUriSeparator: settings.redirectUriSeparator, signupEnabled: settings.signupEnabled, dcr: dcrDraftFrom(settings.dcr) }),
    tabs: { settings: ['redirectUriSeparator', 'signupEnabled', 'dcr'] },
    check: (draft) => findingsAsFieldErrors(dcrDraftFindings(draft.dcr), 'error', 'dcr.'),
  });
  const { draft, at } = form;
  const [update, { loading }] = useFormMutation(UpdatePortalSettingsMutation);

  const save = () =>
    form.submit(
      async ({ dcr, ...rest }) => (await update({ variables: { input: { ...rest, dcr: toDcrSettingsInput(dcr) } } })).data?.updatePortalSettings,
      (payload) => {
        form.saved('The settings were saved.');
        form.setDraft((d) => ({ ...d, dcr: dcrDraftFrom(getFragmentData(PortalSettingsForm_settings, payload.settings).dcr) }));
      },
    );

  return (
    <EditorForm form={form} pending={loading} onSubmit={() => void save()} submitLabel="Save">
      <div className="form-section">
        <SelectField
          label="Redirect URI separator"
          hint="Developers type several redirect URLs in one field, split by this character (the seed’s oauth_redirect_uri_separator)."
          value={draft.redirectUriSeparator}
          onChange={(e) => form.edit('redirectUriSeparator', e.currentTarget.value)}
          errors={at('redirectUriSeparator')}
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
          checked={draft.signupEnabled}
          onChange={(e) => form.edit('signupEnabled', e.currentTarget.checked)}
          errors={at('signupEnabled')}
        />
      </div>
      <p className="form-section__lead">
        These Dynamic Client Registration settings apply to every catalogue API that does not tick Override global settings.
      </p>
      <DcrSettingsSection draft={draft.dcr} onChange={(dcr) => form.setDraft((d) => ({ ...d, dcr }))} errors={form.errors} prefix="dcr." onFieldEdited={form.clear} />
      <SubmitActions label="Save" pending={loading} />
    </EditorForm>
  );
}
