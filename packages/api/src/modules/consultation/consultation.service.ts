import { In, IsNull, type DataSource } from 'typeorm';
import { expectGlobalId } from '../../graphql/global-id';
import { DomainError } from '../../graphql/user-error';
import { BaseService } from '../../services/base.service';
import { OrganisationUnit } from '../organisation-unit/organisation-unit.entity';
import { SteeringDocument, SteeringDocumentStatus } from '../steering-document/steering-document.entity';
import type { AnswerConsultationInput, CloseConsultationInput, SendConsultationInput } from './dto/consultation.input';
import { Consultation, ConsultationResponse, ConsultationStatus } from './consultation.entity';

/**
 * Consultations (remiss, issue 13): the owner of a draft steering document sends it to chosen units
 * with a deadline; each unit answers with its views; the owner sees the answers side by side and
 * closes the consultation, which locks them. Who may do what is access/policy.ts.
 */
export class ConsultationService extends BaseService<Consultation> {
  constructor(dataSource: DataSource) {
    super(dataSource, Consultation);
  }

  private get responses() {
    return this.manager.getRepository(ConsultationResponse);
  }

  findByDocumentIds(ids: readonly string[]): Promise<Consultation[]> {
    return this.repository.find({ where: { steeringDocumentId: In([...ids]), archivedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  findResponsesByConsultationIds(ids: readonly string[]): Promise<ConsultationResponse[]> {
    return this.responses
      .createQueryBuilder('r')
      .innerJoin(OrganisationUnit, 'u', 'u.id = r.organisation_unit_id')
      .where('r.consultation_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('u.name', 'ASC')
      .getMany();
  }

  findResponsesByIds(ids: readonly string[]): Promise<ConsultationResponse[]> {
    return this.responses.findBy({ id: In([...ids]) });
  }

  /** Open consultations' unanswered responses of the given units (all units when null) of a municipality, earliest deadline first. */
  async pendingResponses(municipalityId: string, unitIds: readonly string[] | null): Promise<Array<{ response: ConsultationResponse; deadline: string; documentTitle: string }>> {
    const qb = this.responses
      .createQueryBuilder('r')
      .innerJoin(Consultation, 'c', 'c.id = r.consultation_id AND c.archived_at IS NULL')
      .innerJoin(SteeringDocument, 'd', 'd.id = c.steering_document_id')
      .addSelect(['c.deadline AS c_deadline', 'd.title AS d_title'])
      .where('r.municipality_id = :municipalityId', { municipalityId })
      .andWhere('c.status = :open', { open: ConsultationStatus.OPEN })
      .andWhere('r.answered_at IS NULL');
    if (unitIds) qb.andWhere('r.organisation_unit_id = ANY(:unitIds)', { unitIds: [...unitIds] });
    const { entities, raw } = await qb.orderBy('c.deadline', 'ASC').getRawAndEntities();
    return entities.map((response) => {
      const row = (raw as Array<{ r_id: string; c_deadline: string | Date; d_title: string }>).find((r) => r.r_id === response.id);
      const deadline = row?.c_deadline instanceof Date ? row.c_deadline.toISOString().slice(0, 10) : String(row?.c_deadline ?? '');
      return { response, deadline, documentTitle: row?.d_title ?? '' };
    });
  }

  async send(input: SendConsultationInput): Promise<{ consultation: Consultation }> {
    const document = await this.requireRelated(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId', null);
    if (document.status !== SteeringDocumentStatus.DRAFT && document.status !== SteeringDocumentStatus.IN_CONSULTATION) {
      throw DomainError.of('INVALID', `Only a draft is sent on consultation; the document is ${document.status}.`, 'steeringDocumentId');
    }
    const units = await this.requireAllRelated(OrganisationUnit, input.unitIds, 'unitIds', document.municipalityId);
    if (new Set(units.map((u) => u.id)).size !== units.length) throw DomainError.of('DUPLICATE', 'unitIds names a unit twice.', 'unitIds');
    return this.transaction(async (manager) => {
      const consultation = await manager.getRepository(Consultation).save(
        manager.getRepository(Consultation).create({
          municipalityId: document.municipalityId,
          steeringDocumentId: document.id,
          deadline: input.deadline,
          message: input.message?.trim() || null,
          status: ConsultationStatus.OPEN,
        }),
      );
      await manager
        .getRepository(ConsultationResponse)
        .insert(units.map((unit) => ({ municipalityId: document.municipalityId, consultationId: consultation.id, organisationUnitId: unit.id, views: null, answeredAt: null })));
      return { consultation };
    });
  }

  async answer(input: AnswerConsultationInput): Promise<{ consultationResponse: ConsultationResponse }> {
    const id = expectGlobalId(input.id, 'ConsultationResponse', 'id');
    const response = await this.responses.findOneBy({ id });
    if (!response) throw DomainError.of('NOT_FOUND', `No ConsultationResponse has the id ${input.id}.`, 'id');
    const consultation = (await this.repository.findOneBy({ id: response.consultationId })) as Consultation;
    if (consultation.status === ConsultationStatus.CLOSED) throw DomainError.of('LOCKED', 'The consultation is closed; its answers are locked.', 'id');
    const result = await this.responses
      .createQueryBuilder()
      .update()
      .set({ views: input.views.trim(), answeredAt: () => 'now()', version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: input.version })
      .execute();
    if (!result.affected) throw DomainError.of('CONFLICT', `The answer was changed by someone else (you read version ${input.version}). Reload it and try again.`, 'version');
    return { consultationResponse: (await this.responses.findOneBy({ id })) as ConsultationResponse };
  }

  async close(input: CloseConsultationInput): Promise<{ consultation: Consultation }> {
    const consultation = await this.getByGlobalId(input.id, 'id');
    if (consultation.status === ConsultationStatus.CLOSED) throw DomainError.of('LOCKED', 'The consultation is already closed.', 'id');
    return { consultation: await this.updateVersioned(consultation.id, input.version, { status: ConsultationStatus.CLOSED }) };
  }
}
