/**
 * The slice of a pino logger the gateway uses, so tests can pass nothing and main.ts passes pino.
 * Per-request events never log at info or above (hot path); Authorization headers are never logged.
 */
export interface GatewayLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const ignore = () => {};

export const silentLogger: GatewayLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
