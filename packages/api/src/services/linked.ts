import { type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

export interface LinkTable {
  /** Join entity, e.g. ActivityGoal. */
  entity: EntityTarget<ObjectLiteral>;
  /** Property of the join entity holding the key asked for, e.g. 'activityId'. */
  key: string;
  /** Property of the join entity holding the linked object's id, e.g. 'goalId'. */
  target: string;
}

/**
 * The objects linked to each key through a join table, as (key, row) pairs: ONE statement per batch
 * (the objects joined to their links), so an object linked to several keys comes back for each of
 * them. Archived objects are left out.
 */
export async function findLinked<T extends ObjectLiteral & { id: string; archivedAt?: Date | null }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  link: LinkTable,
  keys: readonly string[],
  order?: (a: T, b: T) => number,
): Promise<Array<{ key: string; row: T }>> {
  if (keys.length === 0) return [];
  const linkMetadata = manager.connection.getMetadata(link.entity);
  const column = (property: string) => {
    const found = linkMetadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${linkMetadata.tableName} has no column for ${property}`);
    return found.databaseName;
  };
  const { raw, entities } = await manager
    .getRepository(target)
    .createQueryBuilder('linked')
    .innerJoin(linkMetadata.tableName, 'link', `link.${column(link.target)} = linked.id`)
    .addSelect(`link.${column(link.key)}`, 'link_key')
    .where(`link.${column(link.key)} = ANY(:linkKeys)`, { linkKeys: [...new Set(keys)] })
    .andWhere('linked.archived_at IS NULL')
    .getRawAndEntities();
  const byId = new Map(entities.map((row) => [row.id, row]));
  const pairs = (raw as Array<{ linked_id: string; link_key: string }>).flatMap((r) => {
    const row = byId.get(r.linked_id);
    return row ? [{ key: r.link_key, row }] : [];
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
