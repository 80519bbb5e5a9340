import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createFocusAreaLoaders(services: Services) {
  const { focusArea } = services;
  return {
    FocusAreaByIdLoader: oneByIdLoader(focusArea),
    FocusAreasBySteeringDocumentIdLoader: manyByKeyLoader(
      (ids) => focusArea.findActiveByDocumentIds(ids),
      (row) => row.steeringDocumentId,
    ),
  };
}
