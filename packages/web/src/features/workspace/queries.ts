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
