import type { Services } from './create-services.ts';
import type { Viewer } from './viewer.ts';

/** Per-request context: who is calling, the services, and the cookie side of HTTP. */
export interface GraphQLContext {
  viewer: Viewer | null;
  services: Services;
  http: {
    sessionToken: string | undefined;
    secureCookies: boolean;
    setCookie(cookie: string): void;
  };
}
