import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';
import { GoalLevel } from './goal.entity';

export function createGoalLoaders(services: Services) {
  const { goal } = services;
  return {
    GoalByIdLoader: oneByIdLoader(goal),
    GoalsBySteeringDocumentIdLoader: manyByKeyLoader(
      (ids) => goal.findByColumn('steeringDocumentId', ids, { sortOrder: 'ASC', title: 'ASC' }),
      (row) => row.steeringDocumentId,
    ),
    CommitteeGoalsByFocusAreaIdLoader: manyByKeyLoader(
      async (ids) =>
        (await goal.findByColumn('focusAreaId', ids, { sortOrder: 'ASC', title: 'ASC' })).filter((row) => row.level === GoalLevel.COMMITTEE_GOAL),
      (row) => row.focusAreaId,
    ),
    GoalsByParentIdLoader: manyByKeyLoader(
      (ids) => goal.findByColumn('parentId', ids, { sortOrder: 'ASC', title: 'ASC' }),
      (row) => row.parentId,
    ),
  };
}
