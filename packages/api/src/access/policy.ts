import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { fromGlobalId } from '../graphql/global-id';
import type { Context } from '../graphql/context';
import { DomainError, type RowError, userError } from '../graphql/user-error';
import { unitLimitOf } from './actor';
import { ApiKey } from '../modules/account/api-key.entity';
import { revokeApiKeyId } from '../modules/account/dto/account.input';
import { User } from '../modules/account/user.entity';
import { Activity } from '../modules/activity/activity.entity';
import { Agreement } from '../modules/agreement/agreement.entity';
import { Consultation, ConsultationResponse } from '../modules/consultation/consultation.entity';
import { ReportingRound, UnitReport } from '../modules/follow-up/follow-up.entity';
import { FocusArea } from '../modules/focus-area/focus-area.entity';
import { Goal } from '../modules/goal/goal.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { Measurement } from '../modules/measurement/measurement.entity';
import { Municipality } from '../modules/municipality/municipality.entity';
import { OrganisationUnit } from '../modules/organisation-unit/organisation-unit.entity';
import { Partner } from '../modules/partner/partner.entity';
import { SteeringDocument } from '../modules/steering-document/steering-document.entity';
import { Target } from '../modules/target/target.entity';

/**
 * Who may use each query and mutation: the one table of the API's access rules. The schema is
 * checked against it when it is built (access/enforce.ts): an operation without a rule stops the
 * server from starting, and test/access-rules.test.ts fails.
 *
 * Areas of writing, and who may write in them:
 * - platform: creating and archiving municipalities: platform operators;
 * - municipality: a municipality's own settings: operators, its ADMIN;
 * - accounts: users and API keys: the municipality's ADMIN;
 * - structure: units, steering documents, focus areas, partners, agreements: ADMIN, keys with
 *   WRITE_PLANS that are not limited to units, operators;
 * - plans: goals, indicators, targets, activities: ADMIN, EDITOR of the object's units, keys with
 *   WRITE_PLANS (of their units if limited), operators;
 * - measurements: values: ADMIN, EDITOR of the indicator's units, keys with WRITE_MEASUREMENTS (of
 *   their units if limited), operators.
 */
export type Area = 'platform' | 'municipality' | 'accounts' | 'structure' | 'plans' | 'measurements';

/** What a mutation changes: the municipality, and for unit-limited callers the unit groups each of which must include one of theirs. */
export interface WriteTarget {
  municipalityId: string | null;
  /** Each group is the units that own the object (before or after the change); a caller limited to units needs one of theirs in every group. */
  unitGroups?: ReadonlyArray<ReadonlyArray<string | null>>;
}

/** Looks up what a mutation's input names, on behalf of the caller; an object the caller may not see is NOT_FOUND. */
export interface TargetTools {
  ctx: Context;
  /** The row a global id names, if the caller's municipality owns it; otherwise NOT_FOUND exactly as for an id that does not exist. `main` keeps it as the audit's "before". */
  row<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }, globalId: string, field: string, main?: boolean): Promise<T>;
  /** Rows by their (raw) ids that the caller's municipality owns; others are simply absent. One statement. */
  rowsById<T extends ObjectLiteral & { id: string; municipalityId: string }>(entity: EntityTarget<T> & { name: string }, ids: readonly string[]): Promise<T[]>;
  /** The municipality of a create: the caller's (written into the input when left out), or the one named, which must be the caller's. */
  municipality(input: { municipalityId?: string | null }): Promise<string>;
}

export type TargetOf = (args: Record<string, any>, t: TargetTools) => Promise<WriteTarget>;

export type Payload = Record<string, unknown>;

/**
 * What the audit entry of a mutation holds, when the default (the payload's object after the change)
 * does not fit. Written in the mutation's own transaction (docs/adr/0008-audit-in-the-transaction.md).
 */
export interface AuditRule {
  /** False when the answer changed nothing (a dry run, a logout without a session): no entry, and the transaction rolls back. */
  changed?: (result: Payload, args: Record<string, any>) => boolean;
  /** The entry's "after"; by default the payload's object as JSON. */
  after?: (result: Payload, args: Record<string, any>) => Record<string, unknown> | null;
  /** Who acted when the caller was anonymous (a login: the person who logged in). */
  actor?: (result: Payload) => { id: string; email: string } | undefined;
}

/** The parts of a mutation's rule beyond who may call it; the enforcement core knows no operation by name. */
export interface MutationRule {
  /**
   * Checks the target beyond the area: by default, a caller limited to units needs one of theirs in
   * every unit group of the target. A rule that checks differently (per row, say) replaces it; it
   * throws a DomainError to refuse.
   */
  check?: (args: Record<string, any>, t: TargetTools, target: WriteTarget) => Promise<void>;
  /** The payload of a refusal by the rule (by default `{ errors }`). */
  refused?: (args: Record<string, any>, errors: unknown[]) => Payload;
  audit?: AuditRule;
  /**
   * 'own': the operation manages its own transactions and is not run in the request's (login: a
   * refused login must still count as a failure, so its writes cannot roll back with the answer).
   */
  transaction?: 'own';
}

export type Rule =
  /** Anyone, anonymous included; what they read is limited to what they may see (access/access.ts). API keys need READ. */
  | ({ kind: 'public' } & MutationRule)
  /** Any logged-in person (session). */
  | ({ kind: 'signedIn' } & MutationRule)
  /** Reads of the municipality's administration (users, keys, audit): its ADMIN; operators for the audit log. */
  | { kind: 'admin'; operators: boolean }
  | ({ kind: 'write'; area: Area; target: TargetOf } & MutationRule);

const PUBLIC: Rule = { kind: 'public' };

/** The unit id a global id names, or null. */
export function unitId(globalId: string | null | undefined): string | null {
  if (!globalId) return null;
  const parsed = fromGlobalId(globalId);
  return parsed?.type === 'OrganisationUnit' ? parsed.id : null;
}

/** The value after an update: the input's when given (null clears), otherwise the current one. */
function after(given: string | null | undefined, current: string | null): string | null {
  return given === undefined ? current : unitId(given);
}

const write = (area: Area, target: TargetOf, more: MutationRule = {}): Rule => ({ kind: 'write', area, target, ...more });
const inMunicipality = (area: Area) => write(area, async ({ input }, t) => ({ municipalityId: await t.municipality(input) }));
const existing = (area: Area, entity: EntityTarget<{ id: string; municipalityId: string }> & { name: string }) =>
  write(area, async ({ input }, t) => ({ municipalityId: (await t.row(entity, input.id, 'id', true)).municipalityId }));

const indicatorUnits = (indicator: Indicator) => [indicator.responsibleImplementationUnitId, indicator.responsibleFollowUpUnitId];
const ofIndicator = (area: Area) =>
  write(area, async ({ input }, t) => {
    const indicator = await t.row(Indicator, input.indicatorId, 'indicatorId');
    return { municipalityId: indicator.municipalityId, unitGroups: [indicatorUnits(indicator)] };
  });
/** Targets and values: the units of their indicator. */
const viaIndicator = (area: Area, entity: typeof Target | typeof Measurement) =>
  write(area, async ({ input }, t) => {
    const row = await t.row<{ id: string; indicatorId: string; municipalityId: string }>(entity, input.id, 'id', true);
    const [indicator] = await t.rowsById(Indicator, [row.indicatorId]);
    return { municipalityId: row.municipalityId, unitGroups: [indicator ? indicatorUnits(indicator) : []] };
  });

/** A unit report named by `field`: its municipality, and its unit for callers limited to units. */
const ofUnitReport = (area: Area, field: string) =>
  write(area, async ({ input }, t) => {
    const report = await t.row(UnitReport, input[field], field, true);
    return { municipalityId: report.municipalityId, unitGroups: [[report.organisationUnitId]] };
  });

export const UNITS_MESSAGE = 'You may change only what belongs to your units (the owning or responsible unit).';

/**
 * upsertMeasurements: a caller limited to units may write only values of indicators of theirs; every
 * other row is FORBIDDEN, by its index. One statement. Rows naming an indicator of another
 * municipality, or none, are left to the service, which answers both alike (NOT_FOUND, with the row's
 * other errors).
 */
const upsertRowsInUnits: MutationRule['check'] = async ({ input }, t) => {
  const limit = unitLimitOf(t.ctx.access.actor);
  if (limit === null) return;
  const rows: ReadonlyArray<{ indicatorId?: string }> = input?.rows ?? [];
  const ids = rows.map((row) => {
    const parsed = row.indicatorId ? fromGlobalId(row.indicatorId) : null;
    return parsed?.type === 'Indicator' ? parsed.id : null;
  });
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const indicators = new Map((await t.rowsById(Indicator, wanted)).map((indicator) => [indicator.id, indicator]));
  const errors: RowError[] = [];
  rows.forEach((_row, index) => {
    const indicator = ids[index] ? indicators.get(ids[index] as string) : undefined;
    if (indicator && !indicatorUnits(indicator).some((unit) => limit.includes(unit))) {
      errors.push({ index, ...userError('FORBIDDEN', `indicatorId: ${UNITS_MESSAGE}`, 'indicatorId') });
    }
  });
  if (errors.length) throw new DomainError(errors);
};

export const OPERATION_RULES: Readonly<Record<string, Rule>> = {
  // ----- reads: public, limited to what the caller may see
  'Query.node': PUBLIC,
  'Query.nodes': PUBLIC,
  'Query.municipalities': PUBLIC,
  'Query.municipality': PUBLIC,
  'Query.organisationUnits': PUBLIC,
  'Query.organisationUnitByExternalId': PUBLIC,
  'Query.steeringDocuments': PUBLIC,
  'Query.focusAreas': PUBLIC,
  'Query.goals': PUBLIC,
  'Query.indicators': PUBLIC,
  'Query.targets': PUBLIC,
  'Query.measurements': PUBLIC,
  'Query.partners': PUBLIC,
  'Query.activities': PUBLIC,
  'Query.agreements': PUBLIC,
  'Query.me': PUBLIC,
  // ----- administration
  'Query.users': { kind: 'admin', operators: false },
  'Query.apiKeys': { kind: 'admin', operators: false },
  'Query.auditEntries': { kind: 'admin', operators: true },

  // ----- session
  'Mutation.login': {
    kind: 'public',
    transaction: 'own',
    audit: { after: () => null, actor: (result) => (result.user as { id: string; email: string } | null) ?? undefined },
  },
  'Mutation.logout': { kind: 'public', audit: { changed: (result) => result.loggedOut === true, after: () => null } },
  'Mutation.changePassword': { kind: 'signedIn' },

  // ----- accounts
  'Mutation.createUser': write('accounts', async (_args, t) => ({ municipalityId: t.ctx.access.municipalityId })),
  // The user or key is looked up here (NOT_FOUND outside the caller's municipality) so that the audit log has it as "before".
  'Mutation.updateUser': write('accounts', async ({ input }, t) => {
    await t.row(User, input.id, 'id', true);
    return { municipalityId: t.ctx.access.municipalityId };
  }),
  'Mutation.createApiKey': write('accounts', async (_args, t) => ({ municipalityId: t.ctx.access.municipalityId })),
  'Mutation.revokeApiKey': write('accounts', async ({ input, id }, t) => {
    await t.row(ApiKey, revokeApiKeyId({ input, id }), 'id', true);
    return { municipalityId: t.ctx.access.municipalityId };
  }),

  // ----- municipalities
  'Mutation.createMunicipality': write('platform', async () => ({ municipalityId: null })),
  'Mutation.archiveMunicipality': write('platform', async ({ input }, t) => ({ municipalityId: (await t.row(Municipality, input.id, 'id', true)).id })),
  'Mutation.updateMunicipality': write('municipality', async ({ input }, t) => ({ municipalityId: (await t.row(Municipality, input.id, 'id', true)).id })),

  // ----- structure
  'Mutation.createOrganisationUnit': inMunicipality('structure'),
  'Mutation.updateOrganisationUnit': existing('structure', OrganisationUnit),
  'Mutation.archiveOrganisationUnit': existing('structure', OrganisationUnit),
  'Mutation.createSteeringDocument': inMunicipality('structure'),
  'Mutation.updateSteeringDocument': existing('structure', SteeringDocument),
  'Mutation.createSteeringDocumentVersion': existing('structure', SteeringDocument),
  'Mutation.archiveSteeringDocument': existing('structure', SteeringDocument),
  'Mutation.createFocusArea': write('structure', async ({ input }, t) => {
    const municipalityId = await t.municipality(input);
    await t.row(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId');
    return { municipalityId };
  }),
  'Mutation.updateFocusArea': existing('structure', FocusArea),
  'Mutation.archiveFocusArea': existing('structure', FocusArea),
  'Mutation.createPartner': inMunicipality('structure'),
  'Mutation.updatePartner': existing('structure', Partner),
  'Mutation.archivePartner': existing('structure', Partner),
  'Mutation.createAgreement': inMunicipality('structure'),
  'Mutation.updateAgreement': existing('structure', Agreement),
  'Mutation.archiveAgreement': existing('structure', Agreement),

  // ----- plans
  'Mutation.createGoal': write('plans', async ({ input }, t) => {
    const document = await t.row(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId');
    return { municipalityId: document.municipalityId, unitGroups: [[unitId(input.ownerUnitId)]] };
  }),
  'Mutation.updateGoal': write('plans', async ({ input }, t) => {
    const goal = await t.row(Goal, input.id, 'id', true);
    return { municipalityId: goal.municipalityId, unitGroups: [[goal.ownerUnitId], [after(input.ownerUnitId, goal.ownerUnitId)]] };
  }),
  'Mutation.archiveGoal': write('plans', async ({ input }, t) => {
    const goal = await t.row(Goal, input.id, 'id', true);
    return { municipalityId: goal.municipalityId, unitGroups: [[goal.ownerUnitId]] };
  }),
  'Mutation.createIndicator': write('plans', async ({ input }, t) => ({
    municipalityId: await t.municipality(input),
    unitGroups: [[unitId(input.responsibleImplementationUnitId), unitId(input.responsibleFollowUpUnitId)]],
  })),
  'Mutation.updateIndicator': write('plans', async ({ input }, t) => {
    const indicator = await t.row(Indicator, input.id, 'id', true);
    return {
      municipalityId: indicator.municipalityId,
      unitGroups: [
        indicatorUnits(indicator),
        [after(input.responsibleImplementationUnitId, indicator.responsibleImplementationUnitId), after(input.responsibleFollowUpUnitId, indicator.responsibleFollowUpUnitId)],
      ],
    };
  }),
  'Mutation.archiveIndicator': write('plans', async ({ input }, t) => {
    const indicator = await t.row(Indicator, input.id, 'id', true);
    return { municipalityId: indicator.municipalityId, unitGroups: [indicatorUnits(indicator)] };
  }),
  'Mutation.createTarget': ofIndicator('plans'),
  'Mutation.updateTarget': viaIndicator('plans', Target),
  'Mutation.archiveTarget': viaIndicator('plans', Target),
  'Mutation.createActivity': write('plans', async ({ input }, t) => ({ municipalityId: await t.municipality(input), unitGroups: [[unitId(input.responsibleUnitId)]] })),
  'Mutation.updateActivity': write('plans', async ({ input }, t) => {
    const activity = await t.row(Activity, input.id, 'id', true);
    return { municipalityId: activity.municipalityId, unitGroups: [[activity.responsibleUnitId], [after(input.responsibleUnitId, activity.responsibleUnitId)]] };
  }),
  // A note is a change of the activity's record: the same people as updateActivity (ADMIN, EDITOR of its unit, keys with WRITE_PLANS).
  // The audit entry holds the note alone (no "before": nothing existing changes).
  'Mutation.addActivityNote': write('plans', async ({ input }, t) => {
    const activity = await t.row(Activity, input.activityId, 'activityId');
    return { municipalityId: activity.municipalityId, unitGroups: [[activity.responsibleUnitId]] };
  }),
  'Mutation.archiveActivity': write('plans', async ({ input }, t) => {
    const activity = await t.row(Activity, input.id, 'id', true);
    return { municipalityId: activity.municipalityId, unitGroups: [[activity.responsibleUnitId]] };
  }),

  // ----- measurements
  'Mutation.updateMeasurement': viaIndicator('measurements', Measurement),
  'Mutation.archiveMeasurement': viaIndicator('measurements', Measurement),
  'Mutation.upsertMeasurements': write('measurements', async (_args, t) => ({ municipalityId: t.ctx.access.municipalityId }), {
    check: upsertRowsInUnits,
    refused: ({ input }, errors) => ({ dryRun: input?.dryRun ?? false, upserted: null, inserted: null, updated: null, restored: null, unchanged: null, errors }),
    // Counts, not rows: each value's earlier state is in its history.
    audit: {
      changed: (_result, { input }) => !input?.dryRun,
      after: ({ errors: _errors, ...summary }, { input }) => ({ ...summary, rows: input?.rows?.length ?? 0 }),
    },
  }),

  // ----- follow-up (reporting rounds): ADMIN opens, returns and approves ('structure'); the EDITOR of a
  // report's unit writes it, assesses the unit's goals and submits ('plans', unit groups)
  'Mutation.openReportingRound': write('structure', async ({ input }, t) => {
    const document = await t.row(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId');
    return { municipalityId: document.municipalityId };
  }),
  'Mutation.approveReportingRound': existing('structure', ReportingRound),
  // A revision is a new round (no "before" in the audit log); the corrected one is unchanged.
  'Mutation.reviseReportingRound': write('structure', async ({ input }, t) => ({ municipalityId: (await t.row(ReportingRound, input.id, 'id')).municipalityId })),
  'Mutation.explainMissingValue': ofUnitReport('plans', 'unitReportId'),
  'Mutation.updateUnitReport': ofUnitReport('plans', 'id'),
  'Mutation.submitUnitReport': ofUnitReport('plans', 'id'),
  'Mutation.returnUnitReport': ofUnitReport('structure', 'id'),
  'Mutation.approveUnitReport': ofUnitReport('structure', 'id'),
  'Mutation.assessGoal': write('plans', async ({ input }, t) => {
    const report = await t.row(UnitReport, input.unitReportId, 'unitReportId', true);
    const goal = await t.row(Goal, input.goalId, 'goalId');
    // A unit assesses only its own goals: an EDITOR needs the report's unit and the goal's owner.
    return { municipalityId: report.municipalityId, unitGroups: [[report.organisationUnitId], [goal.ownerUnitId]] };
  }),

  // ----- consultations (remiss): the owner of the document (ADMIN, EDITOR of its owner unit) sends and
  // closes; the EDITOR of an asked unit answers ('plans', unit groups)
  'Mutation.sendConsultation': write('plans', async ({ input }, t) => {
    const document = await t.row(SteeringDocument, input.steeringDocumentId, 'steeringDocumentId');
    return { municipalityId: document.municipalityId, unitGroups: [[document.ownerUnitId]] };
  }),
  'Mutation.closeConsultation': write('plans', async ({ input }, t) => {
    const consultation = await t.row(Consultation, input.id, 'id', true);
    const [document] = await t.rowsById(SteeringDocument, [consultation.steeringDocumentId]);
    return { municipalityId: consultation.municipalityId, unitGroups: [[document?.ownerUnitId ?? null]] };
  }),
  'Mutation.answerConsultation': write('plans', async ({ input }, t) => {
    const response = await t.row(ConsultationResponse, input.id, 'id', true);
    return { municipalityId: response.municipalityId, unitGroups: [[response.organisationUnitId]] };
  }),
};

/**
 * Fields anonymous callers do not see, with what they get instead: contact people, history,
 * comments, who reported, other systems' ids. Staff and keys of the municipality see them.
 */
export const STAFF_ONLY_FIELDS: Readonly<Record<string, null | readonly never[]>> = {
  'Measurement.history': [],
  'Measurement.reportedBy': null,
  'Target.comment': null,
  'OrganisationUnit.externalId': null,
  'Partner.contactName': null,
  'Partner.contactEmail': null,
  'Partner.contactPhone': null,
  // An administrator's note to a unit when returning its report: internal, also once the round is approved and public.
  'UnitReport.returnComment': null,
  // Computed from every value (preliminary ones too) and the unit's explanations: internal.
  'UnitReport.missingValues': [],
};
