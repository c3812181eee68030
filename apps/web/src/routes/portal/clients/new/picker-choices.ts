/** An API as the wizard's picker lists it. */
export interface ApiChoice {
  id: string;
  publicName: string;
  description: string;
  dcrEnabled: boolean;
}

/**
 * What step 1 lists: the chosen APIs the current page does not show (a search or an unloaded page
 * hides them) first, so they can still be seen and unticked, then the page as loaded.
 */
export function pickerChoices(page: readonly ApiChoice[], selected: ReadonlyMap<string, ApiChoice>): ApiChoice[] {
  const onPage = new Set(page.map((c) => c.id));
  return [...[...selected.values()].filter((c) => !onPage.has(c.id)), ...page];
}

/** The selection with `choice` ticked or unticked; only APIs with DCR enabled can be ticked. */
export function toggleChoice(selected: ReadonlyMap<string, ApiChoice>, choice: ApiChoice, checked: boolean): ReadonlyMap<string, ApiChoice> {
  const next = new Map(selected);
  if (checked && choice.dcrEnabled) next.set(choice.id, choice);
  else next.delete(choice.id);
  return next;
}
