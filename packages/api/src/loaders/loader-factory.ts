import DataLoader from 'dataloader';
import type { ObjectLiteral } from 'typeorm';
import type { BaseService } from '../services/base.service';

/** One row per id (null where none), in one statement per batch. */
export function oneByIdLoader<T extends ObjectLiteral & { id: string; version: number }>(service: BaseService<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const byId = new Map((await service.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Many rows per key, grouped from one statement per batch; keeps the statement's order. */
export function manyByKeyLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string | null,
): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      if (key !== null) groups.get(key)?.push(row);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
