import { stripVTControlCharacters } from 'node:util';
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

type ConsoleMethod = (...args: unknown[]) => void;

export function captureProviderNotices<T>(logger: Logger, construct: () => T): T {
  /* eslint-disable no-console -- the point is to intercept oidc-provider's console output */
  const { warn, info } = console;
  const route = (fallback: ConsoleMethod, level: 'warn' | 'info'): ConsoleMethod => (...args) => {
    const text = stripVTControlCharacters(args.map(String).join(' ')); // drop colours meant for a TTY
    if (!text.startsWith('oidc-provider ')) return fallback(...args);
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
  /* eslint-enable no-console */
}
