import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { fromGlobalId } from '../../graphql/global-id';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { givenFields } from '../../graphql/validation';
import { currentAccess } from '../../access/access';
import { BaseService } from '../../services/base.service';
import { Municipality } from '../municipality/municipality.entity';
import { duplicateOnUniqueViolation } from '../../services/unique-violation';
import type { CreateOrganisationUnitInput, OrganisationUnitOrderField, OrganisationUnitWhereInput, UpdateOrganisationUnitInput } from './dto/organisation-unit.input';
import { OrganisationUnit } from './organisation-unit.entity';

const SORT: Record<OrganisationUnitOrderField, SortKey<OrganisationUnit>> = {
  NAME: { column: 'name', property: 'name' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

const duplicateExternalId = (externalId: string) =>
  `Another organisation unit of this municipality already has the externalId "${externalId}"; externalId must be unique within the municipality.`;

export class OrganisationUnitService extends BaseService<OrganisationUnit> {
  constructor(dataSource: DataSource) {
    super(dataSource, OrganisationUnit);
  }

  list(args: ConnectionArgs, where: OrganisationUnitWhereInput = {}, order?: { field: OrganisationUnitOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<OrganisationUnit>> {
    const qb = this.repository.createQueryBuilder('u');
    whereIds(qb, 'u.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereOneOf(qb, 'u.kind', where.kind?.oneOf, 'kinds');
    whereIds(qb, 'u.parent_id', idsOf(where.parent, 'OrganisationUnit', 'where.parent'), 'parentIds');
    if (where.topLevel === true) qb.andWhere('u.parent_id IS NULL');
    if (where.topLevel === false) qb.andWhere('u.parent_id IS NOT NULL');
    // externalId is staff-only: searched only among the units whose internal side the caller sees.
    whereSearch(qb, ['u.name', `CASE WHEN ${currentAccess().internalRows(qb)} THEN u.external_id END`], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'NAME'], direction: order?.direction ?? 'ASC' });
  }

  /** The unit another system knows by `externalId` (archived ones too); null when there is none. */
  async findByExternalId(municipalityGlobalId: string, externalId: string): Promise<OrganisationUnit | null> {
    const municipality = fromGlobalId(municipalityGlobalId);
    if (municipality?.type !== 'Municipality') return null;
    return this.repository.findOneBy({ municipalityId: municipality.id, externalId });
  }

  /** Active children of each parent, by name. */
  async findChildrenByParentIds(parentIds: readonly string[]): Promise<OrganisationUnit[]> {
    return this.repository.find({ where: { parentId: In([...parentIds]), archivedAt: IsNull() }, order: { name: 'ASC', id: 'ASC' } });
  }

  /**
   * Serialises changes to one municipality's tree (parents, archiving) until the transaction ends, so
   * that two concurrent moves cannot together form a cycle, nor a child be added under a unit being archived.
   */
  private async lockTree(manager: EntityManager, municipalityId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`organisation_unit_tree:${municipalityId}`]);
  }

  private async assertExternalIdFree(manager: EntityManager, municipalityId: string, externalId: string | null | undefined, exceptId: string | null): Promise<void> {
    if (!externalId) return;
    const holder = await this.repo(manager).findOneBy({ municipalityId, externalId });
    if (holder && holder.id !== exceptId) throw DomainError.of('DUPLICATE', duplicateExternalId(externalId), 'externalId');
  }

  /** Whether `unitId` is `startId` or one of its ancestors. */
  private async isSelfOrAncestor(manager: EntityManager, startId: string, unitId: string): Promise<boolean> {
    const rows: Array<{ found: boolean }> = await manager.query(
      `WITH RECURSIVE chain(id, parent_id) AS (
         SELECT id, parent_id FROM organisation_unit WHERE id = $1
         UNION
         SELECT u.id, u.parent_id FROM organisation_unit u JOIN chain c ON u.id = c.parent_id
       )
       SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS found`,
      [startId, unitId],
    );
    return rows[0]?.found === true;
  }

  create(input: CreateOrganisationUnitInput): Promise<{ organisationUnit: OrganisationUnit }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      await this.lockTree(manager, municipality.id);
      const parent = input.parentId ? await this.requireRelated(OrganisationUnit, input.parentId, 'parentId', municipality.id, manager) : null;
      const externalId = input.externalId?.trim() || null;
      await this.assertExternalIdFree(manager, municipality.id, externalId, null);
      const repository = this.repo(manager);
      const organisationUnit = await duplicateOnUniqueViolation(
        () => repository.save(repository.create({ municipalityId: municipality.id, kind: input.kind, name: input.name.trim(), parentId: parent?.id ?? null, externalId })),
        'externalId',
        duplicateExternalId(externalId ?? ''),
      );
      return { organisationUnit };
    });
  }

  update(input: UpdateOrganisationUnitInput): Promise<{ organisationUnit: OrganisationUnit }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const patch: Partial<OrganisationUnit> = givenFields(input, ['kind', 'name'] as const);
      if (patch.name !== undefined) patch.name = patch.name.trim();
      if (input.parentId !== undefined) {
        await this.lockTree(manager, current.municipalityId);
        if (input.parentId === null) {
          patch.parentId = null;
        } else {
          const parent = await this.requireRelated(OrganisationUnit, input.parentId, 'parentId', current.municipalityId, manager);
          if (await this.isSelfOrAncestor(manager, parent.id, current.id)) {
            throw DomainError.of('CYCLE', 'parentId would make the unit its own ancestor: choose a unit that is not this one nor below it.', 'parentId');
          }
          patch.parentId = parent.id;
        }
      }
      if (input.externalId !== undefined) {
        patch.externalId = input.externalId?.trim() || null;
        await this.assertExternalIdFree(manager, current.municipalityId, patch.externalId, current.id);
      }
      const organisationUnit = await duplicateOnUniqueViolation(
        () => this.updateVersioned(current.id, input.version, patch, manager),
        'externalId',
        duplicateExternalId(patch.externalId ?? ''),
      );
      return { organisationUnit };
    });
  }

  archiveUnit(input: ArchiveInput): Promise<{ organisationUnit: OrganisationUnit }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      await this.lockTree(manager, current.municipalityId);
      const activeChildren = await this.repo(manager).countBy({ parentId: current.id, archivedAt: IsNull() });
      if (activeChildren > 0) {
        throw DomainError.of('INVALID', `The unit still has ${activeChildren} unit(s) under it that are not archived; archive or move them first.`, 'id');
      }
      return { organisationUnit: await this.archive(current.id, input.version, manager) };
    });
  }
}
