import { z } from 'zod';

/** RFC 9110 section 5.1 field names (token characters). */
const FIELD_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 9110 section 5.5: no CR, LF or NUL in a field value. */
const FIELD_VALUE = /^[\t\x20-\x7E\x80-\uFFFF]*$/;
/** RFC 6750 section 2.1 b64token: what fits in `Authorization: Bearer`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/** Headers the portal sets itself or that belong to the connection, not to the request (RFC 9110 section 7.6.1). */
export const RESERVED_HEADERS = new Set([
  'authorization',
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-authorization',
  'proxy-connection',
]);

export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

const header = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Give the header a name.' })
    .max(100)
    .regex(FIELD_NAME, { message: 'A header name is letters, digits and !#$%&\'*+.^_`|~- only.' })
    .refine((name) => !RESERVED_HEADERS.has(name.toLowerCase()), {
      message: 'The portal sets this header itself (Authorization carries the token).',
    }),
  value: z.string().max(8192, { message: 'A header value can be at most 8192 characters.' }).regex(FIELD_VALUE, { message: 'A header value cannot contain line breaks.' }),
});

export const callApiInput = z
  .object({
    clientId: z.string().min(1).max(64),
    apiId: z.string().min(1, { message: 'Choose an API.' }).max(64),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']),
    path: z.string().max(2048, { message: 'The path can be at most 2048 characters.' }),
    headers: z.array(header).max(30, { message: 'Send at most 30 headers.' }).nullish(),
    body: z
      .string()
      .nullish()
      .refine((body) => !body || Buffer.byteLength(body) <= MAX_REQUEST_BODY_BYTES, { message: `The body can be at most ${MAX_REQUEST_BODY_BYTES / 1024} KB.` }),
    accessToken: z
      .string()
      .trim()
      .min(1, { message: 'Get a token first.' })
      .max(16384, { message: 'That token is too long.' })
      .regex(B64TOKEN, { message: 'An access token is letters, digits and -._~+/ only (RFC 6750 section 2.1).' }),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.body && (input.method === 'GET' || input.method === 'HEAD')) {
      ctx.addIssue({ code: 'custom', path: ['body'], message: `A ${input.method} request has no body; choose POST, PUT or PATCH, or empty the body.` });
    }
  });

export type CallApiInput = z.infer<typeof callApiInput>;
