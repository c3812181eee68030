import type { Logger } from 'pino';

/**
 * oidc-provider prints its start-up advice with console.warn / console.info ("oidc-provider
 * WARNING: ..."). Constructing the provider is synchronous, so for that moment its messages are
 * routed to the IdP's logger instead of the terminal, and the ones that describe a deliberate
 * choice of this local stand-in are logged at debug level with the reason.
 */
const EXPECTED: { pattern: RegExp; why: string }[] = [
  {
    pattern: /devInteractions is enabled/,
    why: 'the embedded IdP is a local stand-in for Curity: its login page accepts any username by design',
  },
];

export function captureProviderNotices<T>(logger: Logger, construct: () => T): T {
  const { warn, info } = console;
  const route = (fallback: (...args: unknown[]) => void, level: 'warn' | 'info') => (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (!message.includes('oidc-provider ')) return fallback(...args);
    const text = message.replace(/\x1b\[[0-9;]*m/g, ''); // drop the colours meant for a TTY
    const expected = EXPECTED.find((e) => e.pattern.test(text));
    if (expected) logger.debug({ notice: text, why: expected.why }, 'oidc-provider notice (expected)');
    else logger[level]({ notice: text }, 'oidc-provider notice');
  };
  console.warn = route(warn, 'warn');
  console.info = route(info, 'info');
  try {
    return construct();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}
