import { graphql } from './gql';

/** Who is logged in: the workspace's guard and header. */
export const ViewerQuery = graphql(`
  query WorkspaceViewer {
    me {
      callerKind
      user {
        id
        name
        email
        role
        units {
          id
          name
        }
      }
      municipality {
        id
        code
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation WorkspaceLogin($input: LoginInput!) {
    login(input: $input) {
      errors {
        field
        code
        message
      }
      expiresAt
      user {
        id
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation WorkspaceLogout {
    logout {
      loggedOut
    }
  }
`);

/** One page of the indicators of the reporting grid, with the stored values of one period. */
export const ReportingIndicatorsQuery = graphql(`
  query ReportingIndicators($where: IndicatorWhereInput, $after: String, $period: String!) {
    indicators(first: 100, after: $after, where: $where) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        nameSv
        nameEn
        unit
        decimals
        dividedBySex
        periodicity
        published
        responsibleFollowUpUnit {
          id
          name
        }
        series(from: $period, to: $period) {
          id
          period
          sex
          value
          status
          footnote
          version
          reportedBy
          updatedAt
        }
      }
    }
  }
`);

export const UpsertMeasurementsMutation = graphql(`
  mutation ReportingUpsert($input: UpsertMeasurementsInput!) {
    upsertMeasurements(input: $input) {
      dryRun
      errors {
        index
        field
        code
        message
      }
      inserted
      updated
      unchanged
    }
  }
`);

export const ApiKeysQuery = graphql(`
  query WorkspaceApiKeys($after: String, $municipalityId: ID!) {
    apiKeys(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        prefix
        scopes
        createdAt
        lastUsedAt
        revokedAt
        units {
          id
          name
        }
      }
    }
    organisationUnits(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation WorkspaceCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation WorkspaceRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      apiKey {
        id
        revokedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** The stored values of some indicators now: the grid compares them with what it read. */
export const ReportingFreshQuery = graphql(`
  query ReportingFresh($ids: [ID!]!, $period: String!) {
    nodes(ids: $ids) {
      ... on Indicator {
        id
        series(from: $period, to: $period) {
          id
          period
          sex
          value
          footnote
          version
          reportedBy
        }
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query WorkspaceUsers($search: String, $after: String, $municipalityId: ID!) {
    users(first: 25, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          email
          role
          version
          disabledAt
          lastLoginAt
          units {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    organisationUnits(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation WorkspaceCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      initialPassword
      user {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation WorkspaceUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        id
        name
        role
        version
        units {
          id
          name
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const AuditEntriesQuery = graphql(`
  query WorkspaceAuditEntries($operation: String, $objectId: ID, $actorId: ID, $from: DateTimeISO, $to: DateTimeISO, $after: String) {
    auditEntries(first: 25, after: $after, operation: $operation, objectId: $objectId, actorId: $actorId, from: $from, to: $to) {
      totalCount
      edges {
        cursor
        node {
          at
          actorKind
          actorLabel
          operation
          objectId
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const IndicatorListQuery = graphql(`
  query WorkspaceIndicatorList($where: IndicatorWhereInput, $after: String) {
    indicators(first: 50, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          nameSv
          nameEn
          unit
          periodicity
          published
          sensitive
          responsibleImplementationUnit {
            id
            name
          }
          responsibleFollowUpUnit {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the indicator editor offers to choose from: units and goals of the municipality. */
export const IndicatorChoicesQuery = graphql(`
  query WorkspaceIndicatorChoices($municipalityId: ID!) {
    organisationUnits(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
    goals(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
      }
    }
  }
`);

export const IndicatorEditorFields = graphql(`
  fragment IndicatorEditorFields on Indicator {
    id
    version
    nameSv
    nameEn
    definition
    unit
    decimals
    direction
    periodicity
    dividedBySex
    published
    sensitive
    source
    sourceKind
    sourceReference
    baselinePeriod
    baselineValue
    licence
    responsibleImplementationRole
    responsibleFollowUpRole
    responsibleImplementationUnit {
      id
    }
    responsibleFollowUpUnit {
      id
    }
    goals {
      id
    }
    targets {
      id
      period
      sex
      value
      version
      comment
    }
  }
`);

export const IndicatorEditorQuery = graphql(`
  query WorkspaceIndicatorEditor($id: ID!) {
    node(id: $id) {
      ... on Indicator {
        ...IndicatorEditorFields
      }
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation WorkspaceCreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      indicator {
        ...IndicatorEditorFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation WorkspaceUpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      indicator {
        ...IndicatorEditorFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const CreateTargetMutation = graphql(`
  mutation WorkspaceCreateTarget($input: CreateTargetInput!) {
    createTarget(input: $input) {
      target {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ArchiveTargetMutation = graphql(`
  mutation WorkspaceArchiveTarget($input: ArchiveInput!) {
    archiveTarget(input: $input) {
      target {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

/** What an import matches its lines against: the municipality's indicators. */
export const ImportIndicatorsQuery = graphql(`
  query WorkspaceImportIndicators($municipalityId: ID!, $after: String) {
    indicators(first: 100, after: $after, where: { municipality: { eq: $municipalityId } }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        nameSv
        sourceReference
      }
    }
  }
`);

/** My overview: my indicators with what the current year lacks and how their targets go, and my activities still open. */
export const OverviewQuery = graphql(`
  query WorkspaceOverview($indicatorWhere: IndicatorWhereInput, $activityWhere: ActivityWhereInput, $period: String!) {
    indicators(first: 100, where: $indicatorWhere) {
      totalCount
      nodes {
        id
        nameSv
        nameEn
        periodicity
        completeness(period: $period) {
          complete
          missing
        }
        progress(period: $period) {
          status
          total {
            status
            value
            valuePeriod
            target
            targetPeriod
          }
          women {
            status
          }
          men {
            status
          }
        }
      }
    }
    activities(first: 100, where: $activityWhere) {
      nodes {
        id
        title
        status
        endDate
        responsibleUnit {
          id
          name
        }
      }
    }
  }
`);

/** Who can appear in the audit log: the municipality's users and API keys. */
export const AuditActorsQuery = graphql(`
  query WorkspaceAuditActors {
    users(first: 100) {
      edges {
        cursor
        node {
          id
          name
          email
        }
      }
    }
    apiKeys(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Partners (samverkansparter) of the municipality: searched, by kind, paged. */
export const PartnerListQuery = graphql(`
  query WorkspacePartnerList($where: PartnerWhereInput, $after: String) {
    partners(first: 50, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          kind
          organisationNumber
          contactName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PartnerEditorFields = graphql(`
  fragment PartnerEditorFields on Partner {
    id
    name
    kind
    organisationNumber
    description
    contactName
    contactEmail
    contactPhone
    website
    version
  }
`);

export const PartnerEditorQuery = graphql(`
  query WorkspacePartnerEditor($id: ID!) {
    node(id: $id) {
      ... on Partner {
        id
        ...PartnerEditorFields
      }
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation WorkspaceCreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      errors {
        code
        field
        message
      }
      partner {
        id
        ...PartnerEditorFields
      }
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation WorkspaceUpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      errors {
        code
        field
        message
      }
      partner {
        id
        ...PartnerEditorFields
      }
    }
  }
`);

/** Agreements (LÖK, IOP, projects) of the municipality: searched, by kind and partner, paged. */
export const AgreementListQuery = graphql(`
  query WorkspaceAgreementList($where: AgreementWhereInput, $after: String) {
    agreements(first: 50, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          kind
          startDate
          endDate
          partners {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What an agreement can name: the municipality's partners, goals and activities. */
export const AgreementChoicesQuery = graphql(`
  query WorkspaceAgreementChoices($municipalityId: ID!) {
    partners(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
    goals(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
      }
    }
    activities(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
      }
    }
  }
`);

export const AgreementEditorFields = graphql(`
  fragment AgreementEditorFields on Agreement {
    id
    title
    kind
    description
    startDate
    endDate
    version
    partners {
      id
    }
    goals {
      id
    }
    activities {
      id
    }
  }
`);

export const AgreementEditorQuery = graphql(`
  query WorkspaceAgreementEditor($id: ID!) {
    node(id: $id) {
      ... on Agreement {
        id
        ...AgreementEditorFields
      }
    }
  }
`);

export const CreateAgreementMutation = graphql(`
  mutation WorkspaceCreateAgreement($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      errors {
        code
        field
        message
      }
      agreement {
        id
        ...AgreementEditorFields
      }
    }
  }
`);

export const UpdateAgreementMutation = graphql(`
  mutation WorkspaceUpdateAgreement($input: UpdateAgreementInput!) {
    updateAgreement(input: $input) {
      errors {
        code
        field
        message
      }
      agreement {
        id
        ...AgreementEditorFields
      }
    }
  }
`);

/** Activities of the municipality: filtered by status, responsible unit and partner, searched, paged. */
export const ActivityListQuery = graphql(`
  query WorkspaceActivityList($where: ActivityWhereInput, $after: String) {
    activities(first: 50, after: $after, where: $where) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          startDate
          endDate
          responsibleUnit {
            id
            name
          }
          partners {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What an activity can name: the municipality's units, partners and goals. */
export const ActivityChoicesQuery = graphql(`
  query WorkspaceActivityChoices($municipalityId: ID!) {
    organisationUnits(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
    partners(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
    goals(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
      }
    }
  }
`);

export const ActivityEditorFields = graphql(`
  fragment ActivityEditorFields on Activity {
    id
    title
    status
    description
    targetGroup
    startDate
    endDate
    version
    responsibleUnit {
      id
    }
    partners {
      id
    }
    goals {
      id
    }
  }
`);

export const ActivityEditorQuery = graphql(`
  query WorkspaceActivityEditor($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        ...ActivityEditorFields
      }
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation WorkspaceCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      errors {
        code
        field
        message
      }
      activity {
        id
        ...ActivityEditorFields
      }
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation WorkspaceUpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      errors {
        code
        field
        message
      }
      activity {
        id
        ...ActivityEditorFields
      }
    }
  }
`);
