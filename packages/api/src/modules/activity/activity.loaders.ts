import DataLoader from 'dataloader';
import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { ActivityNote } from './activity-note.entity';
import type { Access } from '../../access/access';
import type { Services } from '../../services';

/** Loaders of activities and of what activity_goal / activity_partner link them to. */
export function createActivityLoaders(services: Services, access: Access) {
  const { activity } = services;
  return {
    ActivityByIdLoader: oneByIdLoader(activity, access),
    /** Notes are append-only rows, not archivable tenant nodes: loaded through ActivityService, only those the caller may see. */
    ActivityNoteByIdLoader: new DataLoader<string, ActivityNote | null>(async (ids) => {
      const byId = new Map((await access.visible(await activity.findNotesByIds(ids))).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    ActivityNotesByActivityIdLoader: manyByKeyLoader(
      access,
      (ids) => activity.findNotesByActivityIds(ids),
      (row) => row.activityId,
    ),
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
