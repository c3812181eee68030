import { useEffect, useRef } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import type { CreatedApiToken } from './create-api-token-form.tsx';

/**
 * The new token's value, the only time it is shown: the API stores just its SHA-256. Focus
 * moves here so keyboard and screen reader users meet the warning before anything else.
 */
export function NewApiTokenValue({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel api-tokens__new" aria-labelledby="new-api-token-title">
      <h2 id="new-api-token-title" ref={heading} tabIndex={-1} className="panel__title">
        Token “{token.name}” created
      </h2>
      <div className="alert alert--warning" role="status">
        <p className="alert__title">Copy the token now: it will not be shown again.</p>
        <p>Gatehouse keeps only a hash of it. If you lose it, revoke it and create a new one.</p>
      </div>
      <div className="api-tokens__value">
        <label htmlFor="new-api-token-value" className="field__label">
          Token value
        </label>
        <div className="secret">
          <input id="new-api-token-value" className="input code secret__value" readOnly value={token.value} onFocus={(e) => e.currentTarget.select()} />
          <CopyButton value={token.value} what="token value" />
        </div>
        <p className="field__hint">
          Send it as <code className="code">Authorization: Bearer &lt;token&gt;</code> to <code className="code">/graphql</code>.
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </section>
  );
}
