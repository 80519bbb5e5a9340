import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';
import { GoalLevel } from './goal.entity';

/** Loaders of goals. Nested lists hold active goals only, by sort order then title. */
export function createGoalLoaders(services: Services) {
  const { goal } = services;
  return {
    GoalByIdLoader: oneByIdLoader(goal),
    GoalsBySteeringDocumentIdLoader: manyByKeyLoader((ids) => goal.findActiveBy('steeringDocumentId', ids), (row) => row.steeringDocumentId),
    CommitteeGoalsByFocusAreaIdLoader: manyByKeyLoader((ids) => goal.findActiveBy('focusAreaId', ids, GoalLevel.COMMITTEE_GOAL), (row) => row.focusAreaId),
    GoalsByParentIdLoader: manyByKeyLoader((ids) => goal.findActiveBy('parentId', ids), (row) => row.parentId),
    GoalsByOwnerUnitIdLoader: manyByKeyLoader((ids) => goal.findActiveBy('ownerUnitId', ids), (row) => row.ownerUnitId),
    GoalsByIndicatorIdLoader: manyByKeyLoader((ids) => goal.findByIndicatorIds(ids), (pair) => pair.key),
  };
}
