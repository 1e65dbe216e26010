import { graphql } from '@/gql';

/** A network profile as the partner's page and the reviewers' page both show it. */
export const NetworkProfileFieldsFragment = graphql(`
  fragment NetworkProfileFields on NetworkProfile {
    companyName
    website
    logoUrl
    description
    audienceSize
    promotionMethods
    countries
    categories
    updatedAt
  }
`);

/** A reviewer's decision, wherever it is shown (the queue, the detail, the partner's status). */
export const NetworkDecisionFieldsFragment = graphql(`
  fragment NetworkDecisionFields on NetworkDecision {
    status
    decidedAt
    reason
  }
`);
