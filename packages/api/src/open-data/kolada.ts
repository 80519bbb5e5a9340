import type { DataSource } from 'typeorm';

/**
 * Import from Kolada's data API format (v2 `/v2/data/kpi/<kpi>/municipality/<code>/year/<years>`,
 * and v3, which has the same `values` and adds paging):
 *
 *   { "count": 1, "values": [ { "kpi": "N00945", "municipality": "0138", "period": 2023,
 *       "values": [ { "gender": "T", "value": 12.3, "status": "", "count": 1 }, … ] } ] }
 *
 * gender T/K/M is TOTAL/WOMEN/MEN; municipality 0000 is the whole country. Imported values go to
 * kolada_value with their source and time, never into the staff's measurements: a value entered
 * by staff is never overwritten, and where Kolada says otherwise the import reports it.
 */

export interface KoladaRow {
  kpi: string;
  municipalityCode: string;
  period: string;
  sex: 'TOTAL' | 'WOMEN' | 'MEN';
  value: number | null;
  status: string | null;
}

const GENDER: Record<string, KoladaRow['sex']> = { T: 'TOTAL', K: 'WOMEN', M: 'MEN' };

export class KoladaFormatError extends Error {}

/** Reads a Kolada data response; throws KoladaFormatError naming what is wrong. */
export function parseKoladaResponse(json: unknown): KoladaRow[] {
  const fail = (message: string): never => {
    throw new KoladaFormatError(`Not a Kolada data response: ${message}`);
  };
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { values?: unknown }).values)) fail('no "values" list at the top.');
  const rows: KoladaRow[] = [];
  (json as { values: unknown[] }).values.forEach((entry, i) => {
    const e = entry as { kpi?: unknown; municipality?: unknown; period?: unknown; values?: unknown };
    if (typeof e.kpi !== 'string' || !/^[A-Z][0-9]{5}$/.test(e.kpi)) fail(`values[${i}].kpi is not a KPI id such as N00945.`);
    if (typeof e.municipality !== 'string' || !/^[0-9]{4}$/.test(e.municipality)) fail(`values[${i}].municipality is not a four-digit code.`);
    if (!Number.isInteger(e.period) || (e.period as number) < 1900 || (e.period as number) > 2200) fail(`values[${i}].period is not a year.`);
    if (!Array.isArray(e.values)) fail(`values[${i}].values is not a list.`);
    for (const [j, cell] of (e.values as unknown[]).entries()) {
      const c = cell as { gender?: unknown; value?: unknown; status?: unknown; isdeleted?: unknown };
      const sex = typeof c.gender === 'string' ? GENDER[c.gender] : undefined;
      if (!sex) fail(`values[${i}].values[${j}].gender is not T, K or M.`);
      if (c.value !== null && c.value !== undefined && (typeof c.value !== 'number' || !Number.isFinite(c.value))) fail(`values[${i}].values[${j}].value is not a number.`);
      if (c.isdeleted === true) continue;
      rows.push({
        kpi: e.kpi as string,
        municipalityCode: e.municipality as string,
        period: String(e.period),
        sex: sex as KoladaRow['sex'],
        value: typeof c.value === 'number' ? c.value : null,
        status: typeof c.status === 'string' && c.status !== '' ? c.status : null,
      });
    }
  });
  return rows;
}

export interface KoladaImportResult {
  imported: number;
  /** Kolada's value for the whole country (0000). */
  national: number;
  /** Values of this installation's municipalities for an indicator linked to the KPI. */
  linked: number;
  /** Where a staff value exists and Kolada's differs: reported, never changed. */
  differing: Array<{ municipalityCode: string; kpi: string; period: string; sex: string; staff: string; kolada: string | null }>;
}

/** Stores the rows (one statement), then reports how they meet the staff's values (one statement). */
export async function importKolada(dataSource: DataSource, rows: KoladaRow[], source: string): Promise<KoladaImportResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO kolada_value (kpi, municipality_code, period, sex, value, status, source, imported_at)
       SELECT * , now() FROM unnest($1::varchar[], $2::char(4)[], $3::varchar[], $4::varchar[], $5::numeric[], $6::varchar[], $7::varchar[])
       ON CONFLICT (kpi, municipality_code, period, sex) DO UPDATE
         SET value = EXCLUDED.value, status = EXCLUDED.status, source = EXCLUDED.source, imported_at = EXCLUDED.imported_at`,
      [
        rows.map((r) => r.kpi),
        rows.map((r) => r.municipalityCode),
        rows.map((r) => r.period),
        rows.map((r) => r.sex),
        rows.map((r) => r.value),
        rows.map((r) => r.status),
        rows.map(() => source),
      ],
    );
    const met: Array<{ municipality_code: string; kpi: string; period: string; sex: string; staff: string | null; kolada: string | null }> = await manager.query(
      `SELECT k.municipality_code, k.kpi, k.period, k.sex, m.value::text AS staff, k.value::text AS kolada
       FROM unnest($1::varchar[], $2::char(4)[], $3::varchar[], $4::varchar[]) AS r(kpi, code, period, sex)
       JOIN kolada_value k ON (k.kpi, k.municipality_code, k.period, k.sex) = (r.kpi, r.code, r.period, r.sex)
       JOIN municipality mu ON mu.code = k.municipality_code
       JOIN indicator i ON i.municipality_id = mu.id AND i.source_kind = 'KOLADA' AND i.source_reference = k.kpi
       LEFT JOIN measurement m ON m.indicator_id = i.id AND m.organisation_unit_id IS NULL AND m.archived_at IS NULL AND m.period = k.period AND m.sex = k.sex
       ORDER BY 1, 2, 3, 4`,
      [rows.map((r) => r.kpi), rows.map((r) => r.municipalityCode), rows.map((r) => r.period), rows.map((r) => r.sex)],
    );
    return {
      imported: rows.length,
      national: rows.filter((r) => r.municipalityCode === '0000').length,
      linked: met.length,
      differing: met
        .filter((row) => row.staff !== null && (row.kolada === null || Number(row.staff) !== Number(row.kolada)))
        .map((row) => ({ municipalityCode: row.municipality_code, kpi: row.kpi, period: row.period, sex: row.sex, staff: row.staff as string, kolada: row.kolada })),
    };
  });
}
