import { describe, expect, it } from 'vitest';
import { migrationFolderName } from './migration-folder-name.ts';

describe('migrationFolderName', () => {
  const now = new Date('2025-12-31T23:59:58.999Z');

  it('prefixes the UTC timestamp as prisma migrate dev does', () => {
    expect(migrationFolderName('init', now)).toBe('20251231235958_init');
  });

  it('slugifies free text like the Prisma CLI', () => {
    expect(migrationFolderName('Add user avatar!', now)).toBe('20251231235958_add_user_avatar');
    expect(migrationFolderName('  Räte-Limit  ', now)).toBe('20251231235958_rate_limit');
  });

  it('rejects a name with no letters or digits', () => {
    expect(() => migrationFolderName('---', now)).toThrow(/not a usable migration name/);
  });
});
