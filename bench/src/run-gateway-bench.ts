import { spawn } from 'node:child_process';

export interface GatewayFigures {
  /** The bench's own summary lines (machine, load, medians, verdicts), as it printed them. */
  summary: string[];
  throughputPercent: number | null;
  p99DeltaMs: number | null;
  cpuDeltaMicros: number | null;
  /** With Redis-backed limits (the gateway-redis part), else null. */
  redis: { throughputPercent: number | null; cpuDeltaMicros: number | null; limitCallsPerRequest: number | null; batchesPerRequest: number | null } | null;
}

/**
 * The gateway part: the gateway's own benchmark (apps/gateway/bench/run-bench.ts), unchanged, with
 * the rounds given here (`env`) so the whole command stays near ten minutes. With `redis` it is
 * its `bench:redis` script: a fourth target in the same rounds, the gateway with its limits in
 * Redis, whose Redis calls per request it counts. Its output is shown as it runs; the summary
 * lines go into docs/benchmarks.md.
 */
export async function runGatewayBench(env: Record<string, string>, redis: boolean, log: (line: string) => void): Promise<GatewayFigures> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@gatehouse/gateway', '--silent', redis ? 'bench:redis' : 'bench'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      text += chunk;
      for (const line of chunk.split('\n')) if (line.trim()) log(`  ${line}`);
    });
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`the gateway bench exited with ${code}`))));
  });
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith('median of'));
  const summary = [
    ...lines.filter((l) => /^(machine|load average before|portal reload)/.test(l)),
    ...(start >= 0 ? lines.slice(start).filter((l) => l.trim()) : []),
  ];
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) : null;
  };
  return {
    summary,
    throughputPercent: number(/gateway throughput: ([\d.]+)%/),
    p99DeltaMs: number(/gateway p99: \+?(-?[\d.]+) ms/),
    cpuDeltaMicros: number(/gateway CPU per request: (-?\d+) µs/),
    redis: redis
      ? {
          throughputPercent: number(/gateway with Redis limits: ([\d.]+)%/),
          cpuDeltaMicros: number(/; (-?\d+) µs CPU per request over it/),
          limitCallsPerRequest: number(/Redis round trips per request \(most of any round\): ([\d.]+) on the request path/),
          batchesPerRequest: number(/, ([\d.]+) off it/),
        }
      : null,
  };
}
