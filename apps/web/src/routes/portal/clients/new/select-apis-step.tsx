import { useId, type FormEvent, type ReactNode, type Ref } from 'react';
import { FieldErrors } from '../../../../forms/field-error-list.tsx';
import { graphql } from '../../../../graphql/generated/index.ts';
import type { ApiChoice } from './picker-choices.ts';

export const SelectApisStep_entry = graphql(`
  fragment SelectApisStep_entry on CatalogueEntry {
    id
    publicName
    description
    dcrEnabled
  }
`);

interface SelectApisStepProps {
  choices: readonly ApiChoice[];
  selected: ReadonlySet<string>;
  errors: readonly string[];
  headingRef: Ref<HTMLHeadingElement>;
  /** The search field above the list. */
  searchBox: ReactNode;
  /** "Show more" and the count under the list. */
  showMore: ReactNode;
  /** The search that matched no API, to say so; null otherwise. */
  noMatchesFor: string | null;
  /** True when every published API is listed and none has DCR enabled. */
  noneEnabled: boolean;
  /** True while the list is being replaced by a new search's results. */
  stale: boolean;
  onToggle: (choice: ApiChoice, checked: boolean) => void;
  onContinue: () => void;
}

/** Step 1: the catalogue APIs the client is for. Only APIs with DCR enabled can be chosen. */
export function SelectApisStep(props: SelectApisStepProps) {
  const { choices, selected, errors, headingRef, searchBox, showMore, noMatchesFor, noneEnabled, stale, onToggle, onContinue } = props;
  const id = useId();

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
        {searchBox}
        {noneEnabled ? (
          <p className="alert alert--info">
            None of the published APIs allows creating OAuth clients yet. Ask an administrator to enable Dynamic
            Client Registration for an API.
          </p>
        ) : null}
        {noMatchesFor !== null ? (
          <p className="muted" role="status">
            No API matches “{noMatchesFor}”. Search looks at API names and descriptions.
          </p>
        ) : null}
        <ul className={`choice-list${stale ? ' is-stale' : ''}`} aria-busy={stale || undefined}>
          {choices.map((entry) => {
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
                  onChange={(e) => onToggle(entry, e.currentTarget.checked)}
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
        {showMore}
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
