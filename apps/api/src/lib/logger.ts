import { pino, type Logger } from 'pino';

/**
 * Redaction is a second line of defence: code never logs secrets on purpose, and these paths
 * catch the ones that would slip through in a request or an IdP answer.
 */
export function createLogger(level: string, name = 'api'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        '*.client_secret',
        '*.registration_access_token',
        '*.password',
        '*.initialAccessToken',
      ],
      censor: '[redacted]',
    },
  });
}
