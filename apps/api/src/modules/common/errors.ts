import { GraphQLError } from 'graphql';

/**
 * The only errors the API throws (STYLE.md): everything a user can fix is a payload union member.
 * `extensions.code` is what clients branch on.
 */
export type ThrownErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL';

export const unauthenticated = () =>
  new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' satisfies ThrownErrorCode } });

export const forbidden = (what = 'do this') =>
  new GraphQLError(`You are not allowed to ${what}.`, { extensions: { code: 'FORBIDDEN' satisfies ThrownErrorCode } });

export const notFound = (what: string) =>
  new GraphQLError(`${what} was not found.`, { extensions: { code: 'NOT_FOUND' satisfies ThrownErrorCode } });
