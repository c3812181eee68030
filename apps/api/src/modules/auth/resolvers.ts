import type { Resolvers } from '../../generated/graphql.ts';
import { clearedSessionCookie, sessionCookie } from './session-cookie.ts';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => ctx.viewer,
    signUpEnabled: (_parent, _args, ctx) => ctx.services.accounts.signUpEnabled(),
  },
  Mutation: {
    signUp: (_parent, { input }, ctx) => ctx.services.accounts.signUp(input),
    changePassword: (_parent, { input }, ctx) => ctx.services.accounts.changePassword(ctx.viewer, input, ctx.http.sessionToken),
    signIn: async (_parent, { input }, ctx) => {
      const result = await ctx.services.auth.signIn(input, ctx.http.clientIp);
      if (result.__typename === 'SignInSuccess') {
        ctx.http.setCookie(sessionCookie(result.session.token, result.session.expiresAt, ctx.http.secureCookies));
        return { __typename: 'SignInSuccess', user: result.user };
      }
      return result;
    },
    signOut: async (_parent, _args, ctx) => {
      const signedOut = await ctx.services.auth.signOut(ctx.http.sessionToken);
      ctx.http.setCookie(clearedSessionCookie(ctx.http.secureCookies));
      return { signedOut };
    },
  },
  User: {
    role: (user) => user.role as 'ADMIN' | 'DEVELOPER',
  },
};
