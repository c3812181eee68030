/**
 * Just enough of a browser for oidc-provider's development login (any username): follows
 * redirects by hand, carries the IdP's cookies, posts the login and consent forms, and returns the
 * redirect that leaves the IdP (to the client's redirect URI) without following it.
 */
export async function loginAtDevIdp(authorizationUrl: string, issuer: string, username = 'alice'): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as object), ...(cookie ? { cookie } : {}) } });
    for (const header of res.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value && !/expires=Thu, 01 Jan 1970/i.test(header)) cookies.set(name, value);
      else cookies.delete(name);
    }
    return res;
  };
  const follow = async (res: Response): Promise<Response | URL> => {
    let current = res;
    while (current.status >= 300 && current.status < 400) {
      const location = new URL(current.headers.get('location')!, current.url || issuer);
      if (!location.href.startsWith(issuer)) return location;
      current = await send(location.href);
    }
    return current;
  };

  let step = await follow(await send(authorizationUrl));
  const forms: Record<string, string>[] = [{ prompt: 'login', login: username }, { prompt: 'consent' }];
  for (const form of forms) {
    if (step instanceof URL) break;
    if (step.status !== 200) throw new Error(`the IdP answered HTTP ${step.status} during login`);
    step = await follow(await send(step.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) }));
  }
  if (!(step instanceof URL)) throw new Error(`expected a redirect to the client, got HTTP ${step.status}`);
  return step;
}
