import { formatPeriod, parsePeriod } from '@inkludera/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { userError } from '../../graphql/user-error';
import { givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { findLinked, replaceLinks } from '../../services/linked';
import { ErrorList } from '../../services/error-list';
import { Goal } from '../goal/goal.entity';
import { GOAL_INDICATOR, INDICATOR_GOAL } from '../goal/goal.service';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import type { CreateIndicatorInput, IndicatorOrderField, IndicatorWhereInput, UpdateIndicatorInput } from './dto/indicator.input';
import { checkNumber, checkPeriod, PERCENT_MAX, PERCENT_MIN } from './indicator-value.rules';
import { Indicator, IndicatorSourceKind, IndicatorUnit } from './indicator.entity';

const SORT: Record<IndicatorOrderField, SortKey<Indicator>> = {
  NAME: { column: 'name_sv', property: 'nameSv' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

const EDITABLE = [
  'nameSv',
  'nameEn',
  'definition',
  'unit',
  'decimals',
  'direction',
  'periodicity',
  'dividedBySex',
  'sourceKind',
  'sourceReference',
  'sharedCode',
  'source',
  'responsibleImplementationRole',
  'responsibleFollowUpRole',
  'baselineValue',
  'baselinePeriod',
  'published',
  'sensitive',
  'licence',
] as const;

/** By Swedish name, then id (as the compiled reads order them: graphql/compiled/model.ts). */
const byName = (a: Indicator, b: Indicator) => a.nameSv.localeCompare(b.nameSv, 'sv') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sources whose figures are fetched by an id at the source: they need sourceReference. */
const SOURCES_WITH_REFERENCE: readonly IndicatorSourceKind[] = [IndicatorSourceKind.KOLADA, IndicatorSourceKind.OTHER_SYSTEM];

const RESPONSIBILITIES = [
  ['responsibleImplementationUnitId', 'implementation'],
  ['responsibleFollowUpUnitId', 'follow-up'],
] as const;

/** The fields the indicator rules look at, as they will be after the mutation. */
type IndicatorShape = Pick<Indicator, 'unit' | 'decimals' | 'periodicity' | 'dividedBySex' | 'sourceKind' | 'sourceReference' | 'baselineValue' | 'baselinePeriod'>;

export class IndicatorService extends BaseService<Indicator> {
  constructor(dataSource: DataSource) {
    super(dataSource, Indicator);
  }

  list(args: ConnectionArgs, where: IndicatorWhereInput = {}, order?: { field: IndicatorOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Indicator>> {
    const qb = this.repository.createQueryBuilder('i');
    whereIds(qb, 'i.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    const goalIds = idsOf(where.goal, 'Goal', 'where.goal');
    if (goalIds) qb.andWhere(goalIds.length ? 'i.id IN (SELECT indicator_id FROM goal_indicator WHERE goal_id IN (:...goalIds))' : 'false', { goalIds });
    const unitIds = idsOf(where.responsibleUnit, 'OrganisationUnit', 'where.responsibleUnit');
    if (unitIds) {
      qb.andWhere(unitIds.length ? '(i.responsible_implementation_unit_id IN (:...unitIds) OR i.responsible_follow_up_unit_id IN (:...unitIds))' : 'false', { unitIds });
    }
    whereOneOf(qb, 'i.unit', where.unit?.oneOf, 'units');
    whereOneOf(qb, 'i.periodicity', where.periodicity?.oneOf, 'periodicities');
    if (where.published !== undefined && where.published !== null) qb.andWhere('i.published = :published', { published: where.published });
    whereSearch(qb, ['i.name_sv', 'i.name_en', 'i.definition', 'i.source_reference'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'NAME'], direction: order?.direction ?? 'ASC' });
  }

  create(input: CreateIndicatorInput): Promise<{ indicator: Indicator }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      const errors = new ErrorList();
      const units: Partial<Record<(typeof RESPONSIBILITIES)[number][0], string>> = {};
      for (const [field, what] of RESPONSIBILITIES) {
        const globalId = input[field];
        if (!globalId) {
          errors.add(this.responsibilityRequired(field, what));
          continue;
        }
        units[field] = (await errors.resolve(this.requireRelated(OrganisationUnit, globalId, field, municipality.id, manager)))?.id;
      }
      const goalIds = await this.resolveGoals(manager, municipality.id, input.goalIds ?? [], errors);
      const shape: IndicatorShape = {
        unit: input.unit,
        decimals: input.decimals ?? 0,
        periodicity: input.periodicity,
        dividedBySex: input.dividedBySex ?? true,
        sourceKind: input.sourceKind ?? IndicatorSourceKind.MANUAL,
        sourceReference: input.sourceReference?.trim() || null,
        baselineValue: input.baselineValue ?? null,
        baselinePeriod: input.baselinePeriod ?? null,
      };
      this.checkShape(shape, errors);
      errors.throwIfAny();

      const repository = this.repo(manager);
      const indicator = await repository.save(
        repository.create({
          ...shape,
          municipalityId: municipality.id,
          nameSv: input.nameSv.trim(),
          nameEn: input.nameEn?.trim() || null,
          definition: input.definition ?? null,
          direction: input.direction,
          source: input.source ?? null,
          sharedCode: input.sharedCode ?? null,
          responsibleImplementationUnitId: units.responsibleImplementationUnitId as string,
          responsibleImplementationRole: input.responsibleImplementationRole?.trim() || null,
          responsibleFollowUpUnitId: units.responsibleFollowUpUnitId as string,
          responsibleFollowUpRole: input.responsibleFollowUpRole?.trim() || null,
          baselinePeriod: this.normalPeriod(shape.baselinePeriod),
          published: input.published ?? false,
          sensitive: input.sensitive ?? false,
          licence: input.licence ?? null,
        }),
      );
      await replaceLinks(manager, INDICATOR_GOAL, indicator.id, goalIds);
      return { indicator };
    });
  }

  update(input: UpdateIndicatorInput): Promise<{ indicator: Indicator }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const errors = new ErrorList();
      const patch: Partial<Indicator> = givenFields(input, EDITABLE);
      if (patch.nameSv !== undefined) patch.nameSv = patch.nameSv.trim();
      if (patch.nameEn !== undefined) patch.nameEn = patch.nameEn?.trim() || null;
      if (patch.sourceReference !== undefined) patch.sourceReference = patch.sourceReference?.trim() || null;
      for (const [field, what] of RESPONSIBILITIES) {
        const globalId = input[field];
        if (globalId === undefined) continue;
        if (globalId === null || globalId === '') {
          errors.add(this.responsibilityRequired(field, what));
          continue;
        }
        const unit = await errors.resolve(this.requireRelated(OrganisationUnit, globalId, field, current.municipalityId, manager));
        if (unit) patch[field] = unit.id;
      }
      const goalIds = input.goalIds ? await this.resolveGoals(manager, current.municipalityId, input.goalIds, errors) : undefined;
      const shape: IndicatorShape = { ...current, ...patch };
      this.checkShape(shape, errors);
      await this.checkStoredValues(manager, current, shape, errors);
      errors.throwIfAny();
      if (patch.baselinePeriod !== undefined) patch.baselinePeriod = this.normalPeriod(patch.baselinePeriod);

      // A change of links alone is a change of the indicator: it still bumps the version.
      const indicator = await this.updateVersioned(current.id, input.version, Object.keys(patch).length ? patch : { nameSv: current.nameSv }, manager);
      if (goalIds) await replaceLinks(manager, INDICATOR_GOAL, indicator.id, goalIds);
      return { indicator };
    });
  }

  async archiveIndicator(input: ArchiveInput): Promise<{ indicator: Indicator }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { indicator: await this.archive(current.id, input.version) };
  }

  // ----- rules -----

  private responsibilityRequired(field: string, what: string) {
    return userError('RESPONSIBILITY_REQUIRED', `${field}: every indicator names the unit responsible for ${what}; give a unit of the same municipality.`, field);
  }

  /** Rules on the indicator itself: the source reference and the baseline. */
  private checkShape(shape: IndicatorShape, errors: ErrorList): void {
    if (SOURCES_WITH_REFERENCE.includes(shape.sourceKind) && !shape.sourceReference) {
      const example = shape.sourceKind === IndicatorSourceKind.KOLADA ? 'the Kolada KPI id, e.g. N00945' : 'the id of the indicator in that system';
      errors.add(userError('REQUIRED', `sourceReference: a ${shape.sourceKind} source needs ${example}.`, 'sourceReference'));
    }
    const hasValue = shape.baselineValue !== null && shape.baselineValue !== undefined;
    const hasPeriod = shape.baselinePeriod !== null && shape.baselinePeriod !== undefined;
    if (hasValue && !hasPeriod) errors.add(userError('REQUIRED', 'baselinePeriod: a baseline value needs the period it was measured in.', 'baselinePeriod'));
    if (hasPeriod && !hasValue) errors.add(userError('REQUIRED', 'baselineValue: a baseline period needs its value.', 'baselineValue'));
    if (hasPeriod) errors.add(...checkPeriod(shape.periodicity, shape.baselinePeriod as string, 'baselinePeriod'));
    if (hasValue) errors.add(...checkNumber(shape, shape.baselineValue, 'baselineValue'));
  }

  /**
   * Values already stored (measurements and targets, archived ones included, since history stays
   * readable) must still obey the indicator after the change: periodicity and dividedBySex cannot
   * change under them, nor can unit and decimals become stricter than they are.
   */
  private async checkStoredValues(manager: EntityManager, current: Indicator, next: IndicatorShape, errors: ErrorList): Promise<void> {
    const periodicityChanged = next.periodicity !== current.periodicity;
    const sexChanged = next.dividedBySex !== current.dividedBySex;
    const becomesPercent = next.unit === IndicatorUnit.PERCENT && current.unit !== IndicatorUnit.PERCENT;
    const fewerDecimals = next.decimals < current.decimals;
    if (!periodicityChanged && !sexChanged && !becomesPercent && !fewerDecimals) return;

    const [counts] = (await manager.query(
      `SELECT
         (SELECT count(*) FROM measurement WHERE indicator_id = $1)::int AS measurements,
         (SELECT count(*) FROM target WHERE indicator_id = $1)::int AS targets,
         (SELECT count(*) FROM target WHERE indicator_id = $1 AND sex <> 'TOTAL')::int AS "targetsBySex",
         (SELECT count(*) FROM measurement WHERE indicator_id = $1 AND value IS NOT NULL AND (value < $2 OR value > $3))::int AS "measurementsOutOfRange",
         (SELECT count(*) FROM target WHERE indicator_id = $1 AND (value < $2 OR value > $3))::int AS "targetsOutOfRange",
         (SELECT count(*) FROM measurement WHERE indicator_id = $1 AND value IS NOT NULL AND scale(trim_scale(value)) > $4)::int AS "measurementsTooPrecise",
         (SELECT count(*) FROM target WHERE indicator_id = $1 AND scale(trim_scale(value)) > $4)::int AS "targetsTooPrecise"`,
      [current.id, PERCENT_MIN, PERCENT_MAX, next.decimals],
    )) as Array<Record<string, number>>;
    const c = counts as Record<string, number>;
    const stored = (measurements: number, targets: number) =>
      [measurements ? `${measurements} measurement${measurements === 1 ? '' : 's'}` : '', targets ? `${targets} target${targets === 1 ? '' : 's'}` : '']
        .filter(Boolean)
        .join(' and ');

    if (periodicityChanged && (c.measurements || c.targets)) {
      errors.add(
        userError(
          'INVALID',
          `periodicity: cannot change from ${current.periodicity} to ${next.periodicity} because the indicator has ${stored(c.measurements ?? 0, c.targets ?? 0)} in ${current.periodicity} periods, which would no longer match. Create a new indicator for the new periodicity.`,
          'periodicity',
        ),
      );
    }
    if (sexChanged && (c.measurements || (current.dividedBySex && c.targetsBySex))) {
      errors.add(
        userError(
          'INVALID',
          `dividedBySex: cannot change because the indicator has ${stored(c.measurements ?? 0, current.dividedBySex ? (c.targetsBySex ?? 0) : 0)} reported ${current.dividedBySex ? 'for women and men separately' : 'as totals only'}; the stored values would no longer match.`,
          'dividedBySex',
        ),
      );
    }
    if (becomesPercent && (c.measurementsOutOfRange || c.targetsOutOfRange)) {
      errors.add(
        userError(
          'OUT_OF_RANGE',
          `unit: cannot become PERCENT because ${stored(c.measurementsOutOfRange ?? 0, c.targetsOutOfRange ?? 0)} lie outside ${PERCENT_MIN}–${PERCENT_MAX}.`,
          'unit',
        ),
      );
    }
    if (fewerDecimals && (c.measurementsTooPrecise || c.targetsTooPrecise)) {
      errors.add(
        userError(
          'TOO_MANY_DECIMALS',
          `decimals: cannot become ${next.decimals} because ${stored(c.measurementsTooPrecise ?? 0, c.targetsTooPrecise ?? 0)} have more decimals than that.`,
          'decimals',
        ),
      );
    }
  }

  private async resolveGoals(manager: EntityManager, municipalityId: string, globalIds: string[], errors: ErrorList): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, globalId] of globalIds.entries()) {
      const goal = await errors.resolve(this.requireRelated(Goal, globalId, `goalIds[${index}]`, municipalityId, manager));
      if (goal) ids.push(goal.id);
    }
    return ids;
  }

  private normalPeriod(text: string | null): string | null {
    if (text === null) return null;
    const parsed = parsePeriod(text);
    return parsed.ok ? formatPeriod(parsed.period) : text;
  }

  // ----- reads for the loaders -----

  /**
   * The active indicators of each goal, as (goal id, indicator) pairs by Swedish name; two statements
   * per batch. (Not one join through getRawAndEntities: it merges an indicator linked to several
   * goals into one entity and loses the pairs.)
   */
  findByGoalIds(goalIds: readonly string[]): Promise<Array<{ key: string; row: Indicator }>> {
    return findLinked(this.manager, Indicator, GOAL_INDICATOR, goalIds, byName);
  }

  /**
   * The active indicators each unit is responsible for (for implementation or follow-up), as
   * (unitId, indicator) pairs by name; an indicator appears once per unit even when the unit holds
   * both responsibilities. One statement.
   */
  async findByResponsibleUnitIds(unitIds: readonly string[]): Promise<Array<{ key: string; row: Indicator }>> {
    const keys = new Set(unitIds);
    const rows = await this.repository
      .createQueryBuilder('i')
      .where('(i.responsible_implementation_unit_id IN (:...unitIds) OR i.responsible_follow_up_unit_id IN (:...unitIds))', { unitIds: [...keys] })
      .andWhere('i.archived_at IS NULL')
      .orderBy('i.name_sv')
      .addOrderBy('i.id')
      .getMany();
    return rows.flatMap((row) => [...new Set([row.responsibleImplementationUnitId, row.responsibleFollowUpUnitId])].filter((key) => keys.has(key)).map((key) => ({ key, row })));
  }
}
