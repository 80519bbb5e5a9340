import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

export function createIndicatorLoaders(services: Services) {
  const { indicator } = services;
  return {
    IndicatorByIdLoader: oneByIdLoader(indicator),
    IndicatorsByGoalIdLoader: manyByKeyLoader((ids) => indicator.findByGoalIds(ids), (pair) => pair.key),
    IndicatorsByResponsibleUnitIdLoader: manyByKeyLoader((ids) => indicator.findByResponsibleUnitIds(ids), (pair) => pair.key),
  };
}
