import { useId, useState } from 'react';
import { CopyButton } from '../../../../components/copy-button.tsx';

/** The client secret, masked until "Reveal"; copying works either way. */
export function ClientSecret({ secret }: { secret: string }) {
  const [revealed, setRevealed] = useState(false);
  const valueId = useId();
  return (
    <span className="secret">
      <code id={valueId} className="code secret__value">
        {revealed ? (
          secret
        ) : (
          <>
            <span aria-hidden="true">••••••••••••</span>
            <span className="visually-hidden">hidden</span>
          </>
        )}
      </code>
      <button
        type="button"
        className="button button--small"
        aria-controls={valueId}
        onClick={() => setRevealed((r) => !r)}
      >
        {revealed ? 'Hide' : 'Reveal'}
      </button>
      <CopyButton value={secret} what="client secret" />
    </span>
  );
}
