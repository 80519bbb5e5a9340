import { graphql } from './gql';

/** An activity's progress notes, newest first. */
export const ActivityNotesQuery = graphql(`
  query WorkspaceActivityNotes($id: ID!) {
    node(id: $id) {
      ... on Activity {
        id
        notes {
          id
          doneOn
          text
          author
          createdAt
        }
      }
    }
  }
`);

export const AddActivityNoteMutation = graphql(`
  mutation WorkspaceAddActivityNote($input: AddActivityNoteInput!) {
    addActivityNote(input: $input) {
      errors {
        code
        field
        message
      }
      activityNote {
        id
        doneOn
        text
        author
        createdAt
      }
    }
  }
`);
