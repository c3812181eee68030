import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldErrors } from './field-error-list.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Rendered under the hint and errors, for example the chips of parsed redirect URLs. */
  children?: ReactNode;
}

/** A labelled input with an optional hint and its errors, all wired for screen readers. */
export function TextField({ label, hint, errors = [], children, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const describedBy = [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field${errors.length ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      <FieldErrors id={errorId} messages={errors} />
      {children}
    </div>
  );
}
