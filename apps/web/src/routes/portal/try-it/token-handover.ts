import type { FragmentType } from '../../../graphql/generated/index.ts';
import type { TokenResult_token } from './token-result.tsx';

/**
 * The callback page hands the token to the client page in the history entry's state, so it is
 * never in a URL, a log or storage beyond this tab's history.
 */
export interface TokenHandover {
  tryItToken: { clientId: string; token: FragmentType<typeof TokenResult_token> };
}

export const handOverToken = (clientId: string, token: FragmentType<typeof TokenResult_token>): TokenHandover => ({ tryItToken: { clientId, token } });

export function readHandedOverToken(state: unknown, clientId: string): FragmentType<typeof TokenResult_token> | null {
  const handover = (state as Partial<TokenHandover> | null)?.tryItToken;
  return handover && handover.clientId === clientId ? handover.token : null;
}
