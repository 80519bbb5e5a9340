import { In, IsNull, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { UserInputError } from '../../graphql/errors';
import { idsOf, whereArchived, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { expectGlobalId } from '../../graphql/global-id';
import { DEFAULT_PAGE, paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { givenFields, isIsoDate } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { Municipality } from '../municipality/municipality.entity';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import {
  SteeringDocumentOrderField,
  type CreateSteeringDocumentInput,
  type CreateSteeringDocumentVersionInput,
  type SteeringDocumentWhereInput,
  type UpdateSteeringDocumentInput,
} from './dto/steering-document.input';
import { SteeringDocumentVersion } from './steering-document-version.entity';
import { SteeringDocument, SteeringDocumentStatus } from './steering-document.entity';

const SORT: Record<Exclude<SteeringDocumentOrderField, 'DECISION_DATE'>, SortKey<SteeringDocument>> = {
  TITLE: { column: 'title', property: 'title' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

/** Metadata that is not part of a decided version: changed by updateSteeringDocument. */
const METADATA = ['kind', 'status', 'followedUpBy', 'revisionIntervalMonths', 'description'] as const;
/** What a version records: changed only by createSteeringDocumentVersion. */
const VERSIONED = ['title', 'registrationNumber', 'decidedBy', 'decisionDate', 'validUntil', 'text', 'status'] as const;

type Direction = 'ASC' | 'DESC';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function trimmed<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' ? value.trim() : value) as T;
}

function assertNotArchivedStatus(status: SteeringDocumentStatus | undefined): void {
  if (status === SteeringDocumentStatus.ARCHIVED) {
    throw DomainError.of('INVALID', 'status ARCHIVED is set by archiveSteeringDocument; choose DRAFT, IN_CONSULTATION, ADOPTED or REPLACED.', 'status');
  }
}

/** validUntil, when given, is not before decisionDate (INVALID on validUntil). */
function assertValidity(decisionDate: string | null | undefined, validUntil: string | null | undefined): void {
  if (decisionDate && validUntil && validUntil < decisionDate) {
    throw DomainError.of('INVALID', `validUntil (${validUntil}) is before decisionDate (${decisionDate}); it must be the same day or later.`, 'validUntil');
  }
}

function assertNotArchived(document: SteeringDocument): void {
  if (document.archivedAt) throw DomainError.of('ARCHIVED', 'The steering document is archived and can no longer be changed.', 'id');
}

export class SteeringDocumentService extends BaseService<SteeringDocument> {
  constructor(dataSource: DataSource) {
    super(dataSource, SteeringDocument);
  }

  /** On the mutation's transaction when one is open, like `repository`. */
  private get versions(): Repository<SteeringDocumentVersion> {
    return this.manager.getRepository(SteeringDocumentVersion);
  }

  list(args: ConnectionArgs, where: SteeringDocumentWhereInput = {}, order?: { field: SteeringDocumentOrderField; direction: Direction }): Promise<Page<SteeringDocument>> {
    const qb = this.repository.createQueryBuilder('d');
    whereIds(qb, 'd.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereOneOf(qb, 'd.kind', where.kind?.oneOf, 'kinds');
    whereOneOf(qb, 'd.status', where.status?.oneOf, 'statuses');
    whereIds(qb, 'd.owner_unit_id', idsOf(where.ownerUnit, 'OrganisationUnit', 'where.ownerUnit'), 'ownerUnitIds');
    whereSearch(qb, ['d.title', 'd.registration_number', 'd.description'], where.search);
    whereArchived(qb, where.includeArchived);
    const field = order?.field ?? SteeringDocumentOrderField.TITLE;
    const direction = order?.direction ?? 'ASC';
    if (field === SteeringDocumentOrderField.DECISION_DATE) return this.pageByDecisionDate(qb, args, direction);
    return paginate(qb, args, { ...SORT[field], direction });
  }

  /**
   * Keyset pagination by decision date, which may be empty (drafts): `paginate` needs a NOT NULL sort
   * column, so the key here is the date with "no date" counted as later than any date (last when
   * ascending, first when descending), then the id. Same cursors, counts and page info as `paginate`.
   */
  private async pageByDecisionDate(qb: SelectQueryBuilder<SteeringDocument>, args: ConnectionArgs, direction: Direction): Promise<Page<SteeringDocument>> {
    const key = `COALESCE(d.decision_date, DATE 'infinity')`;
    const totalCount = await qb.clone().getCount();
    const page = qb.clone().orderBy(key, direction).addOrderBy('d.id', direction);
    if (args.after) {
      const [value, id] = decodeDateCursor(args.after);
      page.andWhere(`(${key}, d.id) ${direction === 'ASC' ? '>' : '<'} (CAST(:cursorDate AS date), CAST(:cursorId AS uuid))`, { cursorDate: value, cursorId: id });
    }
    const first = args.first ?? DEFAULT_PAGE;
    const rows = first === 0 ? [] : await page.take(first + 1).getMany();
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ cursor: encodeDateCursor(node.decisionDate ?? 'infinity', node.id), node }));
    return {
      edges,
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** Documents of each municipality that are not archived, newest decision first (undecided ones last). */
  findActiveByMunicipalityIds(municipalityIds: readonly string[]): Promise<SteeringDocument[]> {
    return this.repository.find({
      where: { municipalityId: In([...municipalityIds]), archivedAt: IsNull() },
      order: { decisionDate: { direction: 'DESC', nulls: 'LAST' }, title: 'ASC', id: 'ASC' },
    });
  }

  /** Version rows by id (for node()); missing ids are absent. */
  findVersionsByIds(ids: readonly string[]): Promise<SteeringDocumentVersion[]> {
    return this.versions.findBy({ id: In([...ids]) });
  }

  /** All versions of each document, oldest first. */
  findVersionsByDocumentIds(documentIds: readonly string[]): Promise<SteeringDocumentVersion[]> {
    return this.versions.find({ where: { steeringDocumentId: In([...documentIds]) }, order: { versionNumber: 'ASC' } });
  }

  /** The document a global id names, locked until the transaction ends; NOT_FOUND on `id` otherwise. */
  private async getLocked(globalId: string, manager: EntityManager): Promise<SteeringDocument> {
    const id = expectGlobalId(globalId, 'SteeringDocument', 'id');
    const row = await manager.getRepository(SteeringDocument).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw DomainError.of('NOT_FOUND', `No SteeringDocument has the id ${globalId}.`, 'id');
    return row;
  }

  /** Writes the document's current fields as version `versionNumber`; version rows are only ever inserted. */
  private async writeVersion(manager: EntityManager, document: SteeringDocument, changeNote: string | null): Promise<void> {
    await manager.getRepository(SteeringDocumentVersion).insert({
      steeringDocumentId: document.id,
      municipalityId: document.municipalityId,
      versionNumber: document.currentVersionNumber,
      title: document.title,
      registrationNumber: document.registrationNumber,
      decidedBy: document.decidedBy,
      decisionDate: document.decisionDate,
      validUntil: document.validUntil,
      status: document.status,
      text: document.text,
      changeNote,
    });
  }

  create(input: CreateSteeringDocumentInput): Promise<{ steeringDocument: SteeringDocument }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      const ownerUnit = input.ownerUnitId ? await this.requireRelated(OrganisationUnit, input.ownerUnitId, 'ownerUnitId', municipality.id, manager) : null;
      assertNotArchivedStatus(input.status);
      assertValidity(input.decisionDate, input.validUntil);
      const repository = this.repo(manager);
      const steeringDocument = await repository.save(
        repository.create({
          municipalityId: municipality.id,
          kind: input.kind,
          title: input.title.trim(),
          registrationNumber: trimmed(input.registrationNumber) ?? null,
          decidedBy: trimmed(input.decidedBy) ?? null,
          decisionDate: input.decisionDate ?? null,
          ownerUnitId: ownerUnit?.id ?? null,
          followedUpBy: trimmed(input.followedUpBy) ?? null,
          revisionIntervalMonths: input.revisionIntervalMonths ?? null,
          validUntil: input.validUntil ?? null,
          status: input.status ?? SteeringDocumentStatus.DRAFT,
          description: input.description ?? null,
          text: input.text ?? null,
          currentVersionNumber: 1,
        }),
      );
      await this.writeVersion(manager, steeringDocument, trimmed(input.changeNote) || null);
      return { steeringDocument };
    });
  }

  update(input: UpdateSteeringDocumentInput): Promise<{ steeringDocument: SteeringDocument }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      assertNotArchived(current);
      assertNotArchivedStatus(input.status);
      const patch: Partial<SteeringDocument> = givenFields(input, METADATA);
      if (patch.followedUpBy) patch.followedUpBy = patch.followedUpBy.trim();
      if (input.ownerUnitId !== undefined) {
        patch.ownerUnitId = input.ownerUnitId ? (await this.requireRelated(OrganisationUnit, input.ownerUnitId, 'ownerUnitId', current.municipalityId, manager)).id : null;
      }
      return { steeringDocument: await this.updateVersioned(current.id, input.version, patch, manager) };
    });
  }

  /**
   * A new version: the document's versioned fields take the given values, its version number goes up
   * by one, and the result is written as a new version row. Earlier version rows are not touched.
   */
  createVersion(input: CreateSteeringDocumentVersionInput): Promise<{ steeringDocument: SteeringDocument }> {
    return this.transaction(async (manager) => {
      const current = await this.getLocked(input.id, manager);
      assertNotArchived(current);
      assertNotArchivedStatus(input.status);
      const patch: Partial<SteeringDocument> = givenFields(input, VERSIONED);
      if (patch.title !== undefined) patch.title = patch.title.trim();
      if (patch.registrationNumber) patch.registrationNumber = patch.registrationNumber.trim();
      if (patch.decidedBy) patch.decidedBy = patch.decidedBy.trim();
      assertValidity(patch.decisionDate !== undefined ? patch.decisionDate : current.decisionDate, patch.validUntil !== undefined ? patch.validUntil : current.validUntil);
      patch.currentVersionNumber = current.currentVersionNumber + 1;
      const steeringDocument = await this.updateVersioned(current.id, input.version, patch, manager);
      await this.writeVersion(manager, steeringDocument, input.changeNote.trim());
      return { steeringDocument };
    });
  }

  /** Archives the document (archivedAt and status ARCHIVED); its versions, areas and goals stay readable. */
  async archiveDocument(input: ArchiveInput): Promise<{ steeringDocument: SteeringDocument }> {
    const current = await this.getByGlobalId(input.id, 'id');
    assertNotArchived(current);
    const patch: Partial<SteeringDocument> = { archivedAt: new Date(), status: SteeringDocumentStatus.ARCHIVED };
    return { steeringDocument: await this.updateVersioned(current.id, input.version, patch) };
  }
}

function encodeDateCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeDateCursor(cursor: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      (parsed[0] === 'infinity' || isIsoDate(parsed[0])) &&
      typeof parsed[1] === 'string' &&
      UUID.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through
  }
  throw new UserInputError('The cursor is not one this API gave out.', 'after');
}
