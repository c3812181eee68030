import type { FormEvent, ReactNode } from 'react';
import { FormAlert } from './form-alert.tsx';
import { SubmitActions } from './submit-status.tsx';
import { Tabs } from './tabs.tsx';
import type { DraftForm } from './use-draft-form.ts';

interface EditorFormProps<D, Tab extends string> {
  form: DraftForm<D, Tab>;
  pending: boolean;
  onSubmit: () => void;
  submitLabel: string;
  /** Extra buttons beside Save, for example Delete. */
  actions?: ReactNode;
  /** The tabs' names and panels, for a form in tabs; otherwise `children` is the form. */
  tabs?: { label: string; names: Record<Tab, string>; panels: Record<Tab, ReactNode> };
  children?: ReactNode;
}

/**
 * An admin editor's form: its alert, the fields (in tabs whose badges count their errors),
 * Save and the other actions. Enter submits; a second Save while one runs does nothing.
 */
export function EditorForm<D, Tab extends string>({ form, pending, onSubmit, submitLabel, actions, tabs, children }: EditorFormProps<D, Tab>) {
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  const buttons = (
    <SubmitActions label={submitLabel} pending={pending}>
      {actions}
    </SubmitActions>
  );
  return (
    <>
      <FormAlert alert={form.alert} />
      <form className="form-panel" onSubmit={submit} noValidate aria-busy={pending || undefined}>
        {tabs ? (
          <Tabs
            label={tabs.label}
            tabs={(Object.keys(tabs.names) as Tab[]).map((key) => ({ key, label: tabs.names[key], errorCount: form.errorCount(key) }))}
            selected={form.tab}
            onSelect={form.setTab}
            panels={tabs.panels}
          />
        ) : null}
        {children}
        {tabs ? buttons : null}
      </form>
    </>
  );
}
