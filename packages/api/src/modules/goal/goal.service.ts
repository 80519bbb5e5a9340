import { comparePeriods, formatPeriod, parsePeriod, type Period } from '@inkludera/shared';
import { IsNull, In, type DataSource, type EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError, userError } from '../../graphql/user-error';
import { givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { findLinked, replaceLinks, type LinkTable } from '../../services/linked';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Indicator } from '../indicator/indicator.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import type { CreateGoalInput, GoalOrderField, GoalWhereInput, UpdateGoalInput } from './dto/goal.input';
import { ErrorList } from '../../services/error-list';
import { GoalIndicator } from './goal-indicator.entity';
import { Goal, GoalLevel } from './goal.entity';

const SORT: Record<GoalOrderField, SortKey<Goal>> = {
  TITLE: { column: 'title', property: 'title' },
  SORT_ORDER: { column: 'sort_order', property: 'sortOrder' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

export const GOAL_INDICATOR: LinkTable = { entity: GoalIndicator, key: 'goalId', target: 'indicatorId' };
export const INDICATOR_GOAL: LinkTable = { entity: GoalIndicator, key: 'indicatorId', target: 'goalId' };

const EDITABLE = ['level', 'title', 'description', 'sortOrder'] as const;
const CHILD_ORDER = { sortOrder: 'ASC', title: 'ASC', id: 'ASC' } as const;
/** Stands for a reference that was given but not found; its error is already collected, nothing is written. */
const UNRESOLVED = 'unresolved';
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'sv');

/** The fields the goal rules look at, as they will be after the mutation. */
interface GoalShape {
  id: string | null;
  steeringDocumentId: string;
  level: GoalLevel;
  parentId: string | null;
  focusAreaId: string | null;
  ownerUnitId: string | null;
  startPeriod: string | null;
  endPeriod: string | null;
}

/** The references given in this input, resolved (undefined: not given or not found). */
interface GivenReferences {
  parent?: Goal;
  focusArea?: FocusArea;
}

export class GoalService extends BaseService<Goal> {
  constructor(dataSource: DataSource) {
    super(dataSource, Goal);
  }

  list(args: ConnectionArgs, where: GoalWhereInput = {}, order?: { field: GoalOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Goal>> {
    const qb = this.repository.createQueryBuilder('g');
    whereIds(qb, 'g.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereIds(qb, 'g.steering_document_id', idsOf(where.steeringDocument, 'SteeringDocument', 'where.steeringDocument'), 'documentIds');
    whereIds(qb, 'g.focus_area_id', idsOf(where.focusArea, 'FocusArea', 'where.focusArea'), 'focusAreaIds');
    whereIds(qb, 'g.owner_unit_id', idsOf(where.ownerUnit, 'OrganisationUnit', 'where.ownerUnit'), 'ownerUnitIds');
    whereOneOf(qb, 'g.level', where.level?.oneOf, 'levels');
    whereSearch(qb, ['g.title', 'g.description'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'TITLE'], direction: order?.direction ?? 'ASC' });
  }

  create(input: CreateGoalInput): Promise<{ goal: Goal }> {
    return this.transaction(async (manager) => {
      const document = await this.requireRelated(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId', null, manager);
      await this.lockDocument(manager, document.id);
      const municipalityId = document.municipalityId;
      const errors = new ErrorList();
      const refs: GivenReferences = {};
      if (input.parentId) refs.parent = await errors.resolve(this.requireRelated(Goal, input.parentId, 'parentId', municipalityId, manager));
      if (input.focusAreaId) refs.focusArea = await errors.resolve(this.requireRelated(FocusArea, input.focusAreaId, 'focusAreaId', municipalityId, manager));
      const owner = input.ownerUnitId ? await errors.resolve(this.requireRelated(OrganisationUnit, input.ownerUnitId, 'ownerUnitId', municipalityId, manager)) : undefined;
      const indicatorIds = await this.resolveIndicators(manager, municipalityId, input.indicatorIds ?? [], errors);
      const shape: GoalShape = {
        id: null,
        steeringDocumentId: document.id,
        level: input.level,
        parentId: input.parentId ? (refs.parent?.id ?? UNRESOLVED) : null,
        focusAreaId: input.focusAreaId ? (refs.focusArea?.id ?? UNRESOLVED) : null,
        ownerUnitId: input.ownerUnitId ? (owner?.id ?? UNRESOLVED) : null,
        startPeriod: input.startPeriod ?? null,
        endPeriod: input.endPeriod ?? null,
      };
      const periods = this.checkShape(shape, refs, errors);
      await this.checkSingleOverallAim(manager, shape, errors);
      errors.throwIfAny();

      const repository = this.repo(manager);
      const goal = await repository.save(
        repository.create({
          municipalityId,
          steeringDocumentId: document.id,
          level: input.level,
          title: input.title.trim(),
          description: input.description ?? null,
          parentId: refs.parent?.id ?? null,
          focusAreaId: refs.focusArea?.id ?? null,
          ownerUnitId: owner?.id ?? null,
          startPeriod: periods.start,
          endPeriod: periods.end,
          sortOrder: input.sortOrder ?? (await this.nextSortOrder(manager, document.id, refs.parent?.id ?? null)),
        }),
      );
      await replaceLinks(manager, GOAL_INDICATOR, goal.id, indicatorIds);
      return { goal };
    });
  }

  update(input: UpdateGoalInput): Promise<{ goal: Goal }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      await this.lockDocument(manager, current.steeringDocumentId);
      const municipalityId = current.municipalityId;
      const errors = new ErrorList();
      const refs: GivenReferences = {};
      const patch: Partial<Goal> = givenFields(input, EDITABLE);
      if (patch.title !== undefined) patch.title = patch.title.trim();

      if (input.parentId !== undefined) {
        refs.parent = input.parentId ? await errors.resolve(this.requireRelated(Goal, input.parentId, 'parentId', municipalityId, manager)) : undefined;
        patch.parentId = input.parentId ? (refs.parent?.id ?? UNRESOLVED) : null;
      }
      if (input.focusAreaId !== undefined) {
        refs.focusArea = input.focusAreaId ? await errors.resolve(this.requireRelated(FocusArea, input.focusAreaId, 'focusAreaId', municipalityId, manager)) : undefined;
        patch.focusAreaId = input.focusAreaId ? (refs.focusArea?.id ?? UNRESOLVED) : null;
      }
      if (input.ownerUnitId !== undefined) {
        const owner = input.ownerUnitId ? await errors.resolve(this.requireRelated(OrganisationUnit, input.ownerUnitId, 'ownerUnitId', municipalityId, manager)) : undefined;
        patch.ownerUnitId = input.ownerUnitId ? (owner?.id ?? UNRESOLVED) : null;
      }
      if (input.startPeriod !== undefined) patch.startPeriod = input.startPeriod;
      if (input.endPeriod !== undefined) patch.endPeriod = input.endPeriod;
      const indicatorIds = input.indicatorIds ? await this.resolveIndicators(manager, municipalityId, input.indicatorIds, errors) : undefined;

      const shape: GoalShape = {
        id: current.id,
        steeringDocumentId: current.steeringDocumentId,
        level: patch.level ?? current.level,
        parentId: patch.parentId !== undefined ? patch.parentId : current.parentId,
        focusAreaId: patch.focusAreaId !== undefined ? patch.focusAreaId : current.focusAreaId,
        ownerUnitId: patch.ownerUnitId !== undefined ? patch.ownerUnitId : current.ownerUnitId,
        startPeriod: patch.startPeriod !== undefined ? patch.startPeriod : current.startPeriod,
        endPeriod: patch.endPeriod !== undefined ? patch.endPeriod : current.endPeriod,
      };
      const periods = this.checkShape(shape, refs, errors);
      if (patch.startPeriod !== undefined) patch.startPeriod = periods.start;
      if (patch.endPeriod !== undefined) patch.endPeriod = periods.end;
      if (shape.level !== current.level) await this.checkSingleOverallAim(manager, shape, errors);
      if (refs.parent && !errors.has('parentId')) await this.checkNoCycle(manager, current.id, refs.parent.id, errors);
      errors.throwIfAny();

      // A change of links alone is a change of the goal: it still bumps the version.
      const goal = await this.updateVersioned(current.id, input.version, Object.keys(patch).length ? patch : { title: current.title }, manager);
      if (indicatorIds) await replaceLinks(manager, GOAL_INDICATOR, goal.id, indicatorIds);
      return { goal };
    });
  }

  archiveGoal(input: ArchiveInput): Promise<{ goal: Goal }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      await this.lockDocument(manager, current.steeringDocumentId);
      const children = await this.repo(manager).countBy({ parentId: current.id, archivedAt: IsNull() });
      if (children > 0) {
        throw DomainError.of(
          'INVALID',
          `The goal has ${children} active goal${children === 1 ? '' : 's'} under it; archive or move ${children === 1 ? 'it' : 'them'} first.`,
          'id',
        );
      }
      return { goal: await this.archive(current.id, input.version, manager) };
    });
  }

  // ----- rules -----

  /**
   * The rules on the goal as it will be: level-dependent required fields, same document for the
   * parent and the focus area, period notation and order. Returns the periods in normal notation.
   */
  private checkShape(shape: GoalShape, refs: GivenReferences, errors: ErrorList): { start: string | null; end: string | null } {
    switch (shape.level) {
      case GoalLevel.OVERALL_AIM:
        if (shape.parentId) errors.add(userError('INVALID', 'parentId: an overall aim is the root of the goal tree and has no parent.', 'parentId'));
        break;
      case GoalLevel.COMMITTEE_GOAL:
        if (!shape.ownerUnitId) errors.add(userError('REQUIRED', 'ownerUnitId: a committee goal names the unit (committee) that owns it.', 'ownerUnitId'));
        if (!shape.focusAreaId) errors.add(userError('REQUIRED', 'focusAreaId: a committee goal names the focus area it belongs to.', 'focusAreaId'));
        break;
      case GoalLevel.SUB_GOAL:
        if (!shape.parentId) errors.add(userError('REQUIRED', 'parentId: a sub-goal has a parent goal of the same document.', 'parentId'));
        break;
    }
    if (refs.focusArea && refs.focusArea.steeringDocumentId !== shape.steeringDocumentId) {
      errors.add(userError('WRONG_DOCUMENT', 'focusAreaId: the focus area belongs to another steering document than the goal.', 'focusAreaId'));
    }
    if (refs.parent && refs.parent.steeringDocumentId !== shape.steeringDocumentId) {
      errors.add(userError('WRONG_DOCUMENT', 'parentId: the parent goal belongs to another steering document than the goal.', 'parentId'));
    }
    const start = this.parseGoalPeriod(shape.startPeriod, 'startPeriod', errors);
    const end = this.parseGoalPeriod(shape.endPeriod, 'endPeriod', errors);
    if (start && end && comparePeriods(start, end) > 0) {
      errors.add(userError('INVALID', `endPeriod: ${formatPeriod(end)} is before startPeriod ${formatPeriod(start)}.`, 'endPeriod'));
    }
    return { start: start ? formatPeriod(start) : shape.startPeriod, end: end ? formatPeriod(end) : shape.endPeriod };
  }

  private parseGoalPeriod(text: string | null, field: string, errors: ErrorList): Period | null {
    if (text === null) return null;
    const parsed = parsePeriod(text);
    if (parsed.ok) return parsed.period;
    errors.add(userError('INVALID_PERIOD', `${field}: ${parsed.message}`, field));
    return null;
  }

  /** At most one active overall aim per document (DUPLICATE on level). */
  private async checkSingleOverallAim(manager: EntityManager, shape: GoalShape, errors: ErrorList): Promise<void> {
    if (shape.level !== GoalLevel.OVERALL_AIM) return;
    const existing = await this.repo(manager).findOneBy({ steeringDocumentId: shape.steeringDocumentId, level: GoalLevel.OVERALL_AIM, archivedAt: IsNull() });
    if (existing && existing.id !== shape.id) {
      errors.add(userError('DUPLICATE', `level: the document already has an overall aim ("${existing.title}"); archive it first or make this goal a committee goal.`, 'level'));
    }
  }

  /** The new parent must not be the goal itself or lie under it (CYCLE on parentId). */
  private async checkNoCycle(manager: EntityManager, goalId: string, parentId: string, errors: ErrorList): Promise<void> {
    const rows: unknown[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM goal WHERE id = $1
         UNION
         SELECT g.id, g.parent_id FROM goal g JOIN up ON g.id = up.parent_id
       )
       SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
      [parentId, goalId],
    );
    if (rows.length) {
      errors.add(userError('CYCLE', 'parentId: the goal would come under itself; a goal cannot be the parent of one of its ancestors.', 'parentId'));
    }
  }

  private async resolveIndicators(manager: EntityManager, municipalityId: string, globalIds: string[], errors: ErrorList): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, globalId] of globalIds.entries()) {
      const indicator = await errors.resolve(this.requireRelated(Indicator, globalId, `indicatorIds[${index}]`, municipalityId, manager));
      if (indicator) ids.push(indicator.id);
    }
    return ids;
  }

  /** Serialises changes to one document's goal tree (cycles, the single overall aim, children on archiving). */
  private async lockDocument(manager: EntityManager, documentId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('goal-tree'), hashtext($1))`, [documentId]);
  }

  private async nextSortOrder(manager: EntityManager, documentId: string, parentId: string | null): Promise<number> {
    const [row] = (await manager.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM goal WHERE steering_document_id = $1 AND parent_id IS NOT DISTINCT FROM $2`, [
      documentId,
      parentId,
    ])) as Array<{ next: number }>;
    return Number(row?.next ?? 1);
  }

  // ----- reads for the loaders (active goals only) -----

  findActiveBy(column: 'steeringDocumentId' | 'parentId' | 'focusAreaId' | 'ownerUnitId', keys: readonly string[], level?: GoalLevel): Promise<Goal[]> {
    return this.repository.find({
      where: { [column]: In([...keys]), archivedAt: IsNull(), ...(level ? { level } : {}) },
      order: CHILD_ORDER,
    });
  }

  /** The active goals linked to each indicator, as (indicator id, goal) pairs, by title. */
  findByIndicatorIds(indicatorIds: readonly string[]) {
    return findLinked(this.manager, Goal, INDICATOR_GOAL, indicatorIds, byTitle);
  }
}
