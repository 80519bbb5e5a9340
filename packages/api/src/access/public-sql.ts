/**
 * What is public, as SQL: the one definition that anonymous GraphQL reads and the open-data
 * endpoints share, so that the two can never disagree.
 *
 * Public are: steering documents that are adopted or replaced (not archived); their focus areas and
 * goals; indicators marked published that measure an active goal of such a document; of those, the
 * municipality-level measurements with status FINAL; targets of public indicators; partners named
 * (through an activity or an agreement) by an active goal of a public document; every active
 * municipality and its organisation units (they are public bodies; archived units too, since public
 * indicators and documents keep naming them); the versions of a public document that were themselves
 * adopted or replaced (a decided document stays a public record after it is revised); the APPROVED
 * reporting rounds of a public document (published follow-up, a public record under the archive
 * law), their approved unit reports and the goal assessments in them. Nothing of an archived
 * municipality is public. Nothing else: drafts, documents in consultation, unpublished indicators,
 * preliminary values, activities, agreements, open rounds and their reports (submitted or not),
 * return comments, users, keys, history and comments are not public.
 *
 * Each function takes the alias of the table in the surrounding query and returns a condition.
 */

export const PUBLIC_DOCUMENT_STATUSES = ['ADOPTED', 'REPLACED'] as const;

const documentStatuses = PUBLIC_DOCUMENT_STATUSES.map((status) => `'${status}'`).join(', ');

/** A municipality row `m` is public: not archived. */
const activeMunicipality = (m: string) => `${m}.archived_at IS NULL`;

/** A steering_document row's own part of being public: adopted or replaced, not archived. */
const publicDocumentRow = (d: string) => `${d}.status IN (${documentStatuses}) AND ${d}.archived_at IS NULL`;

/** A row with municipality_id belongs to an active municipality: nothing of an archived one is public. */
function ofActiveMunicipality(alias: string): string {
  return `EXISTS (SELECT 1 FROM municipality pmu WHERE pmu.id = ${alias}.municipality_id AND ${activeMunicipality('pmu')})`;
}

/** A steering_document row `d` is public. */
export function publicDocument(d: string): string {
  return `(${publicDocumentRow(d)} AND ${ofActiveMunicipality(d)})`;
}

/** A row of a table with steering_document_id (focus_area, goal) belongs to a public document. */
export function inPublicDocument(alias: string): string {
  return `EXISTS (SELECT 1 FROM steering_document pd WHERE pd.id = ${alias}.steering_document_id AND ${publicDocument('pd')})`;
}

/** A goal row `g` is public. */
export function publicGoal(g: string): string {
  return `(${g}.archived_at IS NULL AND ${inPublicDocument(g)})`;
}

/** An indicator row `i` is public. */
export function publicIndicator(i: string): string {
  return `(${i}.published AND ${i}.archived_at IS NULL AND EXISTS (
    SELECT 1 FROM goal_indicator pgi JOIN goal pg ON pg.id = pgi.goal_id
    WHERE pgi.indicator_id = ${i}.id AND ${publicGoal('pg')}))`;
}

/** A row with indicator_id (target, measurement) belongs to a public indicator. */
export function ofPublicIndicator(alias: string): string {
  return `EXISTS (SELECT 1 FROM indicator pi WHERE pi.id = ${alias}.indicator_id AND ${publicIndicator('pi')})`;
}

/**
 * The measurement row's own part of being public: final, municipality-level, not archived. Set-based
 * readers that have already joined the public indicators (the open-data snapshot) use this part
 * alone; everyone else uses publicMeasurement.
 */
export function publicMeasurementRow(m: string): string {
  return `(${m}.status = 'FINAL' AND ${m}.organisation_unit_id IS NULL AND ${m}.archived_at IS NULL)`;
}

/** A measurement row `m` is public: final, municipality-level, of a public indicator. */
export function publicMeasurement(m: string): string {
  return `(${publicMeasurementRow(m)} AND ${ofPublicIndicator(m)})`;
}

/** A partner row `p` is public: named by an active goal of a public document. */
export function publicPartner(p: string): string {
  return `(${p}.archived_at IS NULL AND (
    EXISTS (SELECT 1 FROM activity_partner pap JOIN activity pa ON pa.id = pap.activity_id AND pa.archived_at IS NULL
            JOIN activity_goal pag ON pag.activity_id = pa.id JOIN goal pg ON pg.id = pag.goal_id
            WHERE pap.partner_id = ${p}.id AND ${publicGoal('pg')})
    OR EXISTS (SELECT 1 FROM agreement_partner pgp JOIN agreement pga ON pga.id = pgp.agreement_id AND pga.archived_at IS NULL
            JOIN agreement_goal pgg ON pgg.agreement_id = pga.id JOIN goal pg ON pg.id = pgg.goal_id
            WHERE pgp.partner_id = ${p}.id AND ${publicGoal('pg')})))`;
}

/** A reporting_round row `r` is public: approved (locked), not archived, of a public document. */
export function publicRound(r: string): string {
  return `(${r}.status = 'APPROVED' AND ${r}.archived_at IS NULL AND ${inPublicDocument(r)})`;
}

/** A unit_report row `u` is public: approved, in a public round. */
export function publicUnitReport(u: string): string {
  return `(${u}.status = 'APPROVED' AND EXISTS (SELECT 1 FROM reporting_round pr WHERE pr.id = ${u}.round_id AND ${publicRound('pr')}))`;
}

/** A goal_assessment row `a` is public: in a public unit report. */
export function publicGoalAssessment(a: string): string {
  return `EXISTS (SELECT 1 FROM unit_report pu WHERE pu.id = ${a}.unit_report_id AND ${publicUnitReport('pu')})`;
}

/**
 * The public condition for each table that anonymous callers may read rows of; a table that is not
 * here is not public at all.
 */
export const PUBLIC_ROWS: Readonly<Record<string, (alias: string) => string>> = {
  municipality: activeMunicipality,
  // Archived units too: a public indicator's responsible units are non-null fields, and open data names them.
  organisation_unit: ofActiveMunicipality,
  steering_document: publicDocument,
  steering_document_version: (v) =>
    `(${v}.status IN (${documentStatuses}) AND EXISTS (SELECT 1 FROM steering_document pd WHERE pd.id = ${v}.steering_document_id AND ${publicDocument('pd')}))`,
  focus_area: (a) => `(${a}.archived_at IS NULL AND ${inPublicDocument(a)})`,
  goal: publicGoal,
  indicator: publicIndicator,
  target: (a) => `(${a}.archived_at IS NULL AND ${ofPublicIndicator(a)})`,
  measurement: publicMeasurement,
  partner: publicPartner,
  reporting_round: publicRound,
  unit_report: publicUnitReport,
  goal_assessment: publicGoalAssessment,
};

/**
 * For staff and API keys of municipality `own` (an SQL expression, a bound parameter): their own rows
 * or public ones, `owner = own OR <public rule>`, in a form PostgreSQL plans as fast as the public
 * rule alone, for the tables where that matters. Under an OR PostgreSQL cannot turn an EXISTS into a
 * join, and with a small table behind it, it hashes that whole table once per statement instead of
 * one primary-key lookup (0.05 ms a unit and 0.1 ms a goal list on 291 municipalities; ADR 0020).
 * So the OR goes inside one EXISTS over the rows the public rule reads, which always finds them:
 * every foreign key followed here is NOT NULL. Each entry must equal `owner = own OR PUBLIC_ROWS[table]`
 * row by row; test/public-rules-js.test.ts checks that for every own municipality, an archived one
 * among them.
 */
export const OWN_OR_PUBLIC_ROWS: Readonly<Record<string, (alias: string, own: string) => string>> = {
  organisation_unit: (a, own) => `EXISTS (SELECT 1 FROM municipality pmu WHERE pmu.id = ${a}.municipality_id AND (${a}.municipality_id = ${own} OR ${activeMunicipality('pmu')}))`,
  goal: (g, own) => `EXISTS (SELECT 1 FROM steering_document pd JOIN municipality pmu ON pmu.id = pd.municipality_id WHERE pd.id = ${g}.steering_document_id
    AND (${g}.municipality_id = ${own} OR (${g}.archived_at IS NULL AND ${publicDocumentRow('pd')} AND ${activeMunicipality('pmu')})))`,
};

/**
 * The same rules for rows already read, for the loaders (access.ts): a table's condition above split
 * into the row's own part and the one parent row whose being public it requires (its EXISTS). A row
 * whose parent the same request has already found public is decided without another statement;
 * a row whose parent it has not seen goes to the SQL above. Each entry says exactly what its SQL says
 * (test/public-rules-js.test.ts holds them against the SQL row by row).
 */
export interface PublicByParent {
  /** The row's own part of the condition. */
  own(row: Record<string, unknown>): boolean;
  /** The parent table and id whose being public the condition requires; null when there is none. */
  parent: { table: string; idOf(row: Record<string, unknown>): unknown } | null;
}

const isNull = (value: unknown) => value === null || value === undefined;
const municipalityParent = { table: 'municipality', idOf: (row: Record<string, unknown>) => row.municipalityId };
const documentParent = { table: 'steering_document', idOf: (row: Record<string, unknown>) => row.steeringDocumentId };
const indicatorParent = { table: 'indicator', idOf: (row: Record<string, unknown>) => row.indicatorId };

export const PUBLIC_BY_PARENT: Readonly<Record<string, PublicByParent>> = {
  municipality: { own: (row) => isNull(row.archivedAt), parent: null },
  organisation_unit: { own: () => true, parent: municipalityParent },
  steering_document: { own: (row) => (PUBLIC_DOCUMENT_STATUSES as readonly unknown[]).includes(row.status) && isNull(row.archivedAt), parent: municipalityParent },
  focus_area: { own: (row) => isNull(row.archivedAt), parent: documentParent },
  goal: { own: (row) => isNull(row.archivedAt), parent: documentParent },
  target: { own: (row) => isNull(row.archivedAt), parent: indicatorParent },
  measurement: { own: (row) => row.status === 'FINAL' && isNull(row.organisationUnitId) && isNull(row.archivedAt), parent: indicatorParent },
};

/**
 * An indicator read through its link to a goal (goal_indicator) that is public: public exactly when
 * it is published and not archived, since that link is the EXISTS of publicIndicator.
 */
export function publicIndicatorLinkedToPublicGoal(row: Record<string, unknown>): boolean {
  return row.published === true && isNull(row.archivedAt);
}
