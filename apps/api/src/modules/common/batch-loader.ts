import DataLoader from 'dataloader';

/**
 * Turns the per-row reads of a list's field resolvers (`Api.defaultPolicy` for each of 100 APIs)
 * into one query: DataLoader collects the keys loaded in the same tick and reads them together, so
 * the number of SQL queries per GraphQL request does not grow with the page size (issue 7, "Speed
 * and scale"). The loader lives as long as the repository and keeps no cache: every request reads
 * current rows, and only loads made at the same moment share a query.
 */
export function batchLoader<K, V>(readMany: (keys: K[]) => Promise<Map<K, V>>, missing: V): DataLoader<K, V> {
  return new DataLoader<K, V>(
    async (keys) => {
      const found = await readMany([...new Set(keys)]);
      return keys.map((key) => found.get(key) ?? missing);
    },
    { cache: false },
  );
}

/** Groups rows by a key, keeping their order (the order the query sorted them in). */
export function groupBy<K, V>(rows: V[], keyOf: (row: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
