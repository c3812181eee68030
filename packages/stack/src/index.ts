export { PROCESSES, type ProcessName, type ProcessSpec } from './processes.ts';
export { startProcess, type ProcessToStart, type RunningProcess } from './start-process.ts';
export { startStack, type RunningStack, type StartStackOptions } from './start-stack.ts';
