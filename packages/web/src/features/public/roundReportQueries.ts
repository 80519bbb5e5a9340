import { graphql } from '../../gql';

/** The follow-up report of a reporting round (issue 13): first the round's period, then everything judged for it. */
export const RoundReportHeadQuery = graphql(`
  query RoundReportHead($id: ID!) {
    node(id: $id) {
      __typename
      ... on ReportingRound {
        id
        period
        periodType
        revision
        revisionReason
        status
        deadline
        approvedAt
        steeringDocument {
          id
          title
          municipality {
            code
            name
          }
        }
      }
    }
  }
`);

export const RoundReportQuery = graphql(`
  query RoundReport($id: ID!, $period: String!) {
    round: node(id: $id) {
      __typename
      ... on ReportingRound {
        id
        steeringDocument {
          id
          focusAreas {
            id
            nameSv
            nameEn
            sortOrder
          }
          goals {
            id
            title
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
            indicators {
              id
              nameSv
              nameEn
              unit
              decimals
              dividedBySex
              progress(period: $period) {
                status
                total {
                  status
                  value
                  valuePeriod
                  target
                  targetPeriod
                  preliminary
                }
                women {
                  status
                  value
                  valuePeriod
                  target
                  targetPeriod
                  preliminary
                }
                men {
                  status
                  value
                  valuePeriod
                  target
                  targetPeriod
                  preliminary
                }
              }
            }
          }
        }
        unitReports {
          id
          status
          analysis
          genderAnalysis
          activitiesWithPartners
          organisationUnit {
            id
            name
          }
          assessments {
            id
            assessment
            comment
            goal {
              id
            }
          }
        }
      }
    }
  }
`);

/** The approved (published) reporting rounds of a municipality's documents: the overview links their reports. */
export const PublishedRoundsQuery = graphql(`
  query PublishedRounds($code: String!) {
    municipality(code: $code) {
      id
      steeringDocuments {
        id
        title
        reportingRounds {
          id
          period
          revision
          status
          approvedAt
        }
      }
    }
  }
`);
