import { graphql } from './gql';

/** Steering documents (styrdokument) of the municipality, archived ones too when asked. */
export const SteeringDocumentListQuery = graphql(`
  query WorkspaceSteeringDocumentList($where: SteeringDocumentWhereInput, $after: String) {
    steeringDocuments(first: 50, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          status
          decisionDate
          registrationNumber
          currentVersionNumber
        }
      }
    }
  }
`);

export const SteeringDocumentEditorFields = graphql(`
  fragment SteeringDocumentEditorFields on SteeringDocument {
    id
    version
    title
    kind
    status
    description
    followedUpBy
    revisionIntervalMonths
    registrationNumber
    decidedBy
    decisionDate
    validUntil
    text
    currentVersionNumber
    archivedAt
    ownerUnit {
      id
    }
    focusAreas {
      id
      key
      nameSv
      nameEn
      description
      sortOrder
    }
    versions {
      id
      versionNumber
      title
      status
      changeNote
      decisionDate
      registrationNumber
      createdAt
    }
  }
`);

export const SteeringDocumentEditorQuery = graphql(`
  query WorkspaceSteeringDocumentEditor($id: ID!) {
    node(id: $id) {
      ... on SteeringDocument {
        id
        ...SteeringDocumentEditorFields
      }
    }
  }
`);

/** The municipality's units, for the owner of a document or a goal. */
export const UnitChoicesQuery = graphql(`
  query WorkspaceUnitChoices($municipalityId: ID!) {
    organisationUnits(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateSteeringDocumentMutation = graphql(`
  mutation WorkspaceCreateSteeringDocument($input: CreateSteeringDocumentInput!) {
    createSteeringDocument(input: $input) {
      errors {
        code
        field
        message
      }
      steeringDocument {
        id
        ...SteeringDocumentEditorFields
      }
    }
  }
`);

export const UpdateSteeringDocumentMutation = graphql(`
  mutation WorkspaceUpdateSteeringDocument($input: UpdateSteeringDocumentInput!) {
    updateSteeringDocument(input: $input) {
      errors {
        code
        field
        message
      }
      steeringDocument {
        id
        ...SteeringDocumentEditorFields
      }
    }
  }
`);

export const CreateSteeringDocumentVersionMutation = graphql(`
  mutation WorkspaceCreateSteeringDocumentVersion($input: CreateSteeringDocumentVersionInput!) {
    createSteeringDocumentVersion(input: $input) {
      errors {
        code
        field
        message
      }
      steeringDocument {
        id
        ...SteeringDocumentEditorFields
      }
    }
  }
`);

export const CreateFocusAreaMutation = graphql(`
  mutation WorkspaceCreateFocusArea($input: CreateFocusAreaInput!) {
    createFocusArea(input: $input) {
      errors {
        code
        field
        message
      }
      focusArea {
        id
        key
        nameSv
        nameEn
        description
        sortOrder
      }
    }
  }
`);

/** Every version of a document, and its focus areas with when they came and went, for the comparison. */
export const SteeringDocumentVersionsQuery = graphql(`
  query WorkspaceSteeringDocumentVersions($id: ID!) {
    node(id: $id) {
      ... on SteeringDocument {
        id
        title
        versions {
          id
          versionNumber
          title
          status
          changeNote
          decidedBy
          decisionDate
          registrationNumber
          validUntil
          text
          createdAt
        }
      }
    }
    focusAreas(where: { steeringDocument: { eq: $id }, includeArchived: true }) {
      nodes {
        id
        key
        nameSv
        createdAt
        archivedAt
      }
    }
  }
`);

/** A document's focus areas and its whole goal tree (flat, with parents), for the goal editor. */
export const GoalTreeQuery = graphql(`
  query WorkspaceGoalTree($id: ID!) {
    node(id: $id) {
      ... on SteeringDocument {
        id
        title
        municipality {
          id
        }
        focusAreas {
          id
          nameSv
          nameEn
          sortOrder
        }
        goals {
          id
          title
          description
          level
          sortOrder
          version
          startPeriod
          endPeriod
          parent {
            id
          }
          focusArea {
            id
          }
          ownerUnit {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation WorkspaceCreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      errors {
        code
        field
        message
      }
      goal {
        id
        version
      }
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation WorkspaceUpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      errors {
        code
        field
        message
      }
      goal {
        id
        version
      }
    }
  }
`);

export const ArchiveGoalMutation = graphql(`
  mutation WorkspaceArchiveGoal($input: ArchiveInput!) {
    archiveGoal(input: $input) {
      errors {
        code
        field
        message
      }
      goal {
        id
        version
      }
    }
  }
`);

export const ArchivePartnerMutation = graphql(`
  mutation WorkspaceArchivePartner($input: ArchiveInput!) {
    archivePartner(input: $input) {
      errors {
        code
        field
        message
      }
      partner {
        id
        archivedAt
      }
    }
  }
`);
