/** The wizard's steps (issue 4): choose APIs, name the client, then see what the IdP registered. */
const steps = ['Select APIs', 'Name and redirect URLs', 'Client details'] as const;

/** "Step 1 of 3" as an ordered list; the current step carries aria-current="step". */
export function WizardProgress({ current }: { current: 1 | 2 | 3 }) {
  return (
    <ol className="steps" aria-label="Progress">
      {steps.map((label, i) => {
        const n = i + 1;
        const state = n < current ? 'done' : n === current ? 'current' : 'todo';
        return (
          <li key={label} className={`steps__item steps__item--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="steps__number" aria-hidden="true">
              {state === 'done' ? '✓' : n}
            </span>
            <span className="steps__label">
              <span className="visually-hidden">{`Step ${n} of ${steps.length}: `}</span>
              {label}
              {state === 'done' ? <span className="visually-hidden"> (done)</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
