import DataLoader from 'dataloader';
import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import type { SteeringDocumentVersion } from './steering-document-version.entity';

export function createSteeringDocumentLoaders(services: Services, access: Access) {
  const { steeringDocument } = services;
  return {
    SteeringDocumentByIdLoader: oneByIdLoader(steeringDocument, access),
    SteeringDocumentsByMunicipalityIdLoader: manyByKeyLoader(
      access,
      (ids) => steeringDocument.findActiveByMunicipalityIds(ids),
      (row) => row.municipalityId,
    ),
    /** Version rows are not archivable tenant nodes, so not a BaseService of their own: loaded through SteeringDocumentService. */
    SteeringDocumentVersionByIdLoader: new DataLoader<string, SteeringDocumentVersion | null>(async (ids) => {
      const byId = new Map((await steeringDocument.findVersionsByIds(ids)).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    SteeringDocumentVersionsBySteeringDocumentIdLoader: manyByKeyLoader(
      access,
      (ids) => steeringDocument.findVersionsByDocumentIds(ids),
      (row) => row.steeringDocumentId,
    ),
  };
}
