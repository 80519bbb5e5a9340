import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createSteeringDocumentLoaders(services: Services) {
  const { steeringDocument } = services;
  return {
    SteeringDocumentByIdLoader: oneByIdLoader(steeringDocument),
    SteeringDocumentsByMunicipalityIdLoader: manyByKeyLoader(
      (ids) => steeringDocument.findByColumn('municipalityId', ids, { decisionDate: 'DESC', title: 'ASC' }),
      (row) => row.municipalityId,
    ),
  };
}
