/**
 * `<UTC YYYYMMDDHHMMSS>_<name>`, the folder name `prisma migrate dev` gives a migration
 * (prisma-engines `create_migration_directory`): the timestamp makes name order creation order.
 */
export function migrationFolderName(name: string, now: Date): string {
  const slug = migrationSlug(name);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}_${slug}`;
}

/**
 * Prisma's CLI slugifies `--name` (lower case, `_` between words); we do the same so
 * "Add user avatar" becomes `add_user_avatar`, a name that is safe on every file system.
 */
export function migrationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (slug === '') {
    throw new Error(`"${name}" is not a usable migration name; use words such as add_user_avatar`);
  }
  // The engine refuses names over 200 characters (MigrationNameTooLong); leave room for the stamp.
  return slug.slice(0, 200 - 15);
}
