export { createEchoServer } from './create-echo-server.ts';
export type { EchoedRequest } from './describe-request.ts';
export { MAX_BODY_BYTES } from './read-capped-body.ts';
