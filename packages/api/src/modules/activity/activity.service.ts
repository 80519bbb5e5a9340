import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereDuring, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { assertDateOrder, givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { findLinked, replaceLinks, type LinkTable } from '../../services/linked';
import { Goal } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { Partner } from '../partner/partner.entity';
import { ActivityNote } from './activity-note.entity';
import { Activity, ActivityGoal, ActivityPartner, ActivityStatus } from './activity.entity';
import type { AddActivityNoteInput } from './dto/activity-note.input';
import { DomainError } from '../../graphql/user-error';
import type { ActivityOrderField, ActivityWhereInput, CreateActivityInput, UpdateActivityInput } from './dto/activity.input';

const SORT: Record<ActivityOrderField, SortKey<Activity>> = {
  TITLE: { column: 'title', property: 'title' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

export const ACTIVITY_GOAL: LinkTable = { entity: ActivityGoal, key: 'activityId', target: 'goalId' };
export const GOAL_ACTIVITY: LinkTable = { entity: ActivityGoal, key: 'goalId', target: 'activityId' };
export const ACTIVITY_PARTNER: LinkTable = { entity: ActivityPartner, key: 'activityId', target: 'partnerId' };
export const PARTNER_ACTIVITY: LinkTable = { entity: ActivityPartner, key: 'partnerId', target: 'activityId' };

const EDITABLE = ['title', 'description', 'status', 'startDate', 'endDate', 'targetGroup'] as const;
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'sv');

export class ActivityService extends BaseService<Activity> {
  constructor(dataSource: DataSource) {
    super(dataSource, Activity);
  }

  list(args: ConnectionArgs, where: ActivityWhereInput = {}, order?: { field: ActivityOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Activity>> {
    const qb = this.repository.createQueryBuilder('a');
    whereIds(qb, 'a.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereOneOf(qb, 'a.status', where.status?.oneOf, 'statuses');
    whereIds(qb, 'a.responsible_unit_id', idsOf(where.responsibleUnit, 'OrganisationUnit', 'where.responsibleUnit'), 'unitIds');
    const goalIds = idsOf(where.goal, 'Goal', 'where.goal');
    if (goalIds) qb.andWhere(goalIds.length ? 'a.id IN (SELECT activity_id FROM activity_goal WHERE goal_id IN (:...goalIds))' : 'false', { goalIds });
    const partnerIds = idsOf(where.partner, 'Partner', 'where.partner');
    if (partnerIds) qb.andWhere(partnerIds.length ? 'a.id IN (SELECT activity_id FROM activity_partner WHERE partner_id IN (:...partnerIds))' : 'false', { partnerIds });
    whereDuring(qb, 'a.start_date', 'a.end_date', where.during, 'during');
    whereSearch(qb, ['a.title', 'a.description', 'a.target_group'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'TITLE'], direction: order?.direction ?? 'ASC' });
  }

  /** Resolves goal and partner ids of the input to rows of the same municipality. */
  private async linkedIds(manager: EntityManager, municipalityId: string, goalIds?: string[] | null, partnerIds?: string[] | null) {
    const goals = goalIds ? await this.requireAllRelated(Goal, goalIds, 'goalIds', municipalityId, manager) : undefined;
    const partners = partnerIds ? await this.requireAllRelated(Partner, partnerIds, 'partnerIds', municipalityId, manager) : undefined;
    return { goals: goals?.map((g) => g.id), partners: partners?.map((p) => p.id) };
  }

  create(input: CreateActivityInput): Promise<{ activity: Activity }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      const unit = input.responsibleUnitId ? await this.requireRelated(OrganisationUnit, input.responsibleUnitId, 'responsibleUnitId', municipality.id, manager) : null;
      assertDateOrder(input.startDate, input.endDate);
      const links = await this.linkedIds(manager, municipality.id, input.goalIds, input.partnerIds);
      const repository = this.repo(manager);
      const activity = await repository.save(
        repository.create({
          municipalityId: municipality.id,
          title: input.title.trim(),
          description: input.description ?? null,
          status: input.status ?? ActivityStatus.PLANNED,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          responsibleUnitId: unit?.id ?? null,
          targetGroup: input.targetGroup ?? null,
        }),
      );
      await replaceLinks(manager, ACTIVITY_GOAL, activity.id, links.goals ?? []);
      await replaceLinks(manager, ACTIVITY_PARTNER, activity.id, links.partners ?? []);
      return { activity };
    });
  }

  update(input: UpdateActivityInput): Promise<{ activity: Activity }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const patch: Partial<Activity> = givenFields(input, EDITABLE);
      if (patch.title !== undefined) patch.title = patch.title.trim();
      if (input.responsibleUnitId !== undefined) {
        patch.responsibleUnitId = input.responsibleUnitId
          ? (await this.requireRelated(OrganisationUnit, input.responsibleUnitId, 'responsibleUnitId', current.municipalityId, manager)).id
          : null;
      }
      assertDateOrder(patch.startDate !== undefined ? patch.startDate : current.startDate, patch.endDate !== undefined ? patch.endDate : current.endDate);
      const links = await this.linkedIds(manager, current.municipalityId, input.goalIds, input.partnerIds);
      const activity = await this.updateVersioned(current.id, input.version, patch, manager);
      if (links.goals) await replaceLinks(manager, ACTIVITY_GOAL, activity.id, links.goals);
      if (links.partners) await replaceLinks(manager, ACTIVITY_PARTNER, activity.id, links.partners);
      return { activity };
    });
  }

  async archiveActivity(input: ArchiveInput): Promise<{ activity: Activity }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { activity: await this.archive(current.id, input.version) };
  }

  /**
   * Adds a progress note to an activity (not an archived one). Notes are only ever inserted; the
   * author is the caller, named by the resolver.
   */
  addNote(input: AddActivityNoteInput, author: { name: string; id: string | null }, today: string): Promise<{ activityNote: ActivityNote }> {
    return this.transaction(async (manager) => {
      const activity = await this.getByGlobalId(input.activityId, 'activityId', manager);
      if (activity.archivedAt) throw DomainError.of('ARCHIVED', `The activity ${input.activityId} is archived; its notes stay as they are.`, 'activityId');
      if (input.doneOn > today) throw DomainError.of('INVALID', `doneOn (${input.doneOn}) is after today (${today}); a note tells what was done.`, 'doneOn');
      const repository = manager.getRepository(ActivityNote);
      const activityNote = await repository.save(
        repository.create({
          activityId: activity.id,
          municipalityId: activity.municipalityId,
          doneOn: input.doneOn,
          text: input.text.trim(),
          authorName: author.name,
          authorId: author.id,
        }),
      );
      return { activityNote };
    });
  }

  /** The notes of each activity, newest first (by the day done, then when written). */
  findNotesByActivityIds(ids: readonly string[]): Promise<ActivityNote[]> {
    return this.manager.getRepository(ActivityNote).find({ where: { activityId: In([...ids]) }, order: { doneOn: 'DESC', createdAt: 'DESC' } });
  }

  findNotesByIds(ids: readonly string[]): Promise<ActivityNote[]> {
    return this.manager.getRepository(ActivityNote).findBy({ id: In([...ids]) });
  }

  findGoalsByActivityIds(ids: readonly string[]) {
    return findLinked(this.manager, Goal, ACTIVITY_GOAL, ids, byTitle);
  }

  findPartnersByActivityIds(ids: readonly string[]) {
    return findLinked(this.manager, Partner, ACTIVITY_PARTNER, ids, (a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  findByGoalIds(ids: readonly string[]) {
    return findLinked(this.manager, Activity, GOAL_ACTIVITY, ids, byTitle);
  }

  findByPartnerIds(ids: readonly string[]) {
    return findLinked(this.manager, Activity, PARTNER_ACTIVITY, ids, byTitle);
  }

  /** Active activities of each responsible unit, by title. */
  async findByResponsibleUnitIds(ids: readonly string[]): Promise<Activity[]> {
    return (await this.findByColumn('responsibleUnitId', ids, { title: 'ASC' })).filter((a) => !a.archivedAt);
  }
}
