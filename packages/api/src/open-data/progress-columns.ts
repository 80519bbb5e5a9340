import type { EntityManager } from 'typeorm';
import { ofPublicIndicator, publicIndicator } from '../access/public-sql';
import { toGlobalId } from '../graphql/global-id';
import { sexProgress, type Direction, type IndicatorFacts, type SeriesPoint, type SexCode, type TargetPoint } from '../modules/progress/progress.rules';

/**
 * The status columns of the open-data value files (issue 13): for each row, the progress of its sex
 * at its period against the indicator's target (docs/FOLLOW-UP.md), computed with the same rule as
 * GraphQL's `Indicator.progress` from exactly what the file publishes (final values, small counts
 * suppressed) and the public targets, so a status never reveals a hidden value.
 *
 * One statement loads the facts and targets of every public indicator in the scope; the rows then
 * stream past in the file's order (indicator, period, sex), and each row is judged against the
 * series of its sex so far, so the count of statements does not grow with the data.
 */
export interface ProgressFacts {
  facts: IndicatorFacts;
  targets: TargetPoint[];
}

/** Facts and public targets of the public indicators of the municipalities in `scope`, by indicator global id; one statement. */
export async function loadProgressFacts(manager: EntityManager, scope: readonly string[]): Promise<Map<string, ProgressFacts>> {
  const rows = (await manager.query(
    `SELECT i.id, i.direction, i.decimals, i.divided_by_sex, i.baseline_value::float8 AS baseline_value, i.baseline_period,
            COALESCE((SELECT json_agg(json_build_object('period', t.period, 'sex', t.sex, 'value', t.value::float8) ORDER BY t.period, t.sex)
                      FROM target t WHERE t.indicator_id = i.id AND t.archived_at IS NULL AND ${ofPublicIndicator('t')}), '[]') AS targets
       FROM indicator i
      WHERE i.municipality_id = ANY($1::uuid[]) AND ${publicIndicator('i')}`,
    [[...scope]],
  )) as Array<{
    id: string;
    direction: Direction;
    decimals: number;
    divided_by_sex: boolean;
    baseline_value: number | null;
    baseline_period: string | null;
    targets: TargetPoint[];
  }>;
  return new Map(
    rows.map((row) => [
      toGlobalId('Indicator', row.id),
      {
        facts: { direction: row.direction, decimals: row.decimals, dividedBySex: row.divided_by_sex, baselineValue: row.baseline_value, baselinePeriod: row.baseline_period },
        targets: row.targets,
      },
    ]),
  );
}

export interface ProgressCells {
  progress_target: string | null;
  progress_status: string | null;
}

interface StreamRow {
  indicator_id: string | null;
  period: string | null;
  sex: string | null;
  value: string | null;
  status: string | null;
}

/**
 * Judges rows as they stream past, in the file's order. `judge(row)` adds the row to its series and
 * returns its cells; rows that are REMOVED (the change feed's tombstones) or of an indicator without
 * facts get empty cells. `withHistory` false (the change feed, which has no earlier rows) leaves
 * every cell empty.
 */
export class ProgressJudge {
  private indicator: string | null = null;
  private series: SeriesPoint[] = [];

  constructor(
    private readonly facts: ReadonlyMap<string, ProgressFacts>,
    private readonly withHistory: boolean,
  ) {}

  judge(row: StreamRow): ProgressCells {
    const empty = { progress_target: null, progress_status: null };
    if (!this.withHistory || !row.indicator_id) return empty;
    if (row.indicator_id !== this.indicator) {
      this.indicator = row.indicator_id;
      this.series = [];
    }
    const known = this.facts.get(row.indicator_id);
    if (!known || !row.period || !row.sex || (row.status !== 'FINAL' && row.status !== 'SUPPRESSED')) return empty;
    const sex = row.sex as SexCode;
    const period = row.period;
    this.series.push({ period, sex, value: row.value === null ? null : Number(row.value), status: row.status });
    const progress = sexProgress(known.facts, this.series, known.targets, period, sex);
    return { progress_target: progress.target === null ? null : String(progress.target), progress_status: progress.status };
  }
}
