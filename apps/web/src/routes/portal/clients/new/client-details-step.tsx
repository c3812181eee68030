import { useId, type FormEvent, type Ref } from 'react';
import { FieldErrors } from '../../../../forms/field-error-list.tsx';
import { Spinner } from '../../../../components/spinner.tsx';
import { TextField } from '../../../../forms/text-field.tsx';
import type { WizardFieldErrors } from '../form/group-field-errors.ts';
import { RedirectUrisField } from '../form/redirect-uris-field.tsx';

interface ClientDetailsStepProps {
  apiNames: readonly string[];
  clientName: string;
  redirectUris: string;
  separator: string;
  errors: WizardFieldErrors;
  pending: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onClientNameChange: (value: string) => void;
  onRedirectUrisChange: (value: string) => void;
  onBack: () => void;
  onCreate: () => void;
}

/** Step 2: client name and redirect URLs, then Create, which registers at the IdP. */
export function ClientDetailsStep(props: ClientDetailsStepProps) {
  const { apiNames, clientName, redirectUris, separator, errors, pending, headingRef } = props;
  const id = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) props.onCreate();
  }

  return (
    <form className="form wizard__step" onSubmit={onSubmit} noValidate aria-busy={pending || undefined}>
      <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
        Name and redirect URLs
      </h2>

      <div className={`selected-apis${errors.catalogueEntryIds.length ? ' field--invalid' : ''}`}>
        <dl className="selected-apis__list">
          <dt className="field__label">APIs</dt>
          <dd>
            {apiNames.join(', ')}
            <FieldErrors id={`${id}-api-errors`} messages={errors.catalogueEntryIds} />
          </dd>
        </dl>
        <button type="button" className="button button--small" onClick={props.onBack} disabled={pending}>
          Change APIs
        </button>
      </div>

      {/* Read-only while the IdP is called, so what is sent is what stays on screen. */}
      <TextField
        label="Client name"
        name="clientName"
        autoComplete="off"
        required
        readOnly={pending}
        value={clientName}
        onChange={(e) => props.onClientNameChange(e.currentTarget.value)}
        errors={errors.clientName}
        hint="Shown at the identity provider, for example on its consent screen."
      />

      <RedirectUrisField
        value={redirectUris}
        separator={separator}
        errors={errors.redirectUris}
        itemErrors={errors.redirectUriItems}
        readOnly={pending}
        onChange={props.onRedirectUrisChange}
      />

      <div className="actions">
        <button type="button" className="button" onClick={props.onBack} disabled={pending}>
          Back
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? (
            <>
              <Spinner size="sm" /> Creating…
            </>
          ) : (
            'Create'
          )}
        </button>
      </div>
      {/* A clear progress indicator while the IdP is called (issue 4): announced politely. */}
      <div className="registration-progress" role="status" aria-live="polite">
        {pending ? (
          <>
            <Spinner size="sm" />
            <span>Registering the client at the identity provider… This can take a few seconds.</span>
          </>
        ) : null}
      </div>
    </form>
  );
}
