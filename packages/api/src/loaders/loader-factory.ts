import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { Access } from '../access/access';
import type { BaseService } from '../services/base.service';

/** The entity of a loaded item: the row of a (key, row) link pair, or the item itself. */
function entityOf(item: unknown): unknown {
  return item && typeof item === 'object' && 'row' in item && 'key' in item ? (item as { row: unknown }).row : item;
}

/** One row per id (null where none or not visible to the caller), in one statement per batch. */
export function oneByIdLoader<T extends ObjectLiteral & { id: string; version: number }>(service: BaseService<T>, access: Access): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const byId = new Map((await service.findVisibleByIds(ids, access)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Many rows per key, grouped from one statement per batch; keeps the statement's order; only rows the caller may see. */
export function manyByKeyLoader<T>(
  access: Access,
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string | null,
  options: { keysAreGoals?: boolean } = {},
): DataLoader<string, T[]> {
  // Indicators read through their goal links: a link to a goal found public is their EXISTS (public-sql.ts).
  const goalOf = options.keysAreGoals ? (row: T) => keyOf(row) ?? '' : undefined;
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    const mark = access.mark();
    for (const row of await access.visible(await fetch(keys), entityOf, goalOf, mark)) {
      const key = keyOf(row);
      if (key !== null) groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
