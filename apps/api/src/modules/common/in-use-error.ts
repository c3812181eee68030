export type InUseKind = 'API' | 'POLICY' | 'CATALOGUE_ENTRY' | 'OAUTH_CLIENT';

export interface InUseReference {
  kind: InUseKind;
  id: string;
  name: string;
}

export interface InUseErrorResult {
  __typename: 'InUseError';
  message: string;
  usedBy: InUseReference[];
}

const NOUN: Record<InUseKind, [string, string]> = {
  API: ['API', 'APIs'],
  POLICY: ['policy', 'policies'],
  CATALOGUE_ENTRY: ['catalogue API', 'catalogue APIs'],
  OAUTH_CLIENT: ['OAuth client', 'OAuth clients'],
};

/** At most this many names per kind in the sentence; `usedBy` lists them all. */
const NAMED = 5;

function describeKind(kind: InUseKind, refs: InUseReference[]): string {
  const [one, many] = NOUN[kind];
  const names = refs.slice(0, NAMED).map((r) => r.name);
  const more = refs.length > NAMED ? ` and ${refs.length - NAMED} more` : '';
  return `${refs.length === 1 ? one : many} ${names.join(', ')}${more}`;
}

/**
 * Issue 3: deleting something still in use is refused with a message that names what uses it,
 * for example "curity-api is used by policy Curity Policy; remove it from them first."
 */
export function inUseError(subject: string, usedBy: InUseReference[], advice: string): InUseErrorResult {
  const kinds = [...new Set(usedBy.map((r) => r.kind))];
  const parts = kinds.map((kind) => describeKind(kind, usedBy.filter((r) => r.kind === kind)));
  return { __typename: 'InUseError', message: `${subject} is used by ${parts.join(' and ')}; ${advice}`, usedBy };
}
