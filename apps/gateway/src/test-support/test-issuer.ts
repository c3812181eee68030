import { createServer, type Server } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { listen, stop } from './listen.ts';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicKey, publicJwk };
}

/**
 * A stand-in IdP for the gateway's tests: serves a JWKS over real HTTP and mints RS256 access
 * tokens, so the tests do not depend on the embedded IdP.
 */
export class TestIssuer {
  readonly issuer = 'https://idp.test/oauth/v2/oauth-anonymous';
  jwksUri = '';
  /** How many times the JWKS was fetched: shows caching and refetch-on-unknown-kid. */
  jwksRequests = 0;
  private published: SigningKey[] = [];
  private readonly server: Server = createServer((req, res) => {
    this.jwksRequests++;
    const body = JSON.stringify({ keys: this.published.map((k) => k.publicJwk) });
    res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });

  private constructor(readonly key: SigningKey) {
    this.published = [key];
  }

  static async start(): Promise<TestIssuer> {
    const issuer = new TestIssuer(await createSigningKey('key-1'));
    issuer.jwksUri = `${await listen(issuer.server)}/jwks`;
    return issuer;
  }

  /** Replaces the keys the JWKS endpoint publishes (key rotation). */
  publish(...keys: SigningKey[]): void {
    this.published = keys;
  }

  /** An RS256 access token with iss, aud, client_id, iat and a 5 minute exp, as of the (possibly frozen) clock. */
  async token(claims: JWTPayload = {}, options: { key?: SigningKey; header?: Record<string, unknown> } = {}): Promise<string> {
    const key = options.key ?? this.key;
    const now = Math.floor(Date.now() / 1000);
    // Defaults first, so a test can override or remove (undefined) any claim.
    return new SignJWT({
      iss: this.issuer,
      aud: 'https://gateway.test',
      iat: now,
      exp: now + 300,
      client_id: 'client-123',
      sub: 'developer-1',
      scope: 'read',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: key.kid, ...options.header })
      .sign(key.privateKey);
  }

  /** The public key as SPKI PEM bytes, for the HS256 key-confusion attack. */
  async publicKeyPem(): Promise<Uint8Array> {
    return new TextEncoder().encode(await exportSPKI(this.key.publicKey));
  }

  stop(): Promise<void> {
    return stop(this.server);
  }
}
