import { splitRedirectUris } from '@gatehouse/dcr/redirect-uris';
import { useId, type FormEvent, type Ref } from 'react';
import { FieldErrors } from '../../../../components/field-errors.tsx';
import { Spinner } from '../../../../components/spinner.tsx';
import { TextField } from '../../../../components/text-field.tsx';
import type { WizardFieldErrors } from './group-field-errors.ts';
import { REDIRECT_URI_SEPARATOR } from './redirect-uri-separator.ts';

interface ClientDetailsStepProps {
  apiNames: readonly string[];
  clientName: string;
  redirectUris: string;
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
  const { apiNames, clientName, redirectUris, errors, pending, headingRef } = props;
  const id = useId();
  const uris = splitRedirectUris(redirectUris, REDIRECT_URI_SEPARATOR);
  // Errors about single URLs (redirectUris.N) are listed under the field too, so they are read
  // out with it; the chips mark which URL each one is about. The shared rules already name the
  // URL in their messages.
  const itemMessages = [...errors.redirectUriItems.values()].flat();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) props.onCreate();
  }

  return (
    <form className="form wizard__step" onSubmit={onSubmit} noValidate aria-busy={pending || undefined}>
      <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
        Client details
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

      <TextField
        label="Client name"
        name="clientName"
        autoComplete="off"
        required
        value={clientName}
        onChange={(e) => props.onClientNameChange(e.currentTarget.value)}
        errors={errors.clientName}
        hint="Shown at the identity provider, for example on its consent screen."
      />

      <TextField
        label="Redirect URLs"
        name="redirectUris"
        autoComplete="off"
        spellCheck={false}
        inputMode="url"
        value={redirectUris}
        onChange={(e) => props.onRedirectUrisChange(e.currentTarget.value)}
        errors={[...errors.redirectUris, ...itemMessages]}
        hint={
          <>
            Separate several URLs with <kbd className="kbd">{REDIRECT_URI_SEPARATOR}</kbd>, for example{' '}
            <code className="code">http://localhost:7777{REDIRECT_URI_SEPARATOR}https://oauth.tools/callback/code</code>
          </>
        }
      >
        {uris.length > 0 ? (
          <ul className="chips" aria-label="URLs to register">
            {uris.map((uri, n) => {
              const invalid = errors.redirectUriItems.has(n);
              return (
                <li key={`${n}-${uri}`} className={`chip${invalid ? ' chip--invalid' : ''}`}>
                  {uri}
                  {invalid ? <span className="visually-hidden"> (has an error)</span> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </TextField>

      <div className="actions">
        <button type="button" className="button" onClick={props.onBack} disabled={pending}>
          Back
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          Create
        </button>
        <span className="actions__status" role="status">
          {pending ? (
            <>
              <Spinner size="sm" /> Registering the client at the identity provider…
            </>
          ) : null}
        </span>
      </div>
    </form>
  );
}
