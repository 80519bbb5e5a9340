import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * National-scale data, written with multi-row INSERT … SELECT FROM unnest(…) (one statement per
 * table and chunk): 290 municipalities, each with an organisation, one strategy of six focus areas,
 * two committee goals per area with two sub-goals each, 60 indicators (one per committee goal, two
 * per sub-goal) with both responsibilities, 10 years of values for women, men and total, and
 * targets for 2026 and 2030.
 */

/** 290 (national scale); BENCH_MUNICIPALITIES=20 gives a quick, reduced run. */
export const MUNICIPALITIES = Number(process.env.BENCH_MUNICIPALITIES ?? 290);
export const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const SEXES = ['TOTAL', 'WOMEN', 'MEN'] as const;
const AREAS = [
  ['WORK_AND_EMPLOYMENT', 'Arbete och sysselsättning', 'Work and employment'],
  ['SCHOOL', 'Skola', 'School'],
  ['LANGUAGE', 'Språk', 'Language'],
  ['LEISURE', 'Fritid', 'Leisure'],
  ['HOUSING', 'Bostad', 'Housing'],
  ['PARTICIPATION_AND_INFLUENCE', 'Delaktighet och påverkan', 'Participation and influence'],
] as const;
const COMMITTEES = ['Kommunstyrelsen', 'Gymnasie- och arbetsmarknadsnämnden', 'Barn- och utbildningsnämnden', 'Socialnämnden', 'Kultur- och fritidsnämnden'];

export interface GeneratedMunicipality {
  id: string;
  code: string;
  units: string[];
  indicators: Array<{ id: string; unit: 'COUNT' | 'PERCENT' }>;
}

export interface Generated {
  municipalities: GeneratedMunicipality[];
  /** A municipality with one area, one committee goal and one sub-goal: three indicators. */
  small: GeneratedMunicipality;
  counts: Record<string, number>;
}

/** Column arrays for one table. */
class Table {
  readonly columns: unknown[][];
  constructor(
    readonly name: string,
    readonly spec: ReadonlyArray<readonly [string, string]>,
  ) {
    this.columns = spec.map(() => []);
  }
  add(...values: unknown[]): void {
    values.forEach((value, i) => (this.columns[i] as unknown[]).push(value));
  }
  get size(): number {
    return (this.columns[0] as unknown[]).length;
  }
  async write(ds: DataSource, chunk = 50_000): Promise<void> {
    const names = this.spec.map(([name]) => name).join(', ');
    const unnest = this.spec.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    for (let start = 0; start < this.size; start += chunk) {
      await ds.query(
        `INSERT INTO ${this.name} (${names}) SELECT * FROM unnest(${unnest})`,
        this.columns.map((column) => column.slice(start, start + chunk)),
      );
    }
  }
}

/** Deterministic pseudo-random numbers, so that every run measures the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function generate(ds: DataSource): Promise<Generated> {
  const rnd = random(20260101);
  const municipality = new Table('municipality', [
    ['id', 'uuid'],
    ['code', 'text'],
    ['name', 'text'],
  ]);
  const unit = new Table('organisation_unit', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['kind', 'text'],
    ['name', 'text'],
    ['parent_id', 'uuid'],
  ]);
  const document = new Table('steering_document', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['kind', 'text'],
    ['title', 'text'],
    ['status', 'text'],
    ['decision_date', 'date'],
    ['owner_unit_id', 'uuid'],
    ['revision_interval_months', 'int'],
  ]);
  const area = new Table('focus_area', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['steering_document_id', 'uuid'],
    ['key', 'text'],
    ['name_sv', 'text'],
    ['name_en', 'text'],
    ['sort_order', 'int'],
  ]);
  const goal = new Table('goal', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['steering_document_id', 'uuid'],
    ['parent_id', 'uuid'],
    ['focus_area_id', 'uuid'],
    ['owner_unit_id', 'uuid'],
    ['level', 'text'],
    ['title', 'text'],
    ['sort_order', 'int'],
  ]);
  const indicator = new Table('indicator', [
    ['id', 'uuid'],
    ['municipality_id', 'uuid'],
    ['name_sv', 'text'],
    ['unit', 'text'],
    ['decimals', 'smallint'],
    ['direction', 'text'],
    ['periodicity', 'text'],
    ['divided_by_sex', 'boolean'],
    ['responsible_implementation_unit_id', 'uuid'],
    ['responsible_follow_up_unit_id', 'uuid'],
    ['published', 'boolean'],
  ]);
  const link = new Table('goal_indicator', [
    ['goal_id', 'uuid'],
    ['indicator_id', 'uuid'],
  ]);
  const target = new Table('target', [
    ['municipality_id', 'uuid'],
    ['indicator_id', 'uuid'],
    ['period', 'text'],
    ['period_start', 'date'],
    ['sex', 'text'],
    ['value', 'numeric'],
  ]);
  const measurement = new Table('measurement', [
    ['municipality_id', 'uuid'],
    ['indicator_id', 'uuid'],
    ['period', 'text'],
    ['period_type', 'text'],
    ['period_start', 'date'],
    ['sex', 'text'],
    ['value', 'numeric'],
    ['status', 'text'],
    ['source', 'text'],
    ['reported_by', 'text'],
  ]);

  const addIndicator = (m: GeneratedMunicipality, goalId: string, responsible: string, name: string, kind: 'COUNT' | 'PERCENT', years: number[]) => {
    const id = randomUUID();
    indicator.add(id, m.id, name, kind, kind === 'COUNT' ? 0 : 1, 'INCREASE', 'YEAR', true, responsible, m.units[0], rnd() < 0.5);
    link.add(goalId, id);
    m.indicators.push({ id, unit: kind });
    let women = kind === 'COUNT' ? 20 + Math.floor(rnd() * 200) : 20 + rnd() * 50;
    let men = kind === 'COUNT' ? 20 + Math.floor(rnd() * 200) : 20 + rnd() * 50;
    for (const year of years) {
      women = kind === 'COUNT' ? Math.max(0, Math.round(women + (rnd() - 0.4) * 10)) : Math.min(95, Math.max(5, Math.round((women + (rnd() - 0.45) * 3) * 10) / 10));
      men = kind === 'COUNT' ? Math.max(0, Math.round(men + (rnd() - 0.4) * 10)) : Math.min(95, Math.max(5, Math.round((men + (rnd() - 0.45) * 3) * 10) / 10));
      const total = kind === 'COUNT' ? women + men : Math.round((0.45 * women + 0.55 * men) * 10) / 10;
      const values = { TOTAL: total, WOMEN: women, MEN: men };
      for (const sex of SEXES) measurement.add(m.id, id, String(year), 'YEAR', `${year}-01-01`, sex, values[sex], 'FINAL', 'Benchmark (invented)', 'bench');
    }
    // Targets for 2026 and 2030, for women and men alike.
    for (const [year, step] of [
      [2026, 1.1],
      [2030, 1.25],
    ] as const) {
      for (const sex of SEXES) {
        const base = sex === 'WOMEN' ? women : sex === 'MEN' ? men : kind === 'COUNT' ? women + men : (women + men) / 2;
        target.add(m.id, id, String(year), `${year}-01-01`, sex, kind === 'COUNT' ? Math.round(base * step) : Math.min(100, Math.round(base * step * 10) / 10));
      }
    }
  };

  const addMunicipality = (code: string, name: string, shape: { areas: number; goalsPerArea: number; subGoals: number }): GeneratedMunicipality => {
    const m: GeneratedMunicipality = { id: randomUUID(), code, units: [], indicators: [] };
    municipality.add(m.id, code, name);
    const council = randomUUID();
    unit.add(council, m.id, 'COUNCIL', 'Kommunfullmäktige', null);
    m.units.push(council);
    for (const committee of COMMITTEES) {
      const committeeId = randomUUID();
      const administration = randomUUID();
      unit.add(committeeId, m.id, 'COMMITTEE', committee, null);
      unit.add(administration, m.id, 'ADMINISTRATION', `${committee.replace(/nämnden|styrelsen/, '')}förvaltningen`, committeeId);
      m.units.push(committeeId, administration);
    }
    const documentId = randomUUID();
    document.add(documentId, m.id, 'STRATEGY', `Integrationsstrategi ${name}`, 'ADOPTED', '2019-06-01', council, 48);
    goal.add(randomUUID(), m.id, documentId, null, null, council, 'OVERALL_AIM', 'Alla invånare är delaktiga och har egen försörjning', 0);
    AREAS.slice(0, shape.areas).forEach(([key, nameSv, nameEn], a) => {
      const areaId = randomUUID();
      area.add(areaId, m.id, documentId, key, nameSv, nameEn, a + 1);
      for (let g = 0; g < shape.goalsPerArea; g += 1) {
        const owner = m.units[1 + ((a + g) % (m.units.length - 1))] as string;
        const committeeGoal = randomUUID();
        goal.add(committeeGoal, m.id, documentId, null, areaId, owner, 'COMMITTEE_GOAL', `${nameSv}: nämndmål ${g + 1}`, g);
        addIndicator(m, committeeGoal, owner, `${nameSv}: antal deltagare ${g + 1}`, 'COUNT', shape.subGoals ? YEARS : YEARS.slice(-1));
        for (let s = 0; s < shape.subGoals; s += 1) {
          const subGoal = randomUUID();
          goal.add(subGoal, m.id, documentId, committeeGoal, areaId, owner, 'SUB_GOAL', `${nameSv}: delmål ${g + 1}.${s + 1}`, s);
          addIndicator(m, subGoal, owner, `${nameSv}: andel i arbete ${g + 1}.${s + 1}`, 'PERCENT', YEARS);
          addIndicator(m, subGoal, owner, `${nameSv}: antal i praktik ${g + 1}.${s + 1}`, 'COUNT', YEARS);
        }
      }
    });
    return m;
  };

  const municipalities = Array.from({ length: MUNICIPALITIES }, (_, i) => addMunicipality(String(1000 + i), `Kommun ${1000 + i}`, { areas: 6, goalsPerArea: 2, subGoals: 2 }));
  const small = addMunicipality('9999', 'Lillkommun', { areas: 1, goalsPerArea: 1, subGoals: 1 });

  for (const table of [municipality, unit, document, area, goal, indicator, link, target, measurement]) await table.write(ds);
  // Vacuumed too, as a database in use is (autovacuum): the visibility map lets index-only scans count as cheap.
  await ds.query('VACUUM ANALYZE');
  return {
    municipalities,
    small,
    counts: {
      municipalities: municipality.size,
      'organisation units': unit.size,
      'steering documents': document.size,
      'focus areas': area.size,
      goals: goal.size,
      indicators: indicator.size,
      targets: target.size,
      measurements: measurement.size,
    },
  };
}
