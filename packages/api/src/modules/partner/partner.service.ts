import type { DataSource } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereIds, whereOneOf, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { Municipality } from '../municipality/municipality.entity';
import type { CreatePartnerInput, PartnerOrderField, PartnerWhereInput, UpdatePartnerInput } from './dto/partner.input';
import { Partner } from './partner.entity';

const SORT: Record<PartnerOrderField, SortKey<Partner>> = {
  NAME: { column: 'name', property: 'name' },
  CREATED_AT: { column: 'created_at', property: 'createdAt' },
  UPDATED_AT: { column: 'updated_at', property: 'updatedAt' },
};

const EDITABLE = ['name', 'kind', 'organisationNumber', 'contactName', 'contactEmail', 'contactPhone', 'website', 'description'] as const;

export class PartnerService extends BaseService<Partner> {
  constructor(dataSource: DataSource) {
    super(dataSource, Partner);
  }

  list(args: ConnectionArgs, where: PartnerWhereInput = {}, order?: { field: PartnerOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Partner>> {
    const qb = this.repository.createQueryBuilder('p');
    whereIds(qb, 'p.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereOneOf(qb, 'p.kind', where.kind?.oneOf, 'kinds');
    whereSearch(qb, ['p.name', 'p.description'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'NAME'], direction: order?.direction ?? 'ASC' });
  }

  async create(input: CreatePartnerInput): Promise<{ partner: Partner }> {
    const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null);
    const partner = await this.repository.save(
      this.repository.create({
        municipalityId: municipality.id,
        name: input.name.trim(),
        kind: input.kind,
        organisationNumber: input.organisationNumber ?? null,
        contactName: input.contactName ?? null,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        website: input.website ?? null,
        description: input.description ?? null,
      }),
    );
    return { partner };
  }

  async update(input: UpdatePartnerInput): Promise<{ partner: Partner }> {
    const current = await this.getByGlobalId(input.id, 'id');
    const patch = givenFields(input, EDITABLE);
    if (patch.name !== undefined) patch.name = patch.name.trim();
    return { partner: await this.updateVersioned(current.id, input.version, patch) };
  }

  async archivePartner(input: ArchiveInput): Promise<{ partner: Partner }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { partner: await this.archive(current.id, input.version) };
  }
}
