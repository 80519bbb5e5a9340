import { graphql } from '../../gql';

/** `/`: the municipalities of the installation. */
export const MunicipalitiesQuery = graphql(`
  query Municipalities {
    municipalities(first: 100) {
      totalCount
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** The frame of a municipality's pages: its name, or null for an unknown code. */
export const MunicipalityShellQuery = graphql(`
  query MunicipalityShell($code: String!) {
    municipality(code: $code) {
      id
      code
      name
    }
  }
`);

/** `/kommun/:code`: the adopted strategy in short. */
export const MunicipalityPageQuery = graphql(`
  query MunicipalityPage($code: String!) {
    municipality(code: $code) {
      id
      code
      name
      steeringDocuments {
        id
        title
        status
        kind
        decisionDate
        registrationNumber
        overallAim {
          id
          ...OverallAim_goal
        }
        focusAreas {
          id
          sortOrder
          ...FocusAreaCard_focusArea
        }
      }
    }
  }
`);

/** `/kommun/:code/styrdokument/:id`. */
export const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on SteeringDocument {
        title
        text
        followedUpBy
        currentVersionNumber
        ownerUnit {
          id
          name
        }
        municipality {
          id
          code
          name
        }
        versions {
          id
          versionNumber
          title
          status
          registrationNumber
          decidedBy
          decisionDate
          validUntil
          changeNote
          text
        }
        ...SteeringDocumentOverview_steeringDocument
      }
    }
  }
`);

/** `/kommun/:code/fokusomrade/:id`. */
export const FocusAreaPageQuery = graphql(`
  query FocusAreaPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on FocusArea {
        nameSv
        nameEn
        municipality {
          id
          code
          name
        }
        steeringDocument {
          id
          title
        }
        ...FocusAreaSection_focusArea
      }
    }
  }
`);

/** `/kommun/:code/mal/:id`. */
export const GoalPageQuery = graphql(`
  query GoalPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Goal {
        title
        municipality {
          id
          code
          name
        }
        steeringDocument {
          id
          title
        }
        focusArea {
          id
          nameSv
          nameEn
        }
        parent {
          id
          title
          level
        }
        children {
          id
          ...GoalCard_goal
        }
        ...GoalCard_goal
      }
    }
  }
`);

/** `/kommun/:code/indikator/:id`. */
export const IndicatorPageQuery = graphql(`
  query IndicatorPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Indicator {
        nameSv
        nameEn
        municipality {
          id
          code
          name
        }
        goals {
          id
          title
          focusArea {
            id
            nameSv
            nameEn
          }
          steeringDocument {
            id
            title
          }
        }
        ...IndicatorDetails_indicator
      }
    }
  }
`);

/** `/kommun/:code/samverkansparter`. */
export const PartnersPageQuery = graphql(`
  query PartnersPage($municipalityId: ID!) {
    partners(first: 100, where: { municipality: { eq: $municipalityId } }) {
      totalCount
      nodes {
        id
        name
        kind
        description
        website
        agreements {
          id
          title
          kind
          startDate
          endDate
          description
        }
        activities {
          id
          title
          status
          startDate
          endDate
        }
      }
    }
  }
`);

/** `/kommun/:code/uppfoljning`: the periods with values, to choose from (the latest by default). */
export const OverviewPeriodsQuery = graphql(`
  query OverviewPeriods($code: String!) {
    municipality(code: $code) {
      id
      steeringDocuments {
        id
        title
        status
        focusAreas {
          id
          goals {
            id
            indicators {
              id
              series {
                period
              }
            }
          }
        }
      }
    }
  }
`);

/** `/kommun/:code/uppfoljning?period=…`: the politician's overview of one steering document. */
export const OverviewQuery = graphql(`
  query Overview($id: ID!, $period: String!) {
    node(id: $id) {
      __typename
      id
      ... on SteeringDocument {
        title
        progress(period: $period) {
          ...OverviewRollUp_progress
        }
        focusAreas {
          id
          sortOrder
          nameSv
          nameEn
          progress(period: $period) {
            ...OverviewRollUp_progress
          }
          goals {
            id
            ...OverviewGoal_goal
          }
        }
      }
    }
  }
`);
