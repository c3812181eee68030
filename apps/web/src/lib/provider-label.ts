/** The names the seed guide's `Providers` field shows, for the API's provider codes. */
const PROVIDER_LABELS: Record<string, string> = {
  CURITY: 'Curity',
  KEYCLOAK: 'Keycloak',
  OKTA: 'Okta',
  GLUU: 'Gluu',
  OTHER: 'Other',
};

export function providerLabel(code: string): string {
  return PROVIDER_LABELS[code] ?? code;
}
