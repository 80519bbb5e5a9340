import { graphql } from './gql';

/** Reporting rounds (issue 13): the operations of the follow-up views of the workspace. */

export const RoundListQuery = graphql(`
  query FollowUpRoundList($municipalityId: ID!) {
    steeringDocuments(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
        status
        reportingRounds {
          id
          period
          periodType
          revision
          status
          deadline
          approvedAt
          unitReports {
            id
            status
            late
          }
        }
      }
    }
  }
`);

export const OpenRoundChoicesQuery = graphql(`
  query FollowUpOpenChoices($municipalityId: ID!) {
    steeringDocuments(first: 100, where: { municipality: { eq: $municipalityId } }) {
      nodes {
        id
        title
        status
        goals {
          id
          ownerUnit {
            id
          }
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

export const OpenRoundMutation = graphql(`
  mutation FollowUpOpenRound($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      errors {
        code
        field
        message
      }
      reportingRound {
        id
      }
    }
  }
`);

export const RoundQuery = graphql(`
  query FollowUpRound($id: ID!) {
    node(id: $id) {
      ... on ReportingRound {
        __typename
        id
        version
        period
        periodType
        status
        deadline
        approvedAt
        revision
        revisionReason
        revisions {
          id
          revision
          status
          approvedAt
          revisionReason
        }
        steeringDocument {
          id
          title
          goals {
            id
            ownerUnit {
              id
            }
          }
        }
        unitReports {
          id
          version
          status
          late
          submittedAt
          approvedAt
          returnComment
          analysis
          genderAnalysis
          activitiesWithPartners
          organisationUnit {
            id
            name
          }
          assessments {
            id
            goal {
              id
            }
          }
          missingValues {
            explained
          }
        }
      }
    }
  }
`);

export const ReviseRoundMutation = graphql(`
  mutation FollowUpReviseRound($input: ReviseReportingRoundInput!) {
    reviseReportingRound(input: $input) {
      errors {
        code
        field
        message
      }
      reportingRound {
        id
      }
    }
  }
`);

export const ExplainMissingValueMutation = graphql(`
  mutation FollowUpExplainMissingValue($input: ExplainMissingValueInput!) {
    explainMissingValue(input: $input) {
      errors {
        code
        field
        message
      }
      unitReport {
        id
      }
    }
  }
`);

export const ApproveRoundMutation = graphql(`
  mutation FollowUpApproveRound($input: ReportingRoundActionInput!) {
    approveReportingRound(input: $input) {
      errors {
        code
        field
        message
      }
      reportingRound {
        id
        version
        status
        approvedAt
      }
    }
  }
`);

export const UnitReportFields = graphql(`
  fragment FollowUpUnitReportFields on UnitReport {
    id
    version
    status
    late
    missingValues {
      period
      sexes
      explained
      explanation
      indicator {
        id
        nameSv
        nameEn
      }
    }
    submittedAt
    approvedAt
    returnComment
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
`);

export const UnitReportQuery = graphql(`
  query FollowUpUnitReport($id: ID!) {
    node(id: $id) {
      ... on UnitReport {
        __typename
        ...FollowUpUnitReportFields
        round {
          id
          version
          period
          periodType
          status
          deadline
          steeringDocument {
            id
            title
          }
        }
      }
    }
  }
`);

/** The document's goals with their indicators judged for the round's period (a second query: the period comes from the first). */
export const UnitReportGoalsQuery = graphql(`
  query FollowUpUnitReportGoals($id: ID!, $period: String!) {
    node(id: $id) {
      ... on SteeringDocument {
        __typename
        id
        goals {
          id
          title
          description
          ownerUnit {
            id
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
    }
  }
`);

export const UpdateUnitReportMutation = graphql(`
  mutation FollowUpUpdateReport($input: UpdateUnitReportInput!) {
    updateUnitReport(input: $input) {
      errors {
        code
        field
        message
      }
      unitReport {
        ...FollowUpUnitReportFields
      }
    }
  }
`);

export const AssessGoalMutation = graphql(`
  mutation FollowUpAssessGoal($input: AssessGoalInput!) {
    assessGoal(input: $input) {
      errors {
        code
        field
        message
      }
      goalAssessment {
        id
        assessment
        comment
        goal {
          id
        }
      }
    }
  }
`);

export const SubmitUnitReportMutation = graphql(`
  mutation FollowUpSubmitReport($input: UnitReportActionInput!) {
    submitUnitReport(input: $input) {
      errors {
        code
        field
        message
      }
      unitReport {
        ...FollowUpUnitReportFields
      }
    }
  }
`);

export const ReturnUnitReportMutation = graphql(`
  mutation FollowUpReturnReport($input: ReturnUnitReportInput!) {
    returnUnitReport(input: $input) {
      errors {
        code
        field
        message
      }
      unitReport {
        ...FollowUpUnitReportFields
      }
    }
  }
`);

export const ApproveUnitReportMutation = graphql(`
  mutation FollowUpApproveReport($input: UnitReportActionInput!) {
    approveUnitReport(input: $input) {
      errors {
        code
        field
        message
      }
      unitReport {
        ...FollowUpUnitReportFields
      }
    }
  }
`);

export const RemindersQuery = graphql(`
  query FollowUpReminders {
    me {
      reminders {
        kind
        title
        dueDate
        overdue
        unitReport {
          id
        }
        steeringDocument {
          id
        }
        consultationResponse {
          id
          consultation {
            id
            steeringDocument {
              id
            }
          }
        }
      }
    }
  }
`);
