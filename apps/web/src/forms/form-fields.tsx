import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { FieldErrors } from './field-error-list.tsx';

/*
 * Labelled controls of the admin forms, beside the shared TextField: each has a visible label,
 * an optional hint, its errors and warnings, all tied to the control for screen readers.
 */

interface Described {
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  warnings?: readonly string[];
}

function useDescription({ hint, errors = [], warnings = [] }: Described) {
  const id = useId();
  const ids = { hint: `${id}-hint`, errors: `${id}-errors`, warnings: `${id}-warnings` };
  const describedBy = [hint ? ids.hint : null, errors.length ? ids.errors : null, warnings.length ? ids.warnings : null]
    .filter(Boolean)
    .join(' ');
  return { id, ids, describedBy: describedBy || undefined, invalid: errors.length > 0 };
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="field__hint">
      {hint}
    </p>
  ) : null;
}

export function FieldWarnings({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id}>
      {messages.map((m) => (
        <p key={m} className="field__warning">
          <span className="visually-hidden">Warning: </span>
          {m}
        </p>
      ))}
    </div>
  );
}

export function SelectField({
  label,
  hint,
  errors = [],
  warnings = [],
  children,
  ...select
}: Described & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { children: ReactNode }) {
  const d = useDescription({ label, hint, errors, warnings });
  return (
    <div className={`field${d.invalid ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={d.id}>
        {label}
      </label>
      <Hint id={d.ids.hint} hint={hint} />
      <select id={d.id} className="select" aria-invalid={d.invalid || undefined} aria-describedby={d.describedBy} {...select}>
        {children}
      </select>
      <FieldErrors id={d.ids.errors} messages={errors} />
      <FieldWarnings id={d.ids.warnings} messages={warnings} />
    </div>
  );
}

export function TextAreaField({ label, hint, errors = [], ...area }: Described & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  const d = useDescription({ label, hint, errors });
  return (
    <div className={`field${d.invalid ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={d.id}>
        {label}
      </label>
      <Hint id={d.ids.hint} hint={hint} />
      <textarea id={d.id} className="textarea" aria-invalid={d.invalid || undefined} aria-describedby={d.describedBy} {...area} />
      <FieldErrors id={d.ids.errors} messages={errors} />
    </div>
  );
}

/** A checkbox with its label beside it; `asSwitch` draws it as a switch and says so to assistive tech. */
export function CheckboxField({
  label,
  hint,
  errors = [],
  asSwitch = false,
  ...input
}: Described & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & { asSwitch?: boolean }) {
  const d = useDescription({ label, hint, errors });
  return (
    <div className={`field${d.invalid ? ' field--invalid' : ''}`}>
      <div className="check">
        <input
          id={d.id}
          type="checkbox"
          role={asSwitch ? 'switch' : undefined}
          className={asSwitch ? 'switch' : 'checkbox'}
          aria-invalid={d.invalid || undefined}
          aria-describedby={d.describedBy}
          {...input}
        />
        <div>
          <label htmlFor={d.id} className="check__label">
            {label}
          </label>
          <Hint id={d.ids.hint} hint={hint} />
        </div>
      </div>
      <FieldErrors id={d.ids.errors} messages={errors} />
    </div>
  );
}

/** A group of checkboxes under a legend, e.g. the seed's `Grant Types`. */
export function CheckGroup<T extends string>({
  label,
  hint,
  errors = [],
  warnings = [],
  options,
  value,
  onChange,
  column = false,
}: Described & {
  options: readonly { value: T; label: string; hint?: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  column?: boolean;
}) {
  const d = useDescription({ label, hint, errors, warnings });
  const toggle = (option: T, checked: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? checked : value.includes(v))));
  return (
    <fieldset className={`fieldset field${d.invalid ? ' field--invalid' : ''}`} aria-describedby={d.describedBy}>
      <legend className="fieldset__legend">{label}</legend>
      <Hint id={d.ids.hint} hint={hint} />
      <div className={`check-group${column ? ' check-group--column' : ''}`}>
        {options.map((option) => {
          const id = `${d.id}-${option.value}`;
          return (
            <div key={option.value} className="check">
              <input
                id={id}
                type="checkbox"
                className="checkbox"
                checked={value.includes(option.value)}
                onChange={(e) => toggle(option.value, e.currentTarget.checked)}
              />
              <div>
                <label htmlFor={id} className="check__label">
                  {option.label}
                </label>
                {option.hint ? <p className="field__hint">{option.hint}</p> : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldErrors id={d.ids.errors} messages={errors} />
      <FieldWarnings id={d.ids.warnings} messages={warnings} />
    </fieldset>
  );
}
