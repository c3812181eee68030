// Vitest 5's reporter calls Map.groupBy (ES2024, Node 21+). On Node 20 (STACK.md) the report of a
// failing test then crashes with "Map.groupBy is not a function" and hides the failure itself.
// Loaded by vitest.config.ts, i.e. in the process that runs the reporter. Remove on Node 22.
const MapWithGroupBy = Map as unknown as { groupBy?: unknown };

if (typeof MapWithGroupBy.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    configurable: true,
    writable: true,
    value<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}
