import { listenPathProblem, upstreamUrlProblem } from '@gatehouse/config';
import { compileIdentitySource, identityClaimProblem, parseIdentitySource } from '@gatehouse/dcr/identity-claims';
import type { ApiDefinition, ApiRoute, ApiTable, RouteIdentity } from './api-definition.ts';
import { identityRefusals } from './gateway-responses.ts';

/** Why a definition was left out of the table; the gateway keeps serving the others. */
export interface RejectedDefinition {
  name: string;
  reason: string;
}

/**
 * Compiles definitions into a routing table ordered by listen path length, longest first, so
 * the first match is the longest prefix. A definition that cannot be routed (bad URL, duplicate
 * listen path) is reported through `onRejected` and skipped, so one bad row cannot take the
 * gateway down.
 */
export function buildApiTable(
  definitions: readonly ApiDefinition[],
  onRejected: (rejected: RejectedDefinition) => void = () => {},
): ApiTable {
  const byPrefix = new Map<string, ApiRoute>();
  for (const definition of definitions) {
    const compiled = compileRoute(definition);
    if (typeof compiled === 'string') {
      onRejected({ name: definition.name, reason: compiled });
    } else if (byPrefix.has(compiled.prefix)) {
      onRejected({ name: definition.name, reason: `listen path ${definition.listenPath} is already used by ${byPrefix.get(compiled.prefix)!.definition.name}` });
    } else {
      byPrefix.set(compiled.prefix, compiled);
    }
  }
  const routes = [...byPrefix.values()].sort((a, b) => b.prefix.length - a.prefix.length);
  return new SortedApiTable(routes);
}

class SortedApiTable implements ApiTable {
  readonly size: number;
  constructor(readonly routes: readonly ApiRoute[]) {
    this.size = routes.length;
  }

  match(pathname: string): ApiRoute | undefined {
    // A linear scan allocates nothing and beats a trie for the tens of APIs a portal manages.
    for (let i = 0; i < this.routes.length; i++) {
      const route = this.routes[i]!;
      const { prefix } = route;
      // Whole segments only: "/api" matches "/api" and "/api/x", never "/apix".
      if (pathname.startsWith(prefix) && (pathname.length === prefix.length || pathname.charCodeAt(prefix.length) === SLASH)) {
        return route;
      }
    }
    return undefined;
  }
}

const SLASH = 0x2f;

function compileRoute(definition: ApiDefinition): ApiRoute | string {
  // The portal API refuses these at Save with the same rules; rows written around it are skipped.
  const { listenPath } = definition;
  const pathProblem = listenPathProblem(listenPath);
  if (pathProblem) return `listen path ${listenPath}: ${pathProblem}`;
  const upstreamProblem = upstreamUrlProblem(definition.upstreamUrl);
  if (upstreamProblem) return upstreamProblem;
  const upstream = new URL(definition.upstreamUrl);
  if (!parseHttpUrl(definition.jwksUri)) return 'JWKS URI must be an absolute http(s) URL';
  const identity = compileIdentity(definition.identitySource);
  if (typeof identity === 'string') return identity;
  const prefix = stripTrailingSlashes(listenPath);

  return {
    definition,
    prefix,
    upstreamOrigin: upstream.origin,
    upstreamBasePath: stripTrailingSlashes(upstream.pathname),
    identity,
  };
}

function compileIdentity(identitySource: string): RouteIdentity | string {
  const claims = parseIdentitySource(identitySource);
  if (claims.length === 0) return 'identity source names no claim';
  const problem = claims.map(identityClaimProblem).find((p) => p !== null);
  if (problem) return `identity source: ${problem}`;
  const lookedAt = claims.length === 1 ? claims[0]! : `${claims.slice(0, -1).join(', ')} or ${claims.at(-1)}`;
  return { readers: compileIdentitySource(claims), ...identityRefusals(lookedAt) };
}

function parseHttpUrl(value: string): URL | undefined {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}

function stripTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  return path.slice(0, end);
}
