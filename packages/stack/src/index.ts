export { startStack, type RunningStack, type StartStackOptions } from './start-stack.ts';
