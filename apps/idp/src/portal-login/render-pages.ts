import { SCOPE_DESCRIPTIONS } from '../scopes.ts';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Where the screens' stylesheet is served, relative to the issuer. */
export const STYLESHEET_PATH = '/interaction-assets/interaction.css';

interface Layout {
  title: string;
  issuerPath: string;
  body: string;
}

/** No inline script or style anywhere: the pages run under `default-src 'self'`. */
function layout({ title, issuerPath, body }: Layout): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Gatehouse</title>
<link rel="stylesheet" href="${escapeHtml(issuerPath + STYLESHEET_PATH)}">
</head>
<body>
<header class="top-bar">Gatehouse</header>
<main>
${body}
</main>
</body>
</html>`;
}

/** An error summary (role=alert) that takes focus, so a screen reader announces it at once. */
function errorSummary(message: string | undefined): string {
  if (!message) return '';
  return `<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
<h2 id="error-summary-title">There is a problem</h2>
<p id="sign-in-error">${escapeHtml(message)}</p>
</div>`;
}

export interface SignInPage {
  issuerPath: string;
  action: string;
  clientName: string;
  email?: string;
  error?: string;
}

export function renderSignIn(page: SignInPage): string {
  const invalid = page.error ? ' aria-invalid="true" aria-describedby="sign-in-error"' : '';
  const focusEmail = page.error ? '' : ' autofocus';
  return layout({
    title: 'Sign in',
    issuerPath: page.issuerPath,
    body: `<h1>Sign in to continue to ${escapeHtml(page.clientName)}</h1>
${errorSummary(page.error)}
<p class="muted">Use your Gatehouse account: the email and password you sign in to the portal with.</p>
<form method="post" action="${escapeHtml(page.action)}" novalidate>
<div class="field"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(page.email ?? '')}"${invalid}${focusEmail}></div>
<div class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required${invalid}></div>
<div class="actions"><button class="primary" type="submit">Sign in</button></div>
</form>`,
  });
}

export interface ConsentPage {
  issuerPath: string;
  action: string;
  clientName: string;
  scopes: string[];
  accountEmail: string;
}

export function renderConsent(page: ConsentPage): string {
  const items = page.scopes
    .map((scope) => {
      const description = SCOPE_DESCRIPTIONS[scope as keyof typeof SCOPE_DESCRIPTIONS] ?? 'A permission this identity provider does not describe';
      return `<li><strong>${escapeHtml(scope)}</strong>: ${escapeHtml(description)}</li>`;
    })
    .join('\n');
  return layout({
    title: 'Allow access',
    issuerPath: page.issuerPath,
    body: `<h1>Allow ${escapeHtml(page.clientName)} to use your account?</h1>
<p>You are signed in as <strong>${escapeHtml(page.accountEmail)}</strong>. ${escapeHtml(page.clientName)} asks for these scopes:</p>
<ul class="scopes" aria-label="Scopes asked for">
${items}
</ul>
<p class="muted">Your answer is remembered for this app. You can revoke it on your Account page in the portal.</p>
<form method="post" action="${escapeHtml(page.action)}">
<div class="actions"><button class="primary" type="submit" name="decision" value="allow" autofocus>Allow</button><button type="submit" name="decision" value="deny">Deny</button></div>
</form>`,
  });
}

/** When the sign-in can no longer go on (expired or unknown interaction). */
export function renderInteractionGone(issuerPath: string): string {
  return layout({
    title: 'Sign-in expired',
    issuerPath,
    body: `<h1>This sign-in has expired</h1>
<p>Go back to the app you came from and start again.</p>`,
  });
}
