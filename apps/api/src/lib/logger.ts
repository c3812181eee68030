import { currentRequestIds } from '@gatehouse/telemetry';
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
    // Each line written while serving a request names it, as the gateway's and the IdP's lines do.
    mixin: requestIdsOfLine,
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

function requestIdsOfLine(): object {
  const ids = currentRequestIds();
  // The trace id alone (traceparent's second field) joins the line to a trace in any tracing tool.
  return ids ? { requestId: ids.requestId, traceId: ids.traceparent.slice(3, 35) } : {};
}
