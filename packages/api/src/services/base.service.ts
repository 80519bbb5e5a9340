import { In, type DataSource, type EntityTarget, type FindOptionsOrder, type ObjectLiteral, type Repository } from 'typeorm';

/**
 * What every domain service offers the loaders: batched reads by id and by a foreign key.
 * Domain rules live in the subclasses; only services touch repositories.
 */
export abstract class BaseService<T extends ObjectLiteral & { id: string }> {
  protected readonly repository: Repository<T>;

  constructor(
    protected readonly dataSource: DataSource,
    entity: EntityTarget<T>,
  ) {
    this.repository = dataSource.getRepository(entity);
  }

  findById(id: string): Promise<T | null> {
    return this.repository.findOneBy({ id } as never);
  }

  /** Rows for the given ids, in no particular order; missing ids are simply absent. */
  findByIds(ids: readonly string[]): Promise<T[]> {
    return this.repository.findBy({ id: In([...ids]) } as never);
  }

  /** Rows whose `column` is one of `keys`, in `order`. */
  findByColumn<K extends keyof T & string>(column: K, keys: readonly unknown[], order?: FindOptionsOrder<T>): Promise<T[]> {
    return this.repository.find({ where: { [column]: In([...keys]) } as never, order });
  }
}
