import { useEffect, useId, useRef, useState } from 'react';
import './catalogue.css';

/** How long typing pauses before the search runs: one request per word, not per key. */
const DEBOUNCE_MS = 300;

interface SearchBoxProps {
  label: string;
  hint?: string;
  /** The search in force (from the URL or the query); the box follows it when it changes elsewhere, e.g. Back. */
  value: string;
  /** Called with the typed text once typing pauses, or at once on Enter. */
  onSearch: (search: string) => void;
  /** True while results for the typed search load. */
  pending?: boolean;
}

/** A labelled search field that searches as you type (debounced) and at once on Enter. */
export function SearchBox({ label, hint, value, onSearch, pending = false }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);

  // A search that changed elsewhere (Back, a link, "Clear search") shows in the box; a search this
  // box sent does not overwrite what was typed since.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text.trim() === sent.current.trim()) return undefined;
    const timer = setTimeout(() => {
      sent.current = text.trim();
      onSearch(text.trim());
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);

  function searchNow() {
    sent.current = text.trim();
    onSearch(text.trim());
  }

  // A landmark, not a <form>: the box also sits inside the wizard's form, and forms do not nest.
  return (
    <div role="search" className="search-box">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="input search-box__input"
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-busy={pending || undefined}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter searches now, and must not submit a form the box sits in.
          if (event.key === 'Enter') {
            event.preventDefault();
            searchNow();
          }
        }}
      />
    </div>
  );
}
