/**
 * Just enough of a browser for the embedded IdP's sign-in and consent screens: keeps the IdP's
 * cookies, follows redirects within the IdP, reads the screen's form and posts it. A redirect
 * that leaves the IdP (to the client's redirect URI) is returned, not followed.
 */
export class IdpBrowser {
  readonly #cookies = new Map<string, string>();

  constructor(private readonly issuer: string) {}

  /** The screen the IdP shows (status, HTML, where its form posts) or the redirect to the client. */
  async open(url: string): Promise<IdpScreen | URL> {
    return this.#follow(await this.#send(url));
  }

  /** Submits the screen's form with these fields. */
  async submit(screen: IdpScreen, fields: Record<string, string>): Promise<IdpScreen | URL> {
    if (!screen.action) throw new Error(`the IdP screen has no form (HTTP ${screen.status}): ${screen.html.slice(0, 200)}`);
    const res = await this.#send(new URL(screen.action, this.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
    return this.#follow(res);
  }

  async #send(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as object), ...(cookie ? { cookie } : {}) } });
    for (const header of res.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value && !/expires=Thu, 01 Jan 1970/i.test(header)) this.#cookies.set(name, value);
      else this.#cookies.delete(name);
    }
    return res;
  }

  async #follow(res: Response): Promise<IdpScreen | URL> {
    let current = res;
    while (current.status >= 300 && current.status < 400) {
      const location = new URL(current.headers.get('location')!, current.url || this.issuer);
      if (!location.href.startsWith(new URL(this.issuer).origin)) return location;
      current = await this.#send(location.href);
    }
    const html = await current.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    return { status: current.status, html, action, csp: current.headers.get('content-security-policy') };
  }
}

export interface IdpScreen {
  status: number;
  html: string;
  action: string | undefined;
  csp: string | null;
}
