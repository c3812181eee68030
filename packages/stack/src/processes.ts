import { repoRoot } from '@gatehouse/config';
import { join } from 'node:path';

export type ProcessName = 'idp' | 'echo' | 'api' | 'gateway' | 'web';

export interface ProcessSpec {
  name: ProcessName;
  /** Entry file, run with tsx. */
  entry: string;
  /** URL that answers 200 once the process is ready. */
  readyUrl: (urls: ReadyUrls) => string;
  /** Processes that must be ready first (the gateway reads the tables the API migrates). */
  after: ProcessName[];
  /** Environment defaults for this process; the caller's environment wins. */
  envDefaults?: Record<string, string>;
}

/**
 * The servers on the request path run as production Node code does: graphql-js, for one, then
 * skips its development-only checks (a cross-realm test on every `instanceof`: about a third of
 * its own time in the catalogue benchmark, docs/benchmarks.md).
 */
const PRODUCTION = { NODE_ENV: 'production' };

/**
 * The embedded IdP substitutes response types as RFC 7591 section 2 allows (keeps `code`, drops
 * `token`), so the seed guide's DCR table, which the demo data uses, registers as printed.
 */
const SEED_TABLE_IDP = { IDP_SUBSTITUTE_RESPONSE_TYPES: 'true' };

export interface ReadyUrls {
  idpIssuer: string;
  echo: string;
  apiOrigin: string;
  gateway: string;
  web: string;
}

const app = (name: string, file: string) => join(repoRoot, 'apps', name, file);

/** Every process of the product, in the order they can start. */
export const PROCESSES: ProcessSpec[] = [
  { name: 'idp', entry: app('idp', 'src/main.ts'), readyUrl: (u) => `${u.idpIssuer}/.well-known/openid-configuration`, after: [], envDefaults: SEED_TABLE_IDP },
  { name: 'echo', entry: app('echo', 'src/main.ts'), readyUrl: (u) => `${u.echo}/healthz`, after: [] },
  { name: 'api', entry: app('api', 'src/main.ts'), readyUrl: (u) => `${u.apiOrigin}/readyz`, after: [], envDefaults: PRODUCTION },
  { name: 'gateway', entry: app('gateway', 'src/main.ts'), readyUrl: (u) => `${u.gateway}/readyz`, after: ['api'], envDefaults: PRODUCTION },
  { name: 'web', entry: app('web', 'server/main.ts'), readyUrl: (u) => `${u.web}/healthz`, after: ['api'] },
];
