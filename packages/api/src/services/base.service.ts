import { In, type DataSource, type EntityManager, type EntityTarget, type FindOptionsOrder, type ObjectLiteral, type Repository } from 'typeorm';
import type { Access } from '../access/access';
import { expectGlobalId } from '../graphql/global-id';
import { DomainError } from '../graphql/user-error';
import { inTransaction, managerOf, rememberedRow } from './unit-of-work';

/**
 * What every domain service offers: batched reads for the loaders, and the write primitives every
 * type shares (optimistic-concurrency update, archive). Domain rules live in the subclasses; only
 * services touch repositories.
 */
export abstract class BaseService<T extends ObjectLiteral & { id: string; version: number }> {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly entity: EntityTarget<T> & { name: string },
  ) {}

  /** The manager of the mutation's transaction when one is open (services/unit-of-work.ts), else the pool's. */
  protected get manager(): EntityManager {
    return managerOf(this.dataSource);
  }

  /** The repository of this service's entity, on `manager`. */
  protected get repository(): Repository<T> {
    return this.manager.getRepository(this.entity);
  }

  protected repo(manager?: EntityManager): Repository<T> {
    return manager ? manager.getRepository(this.entity) : this.repository;
  }

  /** A transaction: joins the mutation's (as a savepoint) when one is open, so that its audit entry commits with it. */
  protected transaction<R>(fn: (manager: EntityManager) => Promise<R>): Promise<R> {
    return inTransaction(this.dataSource, fn);
  }

  /**
   * The rows of the given ids that `access` lets its caller see (missing and invisible ids are simply
   * absent), in one statement with the caller's read condition inside it. The only read by id that
   * services hand out: there is no unscoped variant for callers outside the service.
   */
  findVisibleByIds(ids: readonly string[], access: Access): Promise<T[]> {
    return access.readVisibleByIds(this.repository.createQueryBuilder('t'), ids);
  }

  /** Rows whose `column` is one of `keys`, in `order`. */
  findByColumn<K extends keyof T & string>(column: K, keys: readonly unknown[], order?: FindOptionsOrder<T>): Promise<T[]> {
    return this.repository.find({ where: { [column]: In([...keys]) } as never, order });
  }

  /** The object a global id names, or a NOT_FOUND error on `field`. */
  async getByGlobalId(globalId: string, field: string, manager?: EntityManager): Promise<T> {
    const id = expectGlobalId(globalId, this.entity.name, field);
    // The operation's rule (access/policy.ts) read it already in this transaction: one read per row.
    const row = rememberedRow<T>(this.repository.metadata.tableName, id) ?? (await this.repo(manager).findOneBy({ id } as never));
    if (!row) throw DomainError.of('NOT_FOUND', `No ${this.entity.name} has the id ${globalId}.`, field);
    return row;
  }

  /**
   * Applies `patch` only if the row still has `expectedVersion`; bumps the version. A stale version
   * gets CONFLICT and changes nothing.
   */
  async updateVersioned(id: string, expectedVersion: number, patch: Partial<T>, manager?: EntityManager): Promise<T> {
    const repository = this.repo(manager);
    const result = await repository
      .createQueryBuilder()
      .update()
      .set(patch as never)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) {
      const current = await repository.findOneBy({ id } as never);
      if (!current) throw DomainError.of('NOT_FOUND', `The ${this.entity.name} does not exist.`, 'id');
      throw DomainError.of(
        'CONFLICT',
        `The ${this.entity.name} was changed by someone else (version ${current.version}, you read ${expectedVersion}). Reload it and try again.`,
        'version',
      );
    }
    return (await repository.findOneBy({ id } as never)) as T;
  }

  /**
   * The object of `entity` that a global id in the input names, in the given municipality. An id of
   * another type, of nothing, or of another municipality's object is NOT_FOUND on `field`; an
   * archived one is INVALID (new links to archived objects are not made).
   */
  protected async requireRelated<R extends ObjectLiteral & { id: string; municipalityId?: string; archivedAt?: Date | null }>(
    entity: EntityTarget<R> & { name: string },
    globalId: string,
    field: string,
    municipalityId: string | null,
    manager?: EntityManager,
  ): Promise<R> {
    const id = expectGlobalId(globalId, entity.name, field);
    const repository = (manager ?? this.manager).getRepository(entity);
    // The operation's rule may have read it already in this transaction: one read per row.
    const row = rememberedRow<R>(repository.metadata.tableName, id) ?? (await repository.findOneBy({ id } as never));
    const foreign = row && municipalityId !== null && 'municipalityId' in row && row.municipalityId !== municipalityId;
    if (!row || foreign) throw DomainError.of('NOT_FOUND', `No ${entity.name} has the id ${globalId}.`, field);
    if (row.archivedAt) throw DomainError.of('INVALID', `The ${entity.name} ${globalId} is archived.`, field);
    return row;
  }

  /**
   * `requireRelated` for a list of global ids (`field[index]`), in one statement; refuses the first
   * bad one. Returns the rows in the order given.
   */
  protected async requireAllRelated<R extends ObjectLiteral & { id: string; municipalityId?: string; archivedAt?: Date | null }>(
    entity: EntityTarget<R> & { name: string },
    globalIds: readonly string[],
    field: string,
    municipalityId: string | null,
    manager?: EntityManager,
  ): Promise<R[]> {
    const ids = globalIds.map((globalId, i) => expectGlobalId(globalId, entity.name, `${field}[${i}]`));
    const rows = ids.length ? await (manager ?? this.manager).getRepository(entity).findBy({ id: In([...new Set(ids)]) } as never) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id, i) => {
      const row = byId.get(id);
      const where = `${field}[${i}]`;
      if (!row || (municipalityId !== null && 'municipalityId' in row && row.municipalityId !== municipalityId)) {
        throw DomainError.of('NOT_FOUND', `No ${entity.name} has the id ${globalIds[i]}.`, where);
      }
      if (row.archivedAt) throw DomainError.of('INVALID', `The ${entity.name} ${globalIds[i]} is archived.`, where);
      return row;
    });
  }

  /** Archives (never deletes): sets archived_at; history and references stay. */
  archive(id: string, expectedVersion: number, manager?: EntityManager): Promise<T> {
    return this.updateVersioned(id, expectedVersion, { archivedAt: new Date() } as unknown as Partial<T>, manager);
  }
}
