import type { DataSource } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { whereArchived, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page, type SortKey } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import type { CreateMunicipalityInput, MunicipalityOrderField, MunicipalityWhereInput, UpdateMunicipalityInput } from './dto/municipality.input';
import { duplicateOnUniqueViolation } from '../../services/unique-violation';
import { Municipality } from './municipality.entity';

const SORT: Record<MunicipalityOrderField, SortKey<Municipality>> = {
  CODE: { column: 'code', property: 'code' },
  NAME: { column: 'name', property: 'name' },
};

const EDITABLE = ['code', 'name', 'organisationNumber', 'openDataLicence', 'openDataAttribution', 'openDataContactEmail', 'smallCountThreshold'] as const;

const duplicateCode = (code: string) => `Another municipality already has the code ${code}; code must be unique.`;

export class MunicipalityService extends BaseService<Municipality> {
  constructor(dataSource: DataSource) {
    super(dataSource, Municipality);
  }

  /** By its code, archived or not (the code is unique among all). */
  findByCode(code: string): Promise<Municipality | null> {
    return this.repository.findOneBy({ code });
  }

  list(args: ConnectionArgs, where: MunicipalityWhereInput = {}, order?: { field: MunicipalityOrderField; direction: 'ASC' | 'DESC' }): Promise<Page<Municipality>> {
    const qb = this.repository.createQueryBuilder('m');
    whereSearch(qb, ['m.name', 'm.code'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { ...SORT[order?.field ?? 'CODE'], direction: order?.direction ?? 'ASC' });
  }

  private async assertCodeFree(code: string, exceptId: string | null): Promise<void> {
    const holder = await this.repository.findOneBy({ code });
    if (holder && holder.id !== exceptId) throw DomainError.of('DUPLICATE', duplicateCode(code), 'code');
  }

  async create(input: CreateMunicipalityInput): Promise<{ municipality: Municipality }> {
    await this.assertCodeFree(input.code, null);
    const municipality = await duplicateOnUniqueViolation(
      () => this.repository.save(this.repository.create({ code: input.code, name: input.name.trim(), organisationNumber: input.organisationNumber ?? null })),
      'code',
      duplicateCode(input.code),
    );
    return { municipality };
  }

  async update(input: UpdateMunicipalityInput): Promise<{ municipality: Municipality }> {
    const current = await this.getByGlobalId(input.id, 'id');
    const patch = givenFields(input, EDITABLE);
    if (patch.name !== undefined) patch.name = patch.name.trim();
    if (patch.code !== undefined) await this.assertCodeFree(patch.code, current.id);
    const municipality = await duplicateOnUniqueViolation(() => this.updateVersioned(current.id, input.version, patch), 'code', duplicateCode(patch.code ?? current.code));
    return { municipality };
  }

  async archiveMunicipality(input: ArchiveInput): Promise<{ municipality: Municipality }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { municipality: await this.archive(current.id, input.version) };
  }
}
