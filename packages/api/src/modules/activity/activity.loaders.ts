import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Services } from '../../services';

/** Loaders of activities and of what activity_goal / activity_partner link them to. */
export function createActivityLoaders(services: Services) {
  const { activity } = services;
  return {
    ActivityByIdLoader: oneByIdLoader(activity),
    ActivitiesByResponsibleUnitIdLoader: manyByKeyLoader(
      (ids) => activity.findByResponsibleUnitIds(ids),
      (row) => row.responsibleUnitId,
    ),
    ActivitiesByGoalIdLoader: manyByKeyLoader((ids) => activity.findByGoalIds(ids), (pair) => pair.key),
    ActivitiesByPartnerIdLoader: manyByKeyLoader((ids) => activity.findByPartnerIds(ids), (pair) => pair.key),
    GoalsByActivityIdLoader: manyByKeyLoader((ids) => activity.findGoalsByActivityIds(ids), (pair) => pair.key),
    PartnersByActivityIdLoader: manyByKeyLoader((ids) => activity.findPartnersByActivityIds(ids), (pair) => pair.key),
  };
}
