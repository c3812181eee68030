import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  /** Errors in the tab's fields, shown as a badge so an error on a hidden tab is not missed. */
  errorCount?: number;
}

interface TabsProps<K extends string> {
  label: string;
  tabs: readonly TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** Every panel stays mounted (hidden when not selected), so typed values survive a tab switch. */
  panels: Record<K, ReactNode>;
}

/**
 * Tabs as the WAI-ARIA Authoring Practices describe them: one tab stop, arrow keys, Home and End
 * move between tabs and select them (automatic activation); each panel is labelled by its tab.
 */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, panels }: TabsProps<K>) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((t) => t.key === selected);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  }

  return (
    <div>
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(el) => {
                if (el) refs.current.set(tab.key, el);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${tab.key}`}
              aria-selected={isSelected}
              aria-controls={`${id}-panel-${tab.key}`}
              tabIndex={isSelected ? 0 : -1}
              className="tabs__tab"
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
              {tab.errorCount ? (
                <span className="tabs__badge">
                  {tab.errorCount}
                  <span className="visually-hidden"> {tab.errorCount === 1 ? 'error' : 'errors'}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          className="tabs__panel"
        >
          {panels[tab.key]}
        </div>
      ))}
    </div>
  );
}
