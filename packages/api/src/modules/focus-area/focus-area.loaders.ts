import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

export function createFocusAreaLoaders(services: Services, access: Access) {
  const { focusArea } = services;
  return {
    FocusAreaByIdLoader: oneByIdLoader(focusArea, access),
    FocusAreasBySteeringDocumentIdLoader: manyByKeyLoader(
      access,
      (ids) => focusArea.findActiveByDocumentIds(ids),
      (row) => row.steeringDocumentId,
    ),
  };
}
