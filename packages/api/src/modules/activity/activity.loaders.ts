import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

/** Loaders of activities and of what activity_goal / activity_partner link them to. */
export function createActivityLoaders(services: Services, access: Access) {
  const { activity } = services;
  return {
    ActivityByIdLoader: oneByIdLoader(activity, access),
    ActivitiesByResponsibleUnitIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findByResponsibleUnitIds(ids),
      (row) => row.responsibleUnitId,
    ),
    ActivitiesByGoalIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findByGoalIds(ids),
      (pair) => pair.key,
    ),
    ActivitiesByPartnerIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findByPartnerIds(ids),
      (pair) => pair.key,
    ),
    GoalsByActivityIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findGoalsByActivityIds(ids),
      (pair) => pair.key,
    ),
    PartnersByActivityIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findPartnersByActivityIds(ids),
      (pair) => pair.key,
    ),
  };
}
