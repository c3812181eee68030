import { PROVIDER_LABELS } from '@gatehouse/dcr/provider-needs';
import { Link } from 'react-router';

/** The global DCR settings in a sentence, shown where a catalogue API uses them. */
export function GlobalDcrSummary({ settings }: { settings: { enabled: boolean; provider: keyof typeof PROVIDER_LABELS; clientRegistrationEndpoint?: string | null } }) {
  return (
    <div className="alert alert--info">
      <p className="alert__title">The global settings apply</p>
      <p>
        {settings.enabled
          ? `Dynamic Client Registration is on: ${PROVIDER_LABELS[settings.provider]}, registering at ${settings.clientRegistrationEndpoint ?? 'no endpoint yet'}.`
          : 'Dynamic Client Registration is off in the global settings, so developers cannot create clients for this API.'}{' '}
        <Link to="/admin/settings">Change them under Portal Management -&gt; Settings</Link>, or tick Override global settings.
      </p>
    </div>
  );
}
