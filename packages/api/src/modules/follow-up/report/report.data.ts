import { execute, parse, type DocumentNode } from 'graphql';
import type { Access } from '../../../access/access';
import { fromGlobalId } from '../../../graphql/global-id';
import type { Context } from '../../../graphql/context';
import { getSchema } from '../../../graphql/schema';
import { createLoaders } from '../../../loaders';
import type { Services } from '../../../services';

/**
 * The follow-up report of a reporting round (issue 13), read through the GraphQL schema itself with
 * the request's Access: so the report shows exactly what the caller may read of the round through
 * GraphQL (loaders, visibility rules, staff-only fields), and nothing else. A round the caller may
 * not see is null, as through `node`.
 */

const ROUND_QUERY: DocumentNode = parse(/* GraphQL */ `
  query ReportRound($id: ID!) {
    node(id: $id) {
      __typename
      ... on ReportingRound {
        period
      }
    }
  }
`);

const PROGRESS_FIELDS = 'status value valuePeriod target targetPeriod preliminary';

const REPORT_QUERY: DocumentNode = parse(/* GraphQL */ `
  fragment ReportIndicator on Indicator {
    id
    nameSv
    unit
    decimals
    dividedBySex
    progress(period: $period) {
      status
      genderEqual
      total { ${PROGRESS_FIELDS} }
      women { ${PROGRESS_FIELDS} }
      men { ${PROGRESS_FIELDS} }
    }
  }
  fragment ReportGoal on Goal {
    id
    title
    ownerUnit { name }
    progress(period: $period) { status computedStatus }
    indicators { ...ReportIndicator }
    activities { title status partners { name } }
  }
  query Report($id: ID!, $period: String!) {
    node(id: $id) {
      ... on ReportingRound {
        id
        period
        periodType
        status
        deadline
        approvedAt
        revision
        revisionReason
        steeringDocument {
          title
          municipality { name code }
          focusAreas {
            nameSv
            goals { ...ReportGoal children { ...ReportGoal } }
          }
        }
        unitReports {
          status
          analysis
          genderAnalysis
          activitiesWithPartners
          organisationUnit { name }
          assessments { assessment comment goal { id } }
        }
      }
    }
  }
`);

export interface ReportSexValue {
  status: string;
  value: number | null;
  valuePeriod: string | null;
  target: number | null;
  targetPeriod: string | null;
  preliminary: boolean;
}

export interface ReportIndicator {
  id: string;
  nameSv: string;
  unit: string;
  decimals: number;
  dividedBySex: boolean;
  progress: { status: string; genderEqual: string; total: ReportSexValue; women: ReportSexValue | null; men: ReportSexValue | null };
}

export interface ReportGoal {
  id: string;
  title: string;
  ownerUnit: { name: string } | null;
  progress: { status: string; computedStatus: string };
  indicators: ReportIndicator[];
  activities: Array<{ title: string; status: string; partners: Array<{ name: string }> }>;
  children?: ReportGoal[];
}

export interface ReportAssessment {
  assessment: string;
  comment: string;
  goal: { id: string } | null;
}

export interface ReportUnit {
  status: string;
  analysis: string | null;
  genderAnalysis: string | null;
  activitiesWithPartners: string | null;
  organisationUnit: { name: string };
  assessments: ReportAssessment[];
}

export interface RoundReport {
  id: string;
  period: string;
  periodType: string;
  status: string;
  deadline: string;
  approvedAt: string | null;
  revision: number;
  revisionReason: string | null;
  steeringDocument: {
    title: string;
    municipality: { name: string; code: string };
    focusAreas: Array<{ nameSv: string; goals: ReportGoal[] }>;
  };
  unitReports: ReportUnit[];
}

/** The GraphQL context of an internal read on behalf of the caller. */
function contextFor(services: Services, access: Access, requestId: string): Context {
  return {
    requestId,
    services,
    access,
    loaders: createLoaders(services, access),
    clientAddress: 'internal',
    sessionCookie: { set: () => undefined, clear: () => undefined },
  };
}

async function run<T>(document: DocumentNode, variables: Record<string, unknown>, context: Context): Promise<T> {
  const result = await execute({ schema: await getSchema(), document, contextValue: context, variableValues: variables });
  if (result.errors?.length) throw result.errors[0];
  return result.data as T;
}

/** The report of the round a global id names, as the caller may read it; null when it is not a round the caller may see. */
export async function loadRoundReport(services: Services, access: Access, globalId: string, requestId: string): Promise<RoundReport | null> {
  // A key without READ reads nothing through GraphQL (FORBIDDEN there): here, like a round it may not see.
  if (fromGlobalId(globalId)?.type !== 'ReportingRound' || !access.mayRead) return null;
  const first = await run<{ node: { __typename: string; period?: string } | null }>(ROUND_QUERY, { id: globalId }, contextFor(services, access, requestId));
  if (first.node?.__typename !== 'ReportingRound' || !first.node.period) return null;
  const data = await run<{ node: RoundReport | null }>(REPORT_QUERY, { id: globalId, period: first.node.period }, contextFor(services, access, requestId));
  return data.node;
}

/** The assessment of a goal in the round, with the unit that made it. */
export function assessmentsByGoal(report: RoundReport): Map<string, ReportAssessment & { unit: string }> {
  const byGoal = new Map<string, ReportAssessment & { unit: string }>();
  for (const unit of report.unitReports) {
    for (const assessment of unit.assessments) if (assessment.goal) byGoal.set(assessment.goal.id, { ...assessment, unit: unit.organisationUnit.name });
  }
  return byGoal;
}

/** Every goal of an area, committee goals each followed by their sub-goals. */
export function goalsOf(area: { goals: ReportGoal[] }): ReportGoal[] {
  return area.goals.flatMap((goal) => [goal, ...(goal.children ?? [])]);
}
