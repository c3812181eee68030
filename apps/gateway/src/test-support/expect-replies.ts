import type { EchoedRequest } from '@gatehouse/echo';
import { expect } from 'vitest';
import type { Reply } from './send.ts';

/** The request as the echo upstream received it; fails unless the gateway answered 200. */
export function echoed(reply: Reply): EchoedRequest {
  expect(reply.status, reply.text).toBe(200);
  return reply.json as EchoedRequest;
}

/** 401 with RFC 6750's invalid_token in both the challenge and the JSON body. */
export function expectInvalidToken(reply: Reply, description: string): void {
  expect(reply.status, reply.text).toBe(401);
  expect(reply.headers['www-authenticate']).toBe(`Bearer realm="gatehouse", error="invalid_token", error_description="${description}"`);
  expect(reply.json).toEqual({ error: 'invalid_token', error_description: description });
}

/** A refusal with the given status and JSON error code. */
export function expectRefused(reply: Reply, status: number, error: string): void {
  expect(reply.status, reply.text).toBe(status);
  expect((reply.json as { error?: unknown } | undefined)?.error).toBe(error);
}
