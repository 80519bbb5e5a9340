import { graphql } from './gql';

/** A consultation (remiss) as the views show it: its deadline, status and every asked unit's answer. */
export const ConsultationFields = graphql(`
  fragment ConsultationFields on Consultation {
    id
    version
    deadline
    message
    status
    createdAt
    responses {
      id
      version
      answered
      answeredAt
      late
      views
      organisationUnit {
        id
        name
      }
    }
  }
`);

/** The consultations of a steering document, newest first. */
export const DocumentConsultationsQuery = graphql(`
  query WorkspaceDocumentConsultations($id: ID!) {
    node(id: $id) {
      ... on SteeringDocument {
        id
        consultations {
          ...ConsultationFields
        }
      }
    }
  }
`);

/** One consultation with its document (title, owner unit). */
export const ConsultationQuery = graphql(`
  query WorkspaceConsultation($id: ID!) {
    node(id: $id) {
      ... on Consultation {
        ...ConsultationFields
        steeringDocument {
          id
          title
          status
          ownerUnit {
            id
          }
        }
      }
    }
  }
`);

export const SendConsultationMutation = graphql(`
  mutation WorkspaceSendConsultation($input: SendConsultationInput!) {
    sendConsultation(input: $input) {
      errors {
        code
        field
        message
      }
      consultation {
        ...ConsultationFields
      }
    }
  }
`);

export const AnswerConsultationMutation = graphql(`
  mutation WorkspaceAnswerConsultation($input: AnswerConsultationInput!) {
    answerConsultation(input: $input) {
      errors {
        code
        field
        message
      }
      consultationResponse {
        id
        version
        answered
        answeredAt
        late
        views
      }
    }
  }
`);

export const CloseConsultationMutation = graphql(`
  mutation WorkspaceCloseConsultation($input: CloseConsultationInput!) {
    closeConsultation(input: $input) {
      errors {
        code
        field
        message
      }
      consultation {
        ...ConsultationFields
      }
    }
  }
`);
