import { spawn } from 'node:child_process';

export interface GatewayFigures {
  /** The bench's own summary lines (machine, load, medians, verdicts), as it printed them. */
  summary: string[];
  throughputPercent: number | null;
  p99DeltaMs: number | null;
  cpuDeltaMicros: number | null;
}

/**
 * Item 5: the gateway benchmark of issue 5 (apps/gateway/bench/run-bench.ts), unchanged, with the
 * rounds given here (`env`) so the whole command stays near ten minutes. Its output is shown as it
 * runs; the summary lines go into docs/benchmarks.md.
 */
export async function runGatewayBench(env: Record<string, string>, log: (line: string) => void): Promise<GatewayFigures> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@gatehouse/gateway', '--silent', 'bench'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
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
  };
}
