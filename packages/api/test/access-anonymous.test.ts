import { getNamedType, isInterfaceType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { ApiKeyScope, StaffRole } from '../src/access/actor';
import { OPERATION_RULES } from '../src/access/policy';
import { toGlobalId } from '../src/graphql/global-id';
import { getSchema } from '../src/graphql/schema';
import { login, startTestServer, type GraphQLResult, type TestServer } from './helpers';

/**
 * Anonymous callers see only what is published, through every way of reading. One municipality
 * holds public data beside everything that is not: a draft, a document in consultation, an
 * archived document, an unpublished indicator, a published indicator of a draft only, preliminary,
 * unit-level and archived values, activities, agreements, partners named by nothing public; and a
 * second, archived municipality, of which nothing is public any more.
 * Everything that must stay internal carries the word HEMLIG (or a value from 77.5 to 88.1), and
 * its id is known; the queries below, generated from the schema so that a new field or list is
 * covered without editing this file, must never return any of it to an anonymous caller. The same
 * queries sent by a VIEWER must return all of it (else the queries would prove nothing).
 */

const SECRET = 'HEMLIG';
const PASSWORD = 'anonym-test-lösen-2026';

/** Arguments for fields that require them. A new required argument fails the generator until it is added here. */
const REQUIRED_ARGUMENTS: Record<string, string> = {
  'Indicator.completeness': '(period: "2023")',
  'Indicator.progress': '(period: "2024")',
  'Goal.progress': '(period: "2024")',
  'Goal.assessment': '(period: "2024")',
  'FocusArea.progress': '(period: "2024")',
  'SteeringDocument.progress': '(period: "2024")',
};

/**
 * Selection of every scalar field of `type`, and of every object field down to `depth` levels.
 * `alias` names each field after its type, so that fragments on several types do not conflict.
 */
function selection(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, alias = false): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const key = `${type.name}.${field.name}`;
    const args = required.length ? REQUIRED_ARGUMENTS[key] : '';
    if (args === undefined) throw new Error(`${key} needs arguments: add them to REQUIRED_ARGUMENTS.`);
    const named = getNamedType(field.type);
    const name = `${alias ? `${type.name}_${field.name}: ` : ''}${field.name}${args}`;
    if (isLeafType(named)) parts.push(name);
    else if (depth > 0 && isObjectType(named)) parts.push(`${name} { ${selection(schema, named, depth - 1)} }`);
    else if (depth > 0 && isInterfaceType(named)) parts.push(`${name} { ${fragments(schema, depth - 1)} }`);
  }
  return parts.join(' ');
}

/** `__typename ... on T { … }` for every type that implements Node. */
function fragments(schema: GraphQLSchema, depth: number): string {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) throw new Error('no Node interface');
  return `__typename ${schema
    .getImplementations(node)
    .objects.map((type) => `... on ${type.name} { ${selection(schema, type, depth, true)} }`)
    .join(' ')}`;
}

/** Every public query that returns a connection, with every field two levels deep. */
function listQueries(schema: GraphQLSchema): Array<{ name: string; query: (where?: string) => string }> {
  const query = schema.getQueryType() as GraphQLObjectType;
  return Object.values(query.getFields())
    .filter((field) => OPERATION_RULES[`Query.${field.name}`]?.kind === 'public' && getNamedType(field.type).name.endsWith('Connection'))
    .map((field) => {
      const nodeType = (getNamedType(field.type) as GraphQLObjectType).getFields().nodes;
      const item = getNamedType(nodeType?.type) as GraphQLObjectType;
      const body = `totalCount pageInfo { startCursor endCursor hasNextPage } edges { cursor } nodes { ${selection(schema, item, 2)} }`;
      return { name: field.name, query: (where?: string) => `{ ${field.name}(first: 100${where ? `, where: ${where}` : ''}) { ${body} } }` };
    });
}

/** Every string and number in a JSON value. */
function leaves(value: unknown, out: Array<string | number> = []): Array<string | number> {
  if (typeof value === 'string' || typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leaves(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => leaves(item, out));
  return out;
}

type Call = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Record<string, any>>>;

describe('what anonymous callers can read', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let viewer: Call;
  /** Ids of things that are public, by name. */
  const pub: Record<string, string> = {};
  /** Ids of things that are not, by name. */
  const secret: Record<string, string> = {};
  /** Ids of the public-looking things of an archived municipality: not public either (and not the viewer's). */
  const gone: Record<string, string> = {};
  /** Values that are not public (preliminary, unit-level, archived, of unpublished indicators, history). */
  const SECRET_VALUES = [88.1, 87.1, 86.2, 85.3, 84.4, 83.5, 83.6, 82.5, 81.5, 80.5, 79.5, 78.5];
  const GONE_VALUES = [77.5];
  /** Every query that the scans send. */
  const battery: Array<{ name: string; query: string; variables?: Record<string, unknown> }> = [];

  const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;

  async function op(operation: string, inputType: string, input: Record<string, unknown>, field?: string): Promise<string> {
    const result = await server.gql(`mutation($input: ${inputType}!) { ${operation}(input: $input) { errors { code field message } ${field ? `${field} { id }` : ''} } }`, { input });
    const payload = result.data?.[operation];
    if (result.errors || payload?.errors?.length) throw new Error(`${operation}: ${JSON.stringify(result)}`);
    return field ? (payload[field].id as string) : '';
  }
  const version = async (table: string, globalId: string) => (await server.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [uuid(globalId)]))[0].version as number;
  const upsert = async (rows: Array<Record<string, unknown>>) => {
    const result = await server.gql(`mutation($input: UpsertMeasurementsInput!) { upsertMeasurements(input: $input) { errors { index code message } } }`, { input: { rows } });
    if (result.errors || result.data.upsertMeasurements.errors.length) throw new Error(JSON.stringify(result));
  };
  const measurementId = async (indicator: string, period: string, unit: string | null = null) =>
    toGlobalId(
      'Measurement',
      (
        await server.dataSource.query(`SELECT id FROM measurement WHERE indicator_id = $1 AND period = $2 AND organisation_unit_id IS NOT DISTINCT FROM $3`, [
          uuid(indicator),
          period,
          unit && uuid(unit),
        ])
      )[0].id,
    );

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: false, graphqlMaxDepth: 50, graphqlMaxCost: 100_000_000, graphqlMaxTokens: 10_000_000, graphqlMaxAliases: 1000 });
    schema = await getSchema();

    // ----- the municipality and its units (public: they are public bodies)
    const m = await op('createMunicipality', 'CreateMunicipalityInput', { code: '0999', name: 'Öppna kommunen' }, 'municipality');
    pub.municipality = m;
    pub.unit = await op('createOrganisationUnit', 'CreateOrganisationUnitInput', { municipalityId: m, kind: 'COMMITTEE', name: 'Öppna nämnden', externalId: `${SECRET}-EXT-1` }, 'organisationUnit');
    const unit = pub.unit;

    // ----- documents: adopted and replaced are public; draft, in consultation and archived are not
    const document = async (title: string, status: string) =>
      op('createSteeringDocument', 'CreateSteeringDocumentInput', { municipalityId: m, kind: 'STRATEGY', title, status, ownerUnitId: unit }, 'steeringDocument');
    const area = async (steeringDocumentId: string, name: string) =>
      op('createFocusArea', 'CreateFocusAreaInput', { municipalityId: m, steeringDocumentId, key: 'WORK', nameSv: name, nameEn: name }, 'focusArea');
    const goal = async (steeringDocumentId: string, focusAreaId: string, title: string) =>
      op('createGoal', 'CreateGoalInput', { steeringDocumentId, focusAreaId, level: 'COMMITTEE_GOAL', ownerUnitId: unit, title }, 'goal');

    pub.adopted = await document('Öppen strategi', 'ADOPTED');
    pub.adoptedArea = await area(pub.adopted, 'Öppet område');
    pub.goal = await goal(pub.adopted, pub.adoptedArea, 'Öppet mål');
    pub.subGoal = await op('createGoal', 'CreateGoalInput', { steeringDocumentId: pub.adopted, level: 'SUB_GOAL', parentId: pub.goal, title: 'Öppet delmål' }, 'goal');
    secret.archivedGoal = await goal(pub.adopted, pub.adoptedArea, `${SECRET} arkiverat mål`);
    pub.replaced = await document('Öppen ersatt strategi', 'REPLACED');
    pub.replacedArea = await area(pub.replaced, 'Öppet ersatt område');
    pub.replacedGoal = await goal(pub.replaced, pub.replacedArea, 'Öppet ersatt mål');
    secret.draft = await document(`${SECRET} utkast`, 'DRAFT');
    secret.draftArea = await area(secret.draft, `${SECRET} utkastområde`);
    secret.draftGoal = await goal(secret.draft, secret.draftArea, `${SECRET} utkastmål`);
    secret.consultation = await document(`${SECRET} remiss`, 'IN_CONSULTATION');
    secret.consultationArea = await area(secret.consultation, `${SECRET} remissområde`);
    secret.consultationGoal = await goal(secret.consultation, secret.consultationArea, `${SECRET} remissmål`);
    secret.archived = await document(`${SECRET} arkiverad strategi`, 'ADOPTED');
    secret.archivedArea = await area(secret.archived, `${SECRET} arkiverat område`);
    secret.archivedDocumentGoal = await goal(secret.archived, secret.archivedArea, `${SECRET} mål i arkiverad strategi`);

    // ----- indicators: only published ones linked to an active goal of a public document are public
    const indicator = async (nameSv: string, published: boolean, goalIds: string[]) =>
      op(
        'createIndicator',
        'CreateIndicatorInput',
        {
          municipalityId: m,
          nameSv,
          unit: 'PERCENT',
          decimals: 1,
          direction: 'INCREASE',
          periodicity: 'YEAR',
          dividedBySex: false,
          published,
          responsibleImplementationUnitId: unit,
          responsibleFollowUpUnitId: unit,
          goalIds,
        },
        'indicator',
      );
    pub.indicator = await indicator('Öppen indikator', true, [pub.goal, secret.draftGoal]);
    pub.replacedIndicator = await indicator('Öppen indikator i ersatt strategi', true, [pub.replacedGoal]);
    secret.unpublished = await indicator(`${SECRET} opublicerad indikator`, false, [pub.goal]);
    secret.draftIndicator = await indicator(`${SECRET} indikator i utkast`, true, [secret.draftGoal]);
    secret.consultationIndicator = await indicator(`${SECRET} indikator på remiss`, true, [secret.consultationGoal]);
    secret.archivedGoalIndicator = await indicator(`${SECRET} indikator för arkiverat mål`, true, [secret.archivedGoal]);
    secret.archivedDocumentIndicator = await indicator(`${SECRET} indikator i arkiverad strategi`, true, [secret.archivedDocumentGoal]);
    secret.archivedIndicator = await indicator(`${SECRET} arkiverad indikator`, true, [pub.goal]);
    secret.loneIndicator = await indicator(`${SECRET} indikator utan mål`, true, []);

    // ----- values: only FINAL municipality-level values of public indicators are public
    const reportedBy = `${SECRET} rapportör`;
    await upsert([
      { indicatorId: pub.indicator, period: '2021', sex: 'TOTAL', value: 84.4, status: 'FINAL', reportedBy }, // corrected below: 84.4 stays in the history
      { indicatorId: pub.indicator, period: '2022', sex: 'TOTAL', value: 42.5, status: 'FINAL', reportedBy },
      { indicatorId: pub.indicator, period: '2023', sex: 'TOTAL', value: 87.1, status: 'PRELIMINARY', reportedBy },
      { indicatorId: pub.indicator, period: '2020', sex: 'TOTAL', value: 85.3, status: 'FINAL', reportedBy }, // archived below
      { indicatorId: pub.indicator, organisationUnitId: unit, period: '2022', sex: 'TOTAL', value: 86.2, status: 'FINAL', reportedBy },
      { indicatorId: pub.replacedIndicator, period: '2022', sex: 'TOTAL', value: 43.5, status: 'FINAL' },
      { indicatorId: pub.replacedIndicator, period: '2024', sex: 'TOTAL', value: 88.1, status: 'PRELIMINARY' },
      { indicatorId: secret.unpublished, period: '2022', sex: 'TOTAL', value: 83.5, status: 'FINAL' },
      { indicatorId: secret.draftIndicator, period: '2022', sex: 'TOTAL', value: 82.5, status: 'FINAL' },
      { indicatorId: secret.archivedGoalIndicator, period: '2022', sex: 'TOTAL', value: 81.5, status: 'FINAL' },
      { indicatorId: secret.archivedIndicator, period: '2022', sex: 'TOTAL', value: 80.5, status: 'FINAL' },
      { indicatorId: secret.loneIndicator, period: '2022', sex: 'TOTAL', value: 79.5, status: 'FINAL' },
      { indicatorId: secret.consultationIndicator, period: '2022', sex: 'TOTAL', value: 78.5, status: 'FINAL' },
    ]);
    await upsert([{ indicatorId: pub.indicator, period: '2021', sex: 'TOTAL', value: 41.5, status: 'FINAL', reportedBy }]);
    pub.value2021 = await measurementId(pub.indicator, '2021');
    pub.value2022 = await measurementId(pub.indicator, '2022');
    pub.replacedValue = await measurementId(pub.replacedIndicator, '2022');
    secret.preliminary = await measurementId(pub.indicator, '2023');
    secret.replacedPreliminary = await measurementId(pub.replacedIndicator, '2024');
    secret.unitValue = await measurementId(pub.indicator, '2022', unit);
    secret.archivedValue = await measurementId(pub.indicator, '2020');
    await op('archiveMeasurement', 'ArchiveMeasurementInput', { id: secret.archivedValue, version: await version('measurement', secret.archivedValue) });
    for (const name of ['unpublished', 'draftIndicator', 'archivedGoalIndicator', 'archivedIndicator', 'loneIndicator', 'consultationIndicator']) {
      secret[`${name}Value`] = await measurementId(secret[name] as string, '2022');
    }

    // ----- targets: those of public indicators are public (without their comment)
    pub.target = await op('createTarget', 'CreateTargetInput', { indicatorId: pub.indicator, period: '2025', value: 50, comment: `${SECRET} kommentar` }, 'target');
    secret.unpublishedTarget = await op('createTarget', 'CreateTargetInput', { indicatorId: secret.unpublished, period: '2025', value: 83.6 }, 'target');
    secret.draftTarget = await op('createTarget', 'CreateTargetInput', { indicatorId: secret.draftIndicator, period: '2025', value: 60 }, 'target');

    // ----- partners: public when an activity or agreement of a public goal names them; activities and agreements are not public
    const partner = async (name: string) =>
      op(
        'createPartner',
        'CreatePartnerInput',
        { municipalityId: m, name, kind: 'ASSOCIATION', contactName: `${SECRET} kontakt`, contactEmail: 'hemlig@example.se', contactPhone: '070-HEMLIG' },
        'partner',
      );
    pub.partnerByActivity = await partner('Öppen förening (insats)');
    pub.partnerByAgreement = await partner('Öppen förening (överenskommelse)');
    secret.draftPartner = await partner(`${SECRET} förening i utkast`);
    secret.lonePartner = await partner(`${SECRET} förening utan mål`);
    secret.activity = await op(
      'createActivity',
      'CreateActivityInput',
      { municipalityId: m, title: `${SECRET} insats`, goalIds: [pub.goal], partnerIds: [pub.partnerByActivity], responsibleUnitId: unit },
      'activity',
    );
    secret.draftActivity = await op(
      'createActivity',
      'CreateActivityInput',
      { municipalityId: m, title: `${SECRET} insats i utkast`, goalIds: [secret.draftGoal], partnerIds: [secret.draftPartner] },
      'activity',
    );
    secret.agreement = await op(
      'createAgreement',
      'CreateAgreementInput',
      { municipalityId: m, kind: 'IOP', title: `${SECRET} överenskommelse`, goalIds: [pub.goal], partnerIds: [pub.partnerByAgreement] },
      'agreement',
    );

    // ----- archiving last, so that the links above could be made
    await op('archiveGoal', 'ArchiveInput', { id: secret.archivedGoal, version: await version('goal', secret.archivedGoal) });
    await op('archiveIndicator', 'ArchiveInput', { id: secret.archivedIndicator, version: await version('indicator', secret.archivedIndicator) });
    await op('archiveSteeringDocument', 'ArchiveInput', { id: secret.archived, version: await version('steering_document', secret.archived) });

    // ----- a unit archived after a public indicator named it: still named (a public body, once)
    pub.archivedUnit = await op('createOrganisationUnit', 'CreateOrganisationUnitInput', { municipalityId: m, kind: 'COMMITTEE', name: 'Nedlagda nämnden' }, 'organisationUnit');
    pub.archivedUnitIndicator = await indicator('Öppen indikator för nedlagd nämnd', true, [pub.goal]);
    await op('updateIndicator', 'UpdateIndicatorInput', {
      id: pub.archivedUnitIndicator,
      version: await version('indicator', pub.archivedUnitIndicator),
      responsibleImplementationUnitId: pub.archivedUnit,
      responsibleFollowUpUnitId: pub.archivedUnit,
    });
    await op('archiveOrganisationUnit', 'ArchiveInput', { id: pub.archivedUnit, version: await version('organisation_unit', pub.archivedUnit) });

    // ----- an archived municipality: its adopted document, published indicator and final value are not public any more
    gone.municipality = await op('createMunicipality', 'CreateMunicipalityInput', { code: '0998', name: `${SECRET} nedlagd kommun` }, 'municipality');
    gone.unit = await op('createOrganisationUnit', 'CreateOrganisationUnitInput', { municipalityId: gone.municipality, kind: 'COUNCIL', name: `${SECRET} nedlagd styrelse` }, 'organisationUnit');
    gone.document = await op(
      'createSteeringDocument',
      'CreateSteeringDocumentInput',
      { municipalityId: gone.municipality, kind: 'STRATEGY', title: `${SECRET} strategi i nedlagd kommun`, status: 'ADOPTED' },
      'steeringDocument',
    );
    gone.area = await op(
      'createFocusArea',
      'CreateFocusAreaInput',
      { municipalityId: gone.municipality, steeringDocumentId: gone.document, key: 'WORK', nameSv: `${SECRET} område`, nameEn: 'Area' },
      'focusArea',
    );
    gone.goal = await op(
      'createGoal',
      'CreateGoalInput',
      { steeringDocumentId: gone.document, focusAreaId: gone.area, level: 'COMMITTEE_GOAL', ownerUnitId: gone.unit, title: `${SECRET} mål i nedlagd kommun` },
      'goal',
    );
    gone.indicator = await op(
      'createIndicator',
      'CreateIndicatorInput',
      {
        municipalityId: gone.municipality,
        nameSv: `${SECRET} indikator i nedlagd kommun`,
        unit: 'PERCENT',
        decimals: 1,
        direction: 'INCREASE',
        periodicity: 'YEAR',
        dividedBySex: false,
        published: true,
        responsibleImplementationUnitId: gone.unit,
        responsibleFollowUpUnitId: gone.unit,
        goalIds: [gone.goal],
      },
      'indicator',
    );
    await upsert([{ indicatorId: gone.indicator, period: '2022', sex: 'TOTAL', value: 77.5, status: 'FINAL' }]);
    gone.value = await measurementId(gone.indicator, '2022');
    await op('archiveMunicipality', 'ArchiveInput', { id: gone.municipality, version: await version('municipality', gone.municipality) });

    // ----- versions: those that were adopted, of a public document, are public; a draft's are not
    const versionOf = async (document: string) =>
      toGlobalId(
        'SteeringDocumentVersion',
        (await server.dataSource.query(`SELECT id FROM steering_document_version WHERE steering_document_id = $1 ORDER BY version_number LIMIT 1`, [uuid(document)]))[0].id,
      );
    pub.adoptedVersion = await versionOf(pub.adopted);
    secret.draftVersion = await versionOf(secret.draft);

    // ----- reporting rounds: an APPROVED round of a public document is public (published follow-up),
    // with its approved reports and their assessments, but not the return comment; an open round, its
    // submitted report and assessments are not; nor is an approved round of a draft document.
    const round = async (steeringDocumentId: string, period: string) =>
      op('openReportingRound', 'OpenReportingRoundInput', { steeringDocumentId, period, deadline: '2030-01-31', unitIds: [unit] }, 'reportingRound');
    const reportOf = async (roundId: string) => toGlobalId('UnitReport', (await server.dataSource.query(`SELECT id FROM unit_report WHERE round_id = $1`, [uuid(roundId)]))[0].id);
    const assessmentOf = async (reportId: string) => toGlobalId('GoalAssessment', (await server.dataSource.query(`SELECT id FROM goal_assessment WHERE unit_report_id = $1`, [uuid(reportId)]))[0].id);
    const submit = async (reportId: string) => {
      // Values missing for the period are explained first (submitting needs every gap filled or explained).
      const gaps = await server.gql(`query($id: ID!) { node(id: $id) { ... on UnitReport { missingValues { indicator { id } } } } }`, { id: reportId });
      for (const gap of gaps.data.node.missingValues as Array<{ indicator: { id: string } }>) {
        await op('explainMissingValue', 'ExplainMissingValueInput', { unitReportId: reportId, indicatorId: gap.indicator.id, explanation: 'Publiceras senare.' });
      }
      await op('submitUnitReport', 'UnitReportActionInput', { id: reportId, version: await version('unit_report', reportId) });
    };
    const approve = async (roundId: string, reportId: string) => {
      await op('approveUnitReport', 'UnitReportActionInput', { id: reportId, version: await version('unit_report', reportId) });
      await op('approveReportingRound', 'ReportingRoundActionInput', { id: roundId, version: await version('reporting_round', roundId) });
    };
    pub.approvedRound = await round(pub.adopted, '2024');
    pub.approvedReport = await reportOf(pub.approvedRound);
    await op('assessGoal', 'AssessGoalInput', { unitReportId: pub.approvedReport, goalId: pub.goal, assessment: 'ACHIEVED', comment: 'Öppen bedömning' });
    pub.approvedAssessment = await assessmentOf(pub.approvedReport);
    await op('updateUnitReport', 'UpdateUnitReportInput', { id: pub.approvedReport, version: await version('unit_report', pub.approvedReport), analysis: 'Öppen analys' });
    await submit(pub.approvedReport);
    await op('returnUnitReport', 'ReturnUnitReportInput', { id: pub.approvedReport, version: await version('unit_report', pub.approvedReport), comment: `${SECRET} återremiss` });
    await submit(pub.approvedReport);
    await approve(pub.approvedRound, pub.approvedReport);
    secret.openRound = await round(pub.adopted, '2025-T1');
    secret.openReport = await reportOf(secret.openRound);
    await op('assessGoal', 'AssessGoalInput', { unitReportId: secret.openReport, goalId: pub.goal, assessment: 'PARTLY', comment: `${SECRET} inskickad bedömning` });
    secret.openAssessment = await assessmentOf(secret.openReport);
    await submit(secret.openReport);
    secret.draftDocumentRound = await round(secret.draft, '2024');
    secret.draftDocumentReport = await reportOf(secret.draftDocumentRound);
    await op('assessGoal', 'AssessGoalInput', { unitReportId: secret.draftDocumentReport, goalId: secret.draftGoal, assessment: 'ACHIEVED', comment: `${SECRET} bedömning i utkast` });
    secret.draftDocumentAssessment = await assessmentOf(secret.draftDocumentReport);
    await submit(secret.draftDocumentReport);
    await approve(secret.draftDocumentRound, secret.draftDocumentReport);

    // ----- people and keys
    const { user } = await server.services.account.createUser(uuid(m), { email: 'lasare@oppna.test', name: `${SECRET} läsare`, role: StaffRole.VIEWER, password: PASSWORD });
    secret.user = toGlobalId('User', user.id);
    const { apiKey } = await server.services.account.createApiKey(uuid(m), null, { name: `${SECRET} nyckel`, scopes: [ApiKeyScope.READ] });
    secret.apiKey = toGlobalId('ApiKey', apiKey.id);
    viewer = server.as({ cookie: await login(server.url, 'lasare@oppna.test', PASSWORD) });

    // ----- the battery of queries
    const ids = [...Object.values(pub), ...Object.values(secret), ...Object.values(gone)];
    battery.push({ name: 'nodes (every fixture id)', query: `query($ids: [ID!]!) { nodes(ids: $ids) { ${fragments(schema, 2)} } }`, variables: { ids } });
    for (const [name, id] of Object.entries({ ...pub, ...secret, ...gone })) {
      battery.push({ name: `node ${name}`, query: `query($id: ID!) { node(id: $id) { ${fragments(schema, 1)} } }`, variables: { id } });
    }
    const everything = `{ includeArchived: true }`;
    for (const list of listQueries(schema)) {
      battery.push({ name: list.name, query: list.query() });
      battery.push({ name: `${list.name} (archived too)`, query: list.query(everything) });
    }
    const filters: Array<[string, string]> = [
      ['steeringDocuments', `{ status: { oneOf: [DRAFT, IN_CONSULTATION, ARCHIVED] }, includeArchived: true }`],
      ['steeringDocuments', `{ search: "${SECRET}", includeArchived: true }`],
      ['focusAreas', `{ steeringDocument: { oneOf: ["${secret.draft}", "${secret.consultation}", "${secret.archived}"] }, includeArchived: true }`],
      ['goals', `{ steeringDocument: { oneOf: ["${secret.draft}", "${secret.consultation}", "${secret.archived}"] }, includeArchived: true }`],
      ['goals', `{ ownerUnit: { eq: "${unit}" }, includeArchived: true }`],
      ['goals', `{ search: "${SECRET}", includeArchived: true }`],
      ['indicators', `{ published: false, includeArchived: true }`],
      ['indicators', `{ goal: { oneOf: ["${secret.draftGoal}", "${secret.archivedGoal}", "${secret.consultationGoal}"] }, includeArchived: true }`],
      ['indicators', `{ responsibleUnit: { eq: "${unit}" }, search: "${SECRET}", includeArchived: true }`],
      ['measurements', `{ status: { oneOf: [PRELIMINARY, MISSING, SUPPRESSED] }, includeArchived: true }`],
      ['measurements', `{ municipalityLevel: false, includeArchived: true }`],
      ['measurements', `{ organisationUnit: { eq: "${unit}" } }`],
      ['measurements', `{ indicator: { oneOf: ["${secret.unpublished}", "${secret.draftIndicator}", "${secret.loneIndicator}", "${secret.archivedIndicator}"] }, includeArchived: true }`],
      ['measurements', `{ period: { from: "2023", to: "2024" } }`],
      ['targets', `{ indicator: { oneOf: ["${secret.unpublished}", "${secret.draftIndicator}"] }, includeArchived: true }`],
      ['partners', `{ search: "${SECRET}", includeArchived: true }`],
      ['activities', `{ goal: { eq: "${pub.goal}" }, includeArchived: true }`],
      ['activities', `{ partner: { eq: "${pub.partnerByActivity}" } }`],
      ['agreements', `{ partner: { eq: "${pub.partnerByAgreement}" }, includeArchived: true }`],
    ];
    const lists = new Map(listQueries(schema).map((list) => [list.name, list]));
    for (const [name, where] of filters) battery.push({ name: `${name}(where: ${where})`, query: (lists.get(name) as { query: (where: string) => string }).query(where) });
    battery.push({ name: 'archived municipality by code', query: `{ municipality(code: "0998") { ${selection(schema, schema.getType('Municipality') as GraphQLObjectType, 2)} } }` });
    battery.push({ name: 'municipality by code, every field', query: `{ municipality(code: "0999") { ${selection(schema, schema.getType('Municipality') as GraphQLObjectType, 2)} } }` });
    battery.push({
      name: 'organisationUnitByExternalId',
      query: `query($m: ID!) { organisationUnitByExternalId(municipalityId: $m, externalId: "${SECRET}-EXT-1") { ${selection(schema, schema.getType('OrganisationUnit') as GraphQLObjectType, 2)} } }`,
      variables: { m },
    });
    battery.push({ name: 'me', query: `{ me { ${selection(schema, schema.getType('Viewer') as GraphQLObjectType, 2)} } }` });
    battery.push({
      name: 'the strategy tree, as deep as it goes',
      query: `query($unit: ID!) { municipality(code: "0999") { steeringDocuments { id title status versions { id title status }
        focusAreas { id nameSv goals { id title children { id title indicators { id nameSv } } } }
        goals { id title activities { id title } agreements { id title }
          indicators { id nameSv published
            latestMeasurements { id period value status reportedBy history { value } }
            series { id period value status reportedBy }
            archivedToo: series(from: "2019", to: "2030") { id period value status }
            unitSeries: series(organisationUnitId: $unit) { id period value status }
            targets { id period value comment } completeness(period: "2023") { total complete missing }
            goals { id title steeringDocument { id title status } } responsibleImplementationUnit { id externalId indicators { id nameSv } activities { id } goals { id } } } } } } }`,
      variables: { unit },
    });
    battery.push({
      name: 'partners → activities → partners, goals',
      query: `{ partners(first: 100, where: { includeArchived: true }) { nodes { id name contactName contactEmail contactPhone
        activities { id title partners { id name } goals { id title } } agreements { id title partners { id } goals { id } activities { id } } } } }`,
    });
  });
  afterAll(() => server?.stop());

  let anonymousAnswers: Promise<Map<string, GraphQLResult>> | undefined;
  const anonymously = () => (anonymousAnswers ??= run(server.anonymous));

  /** Sends the whole battery; returns the answers by name. */
  async function run(call: Call): Promise<Map<string, GraphQLResult>> {
    const answers = new Map<string, GraphQLResult>();
    for (const { name, query, variables } of battery) {
      const answer = await call(query, variables);
      answers.set(name, answer);
    }
    return answers;
  }

  /** The secrets found in one answer: ids, marked text, values. */
  function secretsIn(answer: GraphQLResult): string[] {
    const found: string[] = [];
    const text = JSON.stringify({ data: answer.data, errors: answer.errors });
    for (const [name, id] of Object.entries(secret)) if (text.includes(id)) found.push(`id of ${name}`);
    for (const [name, id] of Object.entries(gone)) if (text.includes(id)) found.push(`id of archived municipality's ${name}`);
    const marker = text.search(new RegExp(SECRET, 'i'));
    if (marker >= 0) found.push(`text ${SECRET}: …${text.slice(Math.max(0, marker - 80), marker + 40)}…`);
    for (const value of leaves(answer.data)) if (typeof value === 'number' && [...SECRET_VALUES, ...GONE_VALUES].includes(value)) found.push(`value ${value}`);
    return found;
  }

  it('builds a battery that covers every public list query, and node for every type', () => {
    const names = battery.map((entry) => entry.name);
    for (const list of ['municipalities', 'organisationUnits', 'steeringDocuments', 'focusAreas', 'goals', 'indicators', 'targets', 'measurements', 'partners', 'activities', 'agreements']) {
      expect(names).toContain(list);
    }
    const nodeTypes = (schema.getImplementations(schema.getType('Node') as never).objects as GraphQLObjectType[]).map((type) => type.name);
    expect(nodeTypes).toEqual(expect.arrayContaining(['SteeringDocument', 'Goal', 'Indicator', 'Measurement', 'Target', 'Partner', 'Activity', 'Agreement', 'User', 'ApiKey']));
  });

  it('answers a VIEWER of the municipality with every secret (so the battery reaches them all)', async () => {
    const answers = await run(viewer);
    const errors = [...answers].filter(([, answer]) => answer.errors?.length).map(([name, answer]) => `${name}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
    expect(errors).toEqual([]);
    const found = new Set([...answers.values()].flatMap(secretsIn).map((finding) => finding.replace(/^text .*/, 'text')));
    // A staff member sees every internal object; users and API keys are the administration's (not in the viewer's reach through lists, but node finds a colleague).
    const expected = [
      ...Object.keys(secret)
        .filter((name) => name !== 'apiKey')
        .map((name) => `id of ${name}`),
      'text',
      ...SECRET_VALUES.map((value) => `value ${value}`),
    ];
    expect([...expected].filter((finding) => !found.has(finding))).toEqual([]);
  });

  it('never answers an anonymous caller with anything that is not public, through any query', async () => {
    const answers = await anonymously();
    const leaks = [...answers].flatMap(([name, answer]) => secretsIn(answer).map((finding) => `${name}: ${finding}`));
    expect(leaks).toEqual([]);
    const errors = [...answers].filter(([, answer]) => answer.errors?.length).map(([name, answer]) => `${name}: ${JSON.stringify(answer.errors).slice(0, 400)}`);
    expect(errors).toEqual([]);
  });

  it('still shows anonymous callers everything that is public', async () => {
    const answers = await anonymously();
    const text = [...answers.values()].map((answer) => JSON.stringify(answer.data)).join('\n');
    const missing = Object.entries(pub)
      .filter(([, id]) => !text.includes(id))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    const numbers = new Set([...answers.values()].flatMap((answer) => leaves(answer.data)));
    for (const value of [41.5, 42.5, 43.5, 50]) expect(numbers.has(value)).toBe(true);
  });

  it('gives anonymous callers the FINAL municipality-level values only: latest, series, completeness', async () => {
    const query = `query($id: ID!, $unit: ID!) { node(id: $id) { ... on Indicator {
      latestMeasurements { period value status } series(from: "2019", to: "2030") { period value status }
      unitSeries: series(organisationUnitId: $unit) { period value } completeness(period: "2023") { total complete missing }
      targets { period value comment } } } }`;
    const variables = { id: pub.indicator, unit: pub.unit };
    const anonymous = (await server.anonymous(query, variables)).data.node;
    expect(anonymous).toEqual({
      latestMeasurements: [{ period: '2022', value: 42.5, status: 'FINAL' }],
      series: [
        { period: '2021', value: 41.5, status: 'FINAL' },
        { period: '2022', value: 42.5, status: 'FINAL' },
      ],
      unitSeries: [],
      completeness: { total: false, complete: false, missing: ['TOTAL'] },
      targets: [{ period: '2025', value: 50, comment: null }],
    });
    // A viewer sees the preliminary value as the latest, the unit's value, and the comment.
    const staff = (await viewer(query, variables)).data.node;
    expect(staff).toMatchObject({
      latestMeasurements: [{ period: '2023', value: 87.1, status: 'PRELIMINARY' }],
      unitSeries: [{ period: '2022', value: 86.2 }],
      completeness: { total: true, complete: true, missing: [] },
      targets: [{ period: '2025', value: 50, comment: `${SECRET} kommentar` }],
    });
  });

  it('gives anonymous callers null and [] for the staff-only fields of public objects', async () => {
    const query = `query($ids: [ID!]!) { nodes(ids: $ids) {
      ... on Measurement { reportedBy history { value } }
      ... on Target { comment }
      ... on Partner { contactName contactEmail contactPhone }
      ... on OrganisationUnit { externalId }
      ... on SteeringDocument { versions { id } } } }`;
    const variables = { ids: [pub.value2021, pub.target, pub.partnerByActivity, pub.unit, pub.adopted] };
    expect((await server.anonymous(query, variables)).data.nodes).toEqual([
      { reportedBy: null, history: [] },
      { comment: null },
      { contactName: null, contactEmail: null, contactPhone: null },
      { externalId: null },
      // Not staff-only: a version that was adopted is a public record (the draft's versions stay hidden, see the battery).
      { versions: [{ id: pub.adoptedVersion }] },
    ]);
    expect((await viewer(query, variables)).data.nodes).toEqual([
      { reportedBy: `${SECRET} rapportör`, history: [{ value: 84.4 }] },
      { comment: `${SECRET} kommentar` },
      { contactName: `${SECRET} kontakt`, contactEmail: 'hemlig@example.se', contactPhone: '070-HEMLIG' },
      { externalId: `${SECRET}-EXT-1` },
      { versions: [{ id: expect.any(String) }] },
    ]);
  });

  it('keeps naming the responsible unit of a public indicator after the unit was archived', async () => {
    // Responsible units are non-null: hiding an archived one broke every anonymous read of the indicator (and of lists holding it).
    const query = `{ indicators(first: 100) { nodes { id responsibleImplementationUnit { id name archivedAt } responsibleFollowUpUnit { name } } } }`;
    const { data, errors } = await server.anonymous(query);
    expect(errors).toBeUndefined();
    const indicator = (data.indicators.nodes as Array<{ id: string; responsibleImplementationUnit: { id: string; name: string; archivedAt: string | null } }>).find(
      (node) => node.id === pub.archivedUnitIndicator,
    );
    expect(indicator?.responsibleImplementationUnit).toEqual({ id: pub.archivedUnit, name: 'Nedlagda nämnden', archivedAt: expect.any(String) });
  });

  it('shows nothing of an archived municipality, and listing documents does not fail because of it', async () => {
    const documents = await server.anonymous(`{ steeringDocuments(first: 100) { totalCount nodes { id municipality { code } } } }`);
    expect(documents.errors).toBeUndefined();
    expect((documents.data.steeringDocuments.nodes as Array<{ municipality: { code: string } }>).map((node) => node.municipality.code)).toEqual(['0999', '0999']);
    const nodes = await server.anonymous(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Object.values(gone) });
    expect(nodes).toMatchObject({ data: { nodes: Object.values(gone).map(() => null) } });
    expect(nodes.errors).toBeUndefined();
    // The platform operator still sees it all.
    const operator = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Object.values(gone) });
    expect(operator.data.nodes.map((node: { id: string } | null) => node?.id)).toEqual(Object.values(gone));
  });

  it('refuses anonymous callers the administration: users, API keys, audit log', async () => {
    for (const query of ['{ users { totalCount } }', '{ apiKeys { totalCount } }', '{ auditEntries { totalCount } }']) {
      const { data, errors } = await server.anonymous(query);
      expect(data).toBeNull();
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    const me = await server.anonymous('{ me { kind user { id } municipality { id } } }');
    expect(me.data.me).toEqual({ kind: 'ANONYMOUS', user: null, municipality: null });
  });
});
