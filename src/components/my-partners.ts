import { graphql } from '@/gql';

export const MyPartnersQuery = graphql(`
  query MyPartners {
    myPartners {
      accessLevel
      partner {
        id
        name
      }
      programs {
        partnershipId
        programName
        groupName
        status
        partnerKey
        canApprove
      }
      team {
        id
        name
        email
        accessLevel
        roleLabel
        status
        isPrimaryContact
      }
      pendingAdditions {
        programName
        invitedByName
        invite {
          id
          email
          member {
            id
            name
          }
        }
      }
    }
  }
`);
