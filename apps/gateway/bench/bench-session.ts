import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBenchProcess, type BenchProcess } from './start-bench-process.ts';

export const print = (line = '') => process.stdout.write(`${line}\n`);
export const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/**
 * What every gateway benchmark starts with: the machine and its load printed, a temporary folder,
 * and the bench processes it starts, all stopped and removed by `end()`.
 */
export function startBenchSession(): { dir: string; start: (name: string, vars?: Record<string, string>) => Promise<BenchProcess>; end: () => void } {
  print(`machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}`);
  print(`load average before: ${load()}`);
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-bench-'));
  const started: BenchProcess[] = [];
  return {
    dir,
    async start(name, vars = {}) {
      const child = await startBenchProcess(name, vars);
      started.push(child);
      return child;
    },
    end() {
      for (const child of started) child.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
