import type { DataSource, EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereDuring, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { assertDateOrder, givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { findLinked, replaceLinks, type LinkTable } from '../../services/linked';
import { Activity } from '../activity/activity.entity';
import { Goal } from '../goal/goal.entity';
import { Municipality } from '../municipality/municipality.entity';
import { Partner } from '../partner/partner.entity';
import { Agreement, AgreementActivity, AgreementGoal, AgreementKind, AgreementPartner } from './agreement.entity';
import type { AgreementOrderField, AgreementWhereInput, CreateAgreementInput, UpdateAgreementInput } from './dto/agreement.input';

const SORT: Record<AgreementOrderField, SortKey<Agreement>> = {
  TITLE: { column: 'title', property: 'title' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

const LINKS = {
  partners: { entity: AgreementPartner, key: 'agreementId', target: 'partnerId', type: Partner, field: 'partnerIds' },
  activities: { entity: AgreementActivity, key: 'agreementId', target: 'activityId', type: Activity, field: 'activityIds' },
  goals: { entity: AgreementGoal, key: 'agreementId', target: 'goalId', type: Goal, field: 'goalIds' },
} as const;
const PARTNER_AGREEMENT: LinkTable = { entity: AgreementPartner, key: 'partnerId', target: 'agreementId' };
const ACTIVITY_AGREEMENT: LinkTable = { entity: AgreementActivity, key: 'activityId', target: 'agreementId' };
const GOAL_AGREEMENT: LinkTable = { entity: AgreementGoal, key: 'goalId', target: 'agreementId' };

const EDITABLE = ['kind', 'title', 'description', 'startDate', 'endDate'] as const;
const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'sv');

type LinkInput = Partial<Record<(typeof LINKS)[keyof typeof LINKS]['field'], string[] | null>>;

export class AgreementService extends BaseService<Agreement> {
  constructor(dataSource: DataSource) {
    super(dataSource, Agreement);
  }

  list(args: ConnectionArgs, where: AgreementWhereInput = {}, order?: { field: AgreementOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Agreement>> {
    const qb = this.repository.createQueryBuilder('g');
    whereIds(qb, 'g.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereOneOf(qb, 'g.kind', where.kind?.oneOf, 'kinds');
    const partnerIds = idsOf(where.partner, 'Partner', 'where.partner');
    if (partnerIds) qb.andWhere(partnerIds.length ? 'g.id IN (SELECT agreement_id FROM agreement_partner WHERE partner_id IN (:...partnerIds))' : 'false', { partnerIds });
    whereDuring(qb, 'g.start_date', 'g.end_date', where.during, 'during');
    whereSearch(qb, ['g.title', 'g.description'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'TITLE'], direction: order?.direction ?? 'ASC' });
  }

  /** A project runs between two dates (seed 003: a regional project with a start and an end). */
  private checkDates(kind: AgreementKind, startDate: string | null, endDate: string | null): void {
    if (kind === AgreementKind.PROJECT) {
      if (!startDate) throw DomainError.of('REQUIRED', 'A project needs a startDate.', 'startDate');
      if (!endDate) throw DomainError.of('REQUIRED', 'A project needs an endDate.', 'endDate');
    }
    assertDateOrder(startDate, endDate);
  }

  /** Checks the linked ids of the input (same municipality) and replaces the links that were given. */
  private async writeLinks(manager: EntityManager, agreement: Agreement, input: LinkInput): Promise<void> {
    for (const link of Object.values(LINKS)) {
      const given = input[link.field];
      if (given === undefined || given === null) continue;
      const rows = await this.requireAllRelated(link.type as never, given, link.field, agreement.municipalityId, manager);
      await replaceLinks(
        manager,
        link,
        agreement.id,
        rows.map((row: { id: string }) => row.id),
      );
    }
  }

  create(input: CreateAgreementInput): Promise<{ agreement: Agreement }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      this.checkDates(input.kind, input.startDate ?? null, input.endDate ?? null);
      const repository = this.repo(manager);
      const agreement = await repository.save(
        repository.create({
          municipalityId: municipality.id,
          kind: input.kind,
          title: input.title.trim(),
          description: input.description ?? null,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
        }),
      );
      await this.writeLinks(manager, agreement, input);
      return { agreement };
    });
  }

  update(input: UpdateAgreementInput): Promise<{ agreement: Agreement }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const patch: Partial<Agreement> = givenFields(input, EDITABLE);
      if (patch.title !== undefined) patch.title = patch.title.trim();
      const merged = { ...current, ...patch };
      this.checkDates(merged.kind, merged.startDate, merged.endDate);
      const agreement = await this.updateVersioned(current.id, input.version, patch, manager);
      await this.writeLinks(manager, agreement, input);
      return { agreement };
    });
  }

  async archiveAgreement(input: ArchiveInput): Promise<{ agreement: Agreement }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { agreement: await this.archive(current.id, input.version) };
  }

  findPartnersByAgreementIds(ids: readonly string[]) {
    return findLinked(this.manager, Partner, LINKS.partners, ids, (a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  findActivitiesByAgreementIds(ids: readonly string[]) {
    return findLinked(this.manager, Activity, LINKS.activities, ids, byTitle);
  }

  findGoalsByAgreementIds(ids: readonly string[]) {
    return findLinked(this.manager, Goal, LINKS.goals, ids, byTitle);
  }

  findByPartnerIds(ids: readonly string[]) {
    return findLinked(this.manager, Agreement, PARTNER_AGREEMENT, ids, byTitle);
  }

  findByActivityIds(ids: readonly string[]) {
    return findLinked(this.manager, Agreement, ACTIVITY_AGREEMENT, ids, byTitle);
  }

  findByGoalIds(ids: readonly string[]) {
    return findLinked(this.manager, Agreement, GOAL_AGREEMENT, ids, byTitle);
  }
}
