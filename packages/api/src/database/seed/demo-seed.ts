import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { periodStart, toPeriod } from '@inkludera/shared';
import { PeriodType, Sex } from '../../graphql/enums';
import { FocusArea } from '../../modules/focus-area/focus-area.entity';
import { GoalIndicator } from '../../modules/goal/goal-indicator.entity';
import { Goal, GoalLevel } from '../../modules/goal/goal.entity';
import { Indicator, IndicatorDirection, IndicatorUnit } from '../../modules/indicator/indicator.entity';
import { Measurement, MeasurementStatus } from '../../modules/measurement/measurement.entity';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { OrganisationUnit, OrganisationUnitKind } from '../../modules/organisation-unit/organisation-unit.entity';
import { SteeringDocumentVersion } from '../../modules/steering-document/steering-document-version.entity';
import { SteeringDocument, SteeringDocumentKind, SteeringDocumentStatus } from '../../modules/steering-document/steering-document.entity';
import { DEMO_SOURCE, TYRESO, type DemoGoal, type DemoIndicator } from './demo-data';

/** Small deterministic noise so that the demo series look measured, not drawn with a ruler. */
function noise(seed: string): number {
  let hash = 2166136261;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return ((hash >>> 0) % 1000) / 1000 - 0.5;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Yearly values for women, men and total. Counts add up; a percent total lies between the two. */
export function demoMeasurements(indicator: DemoIndicator): Array<{ period: string; sex: Sex; value: number }> {
  const rows: Array<{ period: string; sex: Sex; value: number }> = [];
  for (let year = indicator.years[0]; year <= indicator.years[1]; year += 1) {
    const n = year - indicator.years[0];
    const spread = indicator.unit === 'COUNT' ? 3 : 2.5;
    const clamp = (v: number) => (indicator.unit === 'PERCENT' ? Math.min(100, Math.max(0, v)) : Math.max(0, v));
    const women = round(clamp(indicator.women.start + indicator.women.step * n + spread * noise(`${indicator.ref}W${year}`)), indicator.decimals);
    const men = round(clamp(indicator.men.start + indicator.men.step * n + spread * noise(`${indicator.ref}M${year}`)), indicator.decimals);
    // Percent totals are weighted by an invented share of women among those measured (about 45 %).
    const total = indicator.unit === 'COUNT' ? women + men : round(0.45 * women + 0.55 * men, indicator.decimals);
    rows.push({ period: String(year), sex: Sex.WOMEN, value: women }, { period: String(year), sex: Sex.MEN, value: men }, { period: String(year), sex: Sex.TOTAL, value: total });
  }
  return rows;
}

async function seedTyreso(manager: EntityManager): Promise<void> {
  const municipality = await manager.save(manager.create(Municipality, TYRESO.municipality));
  const municipalityId = municipality.id;
  const units = new Map<string, OrganisationUnit>();
  for (const unit of TYRESO.units) {
    const parentId = 'parent' in unit && unit.parent ? (units.get(unit.parent) as OrganisationUnit).id : null;
    units.set(unit.ref, await manager.save(manager.create(OrganisationUnit, { municipalityId, kind: OrganisationUnitKind[unit.kind], name: unit.name, parentId, externalId: null })));
  }
  const unitId = (ref: string) => (units.get(ref) as OrganisationUnit).id;
  const { owner, ...documentFields } = TYRESO.document;
  const document = await manager.save(
    manager.create(SteeringDocument, {
      ...documentFields,
      kind: SteeringDocumentKind[TYRESO.document.kind],
      status: SteeringDocumentStatus[TYRESO.document.status],
      municipalityId,
      ownerUnitId: unitId(owner),
      text: null,
      currentVersionNumber: 1,
    }),
  );
  await manager.insert(SteeringDocumentVersion, {
    steeringDocumentId: document.id,
    municipalityId,
    versionNumber: 1,
    title: document.title,
    registrationNumber: document.registrationNumber,
    decidedBy: document.decidedBy,
    decisionDate: document.decisionDate,
    validUntil: document.validUntil,
    status: document.status,
    text: document.text,
    changeNote: 'Första versionen.',
  });
  const areas = new Map<string, FocusArea>();
  for (const [index, area] of TYRESO.areas.entries()) {
    areas.set(area.key, await manager.save(manager.create(FocusArea, { ...area, municipalityId, steeringDocumentId: document.id, sortOrder: index + 1 })));
  }
  const indicators = new Map<string, Indicator>();
  for (const demo of TYRESO.indicators) {
    const indicator = await manager.save(
      manager.create(Indicator, {
        municipalityId,
        responsibleImplementationUnitId: unitId(demo.implementation),
        responsibleFollowUpUnitId: unitId(demo.followUp),
        responsibleFollowUpRole: demo.followUpRole,
        nameSv: demo.nameSv,
        nameEn: demo.nameEn,
        definition: demo.definition,
        unit: IndicatorUnit[demo.unit],
        decimals: demo.decimals,
        direction: IndicatorDirection[demo.direction],
        periodicity: PeriodType.YEAR,
        dividedBySex: true,
        source: demo.source,
        published: demo.published,
      }),
    );
    indicators.set(demo.ref, indicator);
    await manager.insert(
      Measurement,
      demoMeasurements(demo).map((row) => ({
        municipalityId,
        indicatorId: indicator.id,
        period: row.period,
        periodType: PeriodType.YEAR,
        periodStart: periodStart(toPeriod(row.period)),
        sex: row.sex,
        value: row.value,
        status: MeasurementStatus.FINAL,
        source: DEMO_SOURCE,
      })),
    );
  }
  const aim = await manager.save(
    manager.create(Goal, {
      ...TYRESO.overallAim,
      municipalityId,
      level: GoalLevel.OVERALL_AIM,
      steeringDocumentId: document.id,
      parentId: null,
      focusAreaId: null,
      ownerUnitId: unitId('kf'),
    }),
  );
  const saveGoal = async (demo: DemoGoal, parentId: string, sortOrder: number) => {
    const goal = await manager.save(
      manager.create(Goal, {
        municipalityId,
        steeringDocumentId: document.id,
        ownerUnitId: unitId(demo.owner),
        parentId,
        focusAreaId: areas.get(demo.area)?.id ?? null,
        level: GoalLevel[demo.level],
        title: demo.title,
        description: demo.description ?? null,
        sortOrder,
      }),
    );
    for (const ref of demo.indicators) {
      await manager.insert(GoalIndicator, { goalId: goal.id, indicatorId: (indicators.get(ref) as Indicator).id });
    }
    for (const [index, child] of (demo.children ?? []).entries()) await saveGoal(child, goal.id, index + 1);
  };
  for (const [index, demo] of TYRESO.goals.entries()) await saveGoal(demo, aim.id, index + 1);
}

/**
 * Loads the demo data in one transaction when the database holds no municipality yet; never
 * touches a database that has data. Returns whether it loaded anything.
 */
export async function seedDemoIfEmpty(dataSource: DataSource, logger?: Logger): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Two processes starting on one empty database must not both seed.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['inkludera-demo-seed']);
    if ((await manager.count(Municipality)) > 0) return false;
    await seedTyreso(manager);
    logger?.info('loaded the demo data (Tyresö integration strategy 2018)');
    return true;
  });
}
