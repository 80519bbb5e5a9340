import DataLoader from 'dataloader';
import { manyByKeyLoader, oneByIdLoader } from '../../loaders/loader-factory';
import type { Access } from '../../access/access';
import type { Services } from '../../services';
import type { GoalAssessment, UnitReport } from './follow-up.entity';
import type { MissingValueRow } from './follow-up.service';

function byIds<T extends { id: string }>(access: Access, fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await access.visible(await fetch(ids))).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Loaders of reporting rounds, unit reports and goal assessments: only what the caller may see (staff of the municipality). */
export function createFollowUpLoaders(services: Services, access: Access) {
  const { followUp } = services;
  const assessmentsByPeriod = new Map<string, DataLoader<string, GoalAssessment[]>>();
  return {
    ReportingRoundByIdLoader: oneByIdLoader(followUp, access),
    ReportingRoundsBySteeringDocumentIdLoader: manyByKeyLoader(
      access,
      (ids) => followUp.findRoundsByDocumentIds(ids),
      (row) => row.steeringDocumentId,
    ),
    UnitReportByIdLoader: byIds<UnitReport>(access, (ids) => followUp.findReportsByIds(ids)),
    UnitReportsByRoundIdLoader: manyByKeyLoader(
      access,
      (ids) => followUp.findReportsByRoundIds(ids),
      (row) => row.roundId,
    ),
    GoalAssessmentByIdLoader: byIds<GoalAssessment>(access, (ids) => followUp.findAssessmentsByIds(ids)),
    GoalAssessmentsByUnitReportIdLoader: manyByKeyLoader(
      access,
      (ids) => followUp.findAssessmentsByReportIds(ids),
      (row) => row.unitReportId,
    ),
    /** Every revision of a round by `<steering document id>|<period>`, oldest first. */
    ReportingRoundsByDocumentPeriodLoader: manyByKeyLoader(
      access,
      (keys) => followUp.findRevisionsByKeys(keys),
      (row) => `${row.steeringDocumentId}|${row.period}`,
    ),
    /** The revision that corrects a round, by the corrected round's id. */
    ReportingRoundsByPreviousRevisionIdLoader: manyByKeyLoader(
      access,
      (ids) => followUp.findNextRevisions(ids),
      (row) => row.previousRevisionId,
    ),
    /** The values each report lacks (internal: UnitReport.missingValues is a staff-only field). */
    MissingValuesByUnitReportIdLoader: new DataLoader<string, MissingValueRow[]>(async (ids) => {
      const byReport = await followUp.missingValuesByReportIds(ids);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    /** `.with(period).load(goalId)`: the goal's assessments in rounds of that period, newest first. */
    GoalAssessmentsByGoalIdLoader: {
      with(period: string): DataLoader<string, GoalAssessment[]> {
        let loader = assessmentsByPeriod.get(period);
        if (!loader) {
          loader = manyByKeyLoader(
            access,
            (ids) => followUp.findAssessmentsByGoalIds(ids, period),
            (row) => row.goalId,
          );
          assessmentsByPeriod.set(period, loader);
        }
        return loader;
      },
    },
  };
}
