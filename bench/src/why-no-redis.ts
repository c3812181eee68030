import { connect } from 'node:net';

/** Null when the Redis at `url` answers PING within a second, else why not (for the gateway-redis part). */
export function whyNoRedis(url: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 6379) });
    const answer = (problem: string | null) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(1000, () => answer(`Redis at ${hostname}:${port || 6379} does not answer within a second`));
    socket.once('error', (error) => answer(`Redis at ${hostname}:${port || 6379} does not answer (${error.message})`));
    socket.once('data', (data) => answer(data.toString().startsWith('+PONG') ? null : `Redis at ${hostname}:${port || 6379} answered PING with ${data.toString().trim()}`));
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}
