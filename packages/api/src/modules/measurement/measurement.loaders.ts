import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createMeasurementLoaders(services: Services) {
  const { measurement } = services;
  return {
    MeasurementByIdLoader: oneByIdLoader(measurement),
    LatestMeasurementsByIndicatorIdLoader: manyByKeyLoader(
      (ids) => measurement.findLatestByIndicatorIds(ids),
      (row) => row.indicatorId,
    ),
  };
}
