import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { periodStart, toPeriod } from '@inkludera/shared';
import { PeriodType, Sex } from '../../graphql/enums';
import { Activity, ActivityGoal, ActivityPartner, ActivityStatus } from '../../modules/activity/activity.entity';
import { Agreement, AgreementActivity, AgreementGoal, AgreementKind, AgreementPartner } from '../../modules/agreement/agreement.entity';
import { GoalAssessment, GoalAssessmentValue, ReportingRound, ReportingRoundStatus, UnitReport, UnitReportStatus } from '../../modules/follow-up/follow-up.entity';
import { FocusArea } from '../../modules/focus-area/focus-area.entity';
import { GoalIndicator } from '../../modules/goal/goal-indicator.entity';
import { Goal, GoalLevel } from '../../modules/goal/goal.entity';
import { Indicator, IndicatorDirection, IndicatorSourceKind, IndicatorUnit } from '../../modules/indicator/indicator.entity';
import { Measurement, MeasurementStatus } from '../../modules/measurement/measurement.entity';
import { Municipality } from '../../modules/municipality/municipality.entity';
import { OrganisationUnit, OrganisationUnitKind } from '../../modules/organisation-unit/organisation-unit.entity';
import { Partner, PartnerKind } from '../../modules/partner/partner.entity';
import { SteeringDocumentVersion } from '../../modules/steering-document/steering-document-version.entity';
import { Target } from '../../modules/target/target.entity';
import { SteeringDocument, SteeringDocumentKind, SteeringDocumentStatus } from '../../modules/steering-document/steering-document.entity';
import { seedDemoUsers } from './demo-users';
import { DEMO_MUNICIPALITIES, DEMO_SOURCE, type DemoGoal, type DemoIndicator, type DemoMunicipality } from './demo-data';

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

/** Looks up what a demo record names by its ref, failing loudly on a typo in demo-data.ts. */
function lookup<T>(map: Map<string, T>, ref: string, what: string): T {
  const found = map.get(ref);
  if (!found) throw new Error(`demo data: no ${what} "${ref}"`);
  return found;
}

async function seedMunicipality(manager: EntityManager, demo: DemoMunicipality): Promise<void> {
  const municipality = await manager.save(manager.create(Municipality, demo.municipality));
  const municipalityId = municipality.id;

  const units = new Map<string, string>();
  for (const unit of demo.units) {
    const parentId = unit.parent ? lookup(units, unit.parent, 'unit') : null;
    const saved = await manager.save(manager.create(OrganisationUnit, { municipalityId, kind: OrganisationUnitKind[unit.kind], name: unit.name, parentId, externalId: null }));
    units.set(unit.ref, saved.id);
  }

  const { owner, earlierVersions, ...fields } = demo.document;
  const document = await manager.save(
    manager.create(SteeringDocument, {
      ...fields,
      kind: SteeringDocumentKind[fields.kind],
      status: SteeringDocumentStatus[fields.status],
      municipalityId,
      ownerUnitId: lookup(units, owner, 'unit'),
      text: null,
      currentVersionNumber: earlierVersions.length + 1,
    }),
  );
  const versions = [...earlierVersions, { ...fields, changeNote: earlierVersions.length ? 'Gällande version.' : 'Första versionen.' }];
  await manager.insert(
    SteeringDocumentVersion,
    versions.map((version, index) => ({
      steeringDocumentId: document.id,
      municipalityId,
      versionNumber: index + 1,
      title: version.title,
      registrationNumber: version.registrationNumber,
      decidedBy: version.decidedBy,
      decisionDate: version.decisionDate,
      validUntil: version.validUntil,
      status: SteeringDocumentStatus[version.status],
      text: null,
      changeNote: version.changeNote,
    })),
  );

  const areas = new Map<string, string>();
  for (const [index, area] of demo.areas.entries()) {
    const saved = await manager.save(manager.create(FocusArea, { ...area, municipalityId, steeringDocumentId: document.id, sortOrder: index + 1 }));
    areas.set(area.key, saved.id);
  }

  const indicators = new Map<string, string>();
  for (const item of demo.indicators) {
    const indicator = await manager.save(
      manager.create(Indicator, {
        municipalityId,
        nameSv: item.nameSv,
        nameEn: item.nameEn,
        definition: item.definition,
        unit: IndicatorUnit[item.unit],
        decimals: item.decimals,
        direction: IndicatorDirection[item.direction],
        periodicity: PeriodType.YEAR,
        dividedBySex: true,
        source: item.source,
        ...(item.koladaKpi ? { sourceKind: IndicatorSourceKind.KOLADA, sourceReference: item.koladaKpi } : {}),
        published: item.published,
        responsibleImplementationUnitId: lookup(units, item.implementation, 'unit'),
        responsibleFollowUpUnitId: lookup(units, item.followUp, 'unit'),
        responsibleFollowUpRole: item.followUpRole,
      }),
    );
    indicators.set(item.ref, indicator.id);
    await manager.insert(
      Measurement,
      demoMeasurements(item).map((row) => ({
        municipalityId,
        indicatorId: indicator.id,
        period: row.period,
        periodType: PeriodType.YEAR,
        periodStart: periodStart(toPeriod(row.period)),
        sex: row.sex,
        value: row.value,
        status: MeasurementStatus.FINAL,
        source: DEMO_SOURCE,
        reportedBy: 'Demodata',
      })),
    );
    for (const target of item.targets ?? []) {
      const total = item.unit === 'COUNT' ? target.women + target.men : round(0.45 * target.women + 0.55 * target.men, item.decimals);
      await manager.insert(
        Target,
        (
          [
            [Sex.WOMEN, target.women],
            [Sex.MEN, target.men],
            [Sex.TOTAL, total],
          ] as const
        ).map(([sex, value]) => ({
          municipalityId,
          indicatorId: indicator.id,
          period: target.period,
          periodStart: periodStart(toPeriod(target.period)),
          sex,
          value,
          comment: DEMO_SOURCE,
        })),
      );
    }
  }

  const aim = await manager.save(
    manager.create(Goal, {
      municipalityId,
      steeringDocumentId: document.id,
      level: GoalLevel.OVERALL_AIM,
      title: demo.overallAim.title,
      description: demo.overallAim.description,
      ownerUnitId: lookup(units, demo.overallAim.owner, 'unit'),
      parentId: null,
      focusAreaId: null,
    }),
  );
  const goals = new Map<string, string>();
  const saveGoal = async (item: DemoGoal, parentId: string, sortOrder: number): Promise<void> => {
    const goal = await manager.save(
      manager.create(Goal, {
        municipalityId,
        steeringDocumentId: document.id,
        ownerUnitId: lookup(units, item.owner, 'unit'),
        parentId,
        focusAreaId: lookup(areas, item.area, 'focus area'),
        level: GoalLevel[item.level],
        title: item.title,
        description: item.description ?? null,
        sortOrder,
      }),
    );
    goals.set(item.ref, goal.id);
    for (const ref of item.indicators) await manager.insert(GoalIndicator, { goalId: goal.id, indicatorId: lookup(indicators, ref, 'indicator') });
    for (const [index, child] of (item.children ?? []).entries()) await saveGoal(child, goal.id, index + 1);
  };
  for (const [index, item] of demo.goals.entries()) await saveGoal(item, aim.id, index + 1);

  const partners = new Map<string, string>();
  for (const item of demo.partners) {
    const partner = await manager.save(
      manager.create(Partner, { municipalityId, name: item.name, kind: PartnerKind[item.kind], website: item.website ?? null, description: item.description }),
    );
    partners.set(item.ref, partner.id);
  }

  const activities = new Map<string, string>();
  for (const item of demo.activities) {
    const activity = await manager.save(
      manager.create(Activity, {
        municipalityId,
        title: item.title,
        description: item.description,
        status: ActivityStatus[item.status],
        startDate: item.startDate,
        endDate: null,
        responsibleUnitId: lookup(units, item.responsible, 'unit'),
        targetGroup: item.targetGroup,
      }),
    );
    activities.set(item.title, activity.id);
    for (const ref of item.goals) await manager.insert(ActivityGoal, { activityId: activity.id, goalId: lookup(goals, ref, 'goal') });
    for (const ref of item.partners) await manager.insert(ActivityPartner, { activityId: activity.id, partnerId: lookup(partners, ref, 'partner') });
  }

  for (const item of demo.agreements) {
    const agreement = await manager.save(
      manager.create(Agreement, {
        municipalityId,
        kind: AgreementKind[item.kind],
        title: item.title,
        description: item.description,
        startDate: item.startDate,
        endDate: item.endDate,
      }),
    );
    for (const ref of item.partners) await manager.insert(AgreementPartner, { agreementId: agreement.id, partnerId: lookup(partners, ref, 'partner') });
    for (const title of item.activities) await manager.insert(AgreementActivity, { agreementId: agreement.id, activityId: lookup(activities, title, 'activity') });
    for (const ref of item.goals) await manager.insert(AgreementGoal, { agreementId: agreement.id, goalId: lookup(goals, ref, 'goal') });
  }
}

/** The year-end 2024 report of each unit of Tyresö's strategy: invented, but written as a unit would (demo data). */
const YEAR_END_2024: Record<string, { analysis: string; genderAnalysis: string; activitiesWithPartners: string }> = {
  Kommunfullmäktige: {
    analysis:
      'Strategins övergripande mål följs upp genom nämndernas redovisningar. Fler nyanlända har kommit i arbete eller studier under året, och svenskundervisningen når fler, men målet om egen försörjning för alla är inte nått.',
    genderAnalysis:
      'Kvinnor når egen försörjning senare än män i alla nämnders uppföljning. Skillnaden har minskat något under året men är fortfarande den största utmaningen i strategin.',
    activitiesWithPartners: 'Kommunstyrelsen har samordnat nämndernas arbete med Arbetsförmedlingen inom den lokala överenskommelsen om nyanländas etablering.',
  },
  'Gymnasie- och arbetsmarknadsnämnden': {
    analysis:
      'Andelen nyanlända i arbete eller studier efter etableringen ökade, men inte i den takt som målvärdet kräver. Sfi-kurserna har fler deltagare som klarar kursen än året innan, bland annat tack vare kvällsundervisning och språkstöd på praktikplatsen.',
    genderAnalysis:
      'Kvinnorna ligger efter männen i andel i arbete eller studier. Många kvinnor börjar senare i etableringen på grund av föräldraledighet. Kvinnorna klarar sfi i något högre grad än männen. Nämnden prioriterar uppsökande arbete mot kvinnor som står långt från arbetsmarknaden.',
    activitiesWithPartners:
      'Praktikplatser tillsammans med Arbetsförmedlingen och etableringscentrum; språkcafé med Röda Korset och Tyresö bibliotek; yrkessvenska med Vuxenutbildningen.',
  },
  Kommunstyrelsen: {
    analysis:
      'Kommunens förvaltningar tog emot fler nyanlända praktikanter än planerat. Handledarutbildningen för chefer har gjort att fler praktikplatser har kunnat erbjudas inom vård och omsorg.',
    genderAnalysis:
      'Praktikplatserna inom vård och omsorg har främst gått till kvinnor, platserna inom teknik och fastighet till män. Inför nästa år erbjuds platser utan hänsyn till traditionella yrkesval.',
    activitiesWithPartners: 'Praktikplatser i kommunens verksamheter med Arbetsförmedlingen; handledarutbildning med Vuxenutbildningen.',
  },
  'Barn- och utbildningsnämnden': {
    analysis:
      'Andelen nyanlända elever med behörighet till gymnasiet har inte ökat. Studiehandledning på modersmålet har inte kunnat erbjudas i alla ämnen på grund av brist på studiehandledare.',
    genderAnalysis:
      'Flickor når behörighet i högre grad än pojkar bland nyanlända elever. Pojkar som kommit i högstadieåldern har lägst behörighet; skolorna följer upp deras närvaro särskilt.',
    activitiesWithPartners: 'Läxhjälp med studieförbund och idrottsföreningar; sommarskola med Tyresö bibliotek.',
  },
};

/** The year-end assessment and comment of each goal (by the start of its title). */
const YEAR_END_2024_ASSESSMENTS: Array<{ title: string; assessment: GoalAssessmentValue; comment: string }> = [
  {
    title: 'Alla invånare i Tyresö',
    assessment: GoalAssessmentValue.NOT_ACHIEVED,
    comment: 'Utvecklingen går åt rätt håll, men kvinnor når inte egen försörjning i samma grad som män.',
  },
  {
    title: 'Fler nyanlända kvinnor och män når egen försörjning',
    assessment: GoalAssessmentValue.NOT_ACHIEVED,
    comment:
      'Andelen i arbete eller studier ökar för både kvinnor och män, men för långsamt mot målvärdena 2027, och kvinnorna ligger 13 procentenheter efter männen: målet är inte uppfyllt.',
  },
  {
    title: 'Fler nyanlända får goda kunskaper i svenska språket',
    assessment: GoalAssessmentValue.ACHIEVED,
    comment: 'Fler kvinnor och män klarar sfi-kurserna än året innan, vilket var årets mål; takten mot målvärdena 2026 behöver ändå öka.',
  },
  {
    title: 'Kommunen som arbetsgivare öppnar upp för praktikplatser',
    assessment: GoalAssessmentValue.ACHIEVED,
    comment: 'Förvaltningarna tog emot fler praktikanter än planerat.',
  },
  {
    title: 'Nyanlända elever ges förutsättningar',
    assessment: GoalAssessmentValue.NOT_ACHIEVED,
    comment: 'Behörigheten har inte ökat; studiehandledning saknades i flera ämnen.',
  },
];

/**
 * Reporting rounds for Tyresö's strategy, so that a new user sees the follow-up cycle at once: the
 * year-end round 2024, approved and locked, and an open tertial round 2025 (one report submitted,
 * the others in draft). Every unit that owns a goal of the strategy reports.
 */
async function seedDemoRounds(manager: EntityManager): Promise<void> {
  const tyreso = await manager.findOneBy(Municipality, { code: '0138' });
  if (!tyreso) return;
  const document = await manager.findOneByOrFail(SteeringDocument, { municipalityId: tyreso.id, title: 'Integrationsstrategi 2018' });
  const goals = (await manager.findBy(Goal, { steeringDocumentId: document.id })).filter((goal) => goal.ownerUnitId !== null);
  const ownerIds = [...new Set(goals.map((goal) => goal.ownerUnitId as string))];
  const yearEnd: Record<string, GoalAssessmentValue> = {};
  const rounds = [
    { period: '2024', periodType: PeriodType.YEAR, deadline: '2025-02-14', approved: true },
    { period: '2025-T1', periodType: PeriodType.TERTIAL, deadline: '2025-05-16', approved: false },
  ];
  for (const item of rounds) {
    const round = await manager.save(
      manager.create(ReportingRound, {
        municipalityId: tyreso.id,
        steeringDocumentId: document.id,
        period: item.period,
        periodType: item.periodType,
        deadline: item.deadline,
        status: item.approved ? ReportingRoundStatus.APPROVED : ReportingRoundStatus.OPEN,
        approvedAt: item.approved ? new Date('2025-03-10T09:00:00Z') : null,
      }),
    );
    for (const [index, unitId] of ownerIds.entries()) {
      // 2024: every report approved. 2025-T1: the first unit has submitted, the others are drafts.
      const status = item.approved ? UnitReportStatus.APPROVED : index === 0 ? UnitReportStatus.SUBMITTED : UnitReportStatus.DRAFT;
      const written = status !== UnitReportStatus.DRAFT;
      const unit = await manager.findOneByOrFail(OrganisationUnit, { id: unitId });
      const yearEndText = item.approved ? YEAR_END_2024[unit.name] : undefined;
      const report = await manager.save(
        manager.create(UnitReport, {
          municipalityId: tyreso.id,
          roundId: round.id,
          organisationUnitId: unitId,
          status,
          analysis: yearEndText ? `${yearEndText.analysis} ${DEMO_SOURCE}` : written ? `Analys ${item.period}: arbetet följer nämndplanen. ${DEMO_SOURCE}` : null,
          genderAnalysis: yearEndText
            ? `${yearEndText.genderAnalysis} ${DEMO_SOURCE}`
            : written
              ? `Kvinnor och män följs upp var för sig; kvinnorna ligger efter männen i andel i arbete, men gapet minskar. ${DEMO_SOURCE}`
              : null,
          activitiesWithPartners: yearEndText
            ? `${yearEndText.activitiesWithPartners} ${DEMO_SOURCE}`
            : written
              ? `Praktikplatser tillsammans med Arbetsförmedlingen och etableringscentrum. ${DEMO_SOURCE}`
              : null,
          returnComment: null,
          submittedAt: written ? new Date(item.approved ? '2025-02-10T12:00:00Z' : '2025-05-12T12:00:00Z') : null,
          approvedAt: item.approved ? new Date('2025-03-03T09:00:00Z') : null,
        }),
      );
      if (status === UnitReportStatus.DRAFT) continue;
      for (const [n, goal] of goals.filter((g) => g.ownerUnitId === unitId).entries()) {
        // Year end: achieved or not (PARTLY is not allowed); the tertial may say "partly".
        const written2024 = YEAR_END_2024_ASSESSMENTS.find((entry) => goal.title.startsWith(entry.title));
        const assessment = item.approved
          ? (yearEnd[goal.id] = written2024?.assessment ?? (n % 2 === 0 ? GoalAssessmentValue.ACHIEVED : GoalAssessmentValue.NOT_ACHIEVED))
          : yearEnd[goal.id] === GoalAssessmentValue.ACHIEVED
            ? GoalAssessmentValue.ACHIEVED
            : GoalAssessmentValue.PARTLY;
        const comment = item.approved && written2024 ? written2024.comment : `Bedömning ${item.period} utifrån indikatorerna och verksamhetens analys.`;
        await manager.insert(GoalAssessment, { municipalityId: tyreso.id, unitReportId: report.id, goalId: goal.id, assessment, comment: `${comment} ${DEMO_SOURCE}` });
      }
    }
  }
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
    for (const demo of DEMO_MUNICIPALITIES) await seedMunicipality(manager, demo);
    await seedDemoRounds(manager);
    await seedDemoUsers(manager);
    logger?.info({ municipalities: DEMO_MUNICIPALITIES.map((demo) => demo.municipality.name) }, 'loaded the demo data');
    return true;
  });
}
