import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

export function createIndicatorLoaders(services: Services, access: Access) {
  const { indicator } = services;
  return {
    IndicatorByIdLoader: oneByIdLoader(indicator, access),
    IndicatorsByGoalIdLoader: manyByKeyLoader(
      access,
      (ids) => indicator.findByGoalIds(ids),
      (pair) => pair.key,
      { keysAreGoals: true },
    ),
    IndicatorsByResponsibleUnitIdLoader: manyByKeyLoader(
      access,
      (ids) => indicator.findByResponsibleUnitIds(ids),
      (pair) => pair.key,
    ),
  };
}
