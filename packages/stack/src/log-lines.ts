import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Prefixes each line of a child's output with its name; pino JSON lines become `level msg`. */
export function pipeLines(stream: Readable, name: string, write: (line: string) => void): void {
  const prefix = `[${name}]`.padEnd(10);
  createInterface({ input: stream }).on('line', (line) => {
    let text = line;
    if (line.startsWith('{')) {
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
        const level = LEVELS[entry.level ?? 30] ?? 'info';
        text = `${level === 'info' ? '' : `${level} `}${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`;
      } catch {
        // not JSON after all: print as is
      }
    }
    write(`${prefix}${text}`);
  });
}
