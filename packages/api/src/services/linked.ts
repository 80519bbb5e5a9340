import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface LinkTable {
  /** Join entity, e.g. ActivityGoal. */
  entity: EntityTarget<ObjectLiteral>;
  /** Property of the join entity holding the key asked for, e.g. 'activityId'. */
  key: string;
  /** Property of the join entity holding the linked object's id, e.g. 'goalId'. */
  target: string;
}

/**
 * The objects linked to each key through a join table, as (key, row) pairs: two statements per
 * batch (the links, then the distinct objects), so an object linked to several keys comes back for
 * each of them. Archived objects are left out.
 */
export async function findLinked<T extends ObjectLiteral & { id: string; archivedAt?: Date | null }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  link: LinkTable,
  keys: readonly string[],
  order?: (a: T, b: T) => number,
): Promise<Array<{ key: string; row: T }>> {
  const links = (await manager.getRepository(link.entity).find({ where: { [link.key]: In([...keys]) } })) as Array<Record<string, string>>;
  if (links.length === 0) return [];
  const rows = await manager.getRepository(target).findBy({ id: In([...new Set(links.map((l) => l[link.target]))]) } as never);
  const byId = new Map(rows.filter((row) => !row.archivedAt).map((row) => [row.id, row]));
  const pairs = links.flatMap((l) => {
    const row = byId.get(l[link.target] as string);
    return row ? [{ key: l[link.key] as string, row }] : [];
  });
  return order ? pairs.sort((a, b) => order(a.row, b.row)) : pairs;
}

/** Replaces the links of `owner` in a join table with exactly `targetIds`. */
export async function replaceLinks(manager: EntityManager, link: LinkTable, ownerId: string, targetIds: readonly string[]): Promise<void> {
  await manager.getRepository(link.entity).delete({ [link.key]: ownerId });
  const unique = [...new Set(targetIds)];
  if (unique.length) await manager.getRepository(link.entity).insert(unique.map((id) => ({ [link.key]: ownerId, [link.target]: id })));
}

/** The objects of (key, row) pairs, for a resolver that loaded links. */
export function rowsOf<T>(pairs: ReadonlyArray<{ row: T }>): T[] {
  return pairs.map((pair) => pair.row);
}
