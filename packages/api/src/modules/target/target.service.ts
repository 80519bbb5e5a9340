import { formatPeriod, parsePeriod, periodStart } from '@inkludera/shared';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { Sex } from '../../graphql/enums';
import { PeriodRangeFilter, idsOf, whereArchived, whereIds, whereOneOf, wherePeriodRange } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { BaseService } from '../../services/base.service';
import { ErrorList } from '../../services/error-list';
import { checkValue } from '../indicator/indicator-value.rules';
import { Indicator } from '../indicator/indicator.entity';
import type { CreateTargetInput, TargetOrderField, TargetWhereInput, UpdateTargetInput } from './dto/target.input';
import { Target } from './target.entity';

const SORT: Record<TargetOrderField, SortKey<Target>> = {
  PERIOD: { column: 'period_start', property: 'periodStart' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

/** TOTAL, WOMEN, MEN within a period. */
const SEX_ORDER = `CASE t.sex WHEN 'TOTAL' THEN 0 WHEN 'WOMEN' THEN 1 ELSE 2 END`;

/** The period range and sex of `Indicator.targets(from, to, sex)`. */
export interface TargetRange {
  from?: string | null;
  to?: string | null;
  sex?: Sex | null;
}

export class TargetService extends BaseService<Target> {
  constructor(dataSource: DataSource) {
    super(dataSource, Target);
  }

  list(args: ConnectionArgs, where: TargetWhereInput = {}, order?: { field: TargetOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Target>> {
    const qb = this.repository.createQueryBuilder('t');
    whereIds(qb, 't.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereIds(qb, 't.indicator_id', idsOf(where.indicator, 'Indicator', 'where.indicator'), 'indicatorIds');
    wherePeriodRange(qb, 't.period_start', where.period, 'period');
    whereOneOf(qb, 't.sex', where.sex?.oneOf, 'sexes');
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'PERIOD'], direction: order?.direction ?? 'ASC' });
  }

  create(input: CreateTargetInput): Promise<{ target: Target }> {
    return this.transaction(async (manager) => {
      const indicator = await this.requireRelated(Indicator, input.indicatorId, 'indicatorId', null, manager);
      const sex = input.sex ?? Sex.TOTAL;
      const period = this.checkTarget(indicator, input.period, sex, input.value);
      await this.checkUnique(manager, indicator, period, sex, null);
      const repository = this.repo(manager);
      const target = await this.saveUnique(() =>
        repository.save(
          repository.create({
            municipalityId: indicator.municipalityId,
            indicatorId: indicator.id,
            period,
            periodStart: periodStart(parsePeriodOrThrow(period)),
            sex,
            value: input.value,
            comment: input.comment ?? null,
          }),
        ),
      );
      return { target };
    });
  }

  update(input: UpdateTargetInput): Promise<{ target: Target }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const indicator = (await manager.getRepository(Indicator).findOneBy({ id: current.indicatorId })) as Indicator;
      const sex = input.sex ?? current.sex;
      const period = this.checkTarget(indicator, input.period ?? current.period, sex, input.value ?? current.value);
      const patch: Partial<Target> = {};
      if (input.period !== undefined) Object.assign(patch, { period, periodStart: periodStart(parsePeriodOrThrow(period)) });
      if (input.sex !== undefined) patch.sex = sex;
      if (input.value !== undefined) patch.value = input.value;
      if (input.comment !== undefined) patch.comment = input.comment;
      if (period !== current.period || sex !== current.sex) await this.checkUnique(manager, indicator, period, sex, current.id);
      const target = await this.saveUnique(() => this.updateVersioned(current.id, input.version, Object.keys(patch).length ? patch : { value: current.value }, manager));
      return { target };
    });
  }

  async archiveTarget(input: ArchiveInput): Promise<{ target: Target }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { target: await this.archive(current.id, input.version) };
  }

  /** The value rules shared with measurements; returns the period in normal notation. */
  private checkTarget(indicator: Indicator, period: string, sex: Sex, value: number): string {
    const errors = new ErrorList();
    errors.add(...checkValue(indicator, { period, sex, value }));
    errors.throwIfAny();
    return formatPeriod(parsePeriodOrThrow(period));
  }

  /** One active target per indicator, period and sex (DUPLICATE on period); archived ones free their place. */
  private async checkUnique(manager: EntityManager, indicator: Indicator, period: string, sex: Sex, exceptId: string | null): Promise<void> {
    const existing = await this.repo(manager).findOneBy({ indicatorId: indicator.id, period, sex, archivedAt: IsNull() });
    if (existing && existing.id !== exceptId) throw this.duplicate(period, sex);
  }

  private duplicate(period: string, sex: Sex): DomainError {
    return DomainError.of('DUPLICATE', `period: the indicator already has a target for ${period} (${sex}); update that one instead.`, 'period');
  }

  /** A concurrent insert of the same key loses on the unique index: reported as DUPLICATE too. */
  private async saveUnique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505') {
        throw DomainError.of('DUPLICATE', 'period: the indicator already has a target for this period and sex.', 'period');
      }
      throw error;
    }
  }

  // ----- reads for the loaders -----

  /** The active targets of the indicators in a period range (and one sex), in period order; one statement. */
  findByIndicatorIds(indicatorIds: readonly string[], range: TargetRange): Promise<Target[]> {
    const qb = this.repository
      .createQueryBuilder('t')
      .where('t.indicator_id IN (:...indicatorIds)', { indicatorIds: [...indicatorIds] })
      .andWhere('t.archived_at IS NULL');
    const periods = Object.assign(new PeriodRangeFilter(), { from: range.from ?? undefined, to: range.to ?? undefined });
    wherePeriodRange(qb, 't.period_start', periods, 'targets');
    if (range.sex) qb.andWhere('t.sex = :sex', { sex: range.sex });
    return qb.orderBy('t.period_start').addOrderBy(SEX_ORDER).getMany();
  }
}

function parsePeriodOrThrow(text: string) {
  const parsed = parsePeriod(text);
  if (!parsed.ok) throw DomainError.of('INVALID_PERIOD', parsed.message, 'period');
  return parsed.period;
}
