import type Provider from 'oidc-provider';

/** What oidc-provider builds client metadata with; `Client.Schema` is a static it exposes. */
interface ClientSchemaPrototype {
  response_types: string[];
  normalizeResponseTypes(): void;
}

/**
 * RFC 7591 section 2: "The authorization server MAY reject or replace any of the client's
 * requested metadata values submitted during the registration and substitute them with suitable
 * values." oidc-provider only rejects: a registration (or RFC 7592 section 2.2 update) that asks
 * for a response type it does not offer, such as the seed guide's `token` without `implicit`, is
 * answered with invalid_client_metadata. With this, such values are dropped instead and the rest
 * is registered; the answer (section 3.2.1) shows the client what was kept. Curity registers
 * `token` as asked; this keeps `code`.
 *
 * The hook is the schema step that normalises response types, which runs before they are checked
 * against the provider's `responseTypes`; the schema class belongs to this provider instance.
 */
export function substituteResponseTypes(provider: Provider, supported: readonly string[]): void {
  const schema = (provider.Client as unknown as { Schema: { prototype: ClientSchemaPrototype } }).Schema.prototype;
  const normalize = schema.normalizeResponseTypes;
  schema.normalizeResponseTypes = function normalizeAndSubstitute(this: ClientSchemaPrototype) {
    normalize.call(this);
    this.response_types = this.response_types.filter((type) => supported.includes(type));
  };
}
