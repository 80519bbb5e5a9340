import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { ArchiveInput } from '../../graphql/archive.input';
import { idsOf, whereArchived, whereIds, whereSearch } from '../../graphql/filters';
import { paginate, type ConnectionArgs, type Page } from '../../graphql/pagination';
import { DomainError } from '../../graphql/user-error';
import { givenFields } from '../../graphql/validation';
import { BaseService } from '../../services/base.service';
import { Municipality } from '../municipality/municipality.entity';
import { duplicateOnUniqueViolation } from '../../services/unique-violation';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import type { CreateFocusAreaInput, FocusAreaWhereInput, UpdateFocusAreaInput } from './dto/focus-area.input';
import { FocusArea } from './focus-area.entity';

const EDITABLE = ['key', 'nameSv', 'nameEn', 'description', 'sortOrder'] as const;

const duplicateKey = (key: string) => `The steering document already has a focus area with the key ${key}; key must be unique within the document.`;

export class FocusAreaService extends BaseService<FocusArea> {
  constructor(dataSource: DataSource) {
    super(dataSource, FocusArea);
  }

  /** By sort order (then id), across documents when several match. */
  list(args: ConnectionArgs, where: FocusAreaWhereInput = {}): Promise<Page<FocusArea>> {
    const qb = this.repository.createQueryBuilder('f');
    whereIds(qb, 'f.municipality_id', idsOf(where.municipality, 'Municipality', 'where.municipality'), 'municipalityIds');
    whereIds(qb, 'f.steering_document_id', idsOf(where.steeringDocument, 'SteeringDocument', 'where.steeringDocument'), 'documentIds');
    whereSearch(qb, ['f.key', 'f.name_sv', 'f.name_en'], where.search);
    whereArchived(qb, where.includeArchived);
    return paginate(qb, args, { column: 'sort_order', property: 'sortOrder', direction: 'ASC' });
  }

  /** Areas of each document that are not archived, in their order. */
  findActiveByDocumentIds(documentIds: readonly string[]): Promise<FocusArea[]> {
    return this.repository.find({
      where: { steeringDocumentId: In([...documentIds]), archivedAt: IsNull() },
      order: { sortOrder: 'ASC', id: 'ASC' },
    });
  }

  private async assertKeyFree(manager: EntityManager, steeringDocumentId: string, key: string, exceptId: string | null): Promise<void> {
    const holder = await this.repo(manager).findOneBy({ steeringDocumentId, key });
    if (holder && holder.id !== exceptId) throw DomainError.of('DUPLICATE', duplicateKey(key), 'key');
  }

  create(input: CreateFocusAreaInput): Promise<{ focusArea: FocusArea }> {
    return this.transaction(async (manager) => {
      const municipality = await this.requireRelated(Municipality, input.municipalityId, 'municipalityId', null, manager);
      const document = await this.requireRelated(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId', municipality.id, manager);
      // Areas of one document are added one at a time, so that "after the last one" stays unambiguous.
      await manager.query('SELECT 1 FROM steering_document WHERE id = $1 FOR UPDATE', [document.id]);
      await this.assertKeyFree(manager, document.id, input.key, null);
      const repository = this.repo(manager);
      let sortOrder = input.sortOrder ?? null;
      if (sortOrder === null) {
        const { max } = (await repository
          .createQueryBuilder('f')
          .select('MAX(f.sort_order)', 'max')
          .where('f.steering_document_id = :documentId', { documentId: document.id })
          .getRawOne<{ max: number | null }>()) ?? { max: null };
        sortOrder = (max ?? 0) + 1;
      }
      const focusArea = await duplicateOnUniqueViolation(
        () =>
          repository.save(
            repository.create({
              municipalityId: municipality.id,
              steeringDocumentId: document.id,
              key: input.key,
              nameSv: input.nameSv.trim(),
              nameEn: input.nameEn.trim(),
              description: input.description ?? null,
              sortOrder,
            }),
          ),
        'key',
        duplicateKey(input.key),
      );
      return { focusArea };
    });
  }

  update(input: UpdateFocusAreaInput): Promise<{ focusArea: FocusArea }> {
    return this.transaction(async (manager) => {
      const current = await this.getByGlobalId(input.id, 'id', manager);
      const patch: Partial<FocusArea> = givenFields(input, EDITABLE);
      if (patch.nameSv !== undefined) patch.nameSv = patch.nameSv.trim();
      if (patch.nameEn !== undefined) patch.nameEn = patch.nameEn.trim();
      if (patch.key !== undefined) await this.assertKeyFree(manager, current.steeringDocumentId, patch.key, current.id);
      const focusArea = await duplicateOnUniqueViolation(() => this.updateVersioned(current.id, input.version, patch, manager), 'key', duplicateKey(patch.key ?? current.key));
      return { focusArea };
    });
  }

  async archiveFocusArea(input: ArchiveInput): Promise<{ focusArea: FocusArea }> {
    const current = await this.getByGlobalId(input.id, 'id');
    return { focusArea: await this.archive(current.id, input.version) };
  }
}
