import DataLoader from 'dataloader';
import type { Access } from '../../access/access';
import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';
import type { ConsultationResponse } from './consultation.entity';

/** Loaders of consultations and their answers: only what the caller may see (staff of the municipality). */
export function createConsultationLoaders(services: Services, access: Access) {
  const { consultation } = services;
  return {
    ConsultationByIdLoader: oneByIdLoader(consultation, access),
    ConsultationsBySteeringDocumentIdLoader: manyByKeyLoader(
      access,
      (ids) => consultation.findByDocumentIds(ids),
      (row) => row.steeringDocumentId,
    ),
    ConsultationResponseByIdLoader: new DataLoader<string, ConsultationResponse | null>(async (ids) => {
      const found = new Map((await access.visible(await consultation.findResponsesByIds(ids))).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    ConsultationResponsesByConsultationIdLoader: manyByKeyLoader(
      access,
      (ids) => consultation.findResponsesByConsultationIds(ids),
      (row) => row.consultationId,
    ),
  };
}
