import { graphql } from '@/gql';

/** The managers and groups a partnership can be given: the choices the add, edit and filter forms offer. */
export const ProgramAssignmentChoicesFragment = graphql(`
  fragment ProgramAssignmentChoices on Program {
    managers {
      id
      name
      email
    }
    groups(first: 100) {
      edges {
        node {
          id
          name
          isDefault
        }
      }
    }
  }
`);
