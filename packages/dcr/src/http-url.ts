/**
 * Whether a configured endpoint is an absolute http(s) URL. No network, no dependencies: the
 * SPA checks admin forms with it as the admin types, the API when it saves.
 */
export function httpUrlProblem(value: string, label: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${label} must be an absolute URL with its scheme, such as https://idsvr.example.com.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${label} must start with https:// or http://.`;
  if (url.hostname === '') return `${label} has no host.`;
  // Credentials in a URL end up in logs and in every request; tokens have their own field.
  if (url.username || url.password) return `${label} must not contain a user name or password.`;
  if (url.hash) return `${label} must not have a fragment (#...).`;
  return null;
}
