import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  node: string;
  /** 1, 5 and 15 minute load averages. */
  load: string;
}

/** What the figures depend on: cores, CPU model (/proc/cpuinfo), Node, and the load right now. */
export function describeMachine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() said it.
  }
  return { cores: availableParallelism(), cpu, node: process.version, load: currentLoad() };
}

export const currentLoad = () => loadavg().map((l) => l.toFixed(2)).join(' ');
