export interface CurlRequest {
  method: string;
  url: string;
  headers: readonly { name: string; value: string }[];
  body: string;
  /** The access token; `null` shows a placeholder where it goes. */
  token: string | null;
}

/** POSIX shell single quotes: nothing inside is expanded; a quote itself becomes '\''. */
export const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** What the command shows instead of a token until it is revealed. */
export const TOKEN_PLACEHOLDER = '<access token hidden: Reveal>';

/**
 * The same request as a curl command against the gateway's public URL, one option per line.
 * GET needs no -X; HEAD is --head (curl -X HEAD would wait for a body that never comes).
 */
export function buildCurlCommand(request: CurlRequest): string {
  const lines = [
    request.method === 'GET' ? `curl ${shellQuote(request.url)}` : request.method === 'HEAD' ? `curl --head ${shellQuote(request.url)}` : `curl -X ${request.method} ${shellQuote(request.url)}`,
    `-H ${shellQuote(`Authorization: Bearer ${request.token ?? TOKEN_PLACEHOLDER}`)}`,
    ...request.headers.filter((h) => h.name.trim()).map((h) => `-H ${shellQuote(`${h.name.trim()}: ${h.value}`)}`),
    ...(request.body ? [`--data-raw ${shellQuote(request.body)}`] : []),
  ];
  return lines.join(' \\\n  ');
}
