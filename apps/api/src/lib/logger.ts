import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Redaction is a second line of defence: code never logs secrets on purpose, and these paths
 * catch the ones that would slip through in a request or an IdP answer. `destination` defaults
 * to stdout; the security tests pass one to read every line.
 */
export function createLogger(level: string, name = 'api', destination?: DestinationStream): Logger {
  const options = {
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
  };
  return destination ? pino(options, destination) : pino(options);
}
