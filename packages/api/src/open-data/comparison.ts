import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { indicatorGlobalIdSql, indicatorKeySql } from './open-data.service';
import { ensureFresh } from './snapshot';

/** One published value of the same shared indicator elsewhere, or Kolada's national value. */
export interface ComparisonRow {
  municipalityCode: string;
  municipalityName: string;
  indicatorId: string | null;
  period: string;
  periodStart: string;
  sex: 'TOTAL' | 'WOMEN' | 'MEN';
  value: number | null;
  status: string;
  source: 'INKLUDERA' | 'KOLADA';
}

/**
 * Comparison across municipalities (issue 14): for indicators, the published values of the
 * indicators that share their key (indicatorKeySql) in the other municipalities of this
 * installation, as the open-data files publish them (small counts suppressed), and Kolada's value
 * for the whole country (0000) where imported. One statement for any number of indicators and
 * municipalities (after bringing the snapshot up to date).
 */
export class OpenDataComparison {
  constructor(private readonly dataSource: DataSource) {}

  async byIndicatorIds(ids: readonly string[]): Promise<ComparisonRow[][]> {
    const all: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM municipality ORDER BY id');
    await ensureFresh(
      this.dataSource,
      all.map((row) => row.id),
    );
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `WITH asked AS (
         SELECT i.id AS asked_id, i.municipality_id, ${indicatorKeySql('i')} AS key FROM indicator i WHERE i.id = ANY($1::uuid[])
       )
       SELECT a.asked_id, mu.code, mu.name, ${indicatorGlobalIdSql('o.id')} AS indicator_id, v.period, v.period_start::text AS period_start, v.sex,
              v.value::text AS value, v.status, 'INKLUDERA' AS source
       FROM asked a
       JOIN indicator o ON ${indicatorKeySql('o')} = a.key AND o.municipality_id <> a.municipality_id
       JOIN published_value v ON v.indicator_id = o.id AND v.removed_at IS NULL
       JOIN municipality mu ON mu.id = o.municipality_id
       UNION ALL
       SELECT a.asked_id, '0000', 'Riket', NULL, k.period, k.period || '-01-01', k.sex, k.value::text, COALESCE(k.status, 'FINAL'), 'KOLADA'
       FROM asked a JOIN kolada_value k ON k.kpi = a.key AND k.municipality_code = '0000'
       ORDER BY 2, 6, 7`,
      [ids],
    );
    const byId = new Map<string, ComparisonRow[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      byId.get(row.asked_id)?.push({
        municipalityCode: row.code,
        municipalityName: row.name,
        indicatorId: row.indicator_id,
        period: row.period,
        periodStart: row.period_start,
        sex: row.sex,
        value: row.value === null ? null : Number(row.value),
        status: row.status,
        source: row.source,
      });
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** A per-request loader, so that a list of indicators costs one statement. */
  loader(): DataLoader<string, ComparisonRow[]> {
    return new DataLoader((ids: readonly string[]) => this.byIndicatorIds(ids));
  }
}
