import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import { GoalLevel } from './goal.entity';

/** Loaders of goals. Nested lists hold active goals only, by sort order then title. */
export function createGoalLoaders(services: Services, access: Access) {
  const { goal } = services;
  return {
    GoalByIdLoader: oneByIdLoader(goal, access),
    GoalsBySteeringDocumentIdLoader: manyByKeyLoader(
      access,
      (ids) => goal.findActiveBy('steeringDocumentId', ids),
      (row) => row.steeringDocumentId,
    ),
    CommitteeGoalsByFocusAreaIdLoader: manyByKeyLoader(
      access,
      (ids) => goal.findActiveBy('focusAreaId', ids, GoalLevel.COMMITTEE_GOAL),
      (row) => row.focusAreaId,
    ),
    GoalsByParentIdLoader: manyByKeyLoader(
      access,
      (ids) => goal.findActiveBy('parentId', ids),
      (row) => row.parentId,
    ),
    GoalsByOwnerUnitIdLoader: manyByKeyLoader(
      access,
      (ids) => goal.findActiveBy('ownerUnitId', ids),
      (row) => row.ownerUnitId,
    ),
    GoalsByIndicatorIdLoader: manyByKeyLoader(
      access,
      (ids) => goal.findByIndicatorIds(ids),
      (pair) => pair.key,
    ),
  };
}
