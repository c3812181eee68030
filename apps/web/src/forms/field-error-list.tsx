/** Errors of one form field, linked to it through aria-describedby (see TextField). */
export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field__errors">
      {messages.map((m) => (
        <p key={m} className="field__error">
          <span className="visually-hidden">Error: </span>
          {m}
        </p>
      ))}
    </div>
  );
}
