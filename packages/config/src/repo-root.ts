import { fileURLToPath } from 'node:url';

/** The workspace root (where .data/ lives by default), found from this file's location. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
