import { useId, type FormEvent, type Ref } from 'react';
import { FieldErrors } from '../../../../components/field-errors.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../../../graphql/generated/index.ts';

export const SelectApisStep_entry = graphql(`
  fragment SelectApisStep_entry on CatalogueEntry {
    id
    publicName
    description
    dcrEnabled
  }
`);

interface SelectApisStepProps {
  entries: readonly FragmentType<typeof SelectApisStep_entry>[];
  selected: ReadonlySet<string>;
  errors: readonly string[];
  headingRef: Ref<HTMLHeadingElement>;
  onToggle: (id: string, checked: boolean) => void;
  onContinue: () => void;
}

/** Step 1: the catalogue APIs the client is for. Only APIs with DCR enabled can be chosen. */
export function SelectApisStep({ entries, selected, errors, headingRef, onToggle, onContinue }: SelectApisStepProps) {
  const id = useId();
  const list = getFragmentData(SelectApisStep_entry, entries);
  const anyEnabled = list.some((e) => e.dcrEnabled);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onContinue();
  }

  return (
    <form className="form wizard__step" onSubmit={onSubmit} noValidate>
      <h2 className="wizard__title" ref={headingRef} tabIndex={-1}>
        Select APIs
      </h2>
      <fieldset
        className={`fieldset${errors.length ? ' field--invalid' : ''}`}
        aria-describedby={errors.length ? `${id}-errors` : undefined}
      >
        <legend className="fieldset__legend">APIs this client is for</legend>
        {!anyEnabled ? (
          <p className="alert alert--info">
            None of the published APIs allows creating OAuth clients yet. Ask an administrator to enable Dynamic
            Client Registration for an API.
          </p>
        ) : null}
        <ul className="choice-list">
          {list.map((entry) => {
            const inputId = `${id}-${entry.id}`;
            const reasonId = `${inputId}-reason`;
            return (
              <li key={entry.id} className={`choice${entry.dcrEnabled ? '' : ' choice--disabled'}`}>
                <input
                  id={inputId}
                  type="checkbox"
                  className="checkbox"
                  checked={selected.has(entry.id)}
                  disabled={!entry.dcrEnabled}
                  aria-describedby={reasonId}
                  onChange={(e) => onToggle(entry.id, e.currentTarget.checked)}
                />
                <div>
                  <label htmlFor={inputId} className="choice__label">
                    {entry.publicName}
                  </label>
                  <p id={reasonId} className="choice__hint">
                    {entry.dcrEnabled
                      ? entry.description
                      : 'Not available: Dynamic Client Registration is not enabled for this API.'}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
        <FieldErrors id={`${id}-errors`} messages={errors} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary">
          Save and continue
        </button>
      </div>
    </form>
  );
}
