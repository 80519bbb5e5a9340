import { GoalLevel } from '../modules/goal/goal.entity';
import type { Services } from '../services';
import { manyByKeyLoader, oneByIdLoader } from './loader-factory';

/**
 * The DataLoaders of one request, named <Target>By<Key>Loader. Every relation field of the schema
 * resolves through one of these, so a nested read costs one statement per level, not per row.
 */
export function createLoaders(services: Services) {
  const { municipality, steeringDocument, focusArea, goal, indicator, measurement } = services;
  return {
    MunicipalityByIdLoader: oneByIdLoader(municipality),
    SteeringDocumentByIdLoader: oneByIdLoader(steeringDocument),
    FocusAreaByIdLoader: oneByIdLoader(focusArea),
    GoalByIdLoader: oneByIdLoader(goal),
    IndicatorByIdLoader: oneByIdLoader(indicator),
    MeasurementByIdLoader: oneByIdLoader(measurement),

    SteeringDocumentsByMunicipalityIdLoader: manyByKeyLoader(
      (ids) => steeringDocument.findByColumn('municipalityId', ids, { decisionDate: 'DESC', title: 'ASC' }),
      (row) => row.municipalityId,
    ),
    FocusAreasBySteeringDocumentIdLoader: manyByKeyLoader(
      (ids) => focusArea.findByColumn('steeringDocumentId', ids, { sortOrder: 'ASC' }),
      (row) => row.steeringDocumentId,
    ),
    GoalsBySteeringDocumentIdLoader: manyByKeyLoader(
      (ids) => goal.findByColumn('steeringDocumentId', ids, { sortOrder: 'ASC', title: 'ASC' }),
      (row) => row.steeringDocumentId,
    ),
    CommitteeGoalsByFocusAreaIdLoader: manyByKeyLoader(
      async (ids) =>
        (await goal.findByColumn('focusAreaId', ids, { sortOrder: 'ASC', title: 'ASC' })).filter(
          (row) => row.level === GoalLevel.COMMITTEE_GOAL,
        ),
      (row) => row.focusAreaId,
    ),
    GoalsByParentIdLoader: manyByKeyLoader(
      (ids) => goal.findByColumn('parentId', ids, { sortOrder: 'ASC', title: 'ASC' }),
      (row) => row.parentId,
    ),
    IndicatorsByGoalIdLoader: manyByKeyLoader(
      (ids) => indicator.findByGoalIds(ids),
      (row) => row.goalId,
    ),
    LatestMeasurementsByIndicatorIdLoader: manyByKeyLoader(
      (ids) => measurement.findLatestByIndicatorIds(ids),
      (row) => row.indicatorId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
